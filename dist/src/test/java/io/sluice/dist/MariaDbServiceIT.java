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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MariaDB protocol and readconnroute end to end: bin/sluice (a real process) with the
 * distribution's plugins in front of the real test cluster (a primary and two GTID replicas),
 * driven by MariaDB Connector/J, MySQL Connector/J, the mariadb command-line client and raw sockets.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbServiceIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;
    private static final String OTHER_USER = "app_other";
    private static final String OTHER_PW = "other_pw";
    private static final String GLOBAL_USER = "app_global";
    private static final String GLOBAL_PW = "global_pw";

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int masterPort;
    private static int slavePort;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        final ServerInfo primary = cluster.primary();
        cluster.execute(primary,
            "CREATE USER IF NOT EXISTS '" + OTHER_USER + "'@'%' IDENTIFIED BY '" + OTHER_PW + "'",
            "GRANT ALL ON test.* TO '" + OTHER_USER + "'@'%'",
            "CREATE USER IF NOT EXISTS '" + GLOBAL_USER + "'@'%' IDENTIFIED BY '" + GLOBAL_PW + "'",
            "GRANT SELECT ON *.* TO '" + GLOBAL_USER + "'@'%'",
            // MaxScale's documented service-account grants include SHOW DATABASES (for 1049 answers).
            "GRANT SHOW DATABASES ON *.* TO '" + ClusterAccounts.SLUICE_USER + "'@'%'",
            "CREATE OR REPLACE TABLE test.blobs (id INT PRIMARY KEY, b LONGBLOB, n VARCHAR(10) NULL)",
            "CREATE OR REPLACE TABLE test.loaded (id INT, name VARCHAR(20))",
            "CREATE OR REPLACE PROCEDURE test.two_results() BEGIN SELECT 1 AS a; SELECT 'x' AS b, 2 AS c; END");
        cluster.awaitReplicaSync(java.time.Duration.ofSeconds(30));
        masterPort = SluiceProcess.freePort();
        slavePort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String servers = String.join(",", cluster.servers().stream().map(ServerInfo::name).toList());
        config.append("[Write-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\n"
                + "servers=").append(servers)
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD)
            .append("\nusers_refresh_time=0s\n\n");
        config.append("[Read-Service]\ntype=service\nrouter=readconnroute\nrouter_options=slave\n"
                + "servers=").append(servers)
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD)
            .append("\n\n");
        config.append("[Write-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBProtocol\n"
                + "address=127.0.0.1\nport=")
            .append(masterPort).append("\n\n");
        config.append("[Read-Listener]\ntype=listener\nservice=Read-Service\nprotocol=MariaDBProtocol\n"
                + "address=127.0.0.1\nport=")
            .append(slavePort).append("\n");
        sluice = SluiceProcess.start(Path.of("target", "mariadb-service-it"), config.toString());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    // ---- clients ----

    /** A connection through Sluice as the app user: {@code mariadb|mysql}-{@code text|binary}, URL extras. */
    static Connection connect(final String driver, final int port, final String extra) throws SQLException
    {
        final String url = switch (driver)
        {
            case "mariadb-text" -> "jdbc:mariadb://127.0.0.1:" + port + "/test?useServerPrepStmts=false";
            case "mariadb-binary" -> "jdbc:mariadb://127.0.0.1:" + port + "/test?useServerPrepStmts=true";
            case "mysql-text" -> "jdbc:mysql://127.0.0.1:" + port + "/test?sslMode=DISABLED&useServerPrepStmts=false";
            case "mysql-binary" -> "jdbc:mysql://127.0.0.1:" + port + "/test?sslMode=DISABLED&useServerPrepStmts=true";
            default -> throw new IllegalArgumentException(driver);
        };
        return DriverManager.getConnection(url + extra, APP, APP_PW);
    }

    private static long scalar(final Connection c, final String sql) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static long serverId(final ServerInfo server) throws SQLException
    {
        return Long.parseLong(cluster.query(server, "SELECT @@server_id").get(0).get(0));
    }

    // ---- statements of every shape, through every driver and both protocols ----

    @ParameterizedTest
    @ValueSource(strings = {"mariadb-text", "mariadb-binary", "mysql-text", "mysql-binary"})
    void shouldRunEveryKindOfStatementThroughTheWriteService(final String driver) throws Exception
    {
        try (Connection c = connect(driver, masterPort, ""))
        {
            assertEquals(serverId(cluster.primary()), scalar(c, "SELECT @@server_id"),
                    "router_options=master goes to the primary");
            assertEquals(2, scalar(c, "SELECT 1 + 1"));

            // 100k rows
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, CONCAT('row-', seq) FROM seq_1_to_100000 WHERE "
                    + "seq > ?"))
            {
                ps.setInt(1, 0);
                long count = 0;
                long sum = 0;
                try (ResultSet rs = ps.executeQuery())
                {
                    while (rs.next())
                    {
                        count++;
                        sum += rs.getLong(1);
                        if (count == 77_777)
                        {
                            assertEquals("row-77777", rs.getString(2));
                        }
                    }
                }
                assertEquals(100_000, count);
                assertEquals(5_000_050_000L, sum);
            }

            // NULL and BLOB columns, prepared statement parameters of several types
            final byte[] blob = new byte[70_000];
            new Random(7).nextBytes(blob);
            final int id = driver.hashCode() & 0xFFFF;
            try (PreparedStatement ps = c.prepareStatement("REPLACE INTO blobs (id, b, n) VALUES (?, ?, ?)"))
            {
                ps.setInt(1, id);
                ps.setBytes(2, blob);
                ps.setNull(3, java.sql.Types.VARCHAR);
                assertTrue(ps.executeUpdate() >= 1);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT b, n, ? AS l, ? AS d, ? AS s, ? AS dt, ? AS dm FROM "
                    + "blobs WHERE id = ?"))
            {
                ps.setLong(1, 1L << 40);
                ps.setDouble(2, 2.5);
                ps.setString(3, "héllo");
                ps.setDate(4, Date.valueOf("2026-11-21"));
                ps.setBigDecimal(5, new BigDecimal("12345.6789"));
                ps.setInt(6, id);
                try (ResultSet rs = ps.executeQuery())
                {
                    assertTrue(rs.next());
                    assertArrayEquals(blob, rs.getBytes(1));
                    assertNull(rs.getString(2));
                    assertTrue(rs.wasNull());
                    assertEquals(1L << 40, rs.getLong(3));
                    assertEquals(2.5, rs.getDouble(4));
                    assertEquals("héllo", rs.getString(5));
                    assertEquals(Date.valueOf("2026-11-21"), rs.getDate(6));
                    assertEquals(0, new BigDecimal("12345.6789").compareTo(rs.getBigDecimal(7)));
                    assertFalse(rs.next());
                }
            }

            // A CALL returning two result sets
            try (Statement s = c.createStatement())
            {
                assertTrue(s.execute("CALL two_results()"));
                try (ResultSet rs = s.getResultSet())
                {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt("a"));
                }
                assertTrue(s.getMoreResults());
                try (ResultSet rs = s.getResultSet())
                {
                    assertTrue(rs.next());
                    assertEquals("x", rs.getString("b"));
                    assertEquals(2, rs.getInt("c"));
                }
            }

            // Warnings: the count reaches the driver, and SHOW WARNINGS goes to the same server
            try (Statement s = c.createStatement())
            {
                try (ResultSet rs = s.executeQuery("SELECT 1/0"))
                {
                    assertTrue(rs.next());
                    rs.getObject(1);
                    assertTrue(rs.wasNull());
                }
                final SQLWarning warning = s.getWarnings();
                if (warning != null)
                {
                    assertEquals(1365, warning.getErrorCode(), warning::getMessage);
                }
                try (ResultSet rs = s.executeQuery("SHOW WARNINGS"))
                {
                    assertTrue(rs.next());
                    assertEquals(1365, rs.getInt("Code"));
                    assertEquals("Division by 0", rs.getString("Message"));
                }
            }

            // A server error passes through intact and the connection stays usable
            final SQLException e = assertThrows(SQLException.class, () -> scalar(c, "SELECT * FROM no_such_table"));
            assertEquals(1146, e.getErrorCode());
            assertEquals("42S02", e.getSQLState());
            assertTrue(e.getMessage().contains("Table 'test.no_such_table' doesn't exist"), e.getMessage());
            assertEquals(3, scalar(c, "SELECT 3"));
        }
    }

    @Test
    void shouldRunMultiStatementQueries() throws Exception
    {
        try (Connection c = connect("mariadb-text", masterPort,
                "&allowMultiQueries=true"); Statement s = c.createStatement())
        {
            assertTrue(s.execute("SELECT 1 AS one; SELECT 2 AS two; DO 1"));
            try (ResultSet rs = s.getResultSet())
            {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            assertTrue(s.getMoreResults());
            try (ResultSet rs = s.getResultSet())
            {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
            assertEquals(4, scalar(c, "SELECT 4"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb-binary", "mysql-text"})
    void shouldCarryATwentyMegabyteRowBothWays(final String driver) throws Exception
    {
        final byte[] big = new byte[20 * 1024 * 1024];
        new Random(20).nextBytes(big);
        final int id = 1_000_000 + (driver.hashCode() & 0xFFFF);
        try (Connection c = connect(driver, masterPort, driver.startsWith("mysql") ? "&maxAllowedPacket=67108864" : ""))
        {
            try (PreparedStatement ps = c.prepareStatement("REPLACE INTO blobs (id, b) VALUES (?, ?)"))
            {
                ps.setInt(1, id);
                ps.setBytes(2, big);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT b, LENGTH(b) FROM blobs WHERE id = ?"))
            {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery())
                {
                    assertTrue(rs.next());
                    assertEquals(big.length, rs.getLong(2));
                    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(big),
                        MessageDigest.getInstance("SHA-256").digest(rs.getBytes(1)));
                }
            }
        }
    }

    @Test
    void shouldFetchFromACursor() throws Exception
    {
        try (Connection c = connect("mysql-binary", masterPort, "&useCursorFetch=true&defaultFetchSize=100");
             PreparedStatement ps = c.prepareStatement("SELECT seq FROM seq_1_to_5000 WHERE seq > ?"))
        {
            ps.setFetchSize(100);
            ps.setInt(1, 0);
            long count = 0;
            long sum = 0;
            try (ResultSet rs = ps.executeQuery())
            {
                while (rs.next())
                {
                    count++;
                    sum += rs.getLong(1);
                }
            }
            assertEquals(5000, count);
            assertEquals(12_502_500L, sum);
            assertEquals(5, scalar(c, "SELECT 5"));
        }
    }

    @Test
    void shouldLoadDataLocalInfile() throws Exception
    {
        final Path file = Files.createTempFile("sluice-load", ".csv");
        final StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 1000; i++)
        {
            rows.append(i).append(",name-").append(i).append('\n');
        }
        Files.writeString(file, rows);
        try (Connection c = connect("mariadb-text", masterPort,
                "&allowLocalInfile=true"); Statement s = c.createStatement())
        {
            s.execute("DELETE FROM loaded");
            final int loaded = s.executeUpdate("LOAD DATA LOCAL INFILE '" + file
                    + "' INTO TABLE loaded FIELDS TERMINATED BY ','");
            assertEquals(1000, loaded);
            assertEquals(500_500, scalar(c, "SELECT SUM(id) FROM loaded"));
        }
        finally
        {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void shouldSpeakTheCompressedProtocol() throws Exception
    {
        try (Connection c = connect("mysql-text", masterPort, "&useCompression=true"))
        {
            assertEquals(5_000_050_000L, scalar(c, "SELECT SUM(seq) FROM seq_1_to_100000"));
            long count = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, REPEAT('x', 100) FROM "
                    + "seq_1_to_20000"))
            {
                while (rs.next())
                {
                    count++;
                }
            }
            assertEquals(20_000, count);
        }
    }

    @Test
    void shouldChangeUserAndResetTheConnection() throws Exception
    {
        try (Connection c = connect("mysql-text", masterPort, ""))
        {
            c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).changeUser(OTHER_USER, OTHER_PW);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER()"))
            {
                assertTrue(rs.next());
                assertEquals(OTHER_USER + "@%", rs.getString(1));
            }
        }
        try (Connection c = connect("mariadb-text", masterPort, "&useResetConnection=true"))
        {
            try (Statement s = c.createStatement())
            {
                s.execute("SET @kept = 42");
            }
            assertEquals(42, scalar(c, "SELECT @kept"));
            c.unwrap(org.mariadb.jdbc.Connection.class).reset();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @kept"))
            {
                assertTrue(rs.next());
                assertNull(rs.getObject(1), "COM_RESET_CONNECTION clears user variables");
            }
        }
    }

    @Test
    void shouldGiveTheServersLoginErrors() throws Exception
    {
        final SQLException wrongPassword = assertThrows(SQLException.class,
            () -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + masterPort + "/test", APP, "wrong"));
        assertEquals(1045, wrongPassword.getErrorCode());
        assertEquals("28000", wrongPassword.getSQLState());
        assertTrue(wrongPassword.getMessage().contains("Access denied for user 'app'"), wrongPassword.getMessage());

        final SQLException unknownUser = assertThrows(SQLException.class,
            () -> DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + masterPort
                    + "/test?sslMode=DISABLED", "nobody", "x"));
        assertEquals(1045, unknownUser.getErrorCode());
        assertEquals("28000", unknownUser.getSQLState());

        // As the server does: a user who may use any database learns it does not exist (1049); one
        // who may not is denied access to it (1044).
        final SQLException unknownDb = assertThrows(SQLException.class, () -> DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + masterPort + "/no_such_db", GLOBAL_USER, GLOBAL_PW));
        assertEquals(1049, unknownDb.getErrorCode());
        assertEquals("42000", unknownDb.getSQLState());
        final SQLException direct = assertThrows(SQLException.class, () -> DriverManager.getConnection(
            cluster.jdbcUrl(cluster.primary(), "no_such_db"), GLOBAL_USER, GLOBAL_PW));
        assertEquals(direct.getErrorCode(), unknownDb.getErrorCode(), "the same error as the server's");
        final SQLException denied = assertThrows(SQLException.class,
            () -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + masterPort + "/test2x", APP, APP_PW));
        assertEquals(1044, denied.getErrorCode());
        assertEquals("42000", denied.getSQLState());

        final SQLException root = assertThrows(SQLException.class, () -> DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + masterPort
                    + "/test", ClusterAccounts.ROOT_USER, ClusterAccounts.ROOT_PASSWORD));
        assertEquals(1045, root.getErrorCode(), "enable_root_user=false by default");
    }

    @Test
    void shouldSpreadReadConnectionsOverTheReplicas() throws Exception
    {
        final Set<Long> replicaIds = new HashSet<>();
        for (final ServerInfo replica : cluster.replicas())
        {
            replicaIds.add(serverId(replica));
        }
        try (Connection a = connect("mariadb-text", slavePort,
                ""); Connection b = connect("mariadb-text", slavePort, ""))
        {
            final long first = scalar(a, "SELECT @@server_id");
            final long second = scalar(b, "SELECT @@server_id");
            assertTrue(replicaIds.contains(first), "router_options=slave goes to a replica");
            assertTrue(replicaIds.contains(second));
            assertFalse(first == second, "least connections: the second session goes to the other replica");
        }
    }

    @Test
    void shouldWorkWithTheMariadbCommandLineClient() throws Exception
    {
        for (final String extra : List.of("--no-auto-rehash", "--compress"))
        {
            final List<String> command = new ArrayList<>(List.of(cluster.mariadbClient().toString(), "--no-defaults",
                "--skip-ssl", "-h", "127.0.0.1", "-P", String.valueOf(masterPort), "-u", APP, "-p"
                        + APP_PW, extra, "-N", "-B", "test",
                "-e", "SELECT 40 + 2; SELECT COUNT(*) FROM seq_1_to_1000"));
            final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertEquals("42\n1000\n", out, "with " + extra);
        }
    }

    @Test
    void shouldKillTheStatementOfAClientThatHangsUp() throws Exception
    {
        final Connection c = connect("mariadb-text", masterPort, "");
        final CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() ->
        {
            try (Statement s = c.createStatement())
            {
                s.executeQuery("SELECT SLEEP(60), 'sluice-kill-test'");
            }
            catch (final SQLException expected)
            {
                // the connection is aborted under it
            }
        });
        assertTrue(Poll.waitFor(() -> countQueries("sluice-kill-test") == 1, 10_000),
                "the statement runs on the primary");
        c.abort(Executors.newSingleThreadExecutor());
        assertTrue(Poll.waitFor(() -> countQueries("sluice-kill-test") == 0, 10_000),
            "the statement is killed once its client hung up");
        sleeping.get(10, TimeUnit.SECONDS);
    }

    private static long countQueries(final String marker) throws SQLException
    {
        return Long.parseLong(cluster.query(cluster.primary(), "SELECT COUNT(*) FROM information_schema.processlist"
            + " WHERE info LIKE '%" + marker + "%' AND info NOT LIKE '%processlist%'").get(0).get(0));
    }


    // ---- bad input, on raw sockets ----

    @Test
    void shouldRefuseGarbageInsteadOfAHandshakeResponse() throws Exception
    {
        try (RawClient raw = new RawClient(masterPort))
        {
            raw.readPacket(); // greeting
            raw.out.write(new byte[] {40, 0, 0, 1, 'g', 'a', 'r', 'b', 'a', 'g', 'e'});
            raw.out.write(new byte[33]);
            final byte[] err = raw.readPacket();
            assertEquals((byte)0xFF, err[0]);
            assertEquals(1043, (err[1] & 0xFF) | (err[2] & 0xFF) << 8);
            assertEquals(-1, raw.in.read(), "the connection is closed");
        }
        assertFreshClientServed();
    }

    @Test
    void shouldDropAClientThatPromisesMoreThanItSends() throws Exception
    {
        try (RawClient raw = new RawClient(masterPort))
        {
            raw.readPacket();
            raw.out.write(new byte[] {(byte)0xE8, 3, 0, 1, 1, 2, 3, 4, 5}); // 1000 bytes announced, 5 sent
        }
        assertFreshClientServed();
        assertTrue(sluice.isAlive());
    }

    @Test
    void shouldAnswerAnEmptyPacketWithAProtocolError() throws Exception
    {
        try (RawClient raw = RawClient.loggedIn(masterPort, APP, APP_PW))
        {
            raw.out.write(new byte[] {0, 0, 0, 0});
            final byte[] err = raw.readPacket();
            assertEquals((byte)0xFF, err[0]);
            assertEquals(1835, (err[1] & 0xFF) | (err[2] & 0xFF) << 8);
            assertEquals(-1, raw.in.read(), "the connection is closed");
        }
        assertFreshClientServed();
    }

    @Test
    void shouldPassAnUnknownCommandToTheServerAndStayUsable() throws Exception
    {
        try (RawClient raw = RawClient.loggedIn(masterPort, APP, APP_PW))
        {
            raw.out.write(new byte[] {1, 0, 0, 0, (byte)0x99});
            final byte[] err = raw.readPacket();
            assertEquals((byte)0xFF, err[0]);
            assertEquals(1047, (err[1] & 0xFF) | (err[2] & 0xFF) << 8, "the server's 'Unknown command'");
            raw.out.write(new byte[] {1, 0, 0, 0, 0x0E}); // COM_PING
            assertEquals(0, raw.readPacket()[0], "OK: the connection is still usable");
        }
    }

    @Test
    void shouldKeepServingWhileAClientStallsMidPacket() throws Exception
    {
        try (RawClient raw = RawClient.loggedIn(masterPort, APP, APP_PW))
        {
            raw.out.write(new byte[] {100, 0, 0, 0, 3, 'S', 'E', 'L'}); // 100 bytes announced, 4 sent
            raw.out.flush();
            final long startNs = System.nanoTime();
            for (int i = 0; i < 20; i++)
            {
                assertFreshClientServed();
            }
            assertTrue(System.nanoTime() - startNs < TimeUnit.SECONDS.toNanos(10), "others are served while it stalls");
        }
    }

    private static void assertFreshClientServed() throws SQLException
    {
        try (Connection c = connect("mariadb-text", masterPort, ""))
        {
            assertEquals(7, scalar(c, "SELECT 7"));
        }
    }
}
