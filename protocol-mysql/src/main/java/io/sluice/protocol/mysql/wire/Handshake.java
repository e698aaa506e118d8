package io.sluice.protocol.mysql.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The connection phase's packets: the server greeting (Handshake v10) Sluice sends to clients and
 * reads from servers, and the client's HandshakeResponse41 it reads from clients and sends to
 * servers. Login path only: allocates.
 */
public final class Handshake
{
    public static final String NATIVE_PASSWORD = "mysql_native_password";
    public static final int SEED_BYTES = 20;

    private Handshake()
    {
    }

    /** A server greeting, as read from a server. */
    public record Greeting(String serverVersion, long connectionId, byte[] seed, long capabilities, int charset,
        int status, String authPlugin)
    {
    }

    /**
     * A client's handshake response. {@code authResponse} is the token; {@code attributes} the raw attribute block (or
     * null).
     */
    public record Response(long capabilities, long maxPacketBytes, int charset, String user, byte[] authResponse,
        String database, String authPlugin, byte[] attributes, boolean sslRequest)
    {
    }

    /** Builds a Handshake v10 packet (header included, sequence 0). */
    public static ByteBuffer greeting(final String serverVersion, final long connectionId, final byte[] seed,
        final long capabilities, final int charset, final int status)
    {
        final byte[] version = serverVersion.getBytes(StandardCharsets.UTF_8);
        final byte[] plugin = NATIVE_PASSWORD.getBytes(StandardCharsets.US_ASCII);
        final int payload = 1 + version.length + 1 + 4 + 8 + 1 + 2 + 1 + 2 + 2 + 1 + 6 + 4 + 13 + plugin.length + 1;
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(b, 0, payload, 0);
        int at = Wire.HEADER_BYTES;
        b.put(at++, (byte)10);
        b.put(at, version);
        at += version.length;
        b.put(at++, (byte)0);
        Wire.putInt4(b, at, connectionId);
        at += 4;
        b.put(at, seed, 0, 8);
        at += 8;
        b.put(at++, (byte)0);
        // MariaDB clears CLIENT_MYSQL to say "extended capabilities follow in the reserved bytes".
        final long low = capabilities & 0xFFFFFFFFL & ~Capabilities.CLIENT_MYSQL;
        Wire.putInt2(b, at, (int)low);
        at += 2;
        b.put(at++, (byte)charset);
        Wire.putInt2(b, at, status);
        at += 2;
        Wire.putInt2(b, at, (int)(low >>> 16));
        at += 2;
        b.put(at++, (byte)(SEED_BYTES + 1));
        at += 6; // reserved
        Wire.putInt4(b, at, capabilities >>> 32);
        at += 4;
        b.put(at, seed, 8, 12);
        at += 12;
        b.put(at++, (byte)0);
        b.put(at, plugin);
        at += plugin.length;
        b.put(at, (byte)0);
        return b;
    }

    /** Parses a server's greeting from its payload [at, at + length). */
    public static Greeting parseGreeting(final ByteBuffer b, final int at, final int length)
    {
        final int end = at + length;
        int p = at;
        final int protocolVersion = b.get(p++) & 0xFF;
        if (protocolVersion != 10)
        {
            throw new IllegalArgumentException("unsupported protocol version " + protocolVersion
                + (protocolVersion == 0xFF ? " (the server sent an error: "
                + Wire.string(b, at + 9, length - 9) + ")" : ""));
        }
        final int versionEnd = Wire.indexOfNul(b, p, end);
        final String version = Wire.string(b, p, versionEnd - p);
        p = versionEnd + 1;
        final long connectionId = Wire.int4(b, p);
        p += 4;
        final byte[] seed = new byte[SEED_BYTES];
        b.get(p, seed, 0, 8);
        p += 9;
        long capabilities = Wire.int2(b, p);
        p += 2;
        final int charset = b.get(p++) & 0xFF;
        final int status = Wire.int2(b, p);
        p += 2;
        capabilities |= (long)Wire.int2(b, p) << 16;
        p += 2;
        final int seedLength = b.get(p++) & 0xFF;
        p += 6;
        if ((capabilities & Capabilities.CLIENT_MYSQL) == 0)
        {
            capabilities |= Wire.int4(b, p) << 32;
        }
        p += 4;
        final int rest = Math.max(13, seedLength - 8);
        b.get(p, seed, 8, 12);
        p += rest;
        final String plugin = p < end ? Wire.stringNul(b, p, end) : NATIVE_PASSWORD;
        return new Greeting(version, connectionId, seed, capabilities, charset, status, plugin);
    }

