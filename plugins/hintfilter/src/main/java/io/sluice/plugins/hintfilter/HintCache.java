package io.sluice.plugins.hintfilter;

import io.sluice.api.RoutingHint;
import io.sluice.api.RoutingHint.Route;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One session's {@link RoutingHint}s, one instance per distinct hint, so a query hinted as before
 * allocates nothing: a server's name is compared with the bytes of the comment, not made into a
 * String. Holds at most {@link #CAPACITY} hints; beyond that a hint is made each time. Worker thread
 * only.
 */
final class HintCache
{
    static final int CAPACITY = 32;

    static final RoutingHint MASTER = RoutingHint.route(Route.MASTER);
    static final RoutingHint SLAVE = RoutingHint.route(Route.SLAVE);
    static final RoutingHint LAST = RoutingHint.route(Route.LAST);

    private final RoutingHint[] hints = new RoutingHint[CAPACITY];
    // the UTF-8 bytes of each hint's server name (empty when it has none)
    private final byte[][] names = new byte[CAPACITY][];
    private int size;

    /** The hint {@code route to server NAME}, NAME being text[start, end). */
    // hot path: no allocation (once cached)
    RoutingHint server(final ByteBuffer text, final int start, final int end)
    {
        for (int i = 0; i < size; i++)
        {
            final RoutingHint hint = hints[i];
            if (hint.route() == Route.SERVER && !hint.hasLagLimit() && sameBytes(names[i], text, start, end))
            {
                return hint;
            }
        }
        final byte[] name = new byte[end - start];
        text.get(start, name);
        return add(RoutingHint.server(new String(name, StandardCharsets.UTF_8)), name);
    }

    /** The hint {@code max_slave_replication_lag=lagSec}, with no route. */
    // hot path: no allocation (once cached)
    RoutingHint lag(final long lagSec)
    {
        return combined(Route.NONE, "", lagSec);
    }

    /** A hint with route's route and server, and the lag limit lagSec. */
    // hot path: no allocation (once cached)
    RoutingHint combined(final RoutingHint route, final long lagSec)
    {
        return combined(route.route(), route.serverName(), lagSec);
    }

    private RoutingHint combined(final Route route, final String serverName, final long lagSec)
    {
        for (int i = 0; i < size; i++)
        {
            final RoutingHint hint = hints[i];
            if (hint.route() == route && hint.maxReplicationLagSec() == lagSec && hint.serverName().equals(serverName))
            {
                return hint;
            }
        }
        return add(new RoutingHint(route, serverName, lagSec), serverName.getBytes(StandardCharsets.UTF_8));
    }

    /** How many hints are cached. */
    int size()
    {
        return size;
    }

    private RoutingHint add(final RoutingHint hint, final byte[] name)
    {
        if (size < CAPACITY)
        {
            hints[size] = hint;
            names[size] = name;
            size++;
        }
        return hint;
    }

    private static boolean sameBytes(final byte[] name, final ByteBuffer text, final int start, final int end)
    {
        if (name.length != end - start)
        {
            return false;
        }
        for (int i = 0; i < name.length; i++)
        {
            if (name[i] != text.get(start + i))
            {
                return false;
            }
        }
        return true;
    }
}
