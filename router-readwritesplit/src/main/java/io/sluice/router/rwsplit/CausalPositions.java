package io.sluice.router.rwsplit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What readwritesplit's causal reads know, service-wide and lock-free: the <em>write frontier</em>,
 * the highest GTID sequence per replication domain of every write any client of this service was
 * told had succeeded (from the OK's {@code last_gtid}), and for each server the positions it is known
 * to have applied (learned when a {@code MASTER_GTID_WAIT} on it returned). A read may go to a replica
 * that has applied the frontier as of the read; otherwise it waits there for it, in the same round
 * trip, or goes to the primary. Domains 0 to {@value #DOMAINS}-1; a GTID of a higher domain turns
 * causal reads to the primary (MariaDB's domains are small numbers in practice).
 */
final class CausalPositions
{
    static final int DOMAINS = 8;

    private final AtomicLongArray frontier = new AtomicLongArray(DOMAINS);
    private final AtomicLongArray frontierServer = new AtomicLongArray(DOMAINS);
    private final AtomicLongArray applied;
    /** Bit d: domain d has a write in the frontier. */
    private final AtomicInteger domains = new AtomicInteger();
    private volatile boolean overflow;

    CausalPositions(final int servers)
    {
        this.applied = new AtomicLongArray(servers * DOMAINS);
    }

    /** A write's GTID the client was acknowledged: the frontier moves past it. */
    // hot path: no allocation
    void written(final long domain, final long server, final long sequence)
    {
        if (domain < 0 || domain >= DOMAINS)
        {
            overflow = true;
            return;
        }
        final int d = (int)domain;
        if ((domains.get() & (1 << d)) == 0)
        {
            domains.getAndUpdate(bits -> bits | 1 << d); // once per domain, ever
        }
        long current = frontier.get(d);
        while (sequence > current)
        {
            if (frontier.compareAndSet(d, current, sequence))
            {
                frontierServer.set(d, server);
                return;
            }
            current = frontier.get(d);
        }
    }

    /**
     * Copies the frontier into {@code into} (one slot per domain); false if causal reads cannot be
     * kept by replicas (a domain beyond {@link #DOMAINS}).
     */
    // hot path: no allocation
    boolean snapshot(final long[] into)
    {
        final int used = domains.get();
        for (int d = 0; d < DOMAINS; d++)
        {
            into[d] = (used & (1 << d)) == 0 ? 0 : frontier.get(d);
        }
        return !overflow;
    }

    /** Whether the server is known to have applied every domain's position of the snapshot. */
    // hot path: no allocation
    boolean isCurrent(final int server, final long[] snapshot)
    {
        for (int d = 0; d < DOMAINS; d++)
        {
            if (snapshot[d] > applied.get(server * DOMAINS + d))
            {
                return false;
            }
        }
        return true;
    }

    /** The server has applied the snapshot (a wait for it returned). */
    // hot path: no allocation
    void applied(final int server, final long[] snapshot)
    {
        for (int d = 0; d < DOMAINS; d++)
        {
            final int at = server * DOMAINS + d;
            long current = applied.get(at);
            while (snapshot[d] > current && !applied.compareAndSet(at, current, snapshot[d]))
            {
                current = applied.get(at);
            }
        }
    }

    /** The server id of a domain's frontier GTID (for the GTID text of a wait). */
    long serverOf(final int domain)
    {
        return frontierServer.get(domain);
    }

    /** The frontier as MariaDB writes a GTID list, for the admin API (allocates). */
    String describe()
    {
        final StringBuilder text = new StringBuilder();
        for (int d = 0; d < DOMAINS; d++)
        {
            if (frontier.get(d) > 0)
            {
                text.append(text.length() == 0 ? "" : ",").append(d).append('-').append(frontierServer.get(d))
                    .append('-').append(frontier.get(d));
            }
        }
        return text.toString();
    }
}
