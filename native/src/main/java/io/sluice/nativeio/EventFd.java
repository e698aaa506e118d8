package io.sluice.nativeio;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A Linux eventfd ({@code eventfd(0, EFD_CLOEXEC|EFD_NONBLOCK)}) used to wake an event loop blocked in
 * {@link Epoll#await}: register {@link #fd()} with {@link Epoll#IN} under a reserved token.
 *
 * <p><b>Threads:</b> {@link #signal()} may be called from any thread; it writes the value 1 from a direct buffer that
 * is
 * never written after construction. {@link #drain()} and {@link #close()} belong to the owner (the event loop thread);
 * {@code drain} reads into the owner's own scratch buffer.
 */
public final class EventFd implements AutoCloseable
{
    private volatile int fd;
    /** Holds the 8-byte value 1; written once in the constructor, then only read (by the kernel). */
    private final ByteBuffer one;
    private final long oneAddress;
    /** Owner-only target of {@link #drain()}. */
    private final ByteBuffer scratch;
    private final long scratchAddress;

    private EventFd(int fd)
    {
        this.one = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
        this.one.putLong(0, 1L);
        this.oneAddress = Pointer.nativeValue(Native.getDirectBufferPointer(one));
        this.scratch = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
        this.scratchAddress = Pointer.nativeValue(Native.getDirectBufferPointer(scratch));
        this.fd = fd;
    }

    public static EventFd create() throws IOException
    {
        NativeStatus.requireLibC("EventFd");
        int fd = LinuxLibC.eventfd(0, LinuxLibC.EFD_CLOEXEC | LinuxLibC.EFD_NONBLOCK);
        if (fd < 0)
        {
            throw Errno.newIOException("eventfd(0, EFD_CLOEXEC|EFD_NONBLOCK)", Native.getLastError());
        }
        return new EventFd(fd);
    }

    /** The eventfd, or -1 once closed. */
    public int fd()
    {
        return fd;
    }

    /**
     * Adds 1 to the counter, making the fd readable. Any thread. EAGAIN (counter saturated, so already readable) is
     * ignored.
     *
     * @throws UncheckedIOException if {@code write} fails otherwise (for example EBADF after {@link #close()})
     */
    public void signal()
    {
        // hot path: no allocation
        int f = fd;
        while (LinuxLibC.write(f, oneAddress, 8L) < 0)
        {
            int errno = Native.getLastError();
            if (errno == Errno.EAGAIN)
            {
                break;
            }
            if (errno != Errno.EINTR)
            {
                throw new UncheckedIOException(Errno.newIOException("write(eventfd=" + f + ", 8 bytes)", errno));
            }
        }
        Reference.reachabilityFence(one);
    }

    /** Resets the counter to 0. Owner thread only. EAGAIN (nothing to drain) is fine. */
    public void drain()
    {
        // hot path: no allocation
        int f = fd;
        while (LinuxLibC.read(f, scratchAddress, 8L) < 0)
        {
            int errno = Native.getLastError();
            if (errno == Errno.EAGAIN)
            {
                break;
            }
            if (errno != Errno.EINTR)
            {
                throw new UncheckedIOException(Errno.newIOException("read(eventfd=" + f + ", 8 bytes)", errno));
            }
        }
        Reference.reachabilityFence(scratch);
    }

    /** Closes the fd. Idempotent. Owner thread; a concurrent {@link #signal()} may then fail with EBADF. */
    @Override
    public void close()
    {
        int f = fd;
        if (f < 0)
        {
            return;
        }
        fd = -1;
        LinuxLibC.close(f);
    }

    @Override
    public String toString()
    {
        return "EventFd[fd=" + fd + "]";
    }
}
