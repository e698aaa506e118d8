package io.sluice.plugins.mariadbmon;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GtidListTest
{
    @Test
    void shouldParseAndPrintMariaDbPositions()
    {
        final GtidList pos = GtidList.parse("1-3-7, 0-1-42");
        assertEquals("0-1-42,1-3-7", pos.toString());
        assertEquals(42, pos.sequence(0));
        assertEquals(7, pos.sequence(1));
        assertEquals(0, pos.sequence(2));
        assertEquals(3, pos.get(1).serverId());
        assertEquals(Set.of(0L, 1L), pos.domains());
        assertTrue(GtidList.parse("").isEmpty());
        assertTrue(GtidList.parse(null).isEmpty());
        assertEquals(GtidList.parse("0-1-42,1-3-7"), pos);
    }

    @Test
    void shouldRefuseTextThatIsNotAGtidList()
    {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GtidList.parse("0-1"));
        assertEquals("not a GTID: '0-1' in '0-1'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GtidList.parse("a-b-c"));
        assertTrue(GtidList.parseLenient("garbage").isEmpty());
    }

    @Test
    void shouldCompareByDomainSequence()
    {
        final GtidList primary = GtidList.parse("0-1-100,1-1-5");
        final GtidList caughtUp = GtidList.parse("0-2-100,1-1-6");
        final GtidList behind = GtidList.parse("0-1-99,1-1-5");
        assertTrue(caughtUp.covers(primary),
                "a higher or equal sequence in every domain covers, whatever the server id");
        assertFalse(behind.covers(primary));
        assertTrue(primary.covers(GtidList.EMPTY));
        assertFalse(GtidList.EMPTY.covers(primary));
        assertEquals(1, caughtUp.eventsAhead(primary, Set.of()));
        assertEquals(0, behind.eventsAhead(primary, Set.of()));
        assertEquals(1, primary.eventsAhead(behind, Set.of(0L)));
        assertEquals(105, primary.total(Set.of()));
        assertEquals(100, primary.total(Set.of(0L)));
    }

    @Test
    void shouldSeeTwoTransactionsWithTheSameSequenceFromDifferentServersAsDiverged()
    {
        // A crashed primary's last commit 0-1-276 never reached the replica promoted at 0-1-275,
        // whose own first commit took 0-2-276.
        final GtidList crashed = GtidList.parse("0-1-276");
        final GtidList promoted = GtidList.parse("0-2-276");

        assertEquals(0, crashed.eventsAhead(promoted, crashed.domains()), "sequences alone do not show it");
        assertTrue(crashed.divergesFrom(promoted));
        assertFalse(GtidList.parse("0-1-275").divergesFrom(promoted));
        assertFalse(GtidList.parse("0-2-276").divergesFrom(promoted));
        assertFalse(GtidList.parse("1-1-276").divergesFrom(promoted), "another domain");
        assertTrue(GtidList.parse("0-2-9,1-1-5").divergesFrom(GtidList.parse("0-2-10,1-3-5")));
    }
}
