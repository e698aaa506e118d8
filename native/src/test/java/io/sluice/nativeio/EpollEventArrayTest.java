package io.sluice.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EpollEventArrayTest
{
    @Test
    void shouldRoundTripEventsAndDataWithPackedLayout()
    {
        shouldRoundTrip(EpollEventLayout.PACKED_X86_64);
    }

    @Test
    void shouldRoundTripEventsAndDataWithNaturalLayout()
    {
        shouldRoundTrip(EpollEventLayout.NATURAL_64);
    }

    private static void shouldRoundTrip(EpollEventLayout layout)
    {
        try (EpollEventArray a = new EpollEventArray(layout, 4))
        {
            assertSame(layout, a.layout());
            assertEquals(4, a.capacity());
            assertNotEquals(0L, a.address());
            for (int i = 0; i < 4; i++)
            {
                a.set(i, Epoll.IN | Epoll.RDHUP | Epoll.ET | i, 0xCAFEBABE_00000000L | i);
            }
            for (int i = 0; i < 4; i++)
            {
                assertEquals(Epoll.IN | Epoll.RDHUP | Epoll.ET | i, a.events(i), "events[" + i + "]");
                assertEquals(0xCAFEBABE_00000000L | i, a.data(i), "data[" + i + "]");
            }
            a.set(3, -1, -1L);
            assertEquals(-1, a.events(3));
            assertEquals(-1L, a.data(3));
            assertEquals(Epoll.IN | Epoll.RDHUP | Epoll.ET | 2, a.events(2), "neighbour untouched");
            assertEquals(0xCAFEBABE_00000002L, a.data(2), "neighbour untouched");
        }
    }

    @Test
    void shouldDoubleCapacityAndKeepContentsOnGrow()
    {
        try (EpollEventArray a = new EpollEventArray(EpollEventLayout.current(), 2))
        {
            a.set(0, Epoll.IN, 10L);
            a.set(1, Epoll.OUT, 11L);
            long before = a.address();
            a.grow();
            assertEquals(4, a.capacity());
            assertNotEquals(before, a.address());
            assertEquals(Epoll.IN, a.events(0));
            assertEquals(10L, a.data(0));
            assertEquals(Epoll.OUT, a.events(1));
            assertEquals(11L, a.data(1));
            a.set(3, Epoll.HUP, Long.MIN_VALUE);
            assertEquals(Long.MIN_VALUE, a.data(3));
        }
    }

    @Test
    void shouldRejectNonPositiveCapacityAndOutOfRangeIndex()
    {
        assertThrows(IllegalArgumentException.class, () -> new EpollEventArray(EpollEventLayout.current(), 0));
        try (EpollEventArray a = new EpollEventArray(EpollEventLayout.current(), 1))
        {
            assertThrows(IndexOutOfBoundsException.class, () -> a.data(1));
        }
    }
}
