package io.sluice.protocol.mysql.session;

import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Handshake;
import io.sluice.protocol.mysql.wire.Wire;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static io.sluice.protocol.mysql.session.MariaDbProtocol.SERVER_CAPABILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What clients are offered and what backends negotiate when the servers lack capabilities. */
class BackendCapabilitiesTest
{
    /** A MariaDB 11.4 greeting's capabilities, as Handshake.parseGreeting reads them (CLIENT_MYSQL clear). */
    private static final long MARIADB_11 = (SERVER_CAPABILITIES | Capabilities.SSL
        | Capabilities.CAN_HANDLE_EXPIRED_PASSWORDS | Capabilities.MARIADB_CLIENT_CACHE_METADATA)
        & ~Capabilities.CLIENT_MYSQL;
    /** An old server: no CLIENT_DEPRECATE_EOF, no SESSION_TRACK, none of MariaDB's extended capabilities. */
    private static final long OLD_SERVER = MARIADB_11 & ~Capabilities.DEPRECATE_EOF & ~Capabilities.SESSION_TRACK
        & 0xFFFFFFFFL;
    /** MariaDB Connector/J 3's usual flags. */
    private static final long CONNECTOR_J = Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION
        | Capabilities.PLUGIN_AUTH | Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA | Capabilities.CONNECT_ATTRS
        | Capabilities.CONNECT_WITH_DB | Capabilities.MULTI_RESULTS | Capabilities.PS_MULTI_RESULTS
        | Capabilities.TRANSACTIONS | Capabilities.SESSION_TRACK | Capabilities.DEPRECATE_EOF | Capabilities.FOUND_ROWS
        | Capabilities.MARIADB_CLIENT_STMT_BULK_OPERATIONS | Capabilities.MARIADB_CLIENT_EXTENDED_METADATA
        | Capabilities.MARIADB_CLIENT_PROGRESS | Capabilities.LOCAL_FILES;

    @Test
    void shouldOfferEverythingUntilAServerIsSeenThenOnlyWhatEveryServerHas()
    {
        final BackendCapabilities c = new BackendCapabilities(SERVER_CAPABILITIES);
        assertEquals(SERVER_CAPABILITIES, c.offered());
        assertEquals(SERVER_CAPABILITIES, c.learn("db1", MARIADB_11), "a current server has all of it");
        final long offered = c.learn("db2", OLD_SERVER);
        assertFalse(Capabilities.has(offered, Capabilities.DEPRECATE_EOF));
        assertFalse(Capabilities.has(offered, Capabilities.SESSION_TRACK));
        assertEquals(0, offered >>> 32, "no MariaDB extended capabilities");
        assertTrue(Capabilities.has(offered, Capabilities.COMPRESS), "compression is Sluice's own: still offered");
        assertTrue(Capabilities.has(offered, Capabilities.CLIENT_MYSQL), "bit 0 of a greeting limits nothing");
        assertEquals(offered, c.offered());
        assertEquals(offered, c.learn("db1", MARIADB_11), "the other servers do not widen it");

        // The greeting a client then gets says so on the wire.
        final ByteBuffer greeting = Handshake.greeting("v", 1, new byte[20], offered, 45, 2);
        final long onTheWire = Handshake.parseGreeting(greeting, Wire.HEADER_BYTES, Wire.payloadLength(greeting, 0))
            .capabilities();
        assertFalse(Capabilities.has(onTheWire, Capabilities.DEPRECATE_EOF));
        assertEquals(0, onTheWire >>> 32);
    }

    @Test
    void shouldWidenTheOfferAgainWhenTheLackingServerIsUpgraded()
    {
        final BackendCapabilities c = new BackendCapabilities(SERVER_CAPABILITIES);
        c.learn("db2", OLD_SERVER);
        assertEquals(SERVER_CAPABILITIES, c.learn("db2", MARIADB_11));
    }

    @Test
    void shouldRefuseABackendLackingWhatShapesTheServersBytes()
    {
        // The client negotiated DEPRECATE_EOF & co. with Sluice before db2 was known.
        final long client = CONNECTOR_J & SERVER_CAPABILITIES;
        final long missing = BackendCapabilities.missing(client, OLD_SERVER);
        assertEquals(Capabilities.DEPRECATE_EOF | Capabilities.SESSION_TRACK
            | Capabilities.MARIADB_CLIENT_STMT_BULK_OPERATIONS | Capabilities.MARIADB_CLIENT_EXTENDED_METADATA,
            missing);
        assertEquals("SESSION_TRACK, DEPRECATE_EOF, MARIADB_CLIENT_STMT_BULK_OPERATIONS, "
                + "MARIADB_CLIENT_EXTENDED_METADATA",
            Capabilities.names(missing));
        assertEquals(0, BackendCapabilities.missing(client, MARIADB_11));
    }

    @Test
    void shouldLetHarmlessFlagsDifferAndKeepCompressionAndTlsPerHop()
    {
        final long client = (CONNECTOR_J | Capabilities.COMPRESS | Capabilities.INTERACTIVE) & SERVER_CAPABILITIES;
        final long server = MARIADB_11 & ~Capabilities.MARIADB_CLIENT_PROGRESS & ~Capabilities.LOCAL_FILES
            & ~Capabilities.INTERACTIVE & ~Capabilities.CONNECT_ATTRS;
        assertEquals(0, BackendCapabilities.missing(client, server), "progress reports, LOCAL INFILE, ... may differ");
        final long toServer = BackendCapabilities.forServer(client, server);
        assertEquals(client & ~Capabilities.COMPRESS & ~Capabilities.MARIADB_CLIENT_PROGRESS & ~Capabilities.LOCAL_FILES
            & ~Capabilities.INTERACTIVE & ~Capabilities.CONNECT_ATTRS, toServer);
        assertFalse(Capabilities.has(BackendCapabilities.forServer(client | Capabilities.SSL,
                server), Capabilities.SSL));
    }

    @Test
    void shouldNeverRefuseAClientThatLoggedInAfterTheServerWasSeen()
    {
        final BackendCapabilities c = new BackendCapabilities(SERVER_CAPABILITIES);
        c.learn("db1", MARIADB_11);
        c.learn("db2", OLD_SERVER);
        final long client = CONNECTOR_J & c.offered(); // what MariaDbClient keeps after the handshake
        assertEquals(0, BackendCapabilities.missing(client, OLD_SERVER));
        assertEquals(0, BackendCapabilities.missing(client, MARIADB_11));
    }
}
