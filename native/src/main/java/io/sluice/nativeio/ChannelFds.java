package io.sluice.nativeio;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.channels.SelectableChannel;

/**
 * The integer file descriptor of a JDK {@code SocketChannel} or {@code ServerSocketChannel} (any {@code
 * sun.nio.ch.SelChImpl}).
 *
 * <p>Strategies, chosen once at class initialization:
 * <ol>
 *   <li>{@code "add-opens"}: a {@link VarHandle} on the private {@code int fdVal} field, through
 *       {@code MethodHandles.privateLookupIn}; needs {@code --add-opens=java.base/sun.nio.ch=ALL-UNNAMED}.</li>
 *   <li>{@code "add-exports"}: a {@link MethodHandle} on {@code SelChImpl#getFDVal()}; needs
 *       {@code --add-exports=java.base/sun.nio.ch=ALL-UNNAMED}.</li>
 *   <li>{@code "unavailable"}: {@link #fdOf} throws {@link IllegalStateException}. There is deliberately no
 *       {@code sun.misc.Unsafe} fallback (it warns on JDK 24+ and is being removed).</li>
 * </ol>
 * Thread-safe (immutable state). The look-up cost is paid once per registration, not per event.
 */
public final class ChannelFds
{
    static final String FLAG = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";

    private static final String STRATEGY;
    private static final String UNAVAILABLE_REASON;
    /** {@code fdVal} of {@code sun.nio.ch.SocketChannelImpl}; null unless strategy is add-opens. */
    private static final VarHandle SOCKET_FD;
    /** {@code fdVal} of {@code sun.nio.ch.ServerSocketChannelImpl}; null unless strategy is add-opens. */
    private static final VarHandle SERVER_SOCKET_FD;
    private static final Class<?> SOCKET_IMPL;
    private static final Class<?> SERVER_SOCKET_IMPL;
    private static final Class<?> SEL_CH_IMPL;
    /** {@code SelChImpl#getFDVal()} typed {@code (SelectableChannel)int}; used for other channel classes. */
    private static final MethodHandle GET_FD_VAL;

    static
    {
        String strategy = "unavailable";
        String reason = null;
        VarHandle socketFd = null;
        VarHandle serverSocketFd = null;
        Class<?> socketImpl = null;
        Class<?> serverSocketImpl = null;
        Class<?> selChImpl = null;
        MethodHandle getFdVal = null;
        try
        {
            socketImpl = Class.forName("sun.nio.ch.SocketChannelImpl");
            serverSocketImpl = Class.forName("sun.nio.ch.ServerSocketChannelImpl");
            selChImpl = Class.forName("sun.nio.ch.SelChImpl");
        }
        catch (ClassNotFoundException | LinkageError e)
        {
            reason = "this JDK has no sun.nio.ch channel implementation classes (" + e + ")";
        }
        if (reason == null)
        {
            MethodType getter = MethodType.methodType(int.class);
            MethodType erased = MethodType.methodType(int.class, SelectableChannel.class);
            try
            {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                socketFd = MethodHandles.privateLookupIn(socketImpl, lookup).findVarHandle(socketImpl,
                        "fdVal", int.class);
                serverSocketFd = MethodHandles.privateLookupIn(serverSocketImpl, lookup)
                        .findVarHandle(serverSocketImpl, "fdVal", int.class);
                getFdVal = MethodHandles.privateLookupIn(selChImpl, lookup).findVirtual(selChImpl, "getFDVal", getter)
                        .asType(erased);
                strategy = "add-opens";
            }
            catch (ReflectiveOperationException | RuntimeException opensFailure)
            {
                socketFd = null;
                serverSocketFd = null;
                try
                {
                    getFdVal = MethodHandles.lookup().findVirtual(selChImpl, "getFDVal", getter).asType(erased);
                    strategy = "add-exports";
                }
                catch (ReflectiveOperationException | RuntimeException exportsFailure)
                {
                    getFdVal = null;
                    reason = "java.base does not open sun.nio.ch to this code, so the fd of a NIO channel cannot be "
                            + "read; start the JVM with "
                            + FLAG + " (bin/sluice sets it, and so does `java -jar` through the manifest's Add-Opens)";
                }
            }
        }
        STRATEGY = strategy;
        UNAVAILABLE_REASON = reason;
        SOCKET_FD = socketFd;
        SERVER_SOCKET_FD = serverSocketFd;
        SOCKET_IMPL = socketImpl;
        SERVER_SOCKET_IMPL = serverSocketImpl;
        SEL_CH_IMPL = selChImpl;
        GET_FD_VAL = getFdVal;
    }

    private ChannelFds()
    {
    }

    /**
     * The fd of an open JDK channel.
     *
     * @throws IllegalStateException if no strategy works (the message names {@value #FLAG})
     * @throws IllegalArgumentException if {@code ch} is closed or is not a JDK {@code sun.nio.ch} channel
     */
    public static int fdOf(SelectableChannel ch)
    {
        if (GET_FD_VAL == null)
        {
            throw new IllegalStateException("ChannelFds is unavailable: " + UNAVAILABLE_REASON);
        }
        if (!ch.isOpen())
        {
            throw new IllegalArgumentException("channel is closed: " + ch);
        }
        Class<?> c = ch.getClass();
        if (SOCKET_FD != null)
        {
            if (c == SOCKET_IMPL)
            {
                return (int) SOCKET_FD.get(ch);
            }
            if (c == SERVER_SOCKET_IMPL)
            {
                return (int) SERVER_SOCKET_FD.get(ch);
            }
        }
        if (!SEL_CH_IMPL.isInstance(ch))
        {
            throw new IllegalArgumentException("not a JDK sun.nio.ch channel: " + c.getName());
        }
        try
        {
            return (int) GET_FD_VAL.invokeExact(ch);
        }
        catch (RuntimeException | Error e)
        {
            throw e;
        }
        catch (Throwable t)
        {
            throw new IllegalStateException("SelChImpl.getFDVal() failed", t);
        }
    }

    public static boolean isAvailable()
    {
        return GET_FD_VAL != null;
    }

    /** Null when available; otherwise a sentence naming the cause and the flag that fixes it. */
    public static String unavailableReason()
    {
        return UNAVAILABLE_REASON;
    }

    /** {@code "add-opens"}, {@code "add-exports"} or {@code "unavailable"}. */
    public static String strategy()
    {
        return STRATEGY;
    }
}
