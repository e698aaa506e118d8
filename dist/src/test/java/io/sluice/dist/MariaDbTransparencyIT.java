package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.StandaloneServer;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transparency bugs of issue 11, found by running MariaDB's own tests through readconnroute:
 * each test does the same thing directly on the primary and through Sluice (bin/sluice in front of
 * the real cluster) and compares what the client gets (MariaDB Connector/J, MySQL Connector/J and
 * the mariadb command-line client, whose Connector/C refuses client-side error codes from a server).
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbTransparencyIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;
    /** May use the databases tr\_% (they need not exist). */
    private static final String TR_USER = "transp_user";
    /** Global SELECT: may use any database. */
    private static final String TR_GLOBAL = "transp_global";
    private static final String PW = "transp_pw";
    /** "d😀b": U+1F600 takes 4 bytes in UTF-8, which utf8mb3 (the server's system character set) cannot hold. */
    private static final String FOUR_BYTE_DB = "d\uD83D\uDE00b";
    private static final AtomicInteger FRESH = new AtomicInteger();

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int port;
    /** A service whose servers have no primary: no session can start. */
    private static int noMasterPort;
    private static int primaryPort;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        final ServerInfo primary = cluster.primary();
        primaryPort = primary.port();
        cluster.execute(primary,
            "CREATE OR REPLACE USER '" + TR_USER + "'@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT ALL ON `tr\\_%`.* TO '" + TR_USER + "'@'%'",
            "CREATE OR REPLACE USER '" + TR_GLOBAL + "'@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT SELECT ON *.* TO '" + TR_GLOBAL + "'@'%'",
            "GRANT SHOW DATABASES ON *.* TO '" + ClusterAccounts.SLUICE_USER + "'@'%'");
        cluster.awaitReplicaSync(java.time.Duration.ofSeconds(30));
        port = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String servers = String.join(",", cluster.servers().stream().map(ServerInfo::name).toList());
        // users_refresh_time=1h: no failed login can reload the accounts during the run, so a database
        // created after the start is unknown to Sluice's cached list for the whole run.
        config.append("[Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=").append(servers)
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
            .append(ClusterAccounts.SLUICE_PASSWORD).append("\nusers_refresh_time=1h\n\n");
        config.append("[Listener]\ntype=listener\nservice=Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=")
            .append(port).append("\n\n");
        noMasterPort = SluiceProcess.freePort();
        final ServerInfo replica = cluster.replicas().get(0);
        config.append("[replica-only]\ntype=server\naddress=127.0.0.1\nport=").append(replica.port())
            .append("\nrole=slave\n\n[No-Master-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\n")
            .append("servers=replica-only\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
            .append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n[No-Master-Listener]\ntype=listener\n")
            .append("service=No-Master-Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=")
            .append(noMasterPort).append('\n');
        sluice = SluiceProcess.start(Path.of("target", "mariadb-transparency-it"), config.toString());
        // The accounts are loaded (and the database list read) before any test creates a database.
        try (Connection c = DriverManager.getConnection(mariadbUrl(port, "test"), TR_GLOBAL, PW))
        {
            assertTrue(c.isValid(5));
        }
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
            cluster.execute(cluster.primary(), "DROP USER IF EXISTS '" + TR_USER + "'@'%'",
                "DROP USER IF EXISTS '" + TR_GLOBAL + "'@'%'");
            for (final List<String> db : cluster.query(cluster.primary(), "SHOW DATABASES LIKE 'tr\\_fresh%'"))
            {
                cluster.execute(cluster.primary(), "DROP DATABASE `" + db.get(0) + "`");
            }
        }
    }

    // ---- 1. a server connection killed by the server ----

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "mysql"})
    void shouldGiveAStatementKilledOnTheServerWhatTheServerGives(final String driver) throws Exception
    {
        final SQLException direct = killedMidStatement(driver, primaryPort);
        final SQLException viaSluice = killedMidStatement(driver, port);
        final String what = "direct: " + direct + ", Sluice: " + viaSluice;
        assertEquals(direct.getErrorCode(), viaSluice.getErrorCode(), what);
        assertEquals(direct.getSQLState(), viaSluice.getSQLState(), what);
        assertTrue(viaSluice.getSQLState().startsWith("08"), () -> "a lost connection: " + viaSluice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "mysql"})
    void shouldGiveTheNextStatementOfAKilledIdleConnectionWhatTheServerGives(final String driver) throws Exception
    {
        final SQLException direct = killedWhileIdle(driver, primaryPort);
        final SQLException viaSluice = killedWhileIdle(driver, port);
        final String what = "direct: " + direct + ", Sluice: " + viaSluice;
        assertEquals(direct.getErrorCode(), viaSluice.getErrorCode(), what);
        assertEquals(direct.getSQLState(), viaSluice.getSQLState(), what);
        assertTrue(viaSluice.getSQLState().startsWith("08"), () -> "a lost connection: " + viaSluice);
    }

    /** Connector/C: 2013, as directly (Sluice's own 2013 ERR packet became 2027 "Received malformed packet"). */
    @Test
    void shouldGiveTheMariadbClientLostConnectionWhenItsStatementIsKilled() throws Exception
    {
        final String direct = mariadbClientKilled(primaryPort);
        final String viaSluice = mariadbClientKilled(port);
        assertTrue(direct.contains("ERROR 2013 (HY000) at line 1: Lost connection to server during query"), direct);
        assertTrue(viaSluice.contains("ERROR 2013 (HY000) at line 1: Lost connection to server during query"),
            viaSluice);
        assertFalse(viaSluice.contains("2027"), viaSluice);
        assertFalse(viaSluice.contains("malformed"), viaSluice);
    }

    /** Sluice's own errors carry server-side codes: Connector/C reads a client-side one (2003) as 2027. */
    @Test
    void shouldRefuseASessionThatCannotStartWithAServerSideCode() throws Exception
    {
        final String out = mariadbClient(noMasterPort, APP, APP_PW, "test", "SELECT 1", 30);
        assertTrue(out.startsWith("ERROR 1815 (HY000): Internal error: Sluice service No-Master-Service could not start"
            + " the session: no server with role master is available"), out);
        final SQLException e = assertThrows(SQLException.class,
            () -> DriverManager.getConnection(mariadbUrl(noMasterPort, "test"), APP, APP_PW).close());
        assertEquals(1815, e.getErrorCode(), e::toString);
        assertEquals("HY000", e.getSQLState(), e::toString);
    }

    // ---- 2. accounts matched as the servers match them ----

    /**
     * A server with skip_name_resolve never names a client on 127.0.0.1 "localhost": root with the
     * empty password of root@127.0.0.1 logs in directly, and through Sluice by default
     * (localhost_match_loopback=auto reads @@skip_name_resolve); localhost_match_loopback=true
     * overrides it and picks root@localhost, as a server without skip_name_resolve would.
     */
    @Test
    void shouldMatchLoopbackClientsAsAServerWithSkipNameResolveDoes() throws Exception
    {
        try (StandaloneServer snr = StandaloneServer.start(cluster, "snr", "--skip-name-resolve"))
        {
            // the last statement: from here on root from 127.0.0.1 logs in with no password
            snr.execute("ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY ''");
            final int snrPort = snr.info().port();
            assertEquals("root@127.0.0.1", currentUser(snrPort, "root", ""), "directly");
            final int autoPort = SluiceProcess.freePort();
            final int forcedPort = SluiceProcess.freePort();
            final StringBuilder config = new StringBuilder("[sluice]\nthreads=1\nadmin_enabled=false\n\n")
                .append("[snr]\ntype=server\naddress=127.0.0.1\nport=").append(snrPort).append("\nrole=master\n\n");
            for (final String service : List.of("Auto", "Forced"))
            {
                config.append('[').append(service).append("]\ntype=service\nrouter=readconnroute\n")
                    .append("router_options=master\nservers=snr\nuser=").append(ClusterAccounts.SLUICE_USER)
                    .append("\npassword=")
                    .append(ClusterAccounts.SLUICE_PASSWORD).append("\nenable_root_user=true\n")
                    .append(service.equals("Forced") ? "localhost_match_loopback=true\n" : "").append('\n')
                    .append('[').append(service).append("-Listener]\ntype=listener\nservice=").append(service)
                    .append("\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=")
                    .append(service.equals("Auto") ? autoPort : forcedPort).append("\n\n");
            }
            try (SluiceProcess snrSluice = SluiceProcess.start(Path.of("target", "mariadb-transparency-it-snr"),
                config.toString()))
            {
                assertEquals("root@127.0.0.1", currentUser(autoPort, "root", ""), "through Sluice, auto");
                final SQLException forced = assertThrows(SQLException.class, () -> currentUser(forcedPort, "root", ""));
                assertEquals(1045, forced.getErrorCode(), forced::toString);
                assertEquals("28000", forced.getSQLState(), forced::toString);
                assertTrue(forced.getMessage().contains(
                    "Access denied for user 'root'@'127.0.0.1' (using password: NO)"), forced::toString);
                assertTrue(snrSluice.log().contains("skip_name_resolve"), "the loader says what it read");
            }
        }
    }

    private static String currentUser(final int port, final String user, final String password) throws SQLException
    {
        try (Connection c = DriverManager.getConnection(mariadbUrl(port, ""), user, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER()"))
        {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    // ---- 3. databases the server judges ----

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "mysql"})
    void shouldLogInAtOnceToADatabaseCreatedAMomentAgo(final String driver) throws Exception
    {
        final String db = "tr_fresh_" + driver + "_" + FRESH.incrementAndGet();
        cluster.execute(cluster.primary(), "CREATE DATABASE " + db);
        final String url = driver.equals("mariadb") ? mariadbUrl(port, db)
            : "jdbc:mysql://127.0.0.1:" + port + "/" + db + "?sslMode=DISABLED";
        try (Connection c = DriverManager.getConnection(url, TR_USER, PW); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATABASE(), @@server_id"))
        {
            assertTrue(rs.next());
            assertEquals(db, rs.getString(1));
            assertEquals(1, rs.getInt(2), "on the primary");
        }
    }

    @Test
    void shouldLetTheMariadbClientUseADatabaseCreatedAMomentAgo() throws Exception
    {
        final String db = "tr_fresh_cli_" + FRESH.incrementAndGet();
        cluster.execute(cluster.primary(), "CREATE DATABASE " + db);
        final String out = mariadbClient(port, TR_USER, PW, db, "SELECT DATABASE()", 30);
        assertEquals("DATABASE()\n" + db + "\n", out);
    }

    /**
     * Login errors about the database are the server's own: code, SQLSTATE and message, in the
     * server's order of checks (the name's character set, then grants, then existence).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "mysql"})
    void shouldRefuseDatabasesWithTheServersOwnErrors(final String driver) throws Exception
    {
        final List<String[]> cases = List.of(
            new String[] {TR_USER, "tr_missing", "1049"},
            new String[] {TR_GLOBAL, "missing_db", "1049"},
            new String[] {TR_USER, "missing_db", "1044"},
            new String[] {APP, "mysql", "1044"},
            // 1300 if the driver's handshake character set is utf8mb4 (the name cannot become utf8mb3),
            // else the grants decide; the driver picks it from the greeting, which Sluice takes from the servers.
            new String[] {TR_USER, FOUR_BYTE_DB, null},
            new String[] {TR_GLOBAL, FOUR_BYTE_DB, null});
        for (final String[] c : cases)
        {
            final String password = c[0].equals(APP) ? APP_PW : PW;
            final SQLException direct = loginError(driver, primaryPort, c[0], password, c[1]);
            final SQLException viaSluice = loginError(driver, port, c[0], password, c[1]);
            final String what = c[0] + " to " + c[1] + ": direct " + direct + ", Sluice " + viaSluice;
            if (c[2] != null)
            {
                assertEquals(Integer.parseInt(c[2]), direct.getErrorCode(), what);
            }
            assertEquals(direct.getErrorCode(), viaSluice.getErrorCode(), what);
            assertEquals(direct.getSQLState(), viaSluice.getSQLState(), what);
            assertEquals(serverMessage(direct), serverMessage(viaSluice), what);
        }
    }

    @Test
    void shouldGiveTheMariadbClientTheServersLoginErrors() throws Exception
    {
        for (final String user : List.of(TR_USER, TR_GLOBAL))
        {
            for (final String db : List.of(FOUR_BYTE_DB, "tr_missing", "missing_db"))
            {
                final String direct = mariadbClient(primaryPort, user, PW, db, "SELECT 1", 30);
                final String viaSluice = mariadbClient(port, user, PW, db, "SELECT 1", 30);
                assertTrue(direct.startsWith("ERROR 1"), direct);
                assertEquals(direct, viaSluice, "the same line, numbered so the client accepts it");
            }
        }
        assertTrue(mariadbClient(port, TR_GLOBAL, PW, FOUR_BYTE_DB, "SELECT 1", 30)
            .startsWith("ERROR 1300 (HY000): Invalid utf8mb4 character string: 'd\\xF0\\x9F\\x98\\x80b'"));
    }

    @Test
    void shouldStillServeCompressedClientsOfADatabaseTheServerJudged() throws Exception
    {
        final String db = "tr_fresh_zip_" + FRESH.incrementAndGet();
        cluster.execute(cluster.primary(), "CREATE DATABASE " + db);
        try (Connection c = DriverManager.getConnection(mariadbUrl(port, db) + "?useCompression=true", TR_USER, PW);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE(), REPEAT('z', 5000)"))
        {
            assertTrue(rs.next());
            assertEquals(db, rs.getString(1));
            assertEquals(5000, rs.getString(2).length());
        }
    }

    // ---- 4. compression ----

    /**
     * Documented (README, "Compression"): Sluice decompresses at the edge and speaks uncompressed to
     * the servers, so SHOW STATUS, which the server answers about its own connection, says OFF
     * through Sluice where it says ON directly.
     */
    @Test
    void shouldReportCompressionAsDocumented() throws Exception
    {
        assertEquals("ON", compressionStatus(primaryPort));
        assertEquals("OFF", compressionStatus(port));
    }

    // ---- helpers ----

    private static String mariadbUrl(final int port, final String db)
    {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + db;
    }

    private static Connection connect(final String driver, final int port) throws SQLException
    {
        final String url = driver.equals("mariadb") ? mariadbUrl(port, "test")
            : "jdbc:mysql://127.0.0.1:" + port + "/test?sslMode=DISABLED";
        return DriverManager.getConnection(url, APP, APP_PW);
    }

    /** The id of the server connection c's statements run on (through Sluice, SELECT CONNECTION_ID() is Sluice's). */
    private static String connectionId(final Connection c) throws SQLException
    {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()"))
        {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    /** What a statement gets when another session kills its connection on the server (KILL CONNECTION_ID()). */
    private static SQLException killedMidStatement(final String driver, final int port) throws Exception
    {
        try (Connection c = connect(driver, port); Statement s = c.createStatement())
        {
            final String id = connectionId(c);
            final CompletableFuture<Object> running = CompletableFuture.supplyAsync(() ->
            {
                try
                {
                    s.executeQuery("SELECT SLEEP(20)").close();
                    return "the statement ended";
                }
                catch (final SQLException e)
                {
                    return e;
                }
            });
            final String sleeping = "SELECT ID FROM information_schema.processlist WHERE ID = " + id
                + " AND state = 'User sleep'";
            assertTrue(Poll.waitFor(() -> !cluster.query(cluster.primary(), sleeping).isEmpty(), 20_000),
                "the statement runs");
            cluster.execute(cluster.primary(), "KILL " + id);
            return assertInstanceOf(SQLException.class, running.get(30, TimeUnit.SECONDS));
        }
    }

    /** What the next statement of a connection killed while idle gets. */
    private static SQLException killedWhileIdle(final String driver, final int port) throws Exception
    {
        try (Connection c = connect(driver, port); Statement s = c.createStatement())
        {
            final String id = connectionId(c);
            cluster.execute(cluster.primary(), "KILL " + id);
            final String open = "SELECT ID FROM information_schema.processlist WHERE ID = " + id;
            assertTrue(Poll.waitFor(() -> cluster.query(cluster.primary(), open).isEmpty(), 20_000),
                "the connection is gone");
            Thread.sleep(200); // the close reaches Sluice, and through it the client
            return assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1").close());
        }
    }

    /** The mariadb client's output for a statement whose connection is killed. */
    private static String mariadbClientKilled(final int port) throws Exception
    {
        final String marker = "transparency-kill-" + port;
        final CompletableFuture<String> output = CompletableFuture.supplyAsync(() ->
        {
            try
            {
                return mariadbClient(port, APP, APP_PW, "test", "SELECT SLEEP(20), '" + marker + "'", 40);
            }
            catch (final Exception e)
            {
                return e.toString();
            }
        });
        final String sql = "SELECT ID FROM information_schema.processlist WHERE info LIKE '%" + marker + "%'"
            + " AND info NOT LIKE '%processlist%' AND state = 'User sleep'";
        assertTrue(Poll.waitFor(() -> cluster.query(cluster.primary(), sql).size() == 1, 20_000), "the statement runs");
        cluster.execute(cluster.primary(), "KILL " + cluster.query(cluster.primary(), sql).get(0).get(0));
        return output.get(40, TimeUnit.SECONDS);
    }

    /** Runs the mariadb client (batch mode) and returns what it printed, stdout and stderr. */
    private static String mariadbClient(final int port, final String user, final String password, final String db,
        final String sql, final int timeoutS) throws Exception
    {
        final List<String> command = new ArrayList<>(cluster.mariadbCommand(cluster.primary(), user, password));
        command.replaceAll(a -> a.startsWith("--port=") ? "--port=" + port : a);
        command.addAll(List.of("--batch", "--default-character-set=utf8mb4", "-e", sql, db));
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(timeoutS, TimeUnit.SECONDS), "the client ends");
        return out;
    }

    private static SQLException loginError(final String driver, final int port, final String user,
        final String password, final String db)
    {
        final String url = driver.equals("mariadb") ? mariadbUrl(port, db)
            : "jdbc:mysql://127.0.0.1:" + port + "/" + db + "?sslMode=DISABLED&characterEncoding=UTF-8";
        return assertThrows(SQLException.class, () -> DriverManager.getConnection(url, user, password).close(),
            user + " to " + db + " on " + port);
    }

    /** The server's message, without what the drivers add around it ("(conn=12) ", MariaDB Connector/J). */
    private static String serverMessage(final SQLException e)
    {
        return e.getMessage().replaceFirst("^\\(conn=\\d+\\) ", "");
    }

    private static String compressionStatus(final int port) throws SQLException
    {
        try (Connection c = DriverManager.getConnection(mariadbUrl(port, "test") + "?useCompression=true", APP, APP_PW);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW STATUS LIKE 'Compression'"))
        {
            assertTrue(rs.next());
            return rs.getString(2);
        }
    }
}
