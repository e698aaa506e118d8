package io.sluice.protocol.mysql.reply;

import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A minimal blocking MariaDB client for integration tests: the handshake with
 * mysql_native_password (and its AuthSwitch), then raw command bytes out and raw server bytes
 * in, so a test sees exactly what the server sent. Test thread only.
 */
final class BlockingClient implements AutoCloseable
{
    static final String NATIVE_PASSWORD = "mysql_native_password";

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final long capabilities;
    private final String serverVersion;

    private BlockingClient(final Socket socket, final long capabilities, final String serverVersion) throws IOException
    {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.capabilities = capabilities;
        this.serverVersion = serverVersion;
    }

    /**
     * Connects and authenticates. {@code wantedCapabilities} is what the client asks for; the
     * negotiated set (what the server also offers) is {@link #capabilities()}.
     */
    static BlockingClient connect(
        final String host, final int port, final String user, final String password, final String database,
        final long wantedCapabilities) throws IOException
    {
        final Socket socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        try
        {
            final DataInputStream in = new DataInputStream(socket.getInputStream());
            final OutputStream out = socket.getOutputStream();

            // ---- initial handshake (protocol 10) ----
            final ByteBuffer hs = readPacket(in);
            if ((hs.get(0) & 0xFF) != 10)
            {
                throw new IOException("unexpected handshake: first byte " + (hs.get(0) & 0xFF));
            }
            int at = 1;
            final String version = Wire.stringNul(hs, at, hs.limit());
            at += version.getBytes(StandardCharsets.UTF_8).length + 1;
            at += 4; // connection id
            final byte[] scramble1 = Wire.bytes(hs, at, 8);
            at += 8 + 1;
            long serverCaps = Wire.int2(hs, at);
            at += 2;
            at += 1; // collation
            at += 2; // status
            serverCaps |= (long)Wire.int2(hs, at) << 16;
            at += 2;
            final int authDataLength = Wire.int1(hs, at);
            at += 1 + 6;
            if (!Capabilities.has(serverCaps, Capabilities.CLIENT_MYSQL))
            {
                serverCaps |= Wire.int4(hs, at) << 32;
            }
            at += 4;
            final int part2Length = Math.max(13, authDataLength - 8);
            final byte[] scramble2 = Wire.bytes(hs, at, part2Length - 1); // the last byte is a NUL
            at += part2Length;
            final byte[] scramble = concat(scramble1, scramble2);

            final long caps = wantedCapabilities & serverCaps;
            final ByteArrayOutputStream p = new ByteArrayOutputStream();
            putInt4(p, caps & 0xFFFFFFFFL);
            putInt4(p, 1 << 30); // max packet
            p.write(45); // utf8mb4_general_ci
            p.write(new byte[19], 0, 19);
            putInt4(p, caps >>> 32);
            p.writeBytes(user.getBytes(StandardCharsets.UTF_8));
            p.write(0);
            final byte[] token = nativePassword(password, scramble);
            p.write(token.length);
            p.writeBytes(token);
            if (Capabilities.has(caps, Capabilities.CONNECT_WITH_DB))
            {
                p.writeBytes(database.getBytes(StandardCharsets.UTF_8));
                p.write(0);
            }
            p.writeBytes(NATIVE_PASSWORD.getBytes(StandardCharsets.US_ASCII));
            p.write(0);
            writePacket(out, 1, p.toByteArray());

            int sequence = 3;
            while (true)
            {
                final ByteBuffer r = readPacket(in);
                final int first = r.get(0) & 0xFF;
                if (first == 0x00)
                {
                    break;
                }
                if (first == 0xFF)
                {
                    throw new IOException("authentication failed: " + Wire.int2(r, 1) + " "
                        + Wire.string(r, 3, r.limit() - 3));
                }
                if (first == 0xFE)
                {
                    // AuthSwitchRequest: plugin name, then the new scramble (NUL-terminated)
                    final String plugin = Wire.stringNul(r, 1, r.limit());
                    if (!NATIVE_PASSWORD.equals(plugin))
                    {
                        throw new IOException("server wants auth plugin " + plugin);
                    }
                    final int dataAt = 1 + plugin.length() + 1;
                    int dataEnd = r.limit();
                    if (dataEnd > dataAt && r.get(dataEnd - 1) == 0)
                    {
                        dataEnd--;
                    }
                    writePacket(out, sequence, nativePassword(password, Wire.bytes(r, dataAt, dataEnd - dataAt)));
                    sequence += 2;
                    continue;
                }
                throw new IOException("unexpected authentication packet, first byte " + first);
            }
            return new BlockingClient(socket, caps, version);
        }
        catch (final IOException | RuntimeException e)
        {
            socket.close();
            throw e;
        }
    }

