package io.sluice.core.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rebalancer's window of 1-second load samples. */
class LoadWindowTest
{
    @Test
    void shouldAverageWhatItHoldsBeforeItIsFull()
    {
        final LoadWindow window = new LoadWindow(4);
        assertEquals(0.0, window.average());
        window.add(10);
        assertEquals(10.0, window.average(), 1e-9);
        window.add(30);
        assertEquals(20.0, window.average(), 1e-9);
        assertEquals(2, window.count());
    }

    @Test
    void shouldEvictTheOldestSampleOnceFull()
    {
        final LoadWindow window = new LoadWindow(3);
        window.add(90);
        window.add(0);
        window.add(30);
        assertEquals(40.0, window.average(), 1e-9);
        window.add(60); // 90 leaves
        assertEquals(30.0, window.average(), 1e-9);
        window.add(0); // 0 leaves
        assertEquals(30.0, window.average(), 1e-9);
        window.add(0); // 30 leaves
        assertEquals(20.0, window.average(), 1e-9);
        assertEquals(3, window.count());
    }

    @Test
    void shouldFollowTheLastSampleWithAWindowOfOne()
    {
        final LoadWindow window = new LoadWindow(1);
        window.add(75);
        assertEquals(75.0, window.average(), 1e-9);
        window.add(5);
        assertEquals(5.0, window.average(), 1e-9);
    }

    @Test
    void shouldStayExactOverManyTurnsOfTheRing()
    {
        final LoadWindow window = new LoadWindow(10);
        for (int i = 0; i < 1_000_003; i++)
        {
            window.add(i % 7 == 0 ? 99.9 : 0.1 * (i % 13));
        }
        double sum = 0;
        for (int i = 1_000_003 - 10; i < 1_000_003; i++)
        {
            sum += i % 7 == 0 ? 99.9 : 0.1 * (i % 13);
        }
        assertEquals(sum / 10, window.average(), 1e-6);
    }

    @Test
    void shouldRefuseAnEmptyWindow()
    {
        assertThrows(IllegalArgumentException.class, () -> new LoadWindow(0));
    }
}
