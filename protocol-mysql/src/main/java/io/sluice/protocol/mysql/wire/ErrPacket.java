package io.sluice.protocol.mysql.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * ERR packets that Sluice itself sends (wrong password, unknown database, protocol errors), in
 * the server's format: 0xFF, error code, '#', SQLSTATE, message. Error paths only: allocates.
 */
public final class ErrPacket
{
    private ErrPacket()
    {
    }

    /** A whole ERR packet (header included) with the given sequence id, ready to write. */
    public static ByteBuffer of(final int sequence, final int errorCode, final String sqlState, final String message)
    {
        if (sqlState.length() != 5)
        {
            throw new IllegalArgumentException("SQLSTATE must have 5 characters: " + sqlState);
        }
        final byte[] text = message.getBytes(StandardCharsets.UTF_8);
        final int payload = 1 + 2 + 1 + 5 + text.length;
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(b, 0, payload, sequence);
        b.put(4, (byte)0xFF);
        Wire.putInt2(b, 5, errorCode);
        b.put(7, (byte)'#');
        b.put(8, sqlState.getBytes(StandardCharsets.US_ASCII));
        b.put(13, text);
        return b;
    }
}
