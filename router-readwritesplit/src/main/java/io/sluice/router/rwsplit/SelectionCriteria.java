package io.sluice.router.rwsplit;

/**
 * MaxScale's {@code slave_selection_criteria}: the score of a candidate server for a read, the lowest
 * wins ({@code rwsplit_select_backends.cc}); ties go to the server this session used least recently.
 */
enum SelectionCriteria
{
    /** Operations in flight on the server through this router, from every session. */
    LEAST_CURRENT_OPERATIONS,
    /** The server's average response time, weighted by the operations in flight on it. */
    ADAPTIVE_ROUTING,
    /** The server's replication lag. */
    LEAST_BEHIND_MASTER,
    /** This router's connections to the server. */
    LEAST_ROUTER_CONNECTIONS,
    /**
     * Connections to the server; Sluice counts those of this router (MaxScale counts every service's,
     * which for one service is the same).
     */
    LEAST_GLOBAL_CONNECTIONS;

    // hot path: no allocation
    double score(final ServerStats stats, final long replicationLagSec)
    {
        return switch (this)
        {
            case LEAST_CURRENT_OPERATIONS -> stats.currentOperations.get();
            case ADAPTIVE_ROUTING -> stats.averageResponseNs() * (1 + stats.currentOperations.get());
            case LEAST_BEHIND_MASTER -> Math.max(0, replicationLagSec);
            case LEAST_ROUTER_CONNECTIONS, LEAST_GLOBAL_CONNECTIONS -> stats.connections.get();
        };
    }
}
