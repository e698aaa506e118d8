package io.sluice.protocol.mysql.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reading and writing the protocol's basic types at absolute positions of a ByteBuffer, without
 * allocating (except the String helpers). Integers are little-endian. A packet is a 4-byte header
 * (3-byte payload length, 1-byte sequence id) followed by the payload; a payload of exactly
 * {@link #MAX_PAYLOAD} bytes is continued by the next packet.
 */
public final class Wire
{
    public static final int HEADER_BYTES = 4;
    /** The largest payload of one packet; a payload this long continues in the next packet. */
    public static final int MAX_PAYLOAD = 0xFFFFFF;

    private Wire()
    {
    }

    // ---- packet header ----

    public static int payloadLength(final ByteBuffer b, final int packetAt)
    {
        return int3(b, packetAt);
    }

    public static int sequence(final ByteBuffer b, final int packetAt)
    {
        return b.get(packetAt + 3) & 0xFF;
    }

    public static void putHeader(final ByteBuffer b, final int packetAt, final int payloadLength, final int sequence)
    {
        putInt3(b, packetAt, payloadLength);
        b.put(packetAt + 3, (byte)sequence);
    }

    // ---- fixed-length integers ----

    public static int int1(final ByteBuffer b, final int at)
    {
        return b.get(at) & 0xFF;
    }

    public static int int2(final ByteBuffer b, final int at)
    {
        return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8;
    }

    public static int int3(final ByteBuffer b, final int at)
    {
        return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | (b.get(at + 2) & 0xFF) << 16;
    }

    public static long int4(final ByteBuffer b, final int at)
    {
        return int3(b, at) | (long)(b.get(at + 3) & 0xFF) << 24;
    }

    public static long int8(final ByteBuffer b, final int at)
    {
        return int4(b, at) | int4(b, at + 4) << 32;
    }

    public static void putInt2(final ByteBuffer b, final int at, final int v)
    {
        b.put(at, (byte)v);
        b.put(at + 1, (byte)(v >>> 8));
    }

    public static void putInt3(final ByteBuffer b, final int at, final int v)
    {
        b.put(at, (byte)v);
        b.put(at + 1, (byte)(v >>> 8));
        b.put(at + 2, (byte)(v >>> 16));
    }

    public static void putInt4(final ByteBuffer b, final int at, final long v)
    {
        putInt2(b, at, (int)v);
        putInt2(b, at + 2, (int)(v >>> 16));
    }

    public static void putInt8(final ByteBuffer b, final int at, final long v)
    {
        putInt4(b, at, v);
        putInt4(b, at + 4, v >>> 32);
    }

    // ---- length-encoded integers ----

    /** Bytes taken by the length-encoded integer starting at {@code at} (1, 3, 4 or 9; 1 for 0xFB NULL). */
    public static int lenencSize(final ByteBuffer b, final int at)
    {
        final int first = b.get(at) & 0xFF;
        if (first < 0xFC)
        {
            return 1;
        }
        return first == 0xFC ? 3 : first == 0xFD ? 4 : first == 0xFE ? 9 : 1;
    }

    /** The value of the length-encoded integer at {@code at}; -1 for the NULL marker 0xFB. */
    public static long lenenc(final ByteBuffer b, final int at)
    {
        final int first = b.get(at) & 0xFF;
        if (first < 0xFB)
        {
            return first;
        }
        switch (first)
        {
            case 0xFB:
                return -1;
            case 0xFC:
                return int2(b, at + 1);
            case 0xFD:
                return int3(b, at + 1);
            case 0xFE:
                return int8(b, at + 1);
            default:
                return -1; // 0xFF is not a valid length-encoded integer (it starts an ERR packet)
        }
    }

    /** Bytes a value takes as a length-encoded integer. */
    public static int lenencSizeOf(final long v)
    {
        return v < 0xFB ? 1 : v < 0x10000 ? 3 : v < 0x1000000 ? 4 : 9;
    }

    /** Writes v as a length-encoded integer at {@code at}; returns the bytes written. */
    public static int putLenenc(final ByteBuffer b, final int at, final long v)
    {
        if (v < 0xFB)
        {
            b.put(at, (byte)v);
            return 1;
        }
        if (v < 0x10000)
        {
            b.put(at, (byte)0xFC);
            putInt2(b, at + 1, (int)v);
            return 3;
        }
        if (v < 0x1000000)
        {
            b.put(at, (byte)0xFD);
            putInt3(b, at + 1, (int)v);
            return 4;
        }
        b.put(at, (byte)0xFE);
        putInt8(b, at + 1, v);
        return 9;
    }

    // ---- NUL-terminated fields ----

    /** The position of the first NUL byte in [from, limit), or {@code limit} if there is none. */
    public static int indexOfNul(final ByteBuffer b, final int from, final int limit)
    {
        int p = from;
        while (p < limit && b.get(p) != 0)
        {
            p++;
        }
        return p;
    }

    // ---- strings (allocate: handshake, errors and admin paths only) ----

    /** The NUL-terminated string at {@code at} (up to limit), as UTF-8. */
    public static String stringNul(final ByteBuffer b, final int at, final int limit)
    {
        return string(b, at, indexOfNul(b, at, limit) - at);
    }

    public static String string(final ByteBuffer b, final int at, final int length)
    {
        final byte[] bytes = new byte[length];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static byte[] bytes(final ByteBuffer b, final int at, final int length)
    {
        final byte[] bytes = new byte[length];
        b.get(at, bytes);
        return bytes;
    }
}