    /** Parses a client's HandshakeResponse41 (or SSLRequest) from its payload [at, at + length). */
    public static Response parseResponse(final ByteBuffer b, final int at, final int length)
    {
        final int end = at + length;
        if (length < 32)
        {
            throw new IllegalArgumentException("handshake response too short (" + length + " bytes)");
        }
        long capabilities = Wire.int4(b, at);
        if ((capabilities & Capabilities.PROTOCOL_41) == 0)
        {
            throw new IllegalArgumentException("client does not speak protocol 4.1");
        }
        final long maxPacket = Wire.int4(b, at + 4);
        final int charset = b.get(at + 8) & 0xFF;
        if ((capabilities & Capabilities.CLIENT_MYSQL) == 0)
        {
            capabilities |= Wire.int4(b, at + 28) << 32;
        }
        if (length == 32)
        {
            return new Response(capabilities, maxPacket, charset, "", new byte[0], null, null, null,
                (capabilities & Capabilities.SSL) != 0);
        }
        int p = at + 32;
        final int userEnd = Wire.indexOfNul(b, p, end);
        final String user = Wire.string(b, p, userEnd - p);
        p = userEnd + 1;
        final byte[] token;
        if ((capabilities & Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA) != 0)
        {
            final int n = (int)Wire.lenenc(b, p);
            p += Wire.lenencSize(b, p);
            token = bytes(b, p, n, end);
            p += n;
        }
        else if ((capabilities & Capabilities.SECURE_CONNECTION) != 0)
        {
            final int n = b.get(p++) & 0xFF;
            token = bytes(b, p, n, end);
            p += n;
        }
        else
        {
            final int e = Wire.indexOfNul(b, p, end);
            token = bytes(b, p, e - p, end);
            p = e + 1;
        }
        String database = null;
        if ((capabilities & Capabilities.CONNECT_WITH_DB) != 0 && p < end)
        {
            final int e = Wire.indexOfNul(b, p, end);
            database = Wire.string(b, p, e - p);
            p = e + 1;
            if (database.isEmpty())
            {
                database = null;
            }
        }
        String plugin = null;
        if ((capabilities & Capabilities.PLUGIN_AUTH) != 0 && p < end)
        {
            final int e = Wire.indexOfNul(b, p, end);
            plugin = Wire.string(b, p, e - p);
            p = e + 1;
        }
        byte[] attributes = null;
        if ((capabilities & Capabilities.CONNECT_ATTRS) != 0 && p < end)
        {
            final int n = (int)Wire.lenenc(b, p);
            final int size = Wire.lenencSize(b, p);
            attributes = bytes(b, p, size + n, end);
        }
        return new Response(capabilities, maxPacket, charset, user, token, database, plugin, attributes, false);
    }

    /**
     * Builds an SSLRequest (header included): the first 32 bytes of a HandshakeResponse41, with {@code CLIENT_SSL}
     * among the capabilities. The TLS handshake follows it at once; the HandshakeResponse41, sent inside TLS, takes
     * the next sequence id.
     */
    public static ByteBuffer sslRequest(final int sequence, final long capabilities, final long maxPacketBytes,
        final int charset)
    {
        final int payload = 32;
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(b, 0, payload, sequence);
        final long caps = capabilities | Capabilities.SSL | Capabilities.PROTOCOL_41;
        Wire.putInt4(b, Wire.HEADER_BYTES, caps & 0xFFFFFFFFL);
        Wire.putInt4(b, Wire.HEADER_BYTES + 4, maxPacketBytes);
        b.put(Wire.HEADER_BYTES + 8, (byte)charset);
        if ((caps & Capabilities.CLIENT_MYSQL) == 0)
        {
            Wire.putInt4(b, Wire.HEADER_BYTES + 28, caps >>> 32);
        }
        return b;
    }

    /**
     * Builds a HandshakeResponse41 (header included) with the given sequence id, for logging in to
     * a server as the client's user.
     */
    public static ByteBuffer response(final int sequence, final long capabilities, final long maxPacketBytes,
        final int charset, final String user, final byte[] token, final String database, final byte[] attributes)
    {
        final byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        final byte[] db = database == null ? null : database.getBytes(StandardCharsets.UTF_8);
        final byte[] plugin = NATIVE_PASSWORD.getBytes(StandardCharsets.US_ASCII);
        int payload = 32 + userBytes.length + 1 + Wire.lenencSizeOf(token.length) + token.length + plugin.length + 1;
        if (db != null)
        {
            payload += db.length + 1;
        }
        if (attributes != null)
        {
            payload += attributes.length;
        }
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(b, 0, payload, sequence);
        int p = Wire.HEADER_BYTES;
        long caps = capabilities | Capabilities.PLUGIN_AUTH | Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA
            | Capabilities.SECURE_CONNECTION | Capabilities.PROTOCOL_41;
        caps = db != null ? caps | Capabilities.CONNECT_WITH_DB : caps & ~Capabilities.CONNECT_WITH_DB;
        caps = attributes != null ? caps | Capabilities.CONNECT_ATTRS : caps & ~Capabilities.CONNECT_ATTRS;
        Wire.putInt4(b, p, caps & 0xFFFFFFFFL);
        Wire.putInt4(b, p + 4, maxPacketBytes);
        b.put(p + 8, (byte)charset);
        if ((caps & Capabilities.CLIENT_MYSQL) == 0)
        {
            Wire.putInt4(b, p + 28, caps >>> 32);
        }
        p += 32;
        b.put(p, userBytes);
        p += userBytes.length + 1;
        p += Wire.putLenenc(b, p, token.length);
        b.put(p, token);
        p += token.length;
        if (db != null)
        {
            b.put(p, db);
            p += db.length + 1;
        }
        b.put(p, plugin);
        p += plugin.length + 1;
        if (attributes != null)
        {
            b.put(p, attributes);
        }
        return b;
    }

    /** An AuthSwitchRequest to mysql_native_password with a seed (header included). */
    public static ByteBuffer authSwitch(final int sequence, final byte[] seed)
    {
        final byte[] plugin = NATIVE_PASSWORD.getBytes(StandardCharsets.US_ASCII);
        final int payload = 1 + plugin.length + 1 + seed.length + 1;
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(b, 0, payload, sequence);
        b.put(4, (byte)0xFE);
        b.put(5, plugin);
        b.put(5 + plugin.length + 1, seed);
        return b;
    }

    /** An OK packet (header included). */
    public static ByteBuffer ok(final int sequence, final int status)
    {
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + 7);
        Wire.putHeader(b, 0, 7, sequence);
        b.put(4, (byte)0);
        Wire.putInt2(b, 7, status);
        return b;
    }

    private static byte[] bytes(final ByteBuffer b, final int at, final int n, final int end)
    {
        if (n < 0 || at + n > end)
        {
            throw new IllegalArgumentException("handshake response field runs past the packet");
        }
        return Wire.bytes(b, at, n);
    }
}
