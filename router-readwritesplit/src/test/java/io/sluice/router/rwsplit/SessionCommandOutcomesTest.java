package io.sluice.router.rwsplit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCommandOutcomesTest
{
    @Test
    void shouldCompareWhicheverAnswerComesSecond()
    {
        final SessionCommandOutcomes o = new SessionCommandOutcomes();
        o.sent(1);
        assertFalse(o.otherAnswered(1, 2, true), "the client's answer is not known yet: server 2 waits");
        assertFalse(o.otherAnswered(1, 3, false));
        assertEquals(1L << 2, o.replierAnswered(1, false), "server 2 said error, the client got OK");
        assertTrue(o.otherAnswered(1, 4, true), "known now: compared at once");
        assertFalse(o.otherAnswered(1, 5, false));
    }

    @Test
    void shouldForgetCommandsOlderThanItsSlots()
    {
        final SessionCommandOutcomes o = new SessionCommandOutcomes();
        o.sent(1);
        o.replierAnswered(1, false);
        o.sent(1 + SessionCommandOutcomes.SLOTS);
        assertFalse(o.otherAnswered(1, 2, true), "too old: not compared (a replay compares it)");
        assertEquals(0, o.replierAnswered(1, true));
    }
}
