package io.sluice.core.worker;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What one worker's sockets did, for the admin API ({@code GET /v1/maxscale/threads}: MaxScale's
 * {@code reads}, {@code writes} and {@code accepts}) and {@code /metrics}: socket reads (each
 * {@code read} call on a client or server connection), socket writes (each {@code write} call) and
 * client connections accepted (all on the acceptor, worker 0, which hands them to the worker the
 * placement picks).
 *
 * <p>Threading: one writer, the worker; any thread reads. Plain {@code long}s published with opaque
 * stores, as in {@link PollCounters}. Hot path: no allocation, no lock.
 */
public final class IoCounters
{
    private static final VarHandle READS;
    private static final VarHandle WRITES;
    private static final VarHandle ACCEPTS;

    static
    {
        try
        {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            READS = lookup.findVarHandle(IoCounters.class, "reads", long.class);
            WRITES = lookup.findVarHandle(IoCounters.class, "writes", long.class);
            ACCEPTS = lookup.findVarHandle(IoCounters.class, "accepts", long.class);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new ExceptionInInitializerError(e);
        }
    }

    private long reads;
    private long writes;
    private long accepts;

    /** One read call on a socket. Owner thread only. */
    public void onRead()
    {
        // hot path: no allocation
        READS.setOpaque(this, reads + 1);
    }

    /** One write call on a socket. Owner thread only. */
    public void onWrite()
    {
        // hot path: no allocation
        WRITES.setOpaque(this, writes + 1);
    }

    /** One client connection accepted. Owner thread only. */
    public void onAccept()
    {
        ACCEPTS.setOpaque(this, accepts + 1);
    }

    /** Read calls on sockets. */
    public long reads()
    {
        return (long)READS.getOpaque(this);
    }

    /** Write calls on sockets. */
    public long writes()
    {
        return (long)WRITES.getOpaque(this);
    }

    /** Client connections accepted. */
    public long accepts()
    {
        return (long)ACCEPTS.getOpaque(this);
    }
}
