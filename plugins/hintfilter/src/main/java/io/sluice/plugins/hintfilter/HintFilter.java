package io.sluice.plugins.hintfilter;

import io.sluice.api.Filter;
import io.sluice.api.FilterContext;
import io.sluice.api.FilterSession;
import io.sluice.api.RoutingHint;
import io.sluice.api.RoutingHint.Route;
import io.sluice.api.SessionContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A {@code module=hintfilter} section's instance: opens a {@link HintSession} per session and
 * keeps the counters of its diagnostics. Shared by the sessions of every worker: its counters are
 * atomic.
 */
final class HintFilter implements Filter
{
    private static final Route[] ROUTES = Route.values();

    private final String name;
    private final AtomicLongArray hintedByRoute = new AtomicLongArray(ROUTES.length);
    private final AtomicLong lagLimited = new AtomicLong();
    private final AtomicLong hintedPrepares = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    HintFilter(final FilterContext context)
    {
        this.name = context.name();
    }

    /** The filter section's name. */
    String name()
    {
        return name;
    }

    @Override
    public FilterSession newSession(final SessionContext session, final Downstream down, final Upstream up)
    {
        return new HintSession(this, session, down, up);
    }

    // hot path: no allocation
    void hinted(final RoutingHint hint)
    {
        hintedByRoute.incrementAndGet(hint.route().ordinal());
        if (hint.hasLagLimit())
        {
            lagLimited.incrementAndGet();
        }
    }

    void hintedPrepare()
    {
        hintedPrepares.incrementAndGet();
    }

    void malformed(final int count)
    {
        malformed.addAndGet(count);
    }

    /** Hinted queries with this route so far. */
    long hinted(final Route route)
    {
        return hintedByRoute.get(route.ordinal());
    }

    /** Malformed hint comments so far. */
    long malformed()
    {
        return malformed.get();
    }

    /**
     * {@code hinted_queries}: the packets that went down with a hint, by route ({@code none}: a lag
     * limit alone), {@code lag_limited_queries} those of them with a lag limit,
     * {@code hinted_prepares} the prepared statements whose executions carry a hint, and
     * {@code malformed_hints} the hint comments ignored as malformed.
     */
    @Override
    public Map<String, Object> diagnostics()
    {
        final Map<String, Object> byRoute = new LinkedHashMap<>();
        for (final Route route : ROUTES)
        {
            byRoute.put(route.name().toLowerCase(Locale.ROOT), hintedByRoute.get(route.ordinal()));
        }
        final Map<String, Object> diagnostics = new LinkedHashMap<>();
        diagnostics.put("hinted_queries", byRoute);
        diagnostics.put("lag_limited_queries", lagLimited.get());
        diagnostics.put("hinted_prepares", hintedPrepares.get());
        diagnostics.put("malformed_hints", malformed.get());
        return diagnostics;
    }
}
