package io.sluice.nativeio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes once whether the epoll transport can run here, and why not. Never throws. Thread-safe (immutable).
 */
final class NativeStatus
{
    private static final Logger LOG = LoggerFactory.getLogger(Epoll.class);

    static final String UNAVAILABLE_REASON = probe();

    private NativeStatus()
    {
    }

    private static String probe()
    {
        String reason;
        try
        {
            reason = LinuxLibC.loadFailure();
            if (reason == null)
            {
                int epfd = LinuxLibC.epoll_create1(LinuxLibC.EPOLL_CLOEXEC);
                if (epfd < 0)
                {
                    int errno = com.sun.jna.Native.getLastError();
                    reason = "epoll_create1(EPOLL_CLOEXEC) failed with " + Errno.name(errno) + " ("
                            + Errno.text(errno) + ")";
                }
                else
                {
                    LinuxLibC.close(epfd);
                }
            }
            if (reason == null && !ChannelFds.isAvailable())
            {
                reason = ChannelFds.unavailableReason();
            }
        }
        catch (Throwable t)
        {   // a LinkageError here must not escape a static initializer
            reason = "the native epoll binding failed to initialize (" + t + ")";
        }
        if (reason != null)
        {
            LOG.debug("epoll transport unavailable: {}", reason);
        }
        else
        {
            LOG.debug("epoll transport available (JNA direct mapping, layout {}, fd strategy {})",
                    EpollEventLayout.current(), ChannelFds.strategy());
        }
        return reason;
    }

    /** Throws if JNA could not bind libc; {@code what} names the object being created. */
    static void requireLibC(String what) throws java.io.IOException
    {
        String failure = LinuxLibC.loadFailure();
        if (failure != null)
        {
            throw new java.io.IOException("Cannot create " + what + ": " + failure);
        }
    }
}
