package io.sluice.router.rwsplit;

import io.sluice.api.Query;
import io.sluice.api.RoutingHint;
import io.sluice.protocol.mysql.classify.Classification;

import java.nio.ByteBuffer;

/**
 * A client packet the session keeps with its query's values: one that waits in the query queue
 * (MaxScale's {@code m_query_queue}) until the responses before it have come, or the read kept for
 * {@code retry_failed_reads}. Its buffer is its own; {@link #copy} reuses it when it is big enough,
 * so the session's retry copy allocates nothing in steady state.
 */
final class HeldQuery implements Query
{
    private ByteBuffer packet = ByteBuffer.allocate(0);
    private int command;
    private boolean continuation;
    private boolean loadData;
    private long statementId;
    private boolean expectsResponse;
    private RoutingHint hint;
    /** The statement's classification (COM_QUERY, COM_STMT_PREPARE), or null. */
    Classification classification;
    /** The session history entry the packet was recorded as, or 0. */
    long historyId;

    /** A copy of the packet's bytes [position, limit) and of the query's values. */
    // hot path: no allocation (once the buffer is big enough)
    HeldQuery copy(final ByteBuffer data, final Query query, final Classification c, final long history)
    {
        final int length = data.remaining();
        if (packet.capacity() < length)
        {
            packet = ByteBuffer.allocate(Math.max(length, 2 * packet.capacity()));
        }
        packet.clear();
        packet.put(0, data, data.position(), length).limit(length);
        command = query.command();
        continuation = query.isContinuation();
        loadData = query.isLoadData();
        statementId = query.statementId();
        expectsResponse = query.expectsResponse();
        hint = query.hint();
        classification = c;
        historyId = history;
        return this;
    }

    /** The packet, positioned at its start. */
    ByteBuffer packet()
    {
        return packet.position(0);
    }

    @Override
    public int command()
    {
        return command;
    }

    @Override
    public boolean isContinuation()
    {
        return continuation;
    }

    @Override
    public boolean isLoadData()
    {
        return loadData;
    }

    @Override
    public long statementId()
    {
        return statementId;
    }

    @Override
    public boolean expectsResponse()
    {
        return expectsResponse;
    }

    @Override
    public RoutingHint hint()
    {
        return hint;
    }
}
