package io.sluice.dist;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A MariaDB client on a raw socket, written from the protocol documentation (nothing of Sluice's
 * code): packets with their sequence ids in and out, a mysql_native_password login, and the
 * compressed protocol (commands sent as stored compressed packets, replies inflated with the
 * JDK's Inflater), recording every sequence id it sees.
 */
final class RawClient implements AutoCloseable
{
    static final int CLIENT_COMPRESS = 0x20;
    static final int CLIENT_MULTI_STATEMENTS = 0x10000;
    /** Protocol 4.1, secure connection, plugin auth, connect with db, long password, multi results. */
    private static final int CAPABILITIES = 0x200 | 0x8000 | 0x80000 | 0x8 | 0x1 | 0x20000;

    /** One ordinary packet: its sequence id and payload. */
    record Packet(int sequence, byte[] payload)
    {
        boolean isErr()
        {
            return payload.length > 0 && (payload[0] & 0xFF) == 0xFF;
        }

        int errorCode()
        {
            return (payload[1] & 0xFF) | (payload[2] & 0xFF) << 8;
        }

        String sqlState()
        {
            return new String(payload, 4, 5, StandardCharsets.US_ASCII);
        }

        String text()
        {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    final Socket socket;
    final DataInputStream in;
    final OutputStream out;
    private boolean compressed;
    /** Inflated bytes of the ordinary stream not read yet (compressed mode). */
    private byte[] stream = new byte[0];
    private int streamAt;
    /** The sequence ids of the compressed packets received. */
    final List<Integer> compressedSequences = new ArrayList<>();

    RawClient(final int port) throws IOException
    {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    static RawClient loggedIn(final int port, final String user, final String password) throws Exception
    {
        return loggedIn(port, user, password, 0);
    }

    /**
     * Logs in with the basic capabilities plus {@code extraCapabilities} (CLIENT_COMPRESS: compressed from then on).
     */
    static RawClient loggedIn(final int port, final String user, final String password, final int extraCapabilities)
        throws Exception
    {
        final RawClient raw = new RawClient(port);
        final byte[] greeting = raw.readPacket();
        int p = 1;
        while (greeting[p] != 0)
        {
            p++;
        }
        p += 1 + 4;
        final byte[] seed = new byte[20];
        System.arraycopy(greeting, p, seed, 0, 8);
        p += 8 + 1 + 2 + 1 + 2 + 2 + 1 + 10;
        System.arraycopy(greeting, p, seed, 8, 12);
        final MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        final byte[] h1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
        final byte[] h2 = sha1.digest(h1);
        sha1.update(seed);
        final byte[] h3 = sha1.digest(h2);
        final byte[] token = new byte[20];
        for (int i = 0; i < 20; i++)
        {
            token[i] = (byte)(h1[i] ^ h3[i]);
        }
        final byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        final byte[] db = "test".getBytes(StandardCharsets.UTF_8);
        final byte[] plugin = "mysql_native_password".getBytes(StandardCharsets.US_ASCII);
        final int caps = CAPABILITIES | extraCapabilities;
        final int length = 32 + userBytes.length + 1 + 1 + 20 + db.length + 1 + plugin.length + 1;
        final byte[] packet = new byte[4 + length];
        packet[0] = (byte)length;
        packet[1] = (byte)(length >> 8);
        packet[3] = 1;
        packet[4] = (byte)caps;
        packet[5] = (byte)(caps >> 8);
        packet[6] = (byte)(caps >> 16);
        packet[8 + 3] = 1; // max packet 16 MiB
        packet[12] = 45;
        int q = 4 + 32;
        System.arraycopy(userBytes, 0, packet, q, userBytes.length);
        q += userBytes.length + 1;
        packet[q++] = 20;
        System.arraycopy(token, 0, packet, q, 20);
        q += 20;
        System.arraycopy(db, 0, packet, q, db.length);
        q += db.length + 1;
        System.arraycopy(plugin, 0, packet, q, plugin.length);
        raw.out.write(packet);
        final byte[] ok = raw.readPacket();
        assertEquals(0, ok[0], () -> "login OK, not " + new String(ok, StandardCharsets.UTF_8));
        raw.compressed = (extraCapabilities & CLIENT_COMPRESS) != 0;
        return raw;
    }

    /** The next packet's payload (no continuations). */
    byte[] readPacket() throws IOException
    {
        return next().payload();
    }

    /** The next ordinary packet, with its sequence id; in compressed mode from the inflated stream. */
    Packet next() throws IOException
    {
        final byte[] header = take(4);
        final int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
        return new Packet(header[3] & 0xFF, take(length));
    }

    /** A COM_QUERY as one packet with sequence 0 (in compressed mode: in compressed packet 0). */
    void query(final String sql) throws IOException
    {
        query(sql, 1);
    }

    /** A COM_QUERY; in compressed mode cut into {@code compressedPackets} stored compressed packets 0, 1, ... */
    void query(final String sql, final int compressedPackets) throws IOException
    {
        final byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        final byte[] packet = new byte[4 + 1 + text.length];
        final int length = 1 + text.length;
        packet[0] = (byte)length;
        packet[1] = (byte)(length >> 8);
        packet[2] = (byte)(length >> 16);
        packet[4] = 0x03;
        System.arraycopy(text, 0, packet, 5, text.length);
        if (!compressed)
        {
            out.write(packet);
            return;
        }
        final int piece = (packet.length + compressedPackets - 1) / compressedPackets;
        for (int i = 0; i < compressedPackets; i++)
        {
            final int from = i * piece;
            final int n = Math.min(piece, packet.length - from);
            out.write(new byte[] {(byte)n, (byte)(n >> 8), (byte)(n >> 16), (byte)i, 0, 0, 0}); // stored
            out.write(packet, from, n);
        }
        out.flush();
    }

    private byte[] take(final int n) throws IOException
    {
        if (!compressed)
        {
            final byte[] b = new byte[n];
            in.readFully(b);
            return b;
        }
        while (stream.length - streamAt < n)
        {
            readCompressedPacket();
        }
        final byte[] b = Arrays.copyOfRange(stream, streamAt, streamAt + n);
        streamAt += n;
        return b;
    }

    private void readCompressedPacket() throws IOException
    {
        final byte[] header = new byte[7];
        in.readFully(header);
        final int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
        final int inflated = (header[4] & 0xFF) | (header[5] & 0xFF) << 8 | (header[6] & 0xFF) << 16;
        compressedSequences.add(header[3] & 0xFF);
        byte[] payload = new byte[length];
        in.readFully(payload);
        if (inflated != 0)
        {
            final Inflater inflater = new Inflater();
            try
            {
                inflater.setInput(payload);
                final byte[] plain = new byte[inflated];
                if (inflater.inflate(plain) != inflated)
                {
                    throw new IOException("compressed packet " + (header[3] & 0xFF) + " inflates short");
                }
                payload = plain;
            }
            catch (final DataFormatException e)
            {
                throw new IOException(e);
            }
            finally
            {
                inflater.end();
            }
        }
        final ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(stream, streamAt, stream.length - streamAt);
        joined.write(payload);
        stream = joined.toByteArray();
        streamAt = 0;
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
