package io.sluice.core.worker;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one worker's sessions sent to each server and how long the servers took to answer, for the
 * admin API ({@code statistics.routed_packets}, MaxScale's, and the mean response time of
 * {@code GET /v1/servers}) and {@code /metrics}; the admin thread sums the workers.
 *
 * <p>Threading: a server's {@link Counters} are made when a session on this worker first connects to
 * it (control plane: a map entry per server), then written by this worker alone, as
 * {@link PollCounters} are: plain {@code long}s published with opaque stores, no lock, no allocation.
 * Any thread reads them, possibly a few increments behind.
 */
public final class ServerTraffic
{
    private final ConcurrentHashMap<String, Counters> servers = new ConcurrentHashMap<>();

    /** The counters of a server, made on first use. Owner worker's thread (at connect, not per packet). */
    public Counters of(final String server)
    {
        return servers.computeIfAbsent(server, name -> new Counters());
    }

    /** The counters of a server, or null if no session of this worker has used it. Any thread. */
    public Counters find(final String server)
    {
        return servers.get(server);
    }

    /** One server's traffic from one worker. */
    public static final class Counters
    {
        private static final VarHandle ROUTED_PACKETS;
        private static final VarHandle RESPONSES;
        private static final VarHandle TIMED_RESPONSES;
        private static final VarHandle RESPONSE_NS;

        static
        {
            try
            {
                final MethodHandles.Lookup lookup = MethodHandles.lookup();
                ROUTED_PACKETS = lookup.findVarHandle(Counters.class, "routedPackets", long.class);
                RESPONSES = lookup.findVarHandle(Counters.class, "responses", long.class);
                TIMED_RESPONSES = lookup.findVarHandle(Counters.class, "timedResponses", long.class);
                RESPONSE_NS = lookup.findVarHandle(Counters.class, "responseNs", long.class);
            }
            catch (final ReflectiveOperationException e)
            {
                throw new ExceptionInInitializerError(e);
            }
        }

        private long routedPackets;
        private long responses;
        private long timedResponses;
        private long responseNs;

        Counters()
        {
        }

        /** A router wrote one client packet to the server. Owner worker only. */
        public void packetRouted()
        {
            // hot path: no allocation
            ROUTED_PACKETS.setOpaque(this, routedPackets + 1);
        }

        /** A response ended; {@code elapsedNs} since its command was written, or -1 when not timed. Owner only. */
        public void responseDone(final long elapsedNs)
        {
            // hot path: no allocation
            RESPONSES.setOpaque(this, responses + 1);
            if (elapsedNs >= 0)
            {
                TIMED_RESPONSES.setOpaque(this, timedResponses + 1);
                RESPONSE_NS.setOpaque(this, responseNs + elapsedNs);
            }
        }

        /** Client packets routers wrote to the server (MaxScale's {@code routed_packets}). */
        public long routedPackets()
        {
            return (long)ROUTED_PACKETS.getOpaque(this);
        }

        /** Responses the server completed to routed commands. */
        public long responses()
        {
            return (long)RESPONSES.getOpaque(this);
        }

        /** Responses whose time was measured (all but those of commands pipelined deeper than a session keeps). */
        public long timedResponses()
        {
            return (long)TIMED_RESPONSES.getOpaque(this);
        }

        /** The sum of the measured response times. */
        public long responseNs()
        {
            return (long)RESPONSE_NS.getOpaque(this);
        }
    }
}
