package io.sluice.nativeio;

import java.io.IOException;

/**
 * Linux errno values and the one place where a failed call becomes an {@link IOException}. Thread-safe (stateless).
 */
public final class Errno
{
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int E2BIG = 7;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    /** Same value as {@link #EAGAIN} on Linux. */
    public static final int EWOULDBLOCK = EAGAIN;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENFILE = 23;
    public static final int EMFILE = 24;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EPIPE = 32;
    public static final int ERANGE = 34;
    public static final int ENOSYS = 38;
    public static final int ELOOP = 40;
    public static final int ENOTSOCK = 88;
    public static final int EOPNOTSUPP = 95;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETUNREACH = 101;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int ENOBUFS = 105;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EHOSTUNREACH = 113;
    public static final int EALREADY = 114;
    public static final int EINPROGRESS = 115;

    private Errno()
    {
    }

    /** The symbolic name, for example {@code "EBADF"}; {@code "errno 123"} for a value not listed here. */
    public static String name(int errno)
    {
        switch (errno)
        {
            case EPERM: return "EPERM";
            case ENOENT: return "ENOENT";
            case ESRCH: return "ESRCH";
            case EINTR: return "EINTR";
            case EIO: return "EIO";
            case ENXIO: return "ENXIO";
            case E2BIG: return "E2BIG";
            case EBADF: return "EBADF";
            case EAGAIN: return "EAGAIN";
            case ENOMEM: return "ENOMEM";
            case EACCES: return "EACCES";
            case EFAULT: return "EFAULT";
            case EBUSY: return "EBUSY";
            case EEXIST: return "EEXIST";
            case ENODEV: return "ENODEV";
            case ENOTDIR: return "ENOTDIR";
            case EISDIR: return "EISDIR";
            case EINVAL: return "EINVAL";
            case ENFILE: return "ENFILE";
            case EMFILE: return "EMFILE";
            case ENOSPC: return "ENOSPC";
            case ESPIPE: return "ESPIPE";
            case EPIPE: return "EPIPE";
            case ERANGE: return "ERANGE";
            case ENOSYS: return "ENOSYS";
            case ELOOP: return "ELOOP";
            case ENOTSOCK: return "ENOTSOCK";
            case EOPNOTSUPP: return "EOPNOTSUPP";
            case EADDRINUSE: return "EADDRINUSE";
            case EADDRNOTAVAIL: return "EADDRNOTAVAIL";
            case ENETUNREACH: return "ENETUNREACH";
            case ECONNABORTED: return "ECONNABORTED";
            case ECONNRESET: return "ECONNRESET";
            case ENOBUFS: return "ENOBUFS";
            case EISCONN: return "EISCONN";
            case ENOTCONN: return "ENOTCONN";
            case ETIMEDOUT: return "ETIMEDOUT";
            case ECONNREFUSED: return "ECONNREFUSED";
            case EHOSTUNREACH: return "EHOSTUNREACH";
            case EALREADY: return "EALREADY";
            case EINPROGRESS: return "EINPROGRESS";
            default: return "errno " + errno;
        }
    }

    /** The C library's text for {@code errno} ({@code strerror}), or {@code "errno N"} if libc is not bound. */
    static String text(int errno)
    {
        if (LinuxLibC.loadFailure() == null)
        {
            try
            {
                String s = LinuxLibC.strerror(errno);
                if (s != null && !s.isEmpty())
                {
                    return s;
                }
            }
            catch (LinkageError ignored)
            {
                // fall through to the numeric form
            }
        }
        return "errno " + errno;
    }

    /**
     * An exception for a failed call. {@code call} names the call and the arguments that matter, for example
     * {@code "epoll_ctl(ADD, fd=7)"}; the message becomes {@code "epoll_ctl(ADD, fd=7) failed: EBADF (Bad file
     * descriptor)"}.
     */
    public static IOException newIOException(String call, int errno)
    {
        return new IOException(call + " failed: " + name(errno) + " (" + text(errno) + ")");
    }
}
