package io.sluice.protocol.mysql.session;

import io.sluice.protocol.mysql.wire.Capabilities;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which capabilities a client may negotiate with Sluice, given the servers behind it, and which a
 * backend connection negotiates with its server. Sluice passes the server's bytes through
 * unchanged, so a flag that shapes them must mean the same on both hops.
 *
 * <p>The rule (MaxScale's: offer clients only what the servers support):
 * <ul>
 *   <li>Clients are offered {@link MariaDbProtocol#SERVER_CAPABILITIES} less every flag some server
 *       of the service was seen without (in a greeting, to the user-account loader or to a backend
 *       connection). Before any server was seen, everything Sluice can pass through.</li>
 *   <li>A backend connection asks its server for the client's flags that the server has, never
 *       COMPRESS or SSL (those belong to each hop).</li>
 *   <li>If the server lacks a flag of {@link #MUST_MATCH} that the client negotiated (a server met
 *       for the first time, or one replaced by an older version), the backend connection is
 *       refused with a logged error: passing the server's bytes on would desync the client or
 *       change what its statements do. The server's flags are learnt first, so clients that log
 *       in afterwards are not offered them. Sluice does not rewrite EOF/OK markers.</li>
 *   <li>The other flags may differ: the login flags (Sluice logs in to the server itself), and
 *       LOCAL_FILES, MARIADB_CLIENT_PROGRESS, INTERACTIVE, ODBC, ... (the server just does not use
 *       them).</li>
 * </ul>
 * Thread-safe: the user-account loader's thread and the workers learn, workers read.
 */
final class BackendCapabilities
{
    /**
     * Flags that change the server's bytes or the meaning of the client's statements:
     * PROTOCOL_41 (every packet), DEPRECATE_EOF (EOF after column definitions, EOF or 0xFE OK at the
     * end), SESSION_TRACK (the OK packet's layout), MARIADB_CLIENT_EXTENDED_METADATA (column
     * definitions' layout), MULTI_STATEMENTS, MULTI_RESULTS, PS_MULTI_RESULTS (whether the server
     * runs several statements and sends several results), MARIADB_CLIENT_STMT_BULK_OPERATIONS
     * (COM_STMT_BULK_EXECUTE), FOUND_ROWS (affected rows), IGNORE_SPACE (how statements parse).
     */
    static final long MUST_MATCH = Capabilities.PROTOCOL_41 | Capabilities.DEPRECATE_EOF | Capabilities.SESSION_TRACK
        | Capabilities.MARIADB_CLIENT_EXTENDED_METADATA | Capabilities.MULTI_STATEMENTS | Capabilities.MULTI_RESULTS
        | Capabilities.PS_MULTI_RESULTS | Capabilities.MARIADB_CLIENT_STMT_BULK_OPERATIONS | Capabilities.FOUND_ROWS
        | Capabilities.IGNORE_SPACE;

    private final long supported;
    private final Map<String, Long> servers = new ConcurrentHashMap<>();
    private volatile long offered;

    /** @param supported what Sluice itself can offer clients */
    BackendCapabilities(final long supported)
    {
        this.supported = supported;
        this.offered = supported;
    }

    /** What a client is offered in Sluice's greeting now. */
    long offered()
    {
        return offered;
    }

    /** A server's greeting said it has these capabilities. Returns what clients are offered from now on. */
    long learn(final String server, final long serverCapabilities)
    {
        final Long previous = servers.put(server, serverCapabilities);
        if (previous == null || previous != serverCapabilities)
        {
            synchronized (this)
            {
                long intersection = supported;
                for (final long c : servers.values())
                {
                    intersection &= relevant(c);
                }
                offered = intersection;
            }
        }
        return offered;
    }

    /**
     * The flags of a server greeting that can limit the offer: all of them, except that bit 0
     * (CLIENT_MYSQL: a MariaDB server clears it to announce extended capabilities, MySQL sets it as
     * CLIENT_LONG_PASSWORD) says nothing about what the server can do.
     */
    private static long relevant(final long serverCapabilities)
    {
        return serverCapabilities | Capabilities.CLIENT_MYSQL;
    }

    /** The flags a backend connection asks its server for: the client's, as far as the server has them. */
    static long forServer(final long client, final long server)
    {
        return client & server & ~Capabilities.COMPRESS & ~Capabilities.SSL;
    }

    /** The flags of {@link #MUST_MATCH} the client negotiated and the server lacks (0 if none): refuse the backend. */
    static long missing(final long client, final long server)
    {
        return client & MUST_MATCH & ~server;
    }
}
