package io.sluice.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpollTest
{
    private static final int TIMEOUT_MS = 5_000;

    @Test
    void shouldBeAvailableOnThisLinuxMachine()
    {
        assertNull(Epoll.unavailableReason());
        assertTrue(Epoll.isAvailable());
    }

    @Test
    void shouldCreateEpollFdWithRequestedCapacity() throws IOException
    {
        try (Epoll epoll = Epoll.create(8))
        {
            assertTrue(epoll.fd() > 2);
            assertEquals(8, epoll.capacity());
            assertEquals("anon_inode:[eventpoll]",
                    Files.readSymbolicLink(Path.of("/proc/self/fd/" + epoll.fd())).toString());
        }
    }

    @Test
    void shouldRoundTripFull64BitTokenThroughKernel() throws IOException
    {
        long token = 0xCAFEBABE_00000007L;
        try (Epoll epoll = Epoll.create(4); SocketPair pair = new SocketPair())
        {
            epoll.add(pair.clientFd(), Epoll.OUT, token);
            assertEquals(1, epoll.await(TIMEOUT_MS));
            assertEquals(token, epoll.token(0));
            epoll.modify(pair.clientFd(), Epoll.OUT, -2L);
            assertEquals(1, epoll.await(TIMEOUT_MS));
            assertEquals(-2L, epoll.token(0));
        }
    }

    @Test
    void shouldReportInAfterPeerWrites() throws IOException
    {
        try (Epoll epoll = Epoll.create(4); SocketPair pair = new SocketPair())
        {
            epoll.add(pair.acceptedFd(), Epoll.IN, 41L);
            assertEquals(0, epoll.await(0), "nothing written yet");
            pair.client.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertEquals(1, epoll.await(TIMEOUT_MS));
            assertEquals(41L, epoll.token(0));
            assertEquals(Epoll.IN, epoll.events(0));
        }
    }

    @Test
    void shouldReportOutForWritableSocket() throws IOException
    {
        try (Epoll epoll = Epoll.create(4); SocketPair pair = new SocketPair())
        {
            epoll.add(pair.clientFd(), Epoll.OUT | Epoll.IN, 42L);
            assertEquals(1, epoll.await(TIMEOUT_MS));
            assertEquals(42L, epoll.token(0));
            assertEquals(Epoll.OUT, epoll.events(0));
        }
    }

    @Test
    void shouldReportRdhupWhenPeerClosesAndNothingAfterRemove() throws IOException
    {
        try (Epoll epoll = Epoll.create(4); SocketPair pair = new SocketPair())
        {
            int fd = pair.acceptedFd();
            epoll.add(fd, Epoll.IN | Epoll.RDHUP, 43L);
            assertEquals(0, epoll.await(0));
            pair.client.close();
            assertEquals(1, epoll.await(TIMEOUT_MS));
            assertEquals(43L, epoll.token(0));
            int events = epoll.events(0);
            assertEquals(Epoll.RDHUP, events & Epoll.RDHUP, "events 0x" + Integer.toHexString(events));
            assertEquals(Epoll.IN, events & Epoll.IN, "EOF is readable");
            assertEquals(1, epoll.await(0), "level-triggered: still reported");
            epoll.remove(fd);
            assertEquals(0, epoll.await(0));
            assertEquals(0, epoll.await(50));
        }
    }

    @Test
    void shouldGrowArrayForNextCallWhenFilledAndSeeEveryToken() throws IOException
    {
        List<EventFd> fds = new ArrayList<>();
        try (Epoll epoll = Epoll.create(2))
        {
            for (int i = 0; i < 5; i++)
            {
                EventFd e = EventFd.create();
                fds.add(e);
                e.signal();
                epoll.add(e.fd(), Epoll.IN, 100L + i);
            }
            Set<Long> seen = new HashSet<>();

            assertEquals(2, epoll.await(TIMEOUT_MS));
            assertEquals(2, epoll.capacity(), "the array never grows while results are read");
            collect(epoll, 2, seen);

            assertEquals(4, epoll.await(TIMEOUT_MS));
            assertEquals(4, epoll.capacity());
            collect(epoll, 4, seen);

            assertEquals(5, epoll.await(TIMEOUT_MS));
            assertEquals(8, epoll.capacity());
            Set<Long> all = new HashSet<>();
            collect(epoll, 5, all);
            seen.addAll(all);

            assertEquals(Set.of(100L, 101L, 102L, 103L, 104L), all);
            assertEquals(Set.of(100L, 101L, 102L, 103L, 104L), seen);
            assertEquals(5, epoll.await(0));
            assertEquals(8, epoll.capacity(), "5 of 8 did not fill the array");
            assertThrows(IndexOutOfBoundsException.class, () -> epoll.token(5));
        }
        finally
        {
            fds.forEach(EventFd::close);
        }
    }

    private static void collect(Epoll epoll, int n, Set<Long> seen)
    {
        for (int i = 0; i < n; i++)
        {
            assertEquals(Epoll.IN, epoll.events(i));
            seen.add(epoll.token(i));
        }
    }

    @Test
    void shouldThrowEbadfForAddOfBadFd() throws IOException
    {
        try (Epoll epoll = Epoll.create(2))
        {
            IOException e = assertThrows(IOException.class, () -> epoll.add(1_000_000, Epoll.IN, 1L));
            assertTrue(e.getMessage().contains("epoll_ctl"), e.getMessage());
            assertTrue(e.getMessage().contains("EBADF"), e.getMessage());
            assertTrue(e.getMessage().contains("fd=1000000"), e.getMessage());
            IOException del = assertThrows(IOException.class, () -> epoll.remove(1_000_000));
            assertTrue(del.getMessage().startsWith("epoll_ctl(DEL"), del.getMessage());
            assertTrue(del.getMessage().contains("EBADF"), del.getMessage());
        }
    }

    @Test
    void shouldThrowEnoentForModifyOfUnregisteredFd() throws IOException
    {
        try (Epoll epoll = Epoll.create(2); EventFd e = EventFd.create())
        {
            IOException ex = assertThrows(IOException.class, () -> epoll.modify(e.fd(), Epoll.IN, 1L));
            assertTrue(ex.getMessage().startsWith("epoll_ctl(MOD"), ex.getMessage());
            assertTrue(ex.getMessage().contains("ENOENT"), ex.getMessage());
        }
    }

    @Test
    void shouldThrowEexistForDoubleAdd() throws IOException
    {
        try (Epoll epoll = Epoll.create(2); EventFd e = EventFd.create())
        {
            epoll.add(e.fd(), Epoll.IN, 1L);
            IOException ex = assertThrows(IOException.class, () -> epoll.add(e.fd(), Epoll.IN, 1L));
            assertTrue(ex.getMessage().contains("EEXIST"), ex.getMessage());
        }
    }

    @Test
    void shouldCloseIdempotentlyAndRefuseUseAfterClose() throws IOException
    {
        Epoll epoll = Epoll.create(2);
        epoll.close();
        epoll.close();
        assertEquals(-1, epoll.fd());
        IOException e = assertThrows(IOException.class, () -> epoll.await(0));
        assertEquals("Epoll is closed", e.getMessage());
    }
}
