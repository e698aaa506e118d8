package io.sluice.protocol.mysql.wire;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class HandshakeTest
{
    private static final byte[] SEED = "0123456789abcdefghij".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void shouldReadBackTheGreetingItWrites()
    {
        final long caps = Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION | Capabilities.PLUGIN_AUTH
            | Capabilities.DEPRECATE_EOF | Capabilities.MARIADB_CLIENT_STMT_BULK_OPERATIONS;
        final ByteBuffer b = Handshake.greeting("11.4.5-MariaDB-\u00e9", 4_000_000_001L, SEED, caps, 45, 2);
        assertEquals(0, Wire.sequence(b, 0));
        final Handshake.Greeting g = Handshake.parseGreeting(b, Wire.HEADER_BYTES, Wire.payloadLength(b, 0));
        assertEquals("11.4.5-MariaDB-\u00e9", g.serverVersion(), "a version that is not ASCII ends at its NUL");
        assertEquals(4_000_000_001L, g.connectionId());
        assertArrayEquals(SEED, g.seed());
        assertEquals(caps, g.capabilities(), "MariaDB's extended capabilities included (CLIENT_MYSQL cleared)");
        assertEquals(45, g.charset());
        assertEquals(Handshake.NATIVE_PASSWORD, g.authPlugin());
    }

    @Test
    void shouldReadBackTheHandshakeResponseItWrites()
    {
        final byte[] token = new byte[20];
        token[3] = 7;
        final byte[] attributes = {3, 1, 'k', 1}; // a lenenc block of three bytes
        final long caps = Capabilities.PROTOCOL_41 | Capabilities.MULTI_RESULTS | Capabilities.DEPRECATE_EOF;
        final ByteBuffer b = Handshake.response(1, caps, 1 << 24, 45, "us\u00e9r", token, "db", attributes);
        final Handshake.Response r = Handshake.parseResponse(b, Wire.HEADER_BYTES, Wire.payloadLength(b, 0));
        assertEquals("us\u00e9r", r.user());
        assertArrayEquals(token, r.authResponse());
        assertEquals("db", r.database());
        assertEquals(Handshake.NATIVE_PASSWORD, r.authPlugin());
        assertArrayEquals(attributes, r.attributes());
        assertEquals(1 << 24, r.maxPacketBytes());
        assertFalse(r.sslRequest());

        final ByteBuffer noDb = Handshake.response(1, caps, 1 << 24, 45, "u", new byte[0], null, null);
        final Handshake.Response r2 = Handshake.parseResponse(noDb, Wire.HEADER_BYTES, Wire.payloadLength(noDb, 0));
        assertEquals("u", r2.user());
        assertNull(r2.database());
        assertNull(r2.attributes());
        assertEquals(0, r2.authResponse().length);
    }
}