    /** The capabilities both sides agreed on. */
    long capabilities()
    {
        return capabilities;
    }

    String serverVersion()
    {
        return serverVersion;
    }

    /** Sends one command packet (sequence 0; split in 0xFFFFFF pieces if that long). */
    void command(final int command, final byte[] arguments) throws IOException
    {
        out.write(commandBytes(command, arguments));
        out.flush();
    }

    void command(final int command, final String arguments) throws IOException
    {
        command(command, arguments.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes (several pipelined commands, LOCAL INFILE data). */
    void write(final byte[] bytes) throws IOException
    {
        out.write(bytes);
        out.flush();
    }

    /** Reads what is available, waiting up to the socket timeout for at least one byte; -1 at EOF. */
    int read(final byte[] into) throws IOException
    {
        return in.read(into);
    }

    /** Everything the server sends until it has been silent for {@code quietMs}. */
    byte[] readUntilQuiet(final int quietMs) throws IOException
    {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        final byte[] buffer = new byte[64 * 1024];
        final int timeout = socket.getSoTimeout();
        socket.setSoTimeout(quietMs);
        try
        {
            while (true)
            {
                final int n = in.read(buffer);
                if (n < 0)
                {
                    throw new IOException("server closed the connection");
                }
                all.write(buffer, 0, n);
            }
        }
        catch (final SocketTimeoutException e)
        {
            return all.toByteArray();
        }
        finally
        {
            socket.setSoTimeout(timeout);
        }
    }

    /** True if no byte arrives within {@code quietMs}. */
    boolean isQuiet(final int quietMs) throws IOException
    {
        final int timeout = socket.getSoTimeout();
        socket.setSoTimeout(quietMs);
        try
        {
            final int b = in.read();
            if (b < 0)
            {
                throw new IOException("server closed the connection");
            }
            return false;
        }
        catch (final SocketTimeoutException e)
        {
            return true;
        }
        finally
        {
            socket.setSoTimeout(timeout);
        }
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }

    // ---- packet helpers ----

    /** A command as wire bytes: payload = command byte + arguments, split at 0xFFFFFF. */
    static byte[] commandBytes(final int command, final byte[] arguments)
    {
        final byte[] payload = new byte[1 + arguments.length];
        payload[0] = (byte)command;
        System.arraycopy(arguments, 0, payload, 1, arguments.length);
        return packets(0, payload);
    }

    /** The payload as packets starting at {@code sequence}, split at 0xFFFFFF (with an empty tail if needed). */
    static byte[] packets(final int sequence, final byte[] payload)
    {
        final ByteArrayOutputStream o = new ByteArrayOutputStream(payload.length + 16);
        int at = 0;
        int seq = sequence;
        while (true)
        {
            final int n = Math.min(Wire.MAX_PAYLOAD, payload.length - at);
            o.write(n);
            o.write(n >>> 8);
            o.write(n >>> 16);
            o.write(seq++);
            o.write(payload, at, n);
            at += n;
            if (n < Wire.MAX_PAYLOAD)
            {
                break;
            }
        }
        return o.toByteArray();
    }

    private static void writePacket(final OutputStream out, final int sequence, final byte[] payload) throws IOException
    {
        out.write(packets(sequence, payload));
        out.flush();
    }

    private static ByteBuffer readPacket(final DataInputStream in) throws IOException
    {
        final byte[] header = new byte[4];
        in.readFully(header);
        final int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
        final byte[] payload = new byte[length];
        in.readFully(payload);
        return ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void putInt4(final ByteArrayOutputStream p, final long v)
    {
        p.write((int)v);
        p.write((int)(v >>> 8));
        p.write((int)(v >>> 16));
        p.write((int)(v >>> 24));
    }

    private static byte[] concat(final byte[] a, final byte[] b)
    {
        final byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** mysql_native_password: SHA1(pw) XOR SHA1(scramble + SHA1(SHA1(pw))); empty for an empty password. */
    static byte[] nativePassword(final String password, final byte[] scramble)
    {
        if (password.isEmpty())
        {
            return new byte[0];
        }
        try
        {
            final MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            final byte[] stage1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            final byte[] stage2 = sha1.digest(stage1);
            sha1.update(Arrays.copyOf(scramble, 20));
            sha1.update(stage2);
            final byte[] token = sha1.digest();
            for (int i = 0; i < token.length; i++)
            {
                token[i] ^= stage1[i];
            }
            return token;
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
