package io.sluice.core.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exact values for the seed document's load definition, driven with an injected clock:
 * the test plays the worker, calling aboutToWait/aboutToWork with chosen timestamps.
 */
class WorkerLoadTest
{
    private static final long S = 1_000_000_000L;
    private static final long T = 10 * S;

    /** Simulated worker: the clock only moves when the test says so. */
    private static final class Driver
    {
        final WorkerLoad load;
        long nowNs;

        Driver(final long periodNs)
        {
            load = new WorkerLoad("test", periodNs, 0);
        }

        /** Spends busyNs working, then waits waitNs in the poll call. */
        void busyThenWait(final long busyNs, final long waitNs)
        {
            nowNs += busyNs;
            load.aboutToWait(nowNs);
            nowNs += waitNs;
            load.aboutToWork(nowNs);
        }

        /** One full period with the given busy percentage (whole seconds at T = 10 s). */
        void period(final long busyNs, final long periodNs)
        {
            busyThenWait(busyNs, periodNs - busyNs);
        }
    }

    @Test
    void shouldReportZeroForAnIdlePeriod()
    {
        final Driver d = new Driver(T);
        d.period(0, T);
        assertEquals(1, d.load.periodsMeasured());
        assertEquals(0.0, d.load.periodLoad());
        assertEquals(0.0, d.load.minuteLoad());
        assertEquals(0.0, d.load.hourLoad());
    }

    @Test
    void shouldReportHundredWhenPollAlwaysReturnsAtOnce()
    {
        final Driver d = new Driver(T);
        // 10 000 loop turns of 1 ms work and no time at all inside the wait.
        for (int i = 0; i < 10_000; i++)
        {
            d.busyThenWait(1_000_000, 0);
        }
        assertEquals(1, d.load.periodsMeasured());
        assertEquals(100.0, d.load.periodLoad());
        assertEquals(100.0, d.load.minuteLoad());
    }

    @Test
    void shouldReportThirtyForThirtyPercentBusy()
    {
        final Driver d = new Driver(T);
        // Spread over many turns: 3 ms of work, 7 ms of waiting, 1000 times.
        for (int i = 0; i < 1000; i++)
        {
            d.busyThenWait(3_000_000, 7_000_000);
        }
        assertEquals(1, d.load.periodsMeasured());
        assertEquals(30.0, d.load.periodLoad());
        assertEquals(30.0, d.load.minuteLoad());
        assertEquals(30.0, d.load.hourLoad());
    }

    @Test
    void shouldNotClosePeriodBeforeItsEnd()
    {
        final Driver d = new Driver(T);
        d.busyThenWait(2 * S, 7 * S);
        assertEquals(0, d.load.periodsMeasured());
        assertEquals(0.0, d.load.periodLoad());
        // The wait timeout offered for the rest of the period ends exactly at its end.
        assertEquals(1 * S, d.load.aboutToWait(d.nowNs));
    }

    @Test
    void shouldGiveTheTimeoutUpToThePeriodEnd()
    {
        final WorkerLoad load = new WorkerLoad("test", T, 5 * S);
        assertEquals(T, load.aboutToWait(5 * S));
        assertEquals(4 * S, load.aboutToWait(11 * S));
        assertEquals(0, load.aboutToWait(15 * S));
        assertEquals(0, load.aboutToWait(99 * S));
    }

    @Test
    void shouldComputeALatePeriodOverItsTrueLength()
    {
        final Driver d = new Driver(T);
        // 3 s busy, 6 s waiting, then a handler runs 3 s, ending 2 s past the period end before
        // the loop gets back to the poll call: the period is 12 s long with 6 s of work. Over the
        // nominal 10 s it would read 40%; over its true length it is 50%.
        d.busyThenWait(3 * S, 6 * S);
        d.busyThenWait(3 * S, 0);
        assertEquals(1, d.load.periodsMeasured());
        assertEquals(50.0, d.load.periodLoad());
    }

