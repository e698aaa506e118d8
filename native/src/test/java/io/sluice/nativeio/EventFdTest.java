package io.sluice.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EventFdTest
{
    private static final long WAKE_TOKEN = 0x7FFF_FFFF_FFFF_FFFEL;

    @Test
    void shouldCreateEventFd() throws IOException
    {
        try (EventFd e = EventFd.create())
        {
            assertEquals("anon_inode:[eventfd]", Files.readSymbolicLink(Path.of("/proc/self/fd/" + e.fd())).toString());
        }
    }

    @Test
    void shouldWakeThreadBlockedInAwaitThreeTimes() throws Exception
    {
        try (Epoll epoll = Epoll.create(4); EventFd wake = EventFd.create())
        {
            epoll.add(wake.fd(), Epoll.IN, WAKE_TOKEN);
            BlockingQueue<String> ready = new ArrayBlockingQueue<>(4);
            BlockingQueue<long[]> woken = new ArrayBlockingQueue<>(4);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread worker = new Thread(() ->
            {
                try
                {
                    for (int round = 0; round < 3; round++)
                    {
                        ready.put("round " + round);
                        int n = epoll.await(-1);
                        long[] result = {n, n > 0 ? epoll.token(0) : 0, n > 0 ? epoll.events(0) : 0};
                        wake.drain();
                        result = new long[] {result[0], result[1], result[2], epoll.await(0)};
                        woken.put(result);
                    }
                }
                catch (Throwable t)
                {
                    failure.set(t);
                }
            }, "epoll-owner");
            worker.setDaemon(true);
            worker.start();
            for (int round = 0; round < 3; round++)
            {
                assertEquals("round " + round, ready.poll(10, TimeUnit.SECONDS));
                wake.signal();
                long[] r = woken.poll(10, TimeUnit.SECONDS);
                assertNotNull(r, "worker woke in round " + round);
                assertEquals(1, r[0]);
                assertEquals(WAKE_TOKEN, r[1]);
                assertEquals(Epoll.IN, r[2]);
                assertEquals(0, r[3], "drain resets the counter");
            }
            worker.join(10_000);
            assertNull(failure.get());
            assertTrue(!worker.isAlive());
        }
    }

    @Test
    void shouldResetOnDrainSoAwaitReturnsZero() throws IOException
    {
        try (Epoll epoll = Epoll.create(2); EventFd e = EventFd.create())
        {
            epoll.add(e.fd(), Epoll.IN, 5L);
            e.drain();   // nothing to drain: EAGAIN is fine
            assertEquals(0, epoll.await(0));
            e.signal();
            e.signal();
            assertEquals(1, epoll.await(0));
            assertEquals(5L, epoll.token(0));
            e.drain();
            assertEquals(0, epoll.await(0));
        }
    }

    @Test
    void shouldThrowUncheckedNamingWriteAfterClose() throws IOException
    {
        EventFd e = EventFd.create();
        e.close();
        e.close();
        assertEquals(-1, e.fd());
        UncheckedIOException ex = assertThrows(UncheckedIOException.class, e::signal);
        assertTrue(ex.getMessage().contains("write(eventfd=-1"), ex.getMessage());
        assertTrue(ex.getMessage().contains("EBADF"), ex.getMessage());
    }
}
