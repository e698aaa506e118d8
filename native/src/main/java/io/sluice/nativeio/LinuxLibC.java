package io.sluice.nativeio;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * JNA direct mapping of the few libc calls Sluice needs. Package-private: callers go through {@link Epoll},
 * {@link EventFd} and {@link Errno}, which turn {@code -1} plus errno into exceptions.
 *
 * <p>Pointers are passed as raw {@code long} addresses (LP64 only), so no {@code Pointer} object exists on any
 * per-call path. errno is read back with {@link Native#getLastError()}, which JNA saves after every call.
 *
 * <p>The static initializer never throws: if JNA or libc cannot be loaded, {@link #loadFailure()} names the cause
 * and the native methods stay unbound. Thread-safe (stateless).
 */
final class LinuxLibC
{
    static final int EPOLL_CLOEXEC = 0x80000;   // == O_CLOEXEC
    static final int EPOLL_CTL_ADD = 1;
    static final int EPOLL_CTL_DEL = 2;
    static final int EPOLL_CTL_MOD = 3;
    static final int EFD_CLOEXEC = 0x80000;
    static final int EFD_NONBLOCK = 0x800;      // == O_NONBLOCK

    private static final String LOAD_FAILURE;

    static
    {
        String failure = null;
        String osName = System.getProperty("os.name", "");
        if (!osName.startsWith("Linux"))
        {
            failure = "the operating system is " + osName + ", and epoll and eventfd exist only on Linux";
        }
        else
        {
            try
            {
                Native.register(LinuxLibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
            }
            catch (Throwable t)
            {   // NoClassDefFoundError (no JNA jar), UnsatisfiedLinkError (jnidispatch or symbols)
                failure = "JNA could not bind libc (" + t + "); check that the JNA jar is on the class path and that "
                        + "jna.tmpdir is writable and not mounted noexec";
            }
        }
        LOAD_FAILURE = failure;
    }

    private LinuxLibC()
    {
    }

    /** Null when the native methods are bound; otherwise a sentence naming the cause. */
    static String loadFailure()
    {
        return LOAD_FAILURE;
    }

    static native int epoll_create1(int flags);

    static native int epoll_ctl(int epfd, int op, int fd, long eventPtr);

    static native int epoll_wait(int epfd, long events, int maxEvents, int timeoutMs);

    static native int eventfd(int initval, int flags);

    static native long read(int fd, long buf, long count);

    static native long write(int fd, long buf, long count);

    static native int close(int fd);

    /** Error path only: text for an errno (glibc keeps the strings; unknown values get a per-thread buffer). */
    static native String strerror(int errnum);
}
