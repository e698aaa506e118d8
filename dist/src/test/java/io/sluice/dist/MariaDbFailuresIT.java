package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Sluice does when a peer misbehaves, end to end (bin/sluice in front of the real cluster):
 * a client that stalls mid-packet or never logs in is disconnected after net_read_timeout or
 * connect_timeout, as MariaDB does; a server connection that dies in the middle of a result closes
 * the client's connection after the last whole packet it got, with nothing of Sluice's own, as the
 * server's closing would, plain and compressed; Sluice's compressed packets continue the client's
 * compressed sequence as the server's do.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbFailuresIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;
    /** Only the stall test logs in as this user, so its server connections can be counted. */
    private static final String STALL_USER = "failures_it_stall";
    private static final String STALL_PW = "stall_pw";
    private static final long NET_READ_TIMEOUT_MS = 2_000;
    private static final long CONNECT_TIMEOUT_MS = 3_000;

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    /** Default timeouts. */
    private static int port;
    /** connect_timeout=3s, net_read_timeout=2s. */
    private static int strictPort;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        final ServerInfo primary = cluster.primary();
        cluster.execute(primary,
            "CREATE OR REPLACE USER '" + STALL_USER + "'@'%' IDENTIFIED BY '" + STALL_PW + "'",
            "GRANT SELECT ON test.* TO '" + STALL_USER + "'@'%'");
        cluster.awaitReplicaSync(java.time.Duration.ofSeconds(30));
        port = SluiceProcess.freePort();
        strictPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String servers = String.join(",", cluster.servers().stream().map(ServerInfo::name).toList());
        for (final String service : List.of("Service", "Strict-Service"))
        {
            config.append('[').append(service).append("]\ntype=service\nrouter=readconnroute\nrouter_options=master\n"
                    + "servers=")
                .append(servers).append("\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
                .append(ClusterAccounts.SLUICE_PASSWORD).append('\n');
            if (service.equals("Strict-Service"))
            {
                config.append("connect_timeout=").append(CONNECT_TIMEOUT_MS).append("ms\nnet_read_timeout=")
                    .append(NET_READ_TIMEOUT_MS).append("ms\n");
            }
            config.append('\n');
        }
        config.append("[Listener]\ntype=listener\nservice=Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=")
            .append(port).append("\n\n");
        config.append("[Strict-Listener]\ntype=listener\nservice=Strict-Service\nprotocol=MariaDBProtocol\n"
                + "address=127.0.0.1\nport=")
            .append(strictPort).append('\n');
        sluice = SluiceProcess.start(Path.of("target", "mariadb-failures-it"), config.toString());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
        if (cluster != null)
        {
            cluster.execute(cluster.primary(), "DROP USER IF EXISTS '" + STALL_USER + "'@'%'");
        }
    }

    // ---- clients that stall ----

    @Test
    void shouldDisconnectAClientThatStallsMidPacketAfterNetReadTimeout() throws Exception
    {
        try (RawClient raw = RawClient.loggedIn(strictPort, STALL_USER, STALL_PW))
        {
            assertTrue(Poll.waitFor(() -> connectionsOf(STALL_USER) == 1, 10_000), "its server connection is open");
            final long beforeNs = System.nanoTime();
            raw.out.write(new byte[] {100, 0, 0, 0, 3, 'S', 'E', 'L'}); // 100 bytes announced, 4 sent
            raw.out.flush();
            for (int i = 0; i < 3; i++)
            {
                assertFreshClientServed(strictPort); // the same service serves others meanwhile
            }
            assertEquals(-1, raw.in.read(), "Sluice closes the connection and sends nothing, as the server does");
            final long afterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - beforeNs);
            assertTrue(afterMs >= NET_READ_TIMEOUT_MS, "not before net_read_timeout: " + afterMs + " ms");
            assertTrue(afterMs < NET_READ_TIMEOUT_MS + 10_000, "closed after " + afterMs + " ms");
            assertTrue(Poll.waitFor(() -> connectionsOf(STALL_USER) == 0, 10_000),
                    "its server connection is closed too");
        }
        assertTrue(sluice.log().contains("Got timeout reading communication packets"), "logged");
    }

    @Test
    void shouldDisconnectClientsThatDoNotLogInWithinConnectTimeout() throws Exception
    {
        final long beforeNs = System.nanoTime();
        try (RawClient silent = new RawClient(strictPort); RawClient cut = new RawClient(strictPort))
        {
            assertEquals(10, silent.readPacket()[0], "a protocol 10 greeting");
            assertEquals(10, cut.readPacket()[0]);
            cut.out.write(new byte[] {50, 0, 0, 1, 1, 2, 3}); // a handshake response cut short
            cut.out.flush();
            assertFreshClientServed(strictPort);
            assertEquals(-1, silent.in.read(), "closed without a word, as the server does on connect_timeout");
            assertEquals(-1, cut.in.read());
            final long afterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - beforeNs);
            assertTrue(afterMs >= Math.min(CONNECT_TIMEOUT_MS, NET_READ_TIMEOUT_MS), "closed after " + afterMs + " ms");
            assertTrue(afterMs < CONNECT_TIMEOUT_MS + 10_000, "closed after " + afterMs + " ms");
        }
        assertTrue(sluice.log().contains("no login within connect_timeout (" + CONNECT_TIMEOUT_MS + " ms)"), "logged");
    }

    // ---- a server connection that dies mid-response ----

    /**
     * Two statements: the first result arrives whole (the server flushes at its end), the second
     * sleeps; killing the server connection then cuts the response at a packet boundary.
     */
    private static String twoStatements(final String marker)
    {
        return "SELECT seq, REPEAT('x', 3000) FROM seq_1_to_20; SELECT SLEEP(30), '" + marker + "'";
    }

    /** Connector/J reports the lost connection exactly as when the server's own connection dies. */
    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "mysql"})
    void shouldGiveConnectorJWhatTheServerGivesWhenItsServerConnectionDiesMidResponse(final String driver)
        throws Exception
    {
        final SQLException direct = diesMidResponse(driver, cluster.primary().port());
        final SQLException viaSluice = diesMidResponse(driver, port);
        final String what = "direct " + direct + ", Sluice " + viaSluice;
        assertEquals(direct.getErrorCode(), viaSluice.getErrorCode(), what);
        assertEquals(direct.getSQLState(), viaSluice.getSQLState(), what);
        assertTrue(viaSluice.getSQLState().startsWith("08"), viaSluice::toString);
        assertFreshClientServed(port);
    }

    private static SQLException diesMidResponse(final String driver, final int port) throws Exception
    {
        final String marker = "failures-it-cj-" + driver + "-" + port;
        final String url = driver.equals("mariadb") ? "jdbc:mariadb://127.0.0.1:" + port
                + "/test?allowMultiQueries=true"
            : "jdbc:mysql://127.0.0.1:" + port + "/test?sslMode=DISABLED&allowMultiQueries=true";
        try (Connection c = DriverManager.getConnection(url, APP, APP_PW); Statement s = c.createStatement())
        {
            final CompletableFuture<Object> running = CompletableFuture.supplyAsync(() ->
            {
                try
                {
                    // The drivers read ahead: the error may come from execute or from getMoreResults.
                    s.execute(twoStatements(marker));
                    s.getMoreResults();
                    return "the second statement ended";
                }
                catch (final SQLException e)
                {
                    return e;
                }
            });
            killServerConnectionOf(marker);
            return assertInstanceOf(SQLException.class, running.get(30, TimeUnit.SECONDS));
        }
    }

    /**
     * The client gets every whole packet the server sent, then its connection closes, as it would
     * if the server's connection closed: no packet of Sluice's own (an error would need a
     * client-side code, which Connector/C refuses from a server as 2027 Received malformed packet).
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldCloseTheClientAfterTheLastWholePacketLikeTheServer(final boolean compressed) throws Exception
    {
        final String marker = "failures-it-raw-" + compressed;
        try (RawClient raw = RawClient.loggedIn(port, APP, APP_PW,
            RawClient.CLIENT_MULTI_STATEMENTS | (compressed ? RawClient.CLIENT_COMPRESS : 0)))
        {
            raw.query(twoStatements(marker));
            final List<RawClient.Packet> packets = new ArrayList<>();
            while (packets.size() < 4 + 20 + 1) // column count, 2 definitions, EOF, 20 rows, EOF
            {
                packets.add(raw.next());
            }
            killServerConnectionOf(marker);
            assertThrows(EOFException.class, raw::next, "the connection closes, nothing follows the last packet");
            for (int i = 0; i < packets.size(); i++)
            {
                assertEquals(i + 1, packets.get(i).sequence(), "packet " + i + " of " + packets.size());
                assertFalse(packets.get(i).isErr(), packets.get(i)::text);
            }
            if (compressed)
            {
                final List<Integer> sequences = raw.compressedSequences;
                for (int i = 0; i < sequences.size(); i++)
                {
                    assertEquals(i + 1, sequences.get(i), "compressed packet " + i + " of " + sequences.size()
                        + " (the command was compressed packet 0)");
                }
            }
        }
        assertFreshClientServed(port);
    }

    /**
     * A big result killed while it streams: the server's own buffer flushes cut rows, so the client
     * usually holds part of a row when the connection dies. Sluice sends nothing of its own, in a
     * row or between rows: the client's connection closes, and it is never left hanging or
     * desynchronised.
     */
    @Test
    void shouldEndAStreamingResultCleanlyWhenItsServerConnectionDies() throws Exception
    {
        final String marker = "failures-it-stream";
        try (RawClient raw = RawClient.loggedIn(port, APP, APP_PW))
        {
            raw.query("SELECT seq, REPEAT('x', 20000), SLEEP(0.01), '" + marker + "' FROM seq_1_to_3000");
            final List<RawClient.Packet> packets = java.util.Collections.synchronizedList(new ArrayList<>());
            final CompletableFuture<Object> reading = CompletableFuture.supplyAsync(() ->
            {
                try
                {
                    while (true)
                    {
                        final RawClient.Packet p = raw.next();
                        packets.add(p);
                        // an error, or the EOF after the rows (the 6th packet is the one after the definitions)
                        if (p.isErr() || packets.size() > 6 && (p.payload()[0] & 0xFF) == 0xFE
                                && p.payload().length < 9)
                        {
                            return p;
                        }
                    }
                }
                catch (final java.io.IOException e)
                {
                    return e; // the connection ended inside a packet
                }
            });
            assertTrue(Poll.waitFor(() -> packets.size() >= 16, 20_000), () -> "rows stream in: "
                    + packets.size() + " packets, "
                + (packets.isEmpty() ? "" : packets.get(packets.size() - 1).text()) + ", reading: " + reading);
            killServerConnectionOf(marker);
            final Object end = reading.get(30, TimeUnit.SECONDS);
            for (int i = 0; i < packets.size(); i++)
            {
                assertEquals((i + 1) & 0xFF, packets.get(i).sequence(), "packet " + i + " of " + packets.size());
            }
            assertInstanceOf(EOFException.class, end, "the connection ends, with no packet of Sluice's: " + end);
            assertTrue(packets.size() < 6 + 3000, "cut short");
        }
        assertFreshClientServed(port);
    }

    // ---- the compressed sequence ----

    @Test
    void shouldContinueTheClientsCompressedSequenceLikeTheServer() throws Exception
    {
        final List<List<Integer>> direct = firstCompressedSequences(cluster.primary().port());
        final List<List<Integer>> viaSluice = firstCompressedSequences(port);
        assertEquals(List.of(List.of(1), List.of(2), List.of(1)), direct.stream().map(l -> l.subList(0, 1)).toList(),
            "the server answers after the client's last compressed packet");
        for (int i = 0; i < direct.size(); i++)
        {
            assertEquals(direct.get(i).get(0), viaSluice.get(i).get(0), "command " + i + ": the server's numbering");
            for (int k = 1; k < viaSluice.get(i).size(); k++)
            {
                assertEquals((viaSluice.get(i).get(0) + k) & 0xFF, viaSluice.get(i).get(k),
                        "consecutive: " + viaSluice);
            }
        }
    }

    /** For three commands (in one, two and one compressed packets): the compressed sequence ids of their results. */
    private static List<List<Integer>> firstCompressedSequences(final int port) throws Exception
    {
        final List<List<Integer>> result = new ArrayList<>();
        try (RawClient raw = RawClient.loggedIn(port, APP, APP_PW, RawClient.CLIENT_COMPRESS))
        {
            final String[] queries = {"SELECT 1", "SELECT 'in two compressed packets'",
                    "SELECT seq FROM seq_1_to_3000"};
            final int[] pieces = {1, 2, 1};
            for (int i = 0; i < queries.length; i++)
            {
                raw.compressedSequences.clear();
                raw.query(queries[i], pieces[i]);
                readTextResult(raw);
                result.add(List.copyOf(raw.compressedSequences));
            }
        }
        return result;
    }

    /** Reads a whole text result set (no DEPRECATE_EOF): count, definitions, EOF, rows, EOF. */
    private static void readTextResult(final RawClient raw) throws Exception
    {
        final int columns = raw.readPacket()[0];
        for (int i = 0; i <= columns; i++)
        {
            raw.readPacket();
        }
        byte[] p;
        do
        {
            p = raw.readPacket();
        }
        while (!((p[0] & 0xFF) == 0xFE && p.length < 9));
    }

    // ---- helpers ----

    /** Kills the primary's connection running the statement with this marker, once it sleeps (SLEEP()). */
    private static void killServerConnectionOf(final String marker) throws Exception
    {
        final String sql = "SELECT ID FROM information_schema.processlist WHERE info LIKE '%" + marker + "%'"
            + " AND info NOT LIKE '%processlist%' AND state = 'User sleep'";
        assertTrue(Poll.waitFor(() -> cluster.query(cluster.primary(), sql).size() == 1, 20_000),
            "the statement runs on the primary");
        cluster.execute(cluster.primary(), "KILL CONNECTION " + cluster.query(cluster.primary(), sql).get(0).get(0));
    }

    private static long connectionsOf(final String user) throws SQLException
    {
        return Long.parseLong(cluster.query(cluster.primary(),
            "SELECT COUNT(*) FROM information_schema.processlist WHERE user = '" + user + "'").get(0).get(0));
    }

    private static void assertFreshClientServed(final int port) throws SQLException
    {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test", APP, APP_PW);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 7"))
        {
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1));
        }
    }
}
