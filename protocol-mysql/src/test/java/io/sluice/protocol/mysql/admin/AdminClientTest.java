package io.sluice.protocol.mysql.admin;

import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.wire.Capabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AdminClient against a scripted server: the protocol paths a real server rarely takes. */
class AdminClientTest
{
    private static final byte[] SEED = "12345678abcdefghijkl".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SWITCH_SEED = "ZYXWVUTSRQPONMLKJIHG".getBytes(StandardCharsets.US_ASCII);
    // What a MariaDB 11.4 offers (low 32 bits without CLIENT_MYSQL) plus two extended capabilities.
    private static final long SERVER_CAPS = 0xFFFF_F7FEL & ~Capabilities.CLIENT_MYSQL
        | Capabilities.MARIADB_CLIENT_PROGRESS | Capabilities.MARIADB_CLIENT_CACHE_METADATA;

    private final ServerSocket listener;
    private CompletableFuture<Void> server;

    AdminClientTest() throws IOException
    {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void tearDown() throws Exception
    {
        listener.close();
        if (server != null)
        {
            server.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldFollowAnAuthSwitchAndReadContinuedRows() throws Exception
    {
        server = serve(s ->
        {
            s.send(0, greeting(SEED, SERVER_CAPS));
            final byte[] response = s.receive(1);
            final long caps = (response[0] & 0xFFL) | (response[1] & 0xFFL) << 8 | (response[2] & 0xFFL) << 16
                | (response[3] & 0xFFL) << 24;
            assertFalse(Capabilities.has(caps, Capabilities.COMPRESS));
            assertFalse(Capabilities.has(caps, Capabilities.SSL));
            assertFalse(Capabilities.has(caps, Capabilities.DEPRECATE_EOF));
            assertTrue(Capabilities.has(caps, Capabilities.CLIENT_MYSQL), "no MariaDB extensions asked for");
            assertEquals(0, response[28] | response[29] | response[30] | response[31], "extended capabilities");
            int at = 32;
            assertEquals("svc", cstring(response, at));
            at += 4;
            final int tokenLength = response[at++];
            assertArrayEquals(NativePassword.scramble(bytes("pw"), SEED),
                    Arrays.copyOfRange(response, at, at + tokenLength));
            at += tokenLength;
            assertEquals("mysql_native_password", cstring(response, at));

            s.send(2, concat(new byte[] {(byte)0xFE}, bytes("mysql_native_password\0"), SWITCH_SEED, new byte[] {0}));
            assertArrayEquals(NativePassword.scramble(bytes("pw"), SWITCH_SEED), s.receive(3));
            s.send(4, ok());

            assertEquals("\u0003SELECT big", new String(s.receive(0), StandardCharsets.UTF_8));
            s.send(1, new byte[] {1});
            s.send(2, columnDefinition("big"));
            s.send(3, eof());
            // A row of exactly 0xFFFFFF bytes: sent as a full packet plus an empty one.
            final byte[] row = new byte[0xFFFFFF];
            row[0] = (byte)0xFD;
            row[1] = (byte)0xFB;
            row[2] = (byte)0xFF;
            row[3] = (byte)0xFF;   // length 0xFFFFFB
            Arrays.fill(row, 4, row.length, (byte)'r');
            s.send(4, row);
            s.send(5, new byte[0]);
            s.send(6, new byte[] {1, 'x'});
            s.send(7, eof());
        });
        try (AdminClient c = AdminClient.connect("127.0.0.1", listener.getLocalPort(), "svc", "pw",
            AdminClient.Options.DEFAULTS.withReadTimeoutMs(10_000)))
        {
            assertEquals("11.4.5-MariaDB-log", c.serverVersion(), "the 5.5.5- prefix is dropped");
            assertEquals(77, c.connectionId());
            assertEquals(SERVER_CAPS, c.serverCapabilities());
            final List<List<String>> rows = c.query("SELECT big");
            assertEquals(2, rows.size());
            assertEquals(0xFFFFFB, rows.get(0).get(0).length());
            assertEquals("x", rows.get(1).get(0));
        }
    }

    @Test
    void shouldRefuseASwitchToAnotherPlugin() throws Exception
    {
        server = serve(s ->
        {
            s.send(0, greeting(SEED, SERVER_CAPS));
            s.receive(1);
            s.send(2, concat(new byte[] {(byte)0xFE}, bytes("client_ed25519\0"), SWITCH_SEED));
        });
        final ProtocolException e = assertThrows(ProtocolException.class, () -> AdminClient.connect("127.0.0.1",
            listener.getLocalPort(), "svc", "pw", AdminClient.Options.DEFAULTS));
        assertTrue(e.getMessage().contains("client_ed25519"), e.getMessage());
    }

    @Test
    void shouldReportAnErrorGreeting() throws Exception
    {
        server = serve(s -> s.send(0, concat(new byte[] {(byte)0xFF, 0x69, 0x04},
            bytes("Host '10.0.0.1' is blocked because of many connection errors"))));
        final ServerErrorException e = assertThrows(ServerErrorException.class, () -> AdminClient.connect("127.0.0.1",
            listener.getLocalPort(), "svc", "pw", AdminClient.Options.DEFAULTS));
        assertEquals(1129, e.code());
        assertEquals("HY000", e.sqlState());
    }

    @Test
    void shouldTimeOutOnASilentServer() throws Exception
    {
        server = serve(s -> s.receiveNothingFor(1_500));
        assertThrows(java.net.SocketTimeoutException.class, () -> AdminClient.connect("127.0.0.1",
            listener.getLocalPort(), "svc", "pw", AdminClient.Options.DEFAULTS.withReadTimeoutMs(200)));
    }

    // ---- the scripted server ----

    private interface Script
    {
        void run(Peer peer) throws Exception;
    }

    private CompletableFuture<Void> serve(final Script script)
    {
        return CompletableFuture.runAsync(() ->
        {
            try (Socket socket = listener.accept())
            {
                socket.setSoTimeout(10_000);
                script.run(new Peer(socket));
            }
            catch (final Exception e)
            {
                throw new AssertionError(e);
            }
        });
    }

    private static final class Peer
    {
        private final DataInputStream in;
        private final OutputStream out;

        Peer(final Socket socket) throws IOException
        {
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        void send(final int seq, final byte[] payload) throws IOException
        {
            out.write(new byte[] {(byte)payload.length, (byte)(payload.length >>> 8), (byte)(payload.length >>> 16),
                (byte)seq});
            out.write(payload);
            out.flush();
        }

        byte[] receive(final int expectedSeq) throws IOException
        {
            final byte[] h = new byte[4];
            in.readFully(h);
            assertEquals(expectedSeq, h[3]);
            final byte[] p = new byte[(h[0] & 0xFF) | (h[1] & 0xFF) << 8 | (h[2] & 0xFF) << 16];
            in.readFully(p);
            return p;
        }

        void receiveNothingFor(final long ms) throws InterruptedException
        {
            Thread.sleep(ms);
        }
    }

    private static byte[] greeting(final byte[] seed, final long caps)
    {
        final ByteArrayOutputStream g = new ByteArrayOutputStream();
        g.write(10);
        g.writeBytes(bytes("5.5.5-11.4.5-MariaDB-log\0"));
        g.writeBytes(new byte[] {77, 0, 0, 0});
        g.write(seed, 0, 8);
        g.write(0);
        g.write((int)caps);
        g.write((int)(caps >>> 8));
        g.write(45);
        g.writeBytes(new byte[] {2, 0});
        g.write((int)(caps >>> 16));
        g.write((int)(caps >>> 24));
        g.write(21);
        g.writeBytes(new byte[6]);
        g.write((int)(caps >>> 32));
        g.write((int)(caps >>> 40));
        g.write((int)(caps >>> 48));
        g.write((int)(caps >>> 56));
        g.write(seed, 8, 12);
        g.write(0);
        g.writeBytes(bytes("mysql_native_password\0"));
        return g.toByteArray();
    }

    private static byte[] ok()
    {
        return new byte[] {0, 0, 0, 2, 0, 0, 0};
    }

    private static byte[] eof()
    {
        return new byte[] {(byte)0xFE, 0, 0, 2, 0};
    }

    private static byte[] columnDefinition(final String name)
    {
        final ByteArrayOutputStream c = new ByteArrayOutputStream();
        for (final String s : new String[] {"def", "", "", "", name, ""})
        {
            c.write(s.length());
            c.writeBytes(bytes(s));
        }
        c.writeBytes(new byte[] {0x0C, 33, 0, 0, 0, 0, (byte)0xFD, 0, 0, 0, 0, 0});
        return c.toByteArray();
    }

    private static String cstring(final byte[] b, final int at)
    {
        int end = at;
        while (b[end] != 0)
        {
            end++;
        }
        return new String(b, at, end - at, StandardCharsets.UTF_8);
    }

    private static byte[] concat(final byte[]... parts)
    {
        final ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (final byte[] p : parts)
        {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    private static byte[] bytes(final String s)
    {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
