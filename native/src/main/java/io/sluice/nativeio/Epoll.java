package io.sluice.nativeio;

import com.sun.jna.Native;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * A Linux epoll instance driven through JNA direct mapping.
 *
 * <p><b>Single owner:</b> only the thread that owns an {@code Epoll} (its event loop) may call {@link #add},
 * {@link #modify}, {@link #remove}, {@link #await}, {@link #events}, {@link #token} and {@link #close}: they share
 * a scratch {@code epoll_event} and the result array. Other threads hand requests to the owner through its task queue
 * and wake it with an {@link EventFd}.
 *
 * <p>The 64-bit token goes into {@code epoll_data} unchanged. Results of the last {@link #await} are read with
 * {@link #events(int)} and {@link #token(int)} for {@code 0 <= i < n}. When an {@code await} fills the whole array,
 * the array is doubled at the start of the next {@code await}, never while results are being read.
 */
public final class Epoll implements AutoCloseable
{
    public static final int IN = 0x001;
    public static final int PRI = 0x002;
    public static final int OUT = 0x004;
    public static final int ERR = 0x008;
    public static final int HUP = 0x010;
    public static final int RDHUP = 0x2000;
    public static final int EXCLUSIVE = 1 << 28;
    public static final int ONESHOT = 1 << 30;
    public static final int ET = 1 << 31;

    /** The result array stops doubling at this many events. */
    static final int MAX_CAPACITY = 1 << 16;

    private int epfd;
    private final EpollEventArray events;
    private final EpollEventArray scratch;
    private int ready;
    private boolean growPending;

    private Epoll(int epfd, EpollEventArray events, EpollEventArray scratch)
    {
        this.epfd = epfd;
        this.events = events;
        this.scratch = scratch;
    }

    /** {@code epoll_create1(EPOLL_CLOEXEC)} with a result array of {@code initialCapacity} events. */
    public static Epoll create(int initialCapacity) throws IOException
    {
        if (initialCapacity <= 0)
        {
            throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
        }
        NativeStatus.requireLibC("Epoll");
        EpollEventLayout layout = EpollEventLayout.current();
        EpollEventArray events = new EpollEventArray(layout, initialCapacity);
        EpollEventArray scratch = new EpollEventArray(layout, 1);
        int fd = LinuxLibC.epoll_create1(LinuxLibC.EPOLL_CLOEXEC);
        if (fd < 0)
        {
            throw Errno.newIOException("epoll_create1(EPOLL_CLOEXEC)", Native.getLastError());
        }
        return new Epoll(fd, events, scratch);
    }

    /** The epoll fd, or -1 once closed. */
    public int fd()
    {
        return epfd;
    }

    /** {@code EPOLL_CTL_ADD}. */
    public void add(int fd, int events, long token) throws IOException
    {
        ctl(LinuxLibC.EPOLL_CTL_ADD, fd, events, token);
    }

    /** {@code EPOLL_CTL_MOD}. */
    public void modify(int fd, int events, long token) throws IOException
    {
        ctl(LinuxLibC.EPOLL_CTL_MOD, fd, events, token);
    }

    /** {@code EPOLL_CTL_DEL} (with a NULL event). */
    public void remove(int fd) throws IOException
    {
        // hot path: no allocation
        int ep = openFd();
        if (LinuxLibC.epoll_ctl(ep, LinuxLibC.EPOLL_CTL_DEL, fd, 0L) < 0)
        {
            throw Errno.newIOException("epoll_ctl(DEL, epfd=" + ep + ", fd=" + fd + ")", Native.getLastError());
        }
    }

    private void ctl(int op, int fd, int interest, long token) throws IOException
    {
        // hot path: no allocation
        int ep = openFd();
        EpollEventArray s = scratch;
        s.set(0, interest, token);
        int rc = LinuxLibC.epoll_ctl(ep, op, fd, s.address());
        Reference.reachabilityFence(s.buffer());
        if (rc < 0)
        {
            throw Errno.newIOException("epoll_ctl(" + (op == LinuxLibC.EPOLL_CTL_ADD ? "ADD" : "MOD") + ", epfd=" + ep
                    + ", fd=" + fd + ", events=0x" + Integer.toHexString(interest) + ")", Native.getLastError());
        }
    }

    /**
     * {@code epoll_wait}: blocks up to {@code timeoutMs} ({@code -1} = forever, {@code 0} = poll) and returns the
     * number
     * of ready events. Returns 0 when interrupted by a signal (EINTR).
     */
    public int await(int timeoutMs) throws IOException
    {
        // hot path: no allocation (except the rare doubling of the array)
        int ep = openFd();
        EpollEventArray a = events;
        if (growPending)
        {
            growPending = false;
            a.grow();
        }
        ready = 0;
        int cap = a.capacity();
        int n = LinuxLibC.epoll_wait(ep, a.address(), cap, timeoutMs);
        Reference.reachabilityFence(a.buffer());
        if (n < 0)
        {
            int errno = Native.getLastError();
            if (errno == Errno.EINTR)
            {
                return 0;
            }
            throw Errno.newIOException("epoll_wait(epfd=" + ep + ", maxEvents=" + cap + ", timeoutMs="
                    + timeoutMs + ")", errno);
        }
        if (n == cap && cap < MAX_CAPACITY)
        {
            growPending = true;
        }
        ready = n;
        return n;
    }

    /** The event mask of result {@code i} of the last {@link #await}. */
    public int events(int i)
    {
        // hot path: no allocation
        return events.events(Objects.checkIndex(i, ready));
    }

    /** The token of result {@code i} of the last {@link #await}. */
    public long token(int i)
    {
        // hot path: no allocation
        return events.data(Objects.checkIndex(i, ready));
    }

    /** The current size of the result array (events per {@link #await}). */
    public int capacity()
    {
        return events.capacity();
    }

    /** Closes the epoll fd and drops the arrays. Idempotent. */
    @Override
    public void close()
    {
        int ep = epfd;
        if (ep < 0)
        {
            return;
        }
        epfd = -1;
        ready = 0;
        LinuxLibC.close(ep);   // Linux releases the fd even when close reports an error; nothing to retry
        events.close();
        scratch.close();
    }

    private int openFd() throws IOException
    {
        int ep = epfd;
        if (ep < 0)
        {
            throw new IOException("Epoll is closed");
        }
        return ep;
    }

    /** True when JNA loads, the OS is Linux, {@code epoll_create1} works, and {@link ChannelFds} works. */
    public static boolean isAvailable()
    {
        return NativeStatus.UNAVAILABLE_REASON == null;
    }

    /** Null when {@link #isAvailable()}; otherwise a sentence naming the cause. */
    public static String unavailableReason()
    {
        return NativeStatus.UNAVAILABLE_REASON;
    }

    @Override
    public String toString()
    {
        return "Epoll[fd=" + epfd + ", capacity=" + (epfd < 0 ? 0 : events.capacity()) + "]";
    }
}
