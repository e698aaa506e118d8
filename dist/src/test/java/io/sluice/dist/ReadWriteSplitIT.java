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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * readwritesplit end to end: bin/sluice with the distribution's plugins (the router is
 * {@code plugins/sluice-router-readwritesplit.jar}) in front of the real test cluster (a primary and
 * two GTID replicas, roles configured), driven by MariaDB Connector/J, MySQL Connector/J, the
 * mariadb command-line client and a raw-protocol client. Which server answered is told by
 * {@code @@server_id}.
 */
@ExtendWith(MariaDbClusterExtension.class)
class ReadWriteSplitIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int rwPort;
    private static int lazyPort;
    private static long primaryId;
    private static Set<Long> replicaIds;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(),
            "CREATE DATABASE IF NOT EXISTS rwdb",
            "GRANT ALL ON rwdb.* TO '" + APP + "'@'%'",
            "CREATE OR REPLACE TABLE test.rw (id INT PRIMARY KEY AUTO_INCREMENT, v INT)",
            "CREATE OR REPLACE TABLE rwdb.marker (name VARCHAR(20))",
            "INSERT INTO rwdb.marker VALUES ('rwdb')");
        cluster.awaitReplicaSync(Duration.ofSeconds(30));
        primaryId = serverId(cluster.primary());
        replicaIds = new HashSet<>();
        for (final ServerInfo r : cluster.replicas())
        {
            replicaIds.add(serverId(r));
        }
        rwPort = SluiceProcess.freePort();
        lazyPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String servers = String.join(",", cluster.servers().stream().map(ServerInfo::name).toList());
        for (final String[] service : new String[][] {{"RW", ""}, {"Lazy", "lazy_connect=true\n"}})
        {
            config.append('[').append(service[0]).append("-Service]\ntype=service\nrouter=readwritesplit\nservers=")
                .append(servers).append("\nuser=").append(ClusterAccounts.SLUICE_USER)
                .append("\npassword=").append(ClusterAccounts.SLUICE_PASSWORD).append('\n').append(service[1])
                .append('\n');
        }
        config.append("[RW-Listener]\ntype=listener\nservice=RW-Service\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(rwPort).append("\n\n");
        config.append("[Lazy-Listener]\ntype=listener\nservice=Lazy-Service\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(lazyPort).append('\n');
        sluice = SluiceProcess.start(Path.of("target", "readwritesplit-it"), config.toString());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    private static long serverId(final ServerInfo server) throws SQLException
    {
        return Long.parseLong(cluster.query(server, "SELECT @@server_id").get(0).get(0));
    }

    static Connection connect(final String driver, final int port, final String extra) throws SQLException
    {
        return MariaDbServiceIT.connect(driver, port, extra);
    }

    private static long scalar(final Connection c, final String sql) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static Set<Long> serverIdsOf(final Connection c, final String sql, final int times) throws SQLException
    {
        final Set<Long> ids = new HashSet<>();
        for (int i = 0; i < times; i++)
        {
            ids.add(scalar(c, sql));
        }
        return ids;
    }

    // ---- routing ----

    @ParameterizedTest
    @ValueSource(strings = {"mariadb-text", "mariadb-binary", "mysql-text", "mysql-binary"})
    void shouldSendReadsToBothReplicasAndWritesToThePrimary(final String driver) throws Exception
    {
        try (Connection c = connect(driver, rwPort, ""))
        {
            assertEquals(replicaIds, serverIdsOf(c, "SELECT @@server_id", 10), "reads take turns on the replicas");
            try (PreparedStatement ps = c.prepareStatement("SELECT @@server_id, ?"))
            {
                final Set<Long> ids = new HashSet<>();
                for (int i = 0; i < 10; i++)
                {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery())
                    {
                        assertTrue(rs.next());
                        ids.add(rs.getLong(1));
                        assertEquals(i, rs.getInt(2));
                    }
                }
                assertEquals(replicaIds, ids, "prepared reads too");
            }
            try (Statement s = c.createStatement())
            {
                assertEquals(1, s.executeUpdate("INSERT INTO rw (v) VALUES (@@server_id)"));
                try (ResultSet rs = s.executeQuery("SELECT v, @@server_id FROM rw WHERE id = LAST_INSERT_ID()"))
                {
                    assertTrue(rs.next(), "LAST_INSERT_ID() reads on the primary, which has the row at once");
                    assertEquals(primaryId, rs.getLong(1), "the insert ran on the primary");
                    assertEquals(primaryId, rs.getLong(2));
                }
            }
        }
    }

    @Test
    void shouldKeepTransactionsAndPrimaryOnlyStatementsOnThePrimary() throws Exception
    {
        try (Connection c = connect("mariadb-text", rwPort, "&allowMultiQueries=true");
            Statement s = c.createStatement())
        {
            s.execute("BEGIN");
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id", 4), "inside BEGIN ... COMMIT");
            s.execute("COMMIT");
            assertEquals(replicaIds, serverIdsOf(c, "SELECT @@server_id", 6), "after COMMIT, replicas again");

            s.execute("SET autocommit=0");
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id", 4), "autocommit=0");
            s.execute("COMMIT");
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id", 2), "autocommit=0 after COMMIT");
            s.execute("SET autocommit=1");
            assertEquals(replicaIds, serverIdsOf(c, "SELECT @@server_id", 6), "autocommit=1");

            c.setAutoCommit(false);
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id", 3), "JDBC setAutoCommit(false)");
            c.commit();
            c.setAutoCommit(true);

            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id FROM seq_1_to_1 FOR UPDATE", 3),
                "FOR UPDATE");
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id + 0 * LAST_INSERT_ID()", 3),
                "LAST_INSERT_ID()");
            s.execute("CREATE TEMPORARY TABLE tmp_rw (a INT)");
            s.execute("INSERT INTO tmp_rw VALUES (1)");
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id FROM tmp_rw", 3), "temporary table");
            s.execute("DROP TEMPORARY TABLE tmp_rw");
            assertEquals(Set.of(primaryId), serverIdsOf(c, "SELECT @@server_id; SELECT 1", 3), "multi-statement");
            assertEquals(replicaIds, serverIdsOf(c, "SELECT @@server_id", 6), "plain reads still go to replicas");

            s.execute("START TRANSACTION READ ONLY");
            final Set<Long> readOnly = serverIdsOf(c, "SELECT @@server_id", 6);
            s.execute("COMMIT");
            assertEquals(1, readOnly.size(), "a read-only transaction stays on one server: " + readOnly);
            assertTrue(replicaIds.containsAll(readOnly), "a replica: " + readOnly);
        }
    }

    // ---- session state ----

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void shouldGiveEveryServerTheSessionState(final int lazy) throws Exception
    {
        final int port = lazy == 1 ? lazyPort : rwPort;
        try (Connection c = connect("mariadb-text", port, ""); Statement s = c.createStatement())
        {
            s.execute("SET @v = 42");
            s.execute("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION,ONLY_FULL_GROUP_BY'");
            s.execute("USE rwdb");
            final Set<Long> ids = new HashSet<>();
            for (int i = 0; i < 8; i++)
            {
                try (ResultSet rs = s.executeQuery(
                    "SELECT @v, @@collation_connection, @@sql_mode, DATABASE(), name, @@server_id FROM marker"))
                {
                    assertTrue(rs.next());
                    assertEquals(42, rs.getInt(1));
                    assertEquals("utf8mb4_unicode_ci", rs.getString(2));
                    assertEquals("ONLY_FULL_GROUP_BY,NO_ENGINE_SUBSTITUTION", rs.getString(3));
                    assertEquals("rwdb", rs.getString(4));
                    assertEquals("rwdb", rs.getString(5));
                    ids.add(rs.getLong(6));
                }
            }
            assertEquals(replicaIds, ids, lazy == 1 ? "replicas opened after the session commands" : "both replicas");
        }
    }

    // ---- session commands whose outcome differs, reset, LOAD DATA, long data and cursors ----

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void shouldCloseAServerThatAnswersASessionCommandDifferently(final int lazy) throws Exception
    {
        // A table on the primary only (kept out of the binary log): the replicas fail where the primary succeeds.
        cluster.execute(cluster.primary(), "SET SESSION sql_log_bin = 0",
            "CREATE OR REPLACE TABLE test.rw_primary_only (id INT)");
        try (Connection c = connect("mariadb-text", lazy == 1 ? lazyPort : rwPort,
                ""); Statement s = c.createStatement())
        {
            s.execute("SET @n = (SELECT COUNT(*) FROM test.rw_primary_only) + 7"); // OK for the client
            for (int i = 0; i < 4; i++)
            {
                try (ResultSet rs = s.executeQuery("SELECT @n, @@server_id"))
                {
                    assertTrue(rs.next());
                    assertEquals(7, rs.getInt(1), "the session's state is intact");
                    assertEquals(primaryId, rs.getLong(2), "the replicas that answered otherwise are closed"
                        + (lazy == 1 ? " when they replay it" : ""));
                }
            }
        }
        finally
        {
            cluster.execute(cluster.primary(), "SET SESSION sql_log_bin = 0",
                    "DROP TABLE IF EXISTS test.rw_primary_only");
        }
    }

    @Test
    void shouldResetTheSessionOnEveryServer() throws Exception
    {
        try (Connection c = connect("mariadb-text", rwPort, "&useResetConnection=true");
            Statement s = c.createStatement())
        {
            s.execute("SET @v = 5");
            assertEquals(replicaIds, serverIdsOf(c, "SELECT @@server_id + 0 * @v", 4));
            ((org.mariadb.jdbc.Connection)c).reset(); // COM_RESET_CONNECTION
            for (int i = 0; i < 4; i++)
            {
                try (ResultSet rs = s.executeQuery("SELECT @v IS NULL, @@server_id"))
                {
                    assertTrue(rs.next());
                    assertTrue(rs.getBoolean(1), "every server forgot @v");
                    assertTrue(replicaIds.contains(rs.getLong(2)));
                }
            }
        }
    }

    @Test
    void shouldLoadDataLocalInfileThroughThePrimary() throws Exception
    {
        final Path file = java.nio.file.Files.createTempFile("sluice-rw-load", ".csv");
        final StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 2000; i++)
        {
            rows.append(i).append(',').append(i % 7).append('\n');
        }
        java.nio.file.Files.writeString(file, rows);
        try (Connection c = connect("mariadb-text", rwPort,
                "&allowLocalInfile=true"); Statement s = c.createStatement())
        {
            s.execute("CREATE OR REPLACE TABLE rw_loaded (id INT PRIMARY KEY, v INT)");
            assertEquals(2000, s.executeUpdate("LOAD DATA LOCAL INFILE '" + file
                + "' INTO TABLE rw_loaded FIELDS TERMINATED BY ','"));
            assertEquals(2001000, scalar(c, "SELECT SUM(id) + 0 * LAST_INSERT_ID() FROM rw_loaded"), "on the primary");
            assertTrue(Poll.waitFor(() -> scalar(c, "SELECT COUNT(*) FROM rw_loaded") == 2000, 10_000),
                "replicated, and read on a replica");
        }
        finally
        {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void shouldKeepLongDataExecutionAndCursorFetchesOnOneServer() throws Exception
    {
        try (Connection c = connect("mysql-binary", rwPort, "&useCursorFetch=true&defaultFetchSize=3"))
        {
            final byte[] blob = new byte[300_000];
            new java.util.Random(3).nextBytes(blob);
            final Set<Long> ids = new HashSet<>();
            for (int i = 0; i < 6; i++)
            {
                try (PreparedStatement ps = c.prepareStatement("SELECT LENGTH(?), MD5(?), @@server_id"))
                {
                    ps.setBinaryStream(1, new java.io.ByteArrayInputStream(blob), blob.length); // long data
                    ps.setString(2, "x" + i);
                    try (ResultSet rs = ps.executeQuery())
                    {
                        assertTrue(rs.next());
                        assertEquals(blob.length, rs.getInt(1), "every piece of the long data reached the server");
                        ids.add(rs.getLong(3));
                    }
                }
            }
            assertTrue(replicaIds.containsAll(ids), "reads with long data run on replicas: " + ids);
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, @@server_id FROM seq_1_to_10 WHERE seq > ?"))
            {
                ps.setFetchSize(3); // a cursor: COM_STMT_EXECUTE, then COM_STMT_FETCHes to the same server
                ps.setInt(1, 0);
                long sum = 0;
                final Set<Long> servers = new HashSet<>();
                try (ResultSet rs = ps.executeQuery())
                {
                    while (rs.next())
                    {
                        sum += rs.getLong(1);
                        servers.add(rs.getLong(2));
                    }
                }
                assertEquals(55, sum);
                assertEquals(1, servers.size(), "one server answered the execute and every fetch: " + servers);
            }
        }
    }

    @Test
    void shouldAnswerShowWarningsFromTheServerThatRanThePreviousStatement() throws Exception
    {
        try (Connection c = connect("mariadb-text", rwPort, ""); Statement s = c.createStatement())
        {
            for (int i = 0; i < 1000; i++)
            {
                if (i % 2 == 1)
                {
                    assertTrue(replicaIds.contains(scalar(c, "SELECT @@server_id")), "a read on a replica first");
                }
                assertEquals(1, s.executeUpdate("INSERT IGNORE INTO rw (v) VALUES (CAST('12abc' AS SIGNED))"));
                if (i % 3 == 0)
                {
                    assertEquals(1, scalar(c, "SELECT @@warning_count"), "round " + i);
                    continue;
                }
                try (ResultSet rs = s.executeQuery(i % 3 == 1 ? "SHOW WARNINGS" : "SHOW COUNT(*) WARNINGS"))
                {
                    assertTrue(rs.next(), "the INSERT's warning, round " + i);
                    if (i % 3 == 1)
                    {
                        assertEquals(1292, rs.getInt(2), "Truncated incorrect INTEGER value, round " + i);
                    }
                    else
                    {
                        assertEquals(1, rs.getInt(1), "round " + i);
                    }
                }
            }
        }
    }

    @Test
    void shouldReadStatementsByTheSessionsSqlMode() throws Exception
    {
        try (Connection c = connect("mariadb-text", rwPort, ""); Statement s = c.createStatement())
        {
            s.execute("SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES,ANSI_QUOTES'");
            final Set<Long> ids = new HashSet<>();
            for (int i = 0; i < 6; i++)
            {
                // a backslash ends nothing under NO_BACKSLASH_ESCAPES: one complete string, a plain read
                try (ResultSet rs = s.executeQuery("SELECT 'a\\', @@server_id"))
                {
                    assertTrue(rs.next());
                    assertEquals("a\\", rs.getString(1));
                    ids.add(rs.getLong(2));
                }
            }
            assertEquals(replicaIds, ids, "read as the server reads it, so a read for the replicas");
        }
    }

    @Test
    void shouldKillASessionsQueryOnEveryServerOfIt() throws Exception
    {
        try (Connection victim = connect("mariadb-text", rwPort, ""); Connection killer = connect("mariadb-text",
            rwPort, ""); Statement v = victim.createStatement(); Statement k = killer.createStatement())
        {
            final long id = scalar(victim, "SELECT CONNECTION_ID()");
            assertEquals(id, scalar(victim, "SELECT CONNECTION_ID()"), "one id whichever server answers");
            final java.util.concurrent.CompletableFuture<Integer> sleeping =
                java.util.concurrent.CompletableFuture.supplyAsync(() ->
                {
                    try (ResultSet rs = v.executeQuery("SELECT SLEEP(30), @@server_id"))
                    {
                        return -1;
                    }
                    catch (final SQLException e)
                    {
                        return e.getErrorCode();
                    }
                });
            Thread.sleep(500);
            k.execute("KILL QUERY " + id);
            assertEquals(1317, sleeping.get(10, TimeUnit.SECONDS), "the replica's statement was interrupted");
            assertEquals(replicaIds, serverIdsOf(victim, "SELECT @@server_id", 6), "the session goes on");
        }
    }

    // ---- prepared statements ----

    private static Map<String, Long> preparedCounts() throws SQLException
    {
        final Map<String, Long> counts = new HashMap<>();
        for (final ServerInfo s : cluster.servers())
        {
            counts.put(s.name(), Long.parseLong(
                cluster.query(s, "SHOW GLOBAL STATUS LIKE 'Prepared_stmt_count'").get(0).get(1)));
        }
        return counts;
    }

    @Test
    void shouldLeaveNoPreparedStatementBehindAfterTenThousandCycles() throws Exception
    {
        final Map<String, Long> before = preparedCounts();
        try (Connection c = connect("mariadb-binary", rwPort, "&cachePrepStmts=false"))
        {
            final Set<Long> ids = new HashSet<>();
            for (int i = 0; i < 10_000; i++)
            {
                try (PreparedStatement ps = c.prepareStatement("SELECT @@server_id, ? + 1"))
                {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery())
                    {
                        assertTrue(rs.next());
                        ids.add(rs.getLong(1));
                        assertEquals(i + 1, rs.getInt(2));
                    }
                }
            }
            assertEquals(replicaIds, ids);
        }
        assertTrue(Poll.waitFor(() -> before.equals(preparedCounts()), 10_000),
            () -> "Prepared_stmt_count back to " + before);
    }

    @Test
    void shouldLeaveNoPreparedStatementBehindAfterFiftyConcurrentSessions() throws Exception
    {
        final Map<String, Long> before = preparedCounts();
        final ExecutorService pool = Executors.newFixedThreadPool(50);
        try
        {
            final List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 50; t++)
            {
                final int session = t;
                results.add(pool.submit(() ->
                {
                    int ok = 0;
                    try (Connection c = connect(session % 2 == 0 ? "mariadb-binary" : "mysql-binary", rwPort,
                        "&cachePrepStmts=false"))
                    {
                        for (int i = 0; i < 200; i++)
                        {
                            try (PreparedStatement ps = c.prepareStatement(
                                i % 5 == 0 ? "UPDATE rw SET v = ? WHERE id = 0" : "SELECT ? * 2"))
                            {
                                ps.setInt(1, i);
                                if (i % 5 == 0)
                                {
                                    ps.executeUpdate();
                                    ok++;
                                }
                                else
                                {
                                    try (ResultSet rs = ps.executeQuery())
                                    {
                                        assertTrue(rs.next());
                                        assertEquals(2 * i, rs.getInt(1));
                                        ok++;
                                    }
                                }
                            }
                        }
                    }
                    return ok;
                }));
            }
            for (final Future<Integer> r : results)
            {
                assertEquals(200, r.get(120, TimeUnit.SECONDS));
            }
        }
        finally
        {
            pool.shutdownNow();
        }
        assertTrue(Poll.waitFor(() -> before.equals(preparedCounts()), 10_000),
            () -> "Prepared_stmt_count back to " + before);
    }

    // ---- the raw protocol: pipelined commands that get no response ----

    private static byte[] packet(final int command, final byte[] body)
    {
        final int length = 1 + body.length;
        final byte[] p = new byte[4 + length];
        p[0] = (byte)length;
        p[1] = (byte)(length >> 8);
        p[2] = (byte)(length >> 16);
        p[4] = (byte)command;
        System.arraycopy(body, 0, p, 5, body.length);
        return p;
    }

    private static byte[] statementId(final long id)
    {
        return new byte[] {(byte)id, (byte)(id >> 8), (byte)(id >> 16), (byte)(id >> 24)};
    }

    /** COM_STMT_PREPARE of a statement with no parameters and one column; returns its id. */
    private static long prepare(final RawClient raw, final String sql) throws Exception
    {
        raw.out.write(packet(0x16, sql.getBytes(StandardCharsets.UTF_8)));
        raw.out.flush();
        final byte[] ok = raw.readPacket();
        assertEquals(0, ok[0], () -> "prepare OK, not " + new String(ok, StandardCharsets.UTF_8));
        final long id = (ok[1] & 0xFFL) | (ok[2] & 0xFFL) << 8 | (ok[3] & 0xFFL) << 16 | (ok[4] & 0xFFL) << 24;
        final int columns = (ok[5] & 0xFF) | (ok[6] & 0xFF) << 8;
        final int params = (ok[7] & 0xFF) | (ok[8] & 0xFF) << 8;
        for (int i = 0; i < params + (params > 0 ? 1 : 0) + columns + (columns > 0 ? 1 : 0); i++)
        {
            raw.readPacket(); // definitions and their EOFs
        }
        return id;
    }

    /** The rows of a text result set, each column as text. */
    private static List<List<String>> readResultSet(final RawClient raw) throws Exception
    {
        final byte[] head = raw.readPacket();
        assertTrue((head[0] & 0xFF) != 0xFF && head[0] != 0, () -> "a result set, not " + Arrays.toString(head));
        final int columns = head[0] & 0xFF;
        for (int i = 0; i < columns; i++)
        {
            raw.readPacket();
        }
        assertEquals(0xFE, raw.readPacket()[0] & 0xFF, "EOF after the column definitions");
        final List<List<String>> rows = new ArrayList<>();
        while (true)
        {
            final byte[] row = raw.readPacket();
            if ((row[0] & 0xFF) == 0xFE && row.length < 9)
            {
                return rows;
            }
            final List<String> values = new ArrayList<>();
            int p = 0;
            for (int i = 0; i < columns; i++)
            {
                final int n = row[p++] & 0xFF; // short values only
                values.add(new String(row, p, n, StandardCharsets.UTF_8));
                p += n;
            }
            rows.add(values);
        }
    }

    @Test
    void shouldAnswerAQueryPipelinedBehindStatementClosesIntactAndInOrder() throws Exception
    {
        final Map<String, Long> before = preparedCounts();
        try (RawClient raw = RawClient.loggedIn(rwPort, APP, APP_PW))
        {
            for (int i = 0; i < 1000; i++)
            {
                final long a = prepare(raw, "SELECT 1");
                final long b = prepare(raw, "SELECT 2");
                final long c = prepare(raw, "SELECT 3");
                final ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
                pipelined.write(packet(0x19, statementId(a)));
                pipelined.write(packet(0x19, statementId(b)));
                pipelined.write(packet(0x19, statementId(c)));
                pipelined.write(packet(0x03, ("SELECT " + i + ", 'x" + i + "'").getBytes(StandardCharsets.UTF_8)));
                raw.out.write(pipelined.toByteArray());
                raw.out.flush();
                assertEquals(List.of(List.of(String.valueOf(i), "x" + i)), readResultSet(raw), "round " + i);
            }
        }
        assertTrue(Poll.waitFor(() -> before.equals(preparedCounts()), 10_000),
            () -> "Prepared_stmt_count back to " + before);
    }

    @Test
    void shouldGiveExactlyOneOkForAStatementReset() throws Exception
    {
        try (RawClient raw = RawClient.loggedIn(rwPort, APP, APP_PW))
        {
            final long id = prepare(raw, "SELECT 1");
            raw.out.write(packet(0x1A, statementId(id)));
            raw.out.flush();
            final byte[] ok = raw.readPacket();
            assertEquals(0, ok[0], "COM_STMT_RESET's OK");
            raw.query("SELECT 'after reset'");
            assertEquals(List.of(List.of("after reset")), readResultSet(raw), "no second OK came before the result");
            raw.out.write(packet(0x19, statementId(id)));
            raw.query("SELECT 'after close'");
            assertEquals(List.of(List.of("after close")), readResultSet(raw));
        }
    }

    /**
     * COM_STMT_EXECUTE of a statement with one parameter, as Connector/C sends it: the parameter's
     * type only with the first execution after a bind ({@code types} null: new_params_bound = 0).
     */
    private static byte[] execute(final long id, final byte[] types, final byte[] value)
    {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(statementId(id));
        body.write(0); // no cursor
        body.writeBytes(new byte[] {1, 0, 0, 0}); // iteration count
        body.write(0); // NULL bitmap
        body.write(types == null ? 0 : 1);
        if (types != null)
        {
            body.writeBytes(types);
        }
        body.writeBytes(value);
        return packet(0x17, body.toByteArray());
    }

    private static byte[] lenenc(final byte[] shortString)
    {
        final byte[] b = new byte[1 + shortString.length];
        b[0] = (byte)shortString.length;
        System.arraycopy(shortString, 0, b, 1, shortString.length);
        return b;
    }

    /** The one string column of a binary result set's one row ("NULL" for NULL). */
    private static String readBinaryString(final RawClient raw) throws Exception
    {
        final byte[] head = raw.readPacket();
        assertEquals(1, head[0], () -> "a result set of one column, not " + new String(head, StandardCharsets.UTF_8));
        raw.readPacket();
        assertEquals(0xFE, raw.readPacket()[0] & 0xFF, "EOF after the column definition");
        final byte[] row = raw.readPacket();
        assertEquals(0, row[0], "a binary row");
        final boolean isNull = (row[1] & 0x04) != 0; // the NULL bitmap's first column (offset 2)
        final String value = isNull ? "NULL" : new String(row, 3, row[2] & 0xFF, StandardCharsets.UTF_8);
        assertEquals(0xFE, raw.readPacket()[0] & 0xFF, "EOF after the row");
        return value;
    }

    @Test
    void shouldGiveEachReplicaTheParameterTypesOfExecutesSentWithoutThem() throws Exception
    {
        final byte[] longType = {3, 0};
        final byte[] stringType = {(byte)0xFD, 0};
        try (RawClient raw = RawClient.loggedIn(rwPort, APP, APP_PW))
        {
            final long id = prepare(raw, "SELECT CONCAT(@@server_id, ':', ?)");
            final Set<Long> answered = new HashSet<>();
            for (int i = 0; i < 12; i++)
            {
                // ints, then a new bind with a string type from execution 6 on: every replica must get the new types
                final String value = i < 6 ? String.valueOf(i) : "s" + i;
                final byte[] bytes = i < 6 ? statementId(i) : lenenc(value.getBytes(StandardCharsets.UTF_8));
                final byte[] types = i == 0 ? longType : i == 6 ? stringType : null;
                raw.out.write(execute(id, types, bytes));
                raw.out.flush();
                final String answer = readBinaryString(raw);
                // a server without the types answers NULL here (MariaDB 11.4.5; sysbench's point select crashes it)
                assertEquals(value, answer.substring(answer.indexOf(':') + 1), "execution " + i + ": " + answer);
                answered.add(Long.parseLong(answer.substring(0, answer.indexOf(':'))));
            }
            assertEquals(replicaIds, answered, "the executions took turns on the replicas");
        }
        for (final ServerInfo s : cluster.servers())
        {
            assertEquals(List.of(List.of("1")), cluster.query(s, "SELECT 1"), s.name() + " is up");
        }
    }

    // ---- the mariadb command-line client ----

    @Test
    void shouldWorkWithTheMariadbCommandLineClient() throws Exception
    {
        final List<String> command = new ArrayList<>(List.of(cluster.mariadbClient().toString(), "--no-defaults",
            "--skip-ssl", "-h", "127.0.0.1", "-P", String.valueOf(rwPort), "-u", APP, "-p" + APP_PW, "-N", "-B",
            "test", "-e", "SELECT @@server_id; BEGIN; SELECT @@server_id; COMMIT; SET @a = 5; SELECT @a + @@server_id;"
                + " SELECT @@server_id"));
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        final String[] lines = out.trim().split("\n");
        assertEquals(4, lines.length, out);
        assertTrue(replicaIds.contains(Long.parseLong(lines[0])), out);
        assertEquals(primaryId, Long.parseLong(lines[1]), out);
        assertTrue(replicaIds.contains(Long.parseLong(lines[2]) - 5), "SET @a reached the replica: " + out);
        assertTrue(replicaIds.contains(Long.parseLong(lines[3])), out);
    }
}
