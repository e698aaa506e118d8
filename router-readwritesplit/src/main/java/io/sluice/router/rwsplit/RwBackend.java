package io.sluice.router.rwsplit;

import io.sluice.api.Endpoint;
import io.sluice.api.Query;
import io.sluice.api.ServerState;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One server connection of a readwritesplit session (MaxScale's RWBackend): the endpoint, the
 * responses it owes ({@link ResponseQueue}), when it was last written to (replica ties go to the
 * least recently used), and its server's role as of the last cluster snapshot the session looked at.
 * Worker thread only.
 */
final class RwBackend
{
    final Endpoint endpoint;
    /** The server's index in the service's targets (and the router's {@link ServerStats}). */
    final int index;
    final ServerStats stats;
    /** The session history's last entry id when this connection opened: it replays those itself. */
    final long historyIdAtOpen;
    final ResponseQueue owed = new ResponseQueue();
    /** The session's counter of statements sent to one server when this one last got one (0: never). */
    long lastWriteSeq;
    /** When the oldest response owed to the client was asked for. */
    long clientQuerySentNs;
    boolean master;
    boolean slave;
    /** Usable and not draining: may get new work beyond what a transaction or statement needs. */
    boolean takesNew;
    long replicationLagSec = ServerState.LAG_UNKNOWN;
    /** The frontier the pending causal wait on this server waits for. */
    final long[] waitingFor = new long[CausalPositions.DOMAINS];
    /** A GTID came back in one of this connection's OKs: it tracks last_gtid. */
    boolean gtidTracked;
    /** Requests sent whose answers go to the client, and those answers completed: the n-th answer is the n-th's. */
    long clientRequests;
    long clientAnswers;

    RwBackend(final Endpoint endpoint, final int index, final ServerStats stats, final long historyIdAtOpen)
    {
        this.endpoint = endpoint;
        this.index = index;
        this.stats = stats;
        this.historyIdAtOpen = historyIdAtOpen;
    }

    /** Takes the server's role from a snapshot's state (null: the server is gone from the configuration). */
    void role(final ServerState state)
    {
        master = state != null && state.isMaster();
        slave = state != null && state.isSlave();
        takesNew = state != null && state.takesNewSessions();
        replicationLagSec = state == null ? ServerState.LAG_UNKNOWN : state.replicationLagSec();
    }

    boolean isUsable()
    {
        return !endpoint.isClosed();
    }

    /**
     * Sends a packet whose response is of the given kind (if it gets one). The packet's bytes are
     * consumed; its position is restored so the next server can be sent the same bytes.
     */
    // hot path: no allocation
    void write(final ByteBuffer data, final Query query, final int responseKind, final long sessionCommand,
        final long nowNs) throws IOException
    {
        if (query.expectsResponse())
        {
            if (responseKind == ResponseQueue.CLIENT)
            {
                if (owed.countClientIsZero())
                {
                    clientQuerySentNs = nowNs;
                }
                stats.querySent();
                clientRequests++;
            }
            owed.add(responseKind, sessionCommand);
        }
        final int position = data.position();
        endpoint.write(data, query);
        data.position(position);
    }

    String name()
    {
        return endpoint.target().name();
    }

    @Override
    public String toString()
    {
        return name() + (master ? "(master)" : slave ? "(slave)" : "");
    }
}
