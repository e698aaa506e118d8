package io.sluice.core.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadAverageRingTest
{
    @Test
    void shouldBeZeroWhenEmpty()
    {
        final LoadAverageRing ring = new LoadAverageRing(3);
        assertEquals(0.0, ring.percent());
        assertEquals(0, ring.count());
    }

    @Test
    void shouldEvictTheOldestSlotWhenFull()
    {
        final LoadAverageRing ring = new LoadAverageRing(3);
        ring.add(10, 10);
        ring.add(0, 10);
        ring.add(0, 10);
        assertEquals(100.0 / 3, ring.percent(), 1e-12);
        ring.add(5, 10);
        assertEquals(3, ring.count());
        assertEquals(100.0 * 5 / 30, ring.percent(), 1e-12);
    }

    @Test
    void shouldAccumulateIntoTheNewestSlot()
    {
        final LoadAverageRing ring = new LoadAverageRing(2);
        ring.addToNewest(1, 4);   // empty ring: starts a slot
        ring.addToNewest(3, 4);
        assertEquals(1, ring.count());
        assertEquals(50.0, ring.percent());
        ring.add(0, 8);
        ring.add(8, 8);           // evicts the accumulated slot
        assertEquals(50.0, ring.percent());
        assertEquals(2, ring.count());
    }

    @Test
    void shouldRefuseAnEmptyRing()
    {
        assertThrows(IllegalArgumentException.class, () -> new LoadAverageRing(0));
    }
}