    @Test
    void shouldWeighALatePeriodByItsTrueLengthInTheMinute()
    {
        final Driver d = new Driver(T);
        d.period(0, T);                   // 10 s idle
        d.period(20 * S, 20 * S);         // a 20 s period, fully busy (one handler ran 20 s)
        assertEquals(2, d.load.periodsMeasured());
        assertEquals(100.0, d.load.periodLoad());
        // 20 s busy out of 30 s covered, not the mean of 0 and 100.
        assertEquals(100.0 * 20 / 30, d.load.minuteLoad(), 1e-9);
    }

    @Test
    void shouldAverageAPartialMinuteOverWhatExists()
    {
        final Driver d = new Driver(T);
        d.period(0, T);
        d.period(3 * S, T);
        d.period(6 * S, T);
        assertEquals(60.0, d.load.periodLoad());
        assertEquals(30.0, d.load.minuteLoad(), 1e-12);
        assertEquals(30.0, d.load.hourLoad(), 1e-12);
    }

    @Test
    void shouldAverageTheLastSixPeriodsAtTenSeconds()
    {
        final Driver d = new Driver(T);
        assertEquals(6, d.load.periodsPerMinuteCount());
        // Loads 100, 100, then six periods of 0..50 in steps of 10.
        d.period(10 * S, T);
        d.period(10 * S, T);
        for (int i = 0; i <= 5; i++)
        {
            d.period(i * S, T);
        }
        assertEquals(50.0, d.load.periodLoad());
        // The minute forgets the two 100% periods: mean of 0,10,20,30,40,50.
        assertEquals(25.0, d.load.minuteLoad(), 1e-12);
        // The hour still covers all eight periods: (200 + 150) / 8.
        assertEquals(350.0 / 8, d.load.hourLoad(), 1e-12);
    }

    @Test
    void shouldAverageAPartialHourOverItsMinutes()
    {
        final Driver d = new Driver(T);
        // Three whole minutes at 10%, 20%, 90%, then half a minute at 60%.
        final long[] busySeconds = {1, 2, 9};
        for (final long busy : busySeconds)
        {
            for (int p = 0; p < 6; p++)
            {
                d.period(busy * S, T);
            }
        }
        for (int p = 0; p < 3; p++)
        {
            d.period(6 * S, T);
        }
        assertEquals(21, d.load.periodsMeasured());
        assertEquals(60.0, d.load.periodLoad());
        // Minute: 3 periods at 90, 3 at 60.
        assertEquals(75.0, d.load.minuteLoad(), 1e-12);
        // Hour: 18 periods at 10/20/90 and 3 at 60, weighed by time: (60+120+540+180)/21.
        assertEquals(900.0 / 21, d.load.hourLoad(), 1e-12);
    }

    @Test
    void shouldKeepOnlyTheLastSixtyMinutesInTheHour()
    {
        final Driver d = new Driver(T);
        // 61 minutes: the first at 100%, then 60 idle minutes.
        for (int p = 0; p < 6; p++)
        {
            d.period(T, T);
        }
        for (int m = 0; m < 60; m++)
        {
            for (int p = 0; p < 6; p++)
            {
                d.period(0, T);
            }
        }
        assertEquals(0.0, d.load.hourLoad());
        // One more busy period starts minute 62 and evicts the oldest idle minute.
        d.period(T, T);
        assertEquals(100.0 * 10 / (59 * 60 + 10), d.load.hourLoad(), 1e-12);
    }

    @Test
    void shouldUseSixtyPeriodsPerMinuteAtOneSecond()
    {
        final Driver d = new Driver(S);
        assertEquals(60, d.load.periodsPerMinuteCount());
        for (int p = 0; p < 60; p++)
        {
            d.period(p < 15 ? S : 0, S);
        }
        assertEquals(25.0, d.load.minuteLoad(), 1e-12);
        assertEquals(0.0, d.load.periodLoad());
    }

    @Test
    void shouldRoundPeriodsPerMinute()
    {
        assertEquals(6, WorkerLoad.periodsPerMinute(10 * S));
        assertEquals(60, WorkerLoad.periodsPerMinute(S));
        assertEquals(600, WorkerLoad.periodsPerMinute(100_000_000L));
        assertEquals(9, WorkerLoad.periodsPerMinute(7 * S));
        assertEquals(1, WorkerLoad.periodsPerMinute(3600 * S));
    }
}
