package io.sluice.core.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Response times matched to their commands, oldest first, and what is not timed when pipelined too deep. */
class ResponseClockTest
{
    @Test
    void shouldTimeEachResponseFromItsCommandInOrder()
    {
        final ResponseClock clock = new ResponseClock();

        clock.sent(100);
        clock.sent(150);
        assertEquals(2, clock.inFlight());
        assertEquals(400, clock.completed(500));
        assertEquals(450, clock.completed(600));
        assertEquals(0, clock.inFlight());
        clock.sent(1_000);
        assertEquals(7, clock.completed(1_007));
    }

    @Test
    void shouldAnswerMinusOneForAResponseWithNoCommandInFlight()
    {
        final ResponseClock clock = new ResponseClock();

        assertEquals(-1, clock.completed(10));
        assertEquals(0, clock.inFlight());
    }

    @Test
    void shouldNotTimeCommandsPipelinedPastItsCapacityUntilAllAreAnswered()
    {
        final ResponseClock clock = new ResponseClock();
        final int deep = ResponseClock.CAPACITY + 2;
        for (int i = 0; i < deep; i++)
        {
            clock.sent(i);
        }
        // the first CAPACITY commands are timed, in order
        for (int i = 0; i < ResponseClock.CAPACITY; i++)
        {
            assertEquals(1_000 - i, clock.completed(1_000));
        }
        // a command sent behind untimed ones is not timed either: its response could not be matched
        clock.sent(2_000);
        assertEquals(-1, clock.completed(3_000));
        assertEquals(-1, clock.completed(3_000));
        assertEquals(-1, clock.completed(3_000));
        assertEquals(0, clock.inFlight());
        // all answered: timing resumes
        clock.sent(4_000);
        assertEquals(5, clock.completed(4_005));
    }
}
