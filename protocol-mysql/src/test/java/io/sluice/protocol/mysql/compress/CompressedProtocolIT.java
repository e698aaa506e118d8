package io.sluice.protocol.mysql.compress;

import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Wire;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compressed protocol against a real MariaDB 11.4 (the test cluster's primary): a hand-made
 * client negotiates CLIENT_COMPRESS, sends its commands through {@link CompressedWriter} (the server
 * must inflate what we deflate) and reads the replies through {@link CompressedReader} (we must
 * inflate what the server deflates).
 */
@ExtendWith(MariaDbClusterExtension.class)
class CompressedProtocolIT
{
    private static TestCluster cluster;
    private static ServerInfo db;

    @BeforeAll
    static void startServer(final TestCluster testCluster)
    {
        cluster = testCluster;
        db = cluster.primary();
    }

    @Test
    void shouldTalkToTheServerCompressed() throws Exception
    {
        try (CompressedSession s = CompressedSession.open(db, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD))
        {
            assertEquals(List.of("1"), s.query("SELECT 1").get(0)); // short: sent stored
            assertEquals(1, s.reader.lastSequence(), "the server answers compressed packet 0 with 1");

            final String big = "abcdefghij".repeat(30_000);       // deflated by us
            assertEquals(List.of("300000", "300000"),
                s.query("SELECT LENGTH('" + big + "'), LENGTH(REPEAT('xyz', 100000))").get(0));
            assertTrue(s.writer.compressedPackets() >= 1);

            final String wide = s.query("SELECT REPEAT('0123456789', 50000)").get(0).get(0); // deflated by the server
            assertEquals("0123456789".repeat(50_000), wide);
            assertTrue(s.serverCompressedPackets > 0, "the server sent deflated packets");

            final List<List<String>> rows = s.query("SELECT seq, REPEAT(CHAR(65 + seq % 26), seq) FROM "
                    + "test.seq_1_to_2000");
            assertEquals(2000, rows.size());
            assertEquals(String.valueOf((char)('A' + 2000 % 26)).repeat(2000), rows.get(1999).get(1));
        }
    }

    @Test
    void shouldCarryPacketsOf16MiBAndMore() throws Exception
    {
        // The cluster's servers run with max_allowed_packet=64M (a SET GLOBAL here would outlive the test).
        assertEquals(List.of(List.of(String.valueOf(64 * 1024 * 1024))),
            cluster.query(db, "SELECT @@global.max_allowed_packet"));
        try (CompressedSession s = CompressedSession.open(db, "root", ClusterAccounts.ROOT_PASSWORD))
        {
            final String v = s.query("SELECT REPEAT('q', 17000000)").get(0).get(0);
            assertEquals(17_000_000, v.length());
            final String big = "0123456789abcdef".repeat(1_100_000); // 17.6 MB query text
            assertEquals(List.of(String.valueOf(big.length())), s.query("SELECT LENGTH('" + big + "')").get(0));
            assertEquals(List.of("ok"), s.query("SELECT 'ok'").get(0));
        }
    }

    /** Just enough of a client: login without compression, then every command compressed. */
    private static final class CompressedSession implements AutoCloseable
    {
        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;
        private final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        private final CompressedReader reader;
        private final CompressedWriter writer;
        private int streamRead;
        private long serverCompressedPackets;

        private CompressedSession(final Socket socket) throws IOException
        {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
            this.reader = new CompressedReader(data ->
            {
                final byte[] b = new byte[data.remaining()];
                data.get(b);
                stream.write(b, 0, b.length);
            });
            this.writer = new CompressedWriter(data ->
            {
                final byte[] b = new byte[data.remaining()];
                data.get(b);
                out.write(b);
            });
        }

        static CompressedSession open(final ServerInfo db, final String user, final String password)
            throws IOException
        {
            final Socket socket = new Socket(db.host(), db.port());
            socket.setSoTimeout(60_000);
            final CompressedSession s = new CompressedSession(socket);
            s.login(user, password);
            return s;
        }

        private void login(final String user, final String password) throws IOException
        {
            final byte[] greeting = readPlain();
            final ByteBuffer g = ByteBuffer.wrap(greeting);
            int at = 1 + Wire.stringNul(g, 1, greeting.length).length() + 1 + 4;
            final byte[] seed = new byte[20];
            g.get(at, seed, 0, 8);
            at += 8 + 1;
            final long caps = Wire.int2(g, at) | (long)Wire.int2(g, at + 5) << 16;
            assertTrue(Capabilities.has(caps, Capabilities.COMPRESS), "the server offers compression");
            at += 2 + 1 + 2 + 2 + 1 + 10;
            g.get(at, seed, 8, 12);

            final long clientCaps = Capabilities.CLIENT_MYSQL | Capabilities.PROTOCOL_41
                | Capabilities.SECURE_CONNECTION | Capabilities.PLUGIN_AUTH | Capabilities.COMPRESS
                | Capabilities.MULTI_RESULTS;
            final byte[] token = NativePassword.scramble(password.getBytes(StandardCharsets.UTF_8), seed);
            final ByteArrayOutputStream r = new ByteArrayOutputStream();
            final ByteBuffer head = ByteBuffer.allocate(32);
            Wire.putInt4(head, 0, clientCaps);
            Wire.putInt4(head, 4, 1 << 24);
            head.put(8, (byte)45);
            r.write(head.array(), 0, 32);
            r.write(user.getBytes(StandardCharsets.UTF_8), 0, user.length());
            r.write(0);
            r.write(token.length);
            r.write(token, 0, token.length);
            r.write("mysql_native_password".getBytes(StandardCharsets.US_ASCII), 0, 21);
            r.write(0);
            writePlain(r.toByteArray(), 1);
            final byte[] ok = readPlain(); // the OK to the login is the last uncompressed packet
            assertEquals(0, ok[0], "login refused: " + new String(ok, StandardCharsets.UTF_8));
        }

        /** COM_QUERY through the compressed layer; the first result set's rows. */
        List<List<String>> query(final String sql) throws IOException
        {
            final byte[] text = sql.getBytes(StandardCharsets.UTF_8);
            final byte[] payload = new byte[1 + text.length];
            payload[0] = 0x03;
            System.arraycopy(text, 0, payload, 1, text.length);
            writer.resetSequence(); // a new command restarts the compressed sequence
            writer.write(ByteBuffer.wrap(ordinaryPackets(payload)));

            final byte[] first = nextPacket();
            if ((first[0] & 0xFF) == 0xFF)
            {
                throw new IOException("server error: "
                        + new String(first, 3, first.length - 3, StandardCharsets.UTF_8));
            }
            final int columns = (int)Wire.lenenc(ByteBuffer.wrap(first), 0);
            for (int i = 0; i < columns; i++)
            {
                nextPacket();
            }
            nextPacket(); // EOF after the column definitions
            final List<List<String>> rows = new ArrayList<>();
            while (true)
            {
                final byte[] p = nextPacket();
                if ((p[0] & 0xFF) == 0xFE && p.length < 9)
                {
                    return rows;
                }
                final ByteBuffer b = ByteBuffer.wrap(p);
                final List<String> row = new ArrayList<>();
                int at = 0;
                for (int i = 0; i < columns; i++)
                {
                    final int len = (int)Wire.lenenc(b, at);
                    at += Wire.lenencSize(b, at);
                    row.add(Wire.string(b, at, len));
                    at += len;
                }
                rows.add(row);
            }
        }

        /** The next ordinary packet (continuations joined) from the inflated stream. */
        private byte[] nextPacket() throws IOException
        {
            final ByteArrayOutputStream payload = new ByteArrayOutputStream();
            while (true)
            {
                final byte[] header = take(4);
                final int len = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
                payload.write(take(len), 0, len);
                if (len < Wire.MAX_PAYLOAD)
                {
                    return payload.toByteArray();
                }
            }
        }

        private byte[] take(final int n) throws IOException
        {
            while (stream.size() - streamRead < n)
            {
                final byte[] header = new byte[7];
                in.readFully(header);
                final int clen = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
                final int ulen = (header[4] & 0xFF) | (header[5] & 0xFF) << 8 | (header[6] & 0xFF) << 16;
                if (ulen != 0)
                {
                    serverCompressedPackets++;
                }
                final byte[] payload = new byte[clen];
                in.readFully(payload);
                // Feed the packet in two uneven pieces to exercise the reader's state across calls.
                reader.feed(ByteBuffer.wrap(header, 0, 3));
                reader.feed(ByteBuffer.wrap(concat(Arrays.copyOfRange(header, 3, 7), payload)));
            }
            final byte[] all = stream.toByteArray();
            final byte[] out = Arrays.copyOfRange(all, streamRead, streamRead + n);
            streamRead += n;
            if (streamRead > 1 << 20 && streamRead == all.length)
            {
                stream.reset();
                streamRead = 0;
            }
            return out;
        }

        private static byte[] ordinaryPackets(final byte[] payload)
        {
            final ByteArrayOutputStream o = new ByteArrayOutputStream();
            int at = 0;
            int seq = 0;
            while (true)
            {
                final int chunk = Math.min(payload.length - at, Wire.MAX_PAYLOAD);
                o.write(chunk);
                o.write(chunk >>> 8);
                o.write(chunk >>> 16);
                o.write(seq++);
                o.write(payload, at, chunk);
                at += chunk;
                if (chunk < Wire.MAX_PAYLOAD)
                {
                    return o.toByteArray();
                }
            }
        }

        private byte[] readPlain() throws IOException
        {
            final byte[] h = new byte[4];
            in.readFully(h);
            final byte[] p = new byte[(h[0] & 0xFF) | (h[1] & 0xFF) << 8 | (h[2] & 0xFF) << 16];
            in.readFully(p);
            return p;
        }

        private void writePlain(final byte[] payload, final int seq) throws IOException
        {
            out.write(new byte[] {(byte)payload.length, (byte)(payload.length >>> 8), (byte)(payload.length >>> 16),
                (byte)seq});
            out.write(payload);
            out.flush();
        }

        private static byte[] concat(final byte[] a, final byte[] b)
        {
            final byte[] c = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return c;
        }

        @Override
        public void close() throws IOException
        {
            reader.close();
            writer.close();
            socket.close();
        }
    }
}
