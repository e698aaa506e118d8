package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * readwritesplit when servers fail or change roles, under load, with mariadbmon watching the real
 * cluster (monitor_interval=1s): a replica killed with SIGKILL costs the clients no error (their
 * reads are retried on another server), is marked down, and gets reads again once it is back; a
 * switchover moves the writes of sessions with no open transaction to the new primary with no
 * error. Leaves db1 the primary.
 */
@ExtendWith(MariaDbClusterExtension.class)
class ReadWriteSplitFailuresIT
{
    private static final long PATIENCE_MS = 60_000;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(150);
    private static final int SESSIONS = 16;

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int port;
    private static int adminPort;
    private static final Map<String, Integer> MODE_PORTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(), "CREATE OR REPLACE TABLE test.rw_load (id INT PRIMARY KEY AUTO_INCREMENT,"
            + " session INT, written_on INT)");
        cluster.awaitReplicaSync(Duration.ofSeconds(30));
        port = SluiceProcess.freePort();
        adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\n\n");
        }
        config.append("[TheMonitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.MONITOR_USER).append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD)
            .append("\nmonitor_interval=1s\nreplication_user=").append(ClusterAccounts.REPL_USER)
            .append("\nreplication_password=").append(ClusterAccounts.REPL_PASSWORD).append("\n\n");
        config.append("[RW-Service]\ntype=service\nrouter=readwritesplit\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.SLUICE_USER).append("\npassword=").append(ClusterAccounts.SLUICE_PASSWORD)
            .append("\ndelayed_retry=true\n\n");
        config.append("[RW-Listener]\ntype=listener\nservice=RW-Service\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(port).append("\n\n");
        for (final String mode : List.of("error_on_write", "fail_on_write"))
        {
            final int modePort = SluiceProcess.freePort();
            MODE_PORTS.put(mode, modePort);
            config.append('[').append(mode).append("]\ntype=service\nrouter=readwritesplit\nservers=db1,db2,db3\n")
                .append("user=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
                .append(ClusterAccounts.SLUICE_PASSWORD).append("\nmaster_failure_mode=").append(mode).append("\n\n");
            config.append('[').append(mode).append("-listener]\ntype=listener\nservice=").append(mode)
                .append("\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=").append(modePort).append("\n\n");
        }
        sluice = SluiceProcess.start(Path.of("target", "readwritesplit-failures-it"), config.toString());
        sluice.awaitLog("server db1 changed state: Running -> Master, Running", PATIENCE_MS);
        sluice.awaitLog("server db2 changed state: Running -> Slave, Running", PATIENCE_MS);
        sluice.awaitLog("server db3 changed state: Running -> Slave, Running", PATIENCE_MS);
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    /** Sessions that each loop over reads (and, if asked, an insert every fifth statement) until stopped. */
    private static final class Load implements AutoCloseable
    {
        final AtomicBoolean running = new AtomicBoolean(true);
        final Map<Long, AtomicLong> readsByServer = new ConcurrentHashMap<>();
        final AtomicLong writes = new AtomicLong();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        final List<Future<?>> sessions = new ArrayList<>();

        Load(final boolean withWrites) throws Exception
        {
            for (int i = 0; i < SESSIONS; i++)
            {
                final int session = i;
                final Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
                    ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
                sessions.add(pool.submit(() -> run(c, session, withWrites)));
            }
        }

        private void run(final Connection c, final int session, final boolean withWrites)
        {
            try (c; Statement s = c.createStatement())
            {
                for (long n = 0; running.get(); n++)
                {
                    try
                    {
                        if (withWrites && n % 5 == 4)
                        {
                            assertEquals(1, s.executeUpdate(
                                "INSERT INTO rw_load (session, written_on) VALUES (" + session + ", @@server_id)"));
                            writes.incrementAndGet();
                            continue;
                        }
                        try (ResultSet rs = s.executeQuery("SELECT @@server_id, COUNT(*) FROM seq_1_to_200"))
                        {
                            assertTrue(rs.next());
                            assertEquals(200, rs.getInt(2));
                            readsByServer.computeIfAbsent(rs.getLong(1), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    catch (final SQLException e)
                    {
                        errors.add("session " + session + ": " + e.getErrorCode() + " " + e.getMessage());
                        if (c.isClosed())
                        {
                            return;
                        }
                    }
                }
            }
            catch (final SQLException | RuntimeException e)
            {
                errors.add("session " + session + ": " + e);
            }
        }

        /** Reads per server id from now until the given time has passed. */
        Map<Long, Long> readsDuring(final long ms) throws InterruptedException
        {
            final Map<Long, Long> before = snapshot();
            Thread.sleep(ms);
            final Map<Long, Long> after = snapshot();
            after.replaceAll((id, n) -> n - before.getOrDefault(id, 0L));
            after.values().removeIf(n -> n == 0);
            return after;
        }

        private Map<Long, Long> snapshot()
        {
            final Map<Long, Long> m = new java.util.TreeMap<>();
            readsByServer.forEach((id, n) -> m.put(id, n.get()));
            return m;
        }

        @Override
        public void close() throws Exception
        {
            running.set(false);
            for (final Future<?> f : sessions)
            {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
    }

    @Test
    void shouldHideAReplicaKilledUnderReadLoadAndUseItAgainWhenItReturns() throws Exception
    {
        final Load load = new Load(false);
        try
        {
            final Map<Long, Long> healthy = load.readsDuring(2_000);
            assertTrue(healthy.keySet().containsAll(List.of(2L, 3L)), "both replicas serve reads: " + healthy);
            try
            {
                cluster.killServer("db3");
                sluice.awaitLog("server db3 changed state: Slave, Running -> Down", PATIENCE_MS);
                final Map<Long, Long> degraded = load.readsDuring(2_000);
                assertTrue(degraded.containsKey(2L) && !degraded.containsKey(3L), "db3 is down: " + degraded);
            }
            finally
            {
                cluster.startServer("db3");
            }
            // after the Down line: the startup's "Running -> Slave, Running" is in the log already
            sluice.awaitLog("server db3 changed state: Slave, Running -> Down[\\s\\S]*server db3 changed state: "
                + "(Down|Running) -> Slave, Running", PATIENCE_MS);
            assertTrue(Poll.waitFor(() ->
            {
                try
                {
                    return load.readsDuring(1_000).containsKey(3L);
                }
                catch (final InterruptedException e)
                {
                    return false;
                }
            }, 20_000), "db3 gets reads again");
        }
        finally
        {
            load.close();
        }
        assertEquals(List.of(), List.copyOf(load.errors), "no client saw an error");
        cluster.awaitReplicaSync(Duration.ofSeconds(60));
    }

    @Test
    void shouldCarryOnThroughASwitchoverUnderLoad() throws Exception
    {
        final Load load = new Load(true);
        try
        {
            Thread.sleep(1_500);
            try
            {
                final HttpResponse<String> done = SluiceProcess.admin(adminPort, "POST",
                    "/v1/maxscale/modules/mariadbmon/switchover?TheMonitor&db2", ADMIN_TIMEOUT);
                assertEquals(200, done.statusCode(), done.body());
                sluice.awaitLog("server db2 changed state: Slave, Running -> Master, Running", PATIENCE_MS);
                final long writesBefore = load.writes.get();
                Thread.sleep(2_000);
                assertTrue(load.writes.get() > writesBefore, () -> "writes go on against the new primary; errors: "
                    + load.errors);
            }
            finally
            {
                final HttpResponse<String> back = SluiceProcess.admin(adminPort, "POST",
                    "/v1/maxscale/modules/mariadbmon/switchover?TheMonitor&db1", ADMIN_TIMEOUT);
                assertEquals(200, back.statusCode(), back.body());
                sluice.awaitLog("server db1 changed state: Slave, Running -> Master, Running", PATIENCE_MS);
            }
            Thread.sleep(1_500);
        }
        finally
        {
            load.close();
        }
        assertEquals(List.of(), List.copyOf(load.errors), "no client saw an error");
        final List<List<String>> writtenOn = cluster.query(cluster.primary(),
            "SELECT written_on, COUNT(*) FROM test.rw_load GROUP BY written_on ORDER BY written_on");
        assertEquals(2, writtenOn.size(), "rows were written on db1 and on db2: " + writtenOn);
        cluster.awaitReplicaSync(Duration.ofSeconds(60));
    }

    @Test
    void shouldShowTheRoutersStatisticsInTheAdminApi() throws Exception
    {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.execute("SET @x = 1");
            for (int i = 0; i < 10; i++)
            {
                s.executeQuery("SELECT @x").close();
            }
            s.execute("BEGIN");
            s.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-1, @@server_id)");
            s.execute("COMMIT");
        }
        final HttpResponse<String> service = SluiceProcess.admin(adminPort, "GET",
                "/v1/services/RW-Service", ADMIN_TIMEOUT);
        assertEquals(200, service.statusCode(), service.body());
        final String body = service.body();
        assertTrue(number(body, "route_slave") >= 10, body);
        assertTrue(number(body, "route_master") >= 3, body);
        assertTrue(number(body, "route_all") >= 1, body);
        assertTrue(number(body, "rw_transactions") >= 1, body);
        for (final String server : List.of("db1", "db2", "db3"))
        {
            final java.util.regex.Matcher m = Pattern.compile("\"" + server
                + "\":\\{\"queries\":(\\d+),\"responses\":(\\d+),\"mean_response_time_us\":([0-9.]+)").matcher(body);
            assertTrue(m.find(), server + " in " + body);
            assertTrue(Long.parseLong(m.group(1)) > 0, server + " got queries: " + body);
            assertTrue(Double.parseDouble(m.group(3)) > 0, server + " has a mean response time: " + body);
        }
    }

    private static long number(final String json, final String name)
    {
        final java.util.regex.Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void shouldServeReadsWithoutAPrimaryAsMasterFailureModeSays() throws Exception
    {
        final Connection errorOnWrite = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
            + MODE_PORTS.get("error_on_write") + "/test", ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
        final Connection failOnWrite = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
            + MODE_PORTS.get("fail_on_write") + "/test", ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
        try (errorOnWrite; failOnWrite; Statement eow = errorOnWrite.createStatement();
            Statement fow = failOnWrite.createStatement())
        {
            eow.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-2, @@server_id)");
            try
            {
                cluster.stopServer("db1");
                sluice.awaitLog("server db1 changed state: Master, Running -> Down", PATIENCE_MS);
                for (final Statement s : List.of(eow, fow))
                {
                    try (ResultSet rs = s.executeQuery("SELECT @@server_id"))
                    {
                        assertTrue(rs.next());
                        assertTrue(List.of(2L, 3L).contains(rs.getLong(1)), "reads go on without the primary");
                    }
                }
                final SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> eow.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-3, @@server_id)"));
                assertEquals(1290, refused.getErrorCode(), refused.getMessage());
                assertTrue(refused.getMessage().contains("no primary is available"), refused.getMessage());
                try (ResultSet rs = eow.executeQuery("SELECT 40 + 2"))
                {
                    assertTrue(rs.next());
                    assertEquals(42, rs.getInt(1), "error_on_write: the session goes on");
                }
                final SQLException failed = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> fow.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-4, @@server_id)"));
                assertTrue(failed.getMessage().contains("no primary is available"), failed.getMessage());
                org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> fow.executeQuery("SELECT 1"),
                    "fail_on_write: the session was closed");
            }
            finally
            {
                cluster.startServer("db1");
            }
            sluice.awaitLog("server db1 changed state: Down -> (Running|Master, Running)", PATIENCE_MS);
            assertTrue(Poll.waitFor(() ->
            {
                try
                {
                    return eow.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-5, @@server_id)") == 1;
                }
                catch (final SQLException e)
                {
                    return false;
                }
            }, 30_000), "error_on_write: writes work again once the primary is back");
        }
        cluster.awaitReplicaSync(Duration.ofSeconds(60));
    }

    @Test
    void shouldHoldAWriteUntilThePrimaryIsBackWithDelayedRetry() throws Exception
    {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-6, @@server_id)");
            final java.util.concurrent.CompletableFuture<Integer> write;
            try
            {
                cluster.stopServer("db1");
                sluice.awaitLog("server db1 changed state: Master, Running -> Down", PATIENCE_MS);
                write = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                {
                    try
                    {
                        return s.executeUpdate("INSERT INTO rw_load (session, written_on) VALUES (-7, @@server_id)");
                    }
                    catch (final SQLException e)
                    {
                        return -e.getErrorCode();
                    }
                });
                Thread.sleep(1_500);
                assertTrue(!write.isDone(), "the write waits for a primary (delayed_retry)");
            }
            finally
            {
                cluster.startServer("db1");
            }
            assertEquals(1, write.get(30, TimeUnit.SECONDS), "the write went to the primary once it was back");
        }
        assertEquals(List.of(List.of("1")), cluster.query(cluster.primary(),
            "SELECT written_on FROM test.rw_load WHERE session = -7"));
        cluster.awaitReplicaSync(Duration.ofSeconds(60));
    }
}
