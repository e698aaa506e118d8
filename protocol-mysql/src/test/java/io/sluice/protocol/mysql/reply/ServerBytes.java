package io.sluice.protocol.mysql.reply;

import io.sluice.protocol.mysql.wire.Wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Builds what a server sends for one response, packet by packet, in the server's formats:
 * sequence ids from 1, payloads of 0xFFFFFF bytes or more split into continuation packets.
 */
final class ServerBytes
{
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int sequence = 1;

    /** One logical packet with this payload (split at 0xFFFFFF, with an empty tail packet if needed). */
    ServerBytes packet(final byte[] payload)
    {
        int at = 0;
        while (true)
        {
            final int n = Math.min(Wire.MAX_PAYLOAD, payload.length - at);
            out.write(n);
            out.write(n >>> 8);
            out.write(n >>> 16);
            out.write(sequence++);
            out.write(payload, at, n);
            at += n;
            if (n < Wire.MAX_PAYLOAD)
            {
                return this;
            }
        }
    }

    ServerBytes ok(final long affectedRows, final long lastInsertId, final int status, final int warnings)
    {
        return packet(okPayload(0x00, affectedRows, lastInsertId, status, warnings, null, null));
    }

    /** An OK with an info string and session-state changes (CLIENT_SESSION_TRACK): longer than what is read. */
    ServerBytes okWithSessionState(final long affectedRows, final long lastInsertId, final int status,
        final int warnings, final String info, final byte[] sessionState)
    {
        return packet(okPayload(0x00, affectedRows, lastInsertId, status, warnings, info, sessionState));
    }

    /** The OK with a 0xFE header that ends rows under CLIENT_DEPRECATE_EOF. */
    ServerBytes okEof(final int status, final int warnings)
    {
        return packet(okPayload(0xFE, 0, 0, status, warnings, null, null));
    }

    ServerBytes eof(final int warnings, final int status)
    {
        final Payload p = new Payload();
        p.int1(0xFE).int2(warnings).int2(status);
        return packet(p.bytes());
    }

    /** EOF (without CLIENT_DEPRECATE_EOF) or OK with 0xFE (with it). */
    ServerBytes end(final boolean deprecateEof, final int status, final int warnings)
    {
        return deprecateEof ? okEof(status, warnings) : eof(warnings, status);
    }

    ServerBytes err(final int code, final String sqlState, final String message)
    {
        final Payload p = new Payload();
        p.int1(0xFF).int2(code).bytes("#" + sqlState).bytes(message);
        return packet(p.bytes());
    }

    ServerBytes columnCount(final long count)
    {
        return packet(new Payload().lenenc(count).bytes());
    }

    ServerBytes columnDef(final String name)
    {
        final Payload p = new Payload();
        p.lenencString("def").lenencString("t").lenencString("tbl").lenencString("tbl").lenencString(name)
            .lenencString(name).lenenc(0x0C).int2(0x3F).int4(11).int1(0x03).int2(0).int1(0).int2(0);
        return packet(p.bytes());
    }

    /** Column definitions for names, then an EOF unless deprecateEof. */
    ServerBytes columnDefs(final boolean deprecateEof, final int status, final String... names)
    {
        for (final String name : names)
        {
            columnDef(name);
        }
        return deprecateEof ? this : eof(0, status);
    }

    /** A text-protocol row; null is NULL (0xFB). */
    ServerBytes textRow(final String... values)
    {
        final Payload p = new Payload();
        for (final String value : values)
        {
            if (value == null)
            {
                p.int1(0xFB);
            }
            else
            {
                p.lenencString(value);
            }
        }
        return packet(p.bytes());
    }

    /** A binary-protocol row of BIGINT columns. */
    ServerBytes binaryRow(final long... values)
    {
        final Payload p = new Payload();
        p.int1(0x00);
        for (int i = 0; i < (values.length + 7 + 2) / 8; i++)
        {
            p.int1(0); // NULL bitmap
        }
        for (final long value : values)
        {
            p.int4(value).int4(value >>> 32);
        }
        return packet(p.bytes());
    }

    ServerBytes prepareOk(final long statementId, final int columns, final int params, final int warnings)
    {
        final Payload p = new Payload();
        p.int1(0x00).int4(statementId).int2(columns).int2(params).int1(0).int2(warnings);
        return packet(p.bytes());
    }

    ServerBytes localInfile(final String fileName)
    {
        return packet(new Payload().int1(0xFB).bytes(fileName).bytes());
    }

    ServerBytes text(final String text)
    {
        return packet(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes()
    {
        return out.toByteArray();
    }

    int size()
    {
        return out.size();
    }

    static byte[] okPayload(final int header, final long affectedRows, final long lastInsertId, final int status,
        final int warnings, final String info, final byte[] sessionState)
    {
        final Payload p = new Payload();
        p.int1(header).lenenc(affectedRows).lenenc(lastInsertId).int2(status).int2(warnings);
        if (info != null)
        {
            p.lenencString(info);
            if (sessionState != null)
            {
                p.lenenc(sessionState.length).raw(sessionState);
            }
        }
        return p.bytes();
    }

    /** A payload being written. */
    static final class Payload
    {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Payload int1(final int v)
        {
            out.write(v);
            return this;
        }

        Payload int2(final int v)
        {
            out.write(v);
            out.write(v >>> 8);
            return this;
        }

        Payload int4(final long v)
        {
            int2((int)v);
            return int2((int)(v >>> 16));
        }

        Payload lenenc(final long v)
        {
            final ByteBuffer b = ByteBuffer.allocate(9);
            final int n = Wire.putLenenc(b, 0, v);
            out.write(b.array(), 0, n);
            return this;
        }

        Payload lenencString(final String s)
        {
            final byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            lenenc(bytes.length);
            return raw(bytes);
        }

        Payload bytes(final String s)
        {
            return raw(s.getBytes(StandardCharsets.UTF_8));
        }

        Payload raw(final byte[] bytes)
        {
            out.write(bytes, 0, bytes.length);
            return this;
        }

        byte[] bytes()
        {
            return out.toByteArray();
        }
    }
}
