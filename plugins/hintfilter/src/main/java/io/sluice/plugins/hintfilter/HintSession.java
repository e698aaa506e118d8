package io.sluice.plugins.hintfilter;

import io.sluice.api.Endpoint;
import io.sluice.api.Filter;
import io.sluice.api.FilterSession;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.RoutingHint;
import io.sluice.api.SessionContext;
import org.agrona.collections.Long2ObjectHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One session's hintfilter (MaxScale's {@code HintSession}). Each COM_QUERY's text is read for hint
 * comments ({@link HintParser}); a hinted one goes down with a {@link Query} whose {@link Query#hint()}
 * is the hint, any other exactly as it came. A COM_STMT_PREPARE's text is read the same way, but the
 * prepare itself goes down unhinted (it goes to every server); its hint is kept under the statement's
 * id and given to the statement's EXECUTE, BULK_EXECUTE, SEND_LONG_DATA, FETCH and RESET, until
 * COM_STMT_CLOSE, a failed prepare, COM_RESET_CONNECTION or COM_CHANGE_USER forgets it (MaxScale 6's
 * MXS-2838; a direct execute names the last statement prepared, which the protocol resolves).
 * Continuations, LOCAL INFILE data and other commands pass untouched. A malformed hint never fails
 * the statement: it is counted, logged at warn once per session, and ignored.
 *
 * <p>On the session's worker only. A statement without a hint comment costs one scan of its text
 * and allocates nothing, nor does a hint seen before in the session.
 */
final class HintSession implements FilterSession
{
    static final int COM_QUERY = 0x03;
    static final int COM_CHANGE_USER = 0x11;
    static final int COM_STMT_PREPARE = 0x16;
    static final int COM_STMT_EXECUTE = 0x17;
    static final int COM_STMT_SEND_LONG_DATA = 0x18;
    static final int COM_STMT_CLOSE = 0x19;
    static final int COM_STMT_RESET = 0x1A;
    static final int COM_STMT_FETCH = 0x1C;
    static final int COM_RESET_CONNECTION = 0x1F;
    static final int COM_STMT_BULK_EXECUTE = 0xFA;

    /** Where the statement text starts: 4 header bytes, then the command byte. */
    private static final int TEXT_OFFSET = 5;

    private static final Logger LOG = LoggerFactory.getLogger(HintSession.class);

    private final HintFilter filter;
    private final SessionContext session;
    private final Filter.Downstream down;
    private final Filter.Upstream up;
    private final HintParser parser = new HintParser(new HintCache());
    private final HintedQuery hinted = new HintedQuery();
    private final Long2ObjectHashMap<RoutingHint> statementHints = new Long2ObjectHashMap<>();
    // the statement ids of the prepares sent and not yet answered, oldest first (a ring)
    private long[] preparing = new long[8];
    private int preparingHead;
    private int preparingCount;
    private boolean warned;

    HintSession(final HintFilter filter, final SessionContext session, final Filter.Downstream down,
        final Filter.Upstream up)
    {
        this.filter = filter;
        this.session = session;
        this.down = down;
        this.up = up;
    }

    // hot path: no allocation
    @Override
    public void routeQuery(final ByteBuffer data, final Query query) throws IOException
    {
        if (query.isContinuation() || query.isLoadData())
        {
            down.routeQuery(data, query);
            return;
        }
        RoutingHint hint = null;
        switch (query.command())
        {
            case COM_QUERY -> hint = parse(data);
            case COM_STMT_PREPARE -> prepare(query.statementId(), parse(data));
            case COM_STMT_EXECUTE, COM_STMT_BULK_EXECUTE, COM_STMT_SEND_LONG_DATA, COM_STMT_FETCH, COM_STMT_RESET ->
                hint = statementHints.isEmpty() ? null : statementHints.get(query.statementId());
            case COM_STMT_CLOSE ->
            {
                if (!statementHints.isEmpty())
                {
                    statementHints.remove(query.statementId());
                }
            }
            case COM_RESET_CONNECTION, COM_CHANGE_USER -> statementHints.clear();
            default ->
            {
            }
        }
        if (hint == null)
        {
            down.routeQuery(data, query);
            return;
        }
        filter.hinted(hint);
        down.routeQuery(data, hinted.wrap(query, hint));
    }

    // hot path: no allocation
    @Override
    public void clientReply(final Endpoint from, final ByteBuffer data, final Reply reply) throws IOException
    {
        if (preparingCount > 0 && reply.isComplete() && reply.command() == COM_STMT_PREPARE)
        {
            final long id = preparing[preparingHead];
            preparingHead = (preparingHead + 1) % preparing.length;
            // With one prepare awaiting its answer, this is its answer. With more, the oldest would be, unless the
            // router answered a prepare itself (that bypasses the filters): then keep the hint rather than drop a
            // live statement's (a failed prepare's id is never given to the client).
            if (reply.isError() && preparingCount == 1 && id != Query.NO_STATEMENT && !statementHints.isEmpty())
            {
                statementHints.remove(id);
            }
            preparingCount--;
        }
        up.clientReply(from, data, reply);
    }

    /** Its state (hints by statement, prepares awaiting answers, its cache) is the session's own, on no thread's. */
    @Override
    public boolean isMovable()
    {
        return true;
    }

    /** The hint of the COM_QUERY or COM_STMT_PREPARE in data, or null. */
    // hot path: no allocation (unless a hint is malformed)
    private RoutingHint parse(final ByteBuffer data)
    {
        final int from = data.position() + TEXT_OFFSET;
        final int to = data.limit();
        if (from >= to)
        {
            return null;
        }
        final RoutingHint hint = parser.parse(data, from, to);
        final int malformed = parser.malformedCount();
        if (malformed > 0)
        {
            filter.malformed(malformed);
            if (!warned)
            {
                warned = true;
                LOG.warn("filter {}: session {}: malformed hint ignored (logged once per session): {}", filter.name(),
                    session.id(), parser.malformedText(data));
            }
        }
        return hint;
    }

    /** A prepare going down: its hint, if any, for the statement's commands; awaits its answer. */
    private void prepare(final long statementId, final RoutingHint hint)
    {
        if (hint != null && statementId != Query.NO_STATEMENT)
        {
            statementHints.put(statementId, hint);
            filter.hintedPrepare();
        }
        if (preparingCount == preparing.length)
        {
            final long[] grown = new long[preparing.length * 2];
            for (int i = 0; i < preparingCount; i++)
            {
                grown[i] = preparing[(preparingHead + i) % preparing.length];
            }
            preparing = grown;
            preparingHead = 0;
        }
        preparing[(preparingHead + preparingCount) % preparing.length] = hint == null ? Query.NO_STATEMENT
            : statementId;
        preparingCount++;
    }

    /** The hint kept for a prepared statement, or null (for tests). */
    RoutingHint statementHint(final long statementId)
    {
        return statementHints.get(statementId);
    }
}
