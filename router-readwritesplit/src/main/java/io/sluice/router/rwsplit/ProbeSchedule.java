package io.sluice.router.rwsplit;

import io.sluice.api.ServerState;

import java.util.Arrays;

/**
 * When the replica position probe asks each server for its applied position: every interval while
 * it is a usable replica not already known to have applied the write frontier, and after a failure
 * (a refused connection, a timeout) only after a back-off that doubles up to {@value #MAX_BACKOFF_MS}
 * ms. Used by the probe's own thread only: not thread-safe, nothing allocated after construction.
 */
final class ProbeSchedule
{
    /** The first retry after a failure; each further failure doubles it. */
    static final long FIRST_BACKOFF_MS = 250;
    static final long MAX_BACKOFF_MS = 5_000;

    private final long intervalNs;
    private final long[] dueNs;
    private final boolean[] due;
    private final int[] failures;

    ProbeSchedule(final int servers, final long intervalMs)
    {
        this.intervalNs = intervalMs * 1_000_000L;
        this.dueNs = new long[servers];
        this.due = new boolean[servers];
        this.failures = new int[servers];
        Arrays.fill(due, true);
    }

    /** A server worth probing: a usable replica (the primary's own gtid_slave_pos says nothing of its writes). */
    static boolean isCandidate(final ServerState state)
    {
        return state != null && state.isSlave() && !state.isMaster();
    }

    /**
     * Whether to probe the server now: a candidate, not known to have applied the frontier already
     * (then a probe teaches nothing), and its time has come.
     */
    boolean shouldProbe(final int server, final ServerState state, final boolean knownCurrent, final long nowNs)
    {
        return isCandidate(state) && !knownCurrent && (due[server] || nowNs - dueNs[server] >= 0);
    }

    /** The probe answered: the next one in an interval. */
    void answered(final int server, final long nowNs)
    {
        failures[server] = 0;
        due[server] = false;
        dueNs[server] = nowNs + intervalNs;
    }

    /** The probe failed: the next one after the back-off. */
    void failed(final int server, final long nowNs)
    {
        failures[server]++;
        due[server] = false;
        dueNs[server] = nowNs + backoffMs(failures[server]) * 1_000_000L;
    }

    /** Failures in a row on the server. */
    int failures(final int server)
    {
        return failures[server];
    }

    /** The wait before the next attempt after {@code failures} failures in a row: 250 ms, doubling, at most 5 s. */
    static long backoffMs(final int failures)
    {
        if (failures <= 0)
        {
            return 0;
        }
        final int doublings = Math.min(failures - 1, 16);
        return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << doublings);
    }

    /** How long to sleep after a round of probes that started at {@code startNs}: what is left of the interval. */
    long sleepNs(final long startNs, final long nowNs)
    {
        return Math.max(0, intervalNs - (nowNs - startNs));
    }
}
