package io.sluice.plugins.hintfilter;

import io.sluice.api.Query;
import io.sluice.api.RoutingHint;

/**
 * The query a hinted packet goes down with: the protocol's {@link Query} with a {@link RoutingHint}.
 * One per session, refilled for every hinted packet (no allocation); like the query it wraps, it is
 * only valid during the routeQuery call it is passed to. Worker thread only.
 */
final class HintedQuery implements Query
{
    private Query query = Query.UNKNOWN;
    private RoutingHint hint;

    /** This wrapper, now for query with hint. */
    // hot path: no allocation
    HintedQuery wrap(final Query wrapped, final RoutingHint routingHint)
    {
        this.query = wrapped;
        this.hint = routingHint;
        return this;
    }

    @Override
    public int command()
    {
        return query.command();
    }

    @Override
    public boolean isContinuation()
    {
        return query.isContinuation();
    }

    @Override
    public boolean isLoadData()
    {
        return query.isLoadData();
    }

    @Override
    public long statementId()
    {
        return query.statementId();
    }

    @Override
    public boolean expectsResponse()
    {
        return query.expectsResponse();
    }

    @Override
    public RoutingHint hint()
    {
        return hint;
    }

    @Override
    public String describe()
    {
        return query.describe() + ", hint " + hint;
    }

    @Override
    public String toString()
    {
        return "HintedQuery{" + describe() + "}";
    }
}
