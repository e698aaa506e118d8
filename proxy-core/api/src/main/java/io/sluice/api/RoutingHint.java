package io.sluice.api;

/**
 * A routing hint a filter attached to a query (MaxScale's {@code HINT} on a GWBUF, made by its
 * {@code hintfilter} from comments such as {@code -- maxscale route to master}). A router that
 * honours hints reads it from {@link Query#hint()}; routers that do not ignore it. Immutable: a
 * filter keeps one per distinct hint and attaches the same instance to every query it applies to.
 *
 * @param route                where to send the query, {@link Route#NONE} when the hint only sets a
 *                             parameter
 * @param serverName           the server's section name for {@link Route#SERVER}, else empty
 * @param maxReplicationLagSec a replica must be at most this many seconds behind
 *                             ({@code max_slave_replication_lag=N}), or {@link #NO_LAG_LIMIT}
 */
public record RoutingHint(Route route, String serverName, long maxReplicationLagSec)
{
    /** No replication lag limit in the hint. */
    public static final long NO_LAG_LIMIT = -1;

    /** Where a hint sends a query. */
    public enum Route
    {
        /** No route in the hint (it only sets a parameter). */
        NONE,
        /** {@code route to master}: the primary, whatever the statement. */
        MASTER,
        /** {@code route to slave}: a replica, if one is usable (else as if unhinted). */
        SLAVE,
        /** {@code route to server NAME}: the named server, if the session may use it. */
        SERVER,
        /** {@code route to last}: the server the previous query went to. */
        LAST
    }

    public RoutingHint
    {
        if (route == null || serverName == null)
        {
            throw new IllegalArgumentException("route and serverName must not be null");
        }
        if (route == Route.SERVER && serverName.isEmpty())
        {
            throw new IllegalArgumentException("a route to a server needs the server's name");
        }
    }

    /** A hint that only routes. */
    public static RoutingHint route(final Route route)
    {
        return new RoutingHint(route, "", NO_LAG_LIMIT);
    }

    /** A hint to a named server. */
    public static RoutingHint server(final String serverName)
    {
        return new RoutingHint(Route.SERVER, serverName, NO_LAG_LIMIT);
    }

    /** True when the hint limits the replicas' replication lag. */
    public boolean hasLagLimit()
    {
        return maxReplicationLagSec != NO_LAG_LIMIT;
    }
}
