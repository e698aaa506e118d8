package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One connection id per session, and KILL through Sluice (issue 13): bin/sluice in front of the real
 * test cluster, readconnroute services (the primary, the replicas) and the module guide's
 * {@code twin} router (two server connections per session), driven by MariaDB Connector/J, the
 * mariadb command-line client and a raw client. The handshake's thread id, {@code CONNECTION_ID()}
 * and the admin API's session id are one number; {@code KILL [QUERY] id} and COM_PROCESS_KILL of a
 * Sluice session are carried out on each of its server connections; a server's own thread id goes
 * to the server.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbKillIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;
    /** Has test.* only: may kill its own sessions. */
    private static final String OTHER = "kill_other";
    /** CONNECTION ADMIN: may kill anyone's. */
    private static final String ADMIN = "kill_admin";
    /** Only the twin-router test logs in as this user, so its server connections can be counted. */
    private static final String TWIN = "kill_twin";
    private static final String PW = "kill_pw";
    private static final int ER_NO_SUCH_THREAD = 1094;
    private static final int ER_KILL_DENIED = 1095;
    private static final int ER_QUERY_INTERRUPTED = 1317;
    private static final int ER_STATEMENT_TIMEOUT = 1969;
    private static final long FIRST_SESSION_ID = 1_000_000_001L;

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int writePort;
    private static int readPort;
    private static int twinPort;
    private static int adminPort;

    @BeforeAll
    static void startSluice(final TestCluster testCluster, @TempDir final Path work)
        throws Exception
    {
        cluster = testCluster;
        final ServerInfo primary = cluster.primary();
        cluster.execute(primary,
            "CREATE OR REPLACE USER '" + OTHER + "'@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT ALL ON test.* TO '" + OTHER + "'@'%'",
            "CREATE OR REPLACE USER '" + ADMIN + "'@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT ALL ON test.* TO '" + ADMIN + "'@'%'",
            "GRANT CONNECTION ADMIN ON *.* TO '" + ADMIN + "'@'%'",
            "CREATE OR REPLACE USER '" + TWIN + "'@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT ALL ON test.* TO '" + TWIN + "'@'%'");
        cluster.awaitReplicaSync(java.time.Duration.ofSeconds(30));

        // The distribution's plugins and the module guide's twin router.
        final Path plugins = Files.createDirectories(work.resolve("plugins"));
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(SluiceProcess.HOME.resolve("plugins"), "*.jar"))
        {
            for (final Path jar : jars)
            {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        final Path apiJar;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(SluiceProcess.HOME.resolve("lib"),
            "sluice-api-*.jar"))
        {
            apiJar = jars.iterator().next();
        }
        Files.copy(RouterJars.jar(work, apiJar, "twin", List.of(new RouterJars.Source("example/twin/TwinProvider.java",
            ApiGuideRouterIT.guideSource())), "example.twin.TwinProvider"), plugins.resolve("twin.jar"));

        writePort = SluiceProcess.freePort();
        readPort = SluiceProcess.freePort();
        twinPort = SluiceProcess.freePort();
        adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String servers = String.join(",", cluster.servers().stream().map(ServerInfo::name).toList());
        final String account = "\nuser=" + ClusterAccounts.SLUICE_USER + "\npassword=" + ClusterAccounts.SLUICE_PASSWORD
            + "\n\n";
        config.append("[Write-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=")
            .append(servers).append(account)
            .append("[Read-Service]\ntype=service\nrouter=readconnroute\nrouter_options=slave\nservers=")
            .append(servers).append(account)
            .append("[Twin-Service]\ntype=service\nrouter=twin\nservers=").append(servers).append(account);
        for (final Object[] listener : List.of(new Object[] {"Write", writePort}, new Object[] {"Read", readPort},
            new Object[] {"Twin", twinPort}))
        {
            config.append('[').append(listener[0]).append("-Listener]\ntype=listener\nservice=").append(listener[0])
                .append("-Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=").append(listener[1])
                .append("\n\n");
        }
        sluice = SluiceProcess.start(Path.of("target", "mariadb-kill-it"), config.toString(), plugins);
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
            cluster.execute(cluster.primary(), "DROP USER IF EXISTS '" + OTHER + "'@'%'",
                "DROP USER IF EXISTS '" + ADMIN + "'@'%'", "DROP USER IF EXISTS '" + TWIN + "'@'%'");
        }
    }

    // ---- helpers ----

    private static Connection connect(final int port, final String user, final String password) throws SQLException
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test", user, password);
    }

    private static Connection connect(final int port) throws SQLException
    {
        return connect(port, APP, APP_PW);
    }

    /** The connection id Connector/J read from the handshake. */
    private static long handshakeId(final Connection c) throws SQLException
    {
        return c.unwrap(org.mariadb.jdbc.Connection.class).getThreadId();
    }

    private static long scalar(final Connection c, final String sql) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    /** The server's own id of the connection the statement runs on: CONNECTION_ID() in a WHERE is the server's. */
    private static long serverThreadId(final Connection c) throws SQLException
    {
        return scalar(c, "SELECT ID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()");
    }

    private static void execute(final Connection c, final String sql) throws SQLException
    {
        try (Statement s = c.createStatement())
        {
            s.execute(sql);
        }
    }

    private static SQLException failure(final Connection c, final String sql)
    {
        return assertThrows(SQLException.class, () -> execute(c, sql), sql);
    }

    /** Runs a SELECT SLEEP(30) tagged with marker on c in the background: what it ends with (exception or value). */
    private static CompletableFuture<Object> sleep(final Connection c, final String marker)
    {
        return CompletableFuture.supplyAsync(() ->
        {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SLEEP(30), '" + marker + "'"))
            {
                rs.next();
                return rs.getLong(1);
            }
            catch (final SQLException e)
            {
                return e;
            }
        });
    }

    private static long sleeping(final ServerInfo server, final String marker) throws SQLException
    {
        return Long.parseLong(cluster.query(server, "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
            + " WHERE state = 'User sleep' AND info LIKE '%" + marker + "%' AND info NOT LIKE '%PROCESSLIST%'")
            .get(0).get(0));
    }

    private static boolean onServer(final ServerInfo server, final long threadId) throws SQLException
    {
        return !cluster.query(server, "SELECT ID FROM information_schema.PROCESSLIST WHERE ID = " + threadId).isEmpty();
    }

    private static long connectionsOf(final ServerInfo server, final String user) throws SQLException
    {
        return Long.parseLong(cluster.query(server, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE user = '"
            + user + "'").get(0).get(0));
    }

    /** The ids of GET /v1/sessions. */
    private static Set<Long> adminSessionIds() throws Exception
    {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/v1/sessions"))
            .header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:mariadb".getBytes(StandardCharsets.UTF_8)))
            .build();
        final HttpResponse<String> response = HttpClient.newHttpClient().send(request,
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        final Set<Long> ids = new HashSet<>();
        final Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)\"?").matcher(response.body());
        while (m.find())
        {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** Runs the mariadb client against Sluice with the statements; returns its output (stdout and stderr). */
    private static String mariadbClient(final int port, final String user, final String password, final String sql)
        throws Exception
    {
        final List<String> command = new ArrayList<>(cluster.mariadbCommand(cluster.primary(), user, password));
        command.replaceAll(a -> a.startsWith("--port=") ? "--port=" + port : a);
        command.addAll(List.of("--batch", "-e", sql, "test"));
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the client ends");
        return out;
    }

    // ---- one id per session ----

    @Test
    void shouldGiveEachSessionOneIdInTheHandshakeConnectionIdAndTheAdminApi() throws Exception
    {
        try (Connection a = connect(writePort); Connection b = connect(readPort); Connection t = connect(twinPort))
        {
            for (final Connection c : List.of(a, b, t))
            {
                final long id = handshakeId(c);
                assertTrue(id >= FIRST_SESSION_ID && id <= Integer.MAX_VALUE, "in Sluice's range: " + id);
                assertEquals(id, scalar(c, "SELECT CONNECTION_ID()"));
                assertEquals(id, scalar(c, "select connection_id() AS cid"));
                assertTrue(adminSessionIds().contains(id), "the admin API lists session " + id);
                assertNotEquals(id, serverThreadId(c), "in a WHERE, CONNECTION_ID() is the server's");
                try (Connection direct = DriverManager.getConnection(cluster.jdbcUrl(cluster.primary(), "test"), APP,
                    APP_PW))
                {
                    assertEquals(columnOfConnectionId(direct), columnOfConnectionId(c),
                        "the column's name and type are the server's");
                }
            }
            assertNotEquals(handshakeId(a), handshakeId(b));
            // The twin session reads from a replica once that is ready, writes go to the primary: one id for both.
            assertTrue(Poll.waitFor(() -> scalar(t, "SELECT @@server_id") != serverId(cluster.primary()), 10_000));
            assertEquals(handshakeId(t), scalar(t, "SELECT CONNECTION_ID()"));
        }
        final String out = mariadbClient(writePort, APP, APP_PW, "status; SELECT CONNECTION_ID() AS id");
        final Matcher status = Pattern.compile("Connection id:\\s+(\\d+)").matcher(out);
        assertTrue(status.find(), out);
        assertTrue(out.contains("id\n" + status.group(1) + "\n"),
            "the client's connection id is CONNECTION_ID(): " + out);
    }

    /** The label, type, signedness and width of SELECT CONNECTION_ID()'s column. */
    private static List<Object> columnOfConnectionId(final Connection c) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()"))
        {
            final ResultSetMetaData m = rs.getMetaData();
            return List.of(m.getColumnLabel(1), m.getColumnType(1), m.getColumnTypeName(1), m.isSigned(1),
                m.getPrecision(1), m.isNullable(1));
        }
    }

    private static long serverId(final ServerInfo server) throws SQLException
    {
        return Long.parseLong(cluster.query(server, "SELECT @@server_id").get(0).get(0));
    }

    // ---- KILL QUERY ----

    @Test
    void shouldInterruptASleepWithKillQueryFromAnotherServiceAndLetTheSessionGoOn() throws Exception
    {
        try (Connection victim = connect(writePort); Connection killer = connect(readPort))
        {
            final long id = handshakeId(victim);
            final CompletableFuture<Object> running = sleep(victim, "kill-query-it");
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-query-it") == 1, 10_000), "it sleeps");
            final long startNs = System.nanoTime();
            execute(killer, "KILL QUERY " + id);
            final SQLException interrupted = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            final long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNs);
            assertEquals(ER_QUERY_INTERRUPTED, interrupted.getErrorCode(), interrupted.toString());
            assertEquals("70100", interrupted.getSQLState());
            assertTrue(tookMs < 5_000, "interrupted within a few seconds: " + tookMs + " ms");
            assertEquals(0, sleeping(cluster.primary(), "kill-query-it"));
            assertEquals(42, scalar(victim, "SELECT 42"), "the session goes on");
            assertEquals(id, scalar(victim, "SELECT CONNECTION_ID()"));
            assertEquals(7, scalar(killer, "SELECT 7"), "and so does the killer's");
        }
    }

    @Test
    void shouldKillQueryWithTheMariadbClientAndWithSoftAndComments() throws Exception
    {
        try (Connection victim = connect(writePort))
        {
            final long id = handshakeId(victim);
            CompletableFuture<Object> running = sleep(victim, "kill-cli-it");
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-cli-it") == 1, 10_000));
            final String out = mariadbClient(writePort, APP, APP_PW, "KILL QUERY " + id + "; SELECT 'after' AS x");
            assertEquals("x\nafter\n", out, "the client's KILL gets an OK");
            SQLException e = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertEquals(ER_QUERY_INTERRUPTED, e.getErrorCode());

            running = sleep(victim, "kill-soft-it");
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-soft-it") == 1, 10_000));
            try (Connection killer = connect(writePort))
            {
                execute(killer, "/* tool */ kill SOFT /* what */ query " + id + " ;");
            }
            e = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertEquals(ER_QUERY_INTERRUPTED, e.getErrorCode());
            assertEquals(1, scalar(victim, "SELECT 1"));
        }
    }

    @Test
    void shouldLetConnectorJCancelAndTimeOutAStatement() throws Exception
    {
        try (Connection c = connect(writePort); Statement s = c.createStatement())
        {
            // cancel(): Connector/J opens a connection and sends KILL QUERY <handshake thread id> on it.
            final CompletableFuture<Object> running = CompletableFuture.supplyAsync(() ->
            {
                try (ResultSet rs = s.executeQuery("SELECT SLEEP(30), 'kill-cancel-it'"))
                {
                    return rs.next();
                }
                catch (final SQLException e)
                {
                    return e;
                }
            });
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-cancel-it") == 1, 10_000));
            s.cancel();
            final SQLException cancelled = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertEquals(ER_QUERY_INTERRUPTED, cancelled.getErrorCode(), cancelled.toString());
            assertEquals(3, scalar(c, "SELECT 3"), "the session goes on after cancel()");

            // setQueryTimeout: Connector/J asks the server (SET STATEMENT max_statement_time=1 FOR ...).
            s.setQueryTimeout(1);
            final long startNs = System.nanoTime();
            final SQLException timedOut = assertThrows(SQLException.class,
                () -> s.executeQuery("SELECT SLEEP(30)").close());
            assertEquals(ER_STATEMENT_TIMEOUT, timedOut.getErrorCode(), timedOut.toString());
            assertTrue(System.nanoTime() - startNs < TimeUnit.SECONDS.toNanos(10));
            s.setQueryTimeout(0);
            assertEquals(4, scalar(c, "SELECT 4"), "the session goes on after the timeout");
        }
    }

    // ---- KILL [CONNECTION] ----

    @Test
    void shouldCloseAKilledSessionAndItsServerConnections() throws Exception
    {
        final Connection victim = connect(writePort);
        try (Connection killer = connect(writePort))
        {
            final long id = handshakeId(victim);
            final long serverThread = serverThreadId(victim);
            assertTrue(onServer(cluster.primary(), serverThread));
            execute(killer, "KILL " + id);
            final SQLException lost = failure(victim, "SELECT 1");
            assertTrue(lost.getSQLState().startsWith("08"), () -> "a lost connection: " + lost);
            assertTrue(Poll.waitFor(() -> !onServer(cluster.primary(), serverThread), 10_000),
                "the server connection is gone from the processlist");
            assertFalse(adminSessionIds().contains(id), "the session is gone");
            final SQLException again = failure(killer, "KILL " + id);
            assertEquals(ER_NO_SUCH_THREAD, again.getErrorCode());
            assertTrue(again.getMessage().endsWith("Unknown thread id: " + id), again.getMessage());
        }
        finally
        {
            victim.close();
        }
    }

    @Test
    void shouldKillASessionMidStatementAsTheServerWould() throws Exception
    {
        final Connection victim = connect(writePort);
        try (Connection killer = connect(readPort))
        {
            final long id = handshakeId(victim);
            final long serverThread = serverThreadId(victim);
            final CompletableFuture<Object> running = sleep(victim, "kill-connection-it");
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-connection-it") == 1, 10_000));
            execute(killer, "KILL CONNECTION " + id);
            final SQLException lost = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertTrue(lost.getSQLState().startsWith("08"), () -> "a lost connection, as from a server: " + lost);
            assertTrue(Poll.waitFor(() -> !onServer(cluster.primary(), serverThread), 10_000),
                "the statement and its server connection are gone");
            assertEquals(0, sleeping(cluster.primary(), "kill-connection-it"));
        }
        finally
        {
            victim.close();
        }
    }

    @Test
    void shouldAnswerAKillOfItselfAsTheServerDoes() throws Exception
    {
        try (Connection c = connect(writePort))
        {
            final SQLException interrupted = failure(c, "KILL QUERY " + handshakeId(c));
            assertEquals(ER_QUERY_INTERRUPTED, interrupted.getErrorCode());
            assertEquals(5, scalar(c, "SELECT 5"));
            final SQLException killed = failure(c, "KILL " + handshakeId(c));
            assertEquals(1927, killed.getErrorCode(), killed.toString());
            assertEquals("70100", killed.getSQLState());
            final SQLException lost = failure(c, "SELECT 1");
            assertTrue(lost.getSQLState().startsWith("08"), () -> "then the connection is closed: " + lost);
        }
    }

    @Test
    void shouldKillWithComProcessKillAndAnswerItsErrors() throws Exception
    {
        final Connection victim = connect(writePort);
        try (RawClient raw = RawClient.loggedIn(writePort, APP, APP_PW))
        {
            final long id = handshakeId(victim);
            final RawClient.Packet unknown = processKill(raw, FIRST_SESSION_ID + 999_999);
            assertTrue(unknown.isErr());
            assertEquals(ER_NO_SUCH_THREAD, unknown.errorCode());
            assertEquals(1, unknown.sequence());
            final RawClient.Packet ok = processKill(raw, id);
            assertEquals(0, ok.payload()[0], "an OK");
            assertEquals(1, ok.sequence());
            assertEquals(2, ok.payload()[3], "its status says what the session's is: autocommit");
            final SQLException lost = failure(victim, "SELECT 1");
            assertTrue(lost.getSQLState().startsWith("08"), () -> "a lost connection: " + lost);
        }
        finally
        {
            victim.close();
        }
    }

    private static RawClient.Packet processKill(final RawClient raw, final long id) throws Exception
    {
        raw.out.write(new byte[] {5, 0, 0, 0, 0x0C, (byte)id, (byte)(id >> 8), (byte)(id >> 16), (byte)(id >> 24)});
        raw.out.flush();
        return raw.next();
    }

    @Test
    void shouldAnswerPipelinedCommandsAroundAKillInOrder() throws Exception
    {
        try (Connection victim = connect(writePort); RawClient raw = RawClient.loggedIn(writePort, APP, APP_PW))
        {
            final long id = handshakeId(victim);
            final CompletableFuture<Object> running = sleep(victim, "kill-pipelined-it");
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-pipelined-it") == 1, 10_000));
            raw.query("SELECT SLEEP(0.3), 'first'");
            raw.query("KILL QUERY " + id);
            raw.query("SELECT 'third'");
            assertEquals(List.of("0first"), rows(raw), "the first statement's answer comes first");
            final RawClient.Packet ok = raw.next();
            assertEquals(0, ok.payload()[0], "then the KILL's OK");
            assertEquals(1, ok.sequence());
            assertEquals(List.of("third"), rows(raw), "then the statement sent after the KILL");
            final SQLException e = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertEquals(ER_QUERY_INTERRUPTED, e.getErrorCode());
        }
    }

    /** A text result set's rows (the client did not ask for DEPRECATE_EOF), each row's values run together. */
    private static List<String> rows(final RawClient raw) throws Exception
    {
        final RawClient.Packet count = raw.next();
        assertEquals(1, count.sequence());
        for (int i = 0; i < count.payload()[0]; i++)
        {
            raw.next();
        }
        assertEquals((byte)0xFE, raw.next().payload()[0]);
        final List<String> rows = new ArrayList<>();
        for (RawClient.Packet p = raw.next(); p.payload()[0] != (byte)0xFE || p.payload().length >= 9; p = raw.next())
        {
            final StringBuilder row = new StringBuilder();
            int at = 0;
            while (at < p.payload().length)
            {
                final int n = p.payload()[at] & 0xFF;
                row.append(new String(p.payload(), at + 1, n, StandardCharsets.UTF_8));
                at += 1 + n;
            }
            rows.add(row.toString());
        }
        return rows;
    }

    // ---- ids that are not a live Sluice session ----

    @Test
    void shouldAnswerUnknownThreadIdForAnIdInSluicesRangeAndPassOtherIdsToTheServer() throws Exception
    {
        try (Connection c = connect(writePort); Connection victim = connect(writePort))
        {
            final long unknown = FIRST_SESSION_ID + 999_998;
            final SQLException e = failure(c, "KILL " + unknown);
            assertEquals(ER_NO_SUCH_THREAD, e.getErrorCode());
            assertEquals("HY000", e.getSQLState());
            assertTrue(e.getMessage().endsWith("Unknown thread id: " + unknown), e.getMessage());
            assertEquals(ER_NO_SUCH_THREAD, failure(c, "KILL QUERY 2147483647").getErrorCode());

            // A server's own thread id (as its SHOW PROCESSLIST shows it) goes to the server, which kills it.
            final long serverThread = serverThreadId(victim);
            final CompletableFuture<Object> running = sleep(victim, "kill-server-id-it");
            assertTrue(Poll.waitFor(() -> sleeping(cluster.primary(), "kill-server-id-it") == 1, 10_000));
            execute(c, "KILL QUERY " + serverThread);
            final SQLException interrupted = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertEquals(ER_QUERY_INTERRUPTED, interrupted.getErrorCode());
            // and the server answers for ids it does not know, and for query ids
            assertEquals(ER_NO_SUCH_THREAD, failure(c, "KILL 999999").getErrorCode());
            assertEquals(1957, failure(c, "KILL QUERY ID 999999").getErrorCode(), "Unknown query id");
            assertEquals(6, scalar(victim, "SELECT 6"));
        }
    }

    // ---- privileges ----

    @Test
    void shouldRefuseAnotherUsersSessionWithoutConnectionAdmin() throws Exception
    {
        final Connection victim = connect(writePort);
        try (Connection other = connect(writePort, OTHER, PW); Connection admin = connect(readPort, ADMIN, PW))
        {
            final long id = handshakeId(victim);
            final SQLException denied = failure(other, "KILL " + id);
            assertEquals(ER_KILL_DENIED, denied.getErrorCode());
            assertEquals("HY000", denied.getSQLState());
            assertTrue(denied.getMessage().endsWith("You are not owner of thread " + id), denied.getMessage());
            assertEquals(ER_KILL_DENIED, failure(other, "KILL QUERY " + id).getErrorCode());
            assertEquals(8, scalar(victim, "SELECT 8"), "the victim lives on");
            try (Connection own = connect(writePort, OTHER, PW))
            {
                execute(other, "KILL " + handshakeId(own));
                assertTrue(failure(own, "SELECT 1").getSQLState().startsWith("08"), "its own user's session: killed");
            }

            execute(admin, "KILL " + id);
            assertTrue(failure(victim, "SELECT 1").getSQLState().startsWith("08"), "CONNECTION ADMIN kills anyone's");
        }
        finally
        {
            victim.close();
        }
    }

    // ---- several server connections per session ----

    @Test
    void shouldKillOnEveryServerConnectionOfASession() throws Exception
    {
        final ServerInfo primary = cluster.primary();
        final Connection victim = connect(twinPort, TWIN, PW);
        try (Connection killer = connect(writePort, ADMIN, PW))
        {
            final long id = handshakeId(victim);
            // The twin router's session: the primary, and a replica for reads once it is ready.
            assertTrue(Poll.waitFor(() -> scalar(victim, "SELECT @@server_id") != serverId(primary), 10_000));
            final ServerInfo replica = cluster.replicas().stream().filter(r ->
            {
                try
                {
                    return connectionsOf(r, TWIN) == 1;
                }
                catch (final SQLException e)
                {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow();
            assertEquals(1, connectionsOf(primary, TWIN));

            final CompletableFuture<Object> running = sleep(victim, "kill-twin-it");
            assertTrue(Poll.waitFor(() -> sleeping(replica, "kill-twin-it") == 1, 10_000), "a read: on the replica");
            execute(killer, "KILL QUERY " + id);
            final SQLException interrupted = assertInstanceOf(SQLException.class, running.get(10, TimeUnit.SECONDS));
            assertEquals(ER_QUERY_INTERRUPTED, interrupted.getErrorCode(), "the replica's statement was killed");
            assertEquals(9, scalar(victim, "SELECT 9"));
            assertEquals(1, connectionsOf(primary, TWIN));
            assertEquals(1, connectionsOf(replica, TWIN));

            execute(killer, "KILL " + id);
            assertTrue(failure(victim, "SELECT 1").getSQLState().startsWith("08"));
            assertTrue(Poll.waitFor(() -> connectionsOf(primary, TWIN) == 0 && connectionsOf(replica, TWIN) == 0,
                10_000), "both server connections are gone");
        }
        finally
        {
            victim.close();
        }
    }
}
