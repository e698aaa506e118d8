package io.sluice.core.worker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A session's I/O activity over the last 30 seconds. */
class IoActivityTest
{
    @Test
    void shouldCountReadsSinceTheLastTickAndOverTheRing()
    {
        final IoActivity activity = new IoActivity();
        assertEquals(0, activity.activity());
        io(activity, 5);
        assertEquals(5, activity.activity(), "the current second counts before its tick");
        activity.tick();
        io(activity, 3);
        assertEquals(8, activity.activity());
        activity.tick();
        assertEquals(8, activity.activity());
    }

    @Test
    void shouldForgetASecondAfterThirtyTicks()
    {
        final IoActivity activity = new IoActivity();
        io(activity, 100);
        activity.tick(); // second 1: 100
        for (int i = 2; i <= IoActivity.SECONDS; i++)
        {
            io(activity, 1);
            activity.tick();
        }
        assertEquals(100 + IoActivity.SECONDS - 1, activity.activity(), "30 seconds held");
        io(activity, 2);
        activity.tick(); // second 31: the 100 leaves
        assertEquals(IoActivity.SECONDS - 1 + 2, activity.activity());
        for (int i = 0; i < IoActivity.SECONDS; i++)
        {
            activity.tick();
        }
        assertEquals(0, activity.activity(), "an idle session's activity falls to 0");
    }

    private static void io(final IoActivity activity, final int reads)
    {
        for (int i = 0; i < reads; i++)
        {
            activity.onIo();
        }
    }
}
