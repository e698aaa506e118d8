package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/sluicectl against bin/sluice (mariadbmon, a readconnroute master and slave service) in front
 * of the real test cluster: every list, show, set/clear server, kill session and call command, with
 * the values checked against the cluster, and its one-line failures. Leaves db1 the primary.
 */
@ExtendWith(MariaDbClusterExtension.class)
class SluiceCtlIT
{
    private static final long PATIENCE_MS = 60_000;
    private static final Pattern LOAD = Pattern.compile("\\d+(\\.\\d+)?");

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int writePort;
    private static int readPort;
    private static int adminPort;

    /** What one sluicectl run printed, and its exit status. */
    record Run(int status, String out, String err)
    {
        List<String> lines()
        {
            return List.of(out.split("\n"));
        }

        /** The table row whose first column is key, or fails. */
        String row(final String key)
        {
            for (final String line : lines())
            {
                if (line.startsWith(key + " "))
                {
                    return line;
                }
            }
            throw new AssertionError("no row " + key + " in\n" + out + err);
        }
    }

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        writePort = SluiceProcess.freePort();
        readPort = SluiceProcess.freePort();
        adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nload_period=1s\nadmin_port="
                + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\n"
                    + "port=").append(s.port()).append("\n\n");
        }
        config.append("[TheMonitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.MONITOR_USER).append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD)
            .append("\nmonitor_interval=1s\nreplication_user=").append(ClusterAccounts.REPL_USER)
            .append("\nreplication_password=").append(ClusterAccounts.REPL_PASSWORD).append("\n\n");
        for (final String role : List.of("master", "slave"))
        {
            config.append(role.equals("master") ? "[Write-Service]" : "[Read-Service]")
                .append("\ntype=service\nrouter=readconnroute\nrouter_options=").append(role)
                .append("\nservers=db1,db2,db3\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
                .append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        }
        config.append("[Write-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBClient\n"
                + "address=127.0.0.1\nport=")
            .append(writePort).append("\n\n");
        config.append("[Read-Listener]\ntype=listener\nservice=Read-Service\nprotocol=MariaDBProtocol\n"
                + "address=127.0.0.1\nport=")
            .append(readPort).append("\n");
        // a jar an earlier run loaded by path would be loaded again at start (DATADIR/module-jars.json)
        Files.deleteIfExists(Path.of("target", "sluicectl-it", "data", "module-jars.json"));
        sluice = SluiceProcess.start(Path.of("target", "sluicectl-it"), config.toString());
        assertTrue(Poll.waitFor(() -> ctl("list", "servers").row("db3").contains("Slave, Running"), PATIENCE_MS),
            () -> ctl("list", "servers").out());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    static Run ctl(final String... args)
    {
        return run(true, args);
    }

    static Run run(final boolean withUrl, final String... args)
    {
        final List<String> command = new ArrayList<>(List.of(SluiceProcess.HOME.resolve("bin/sluicectl").toString()));
        command.addAll(List.of(args));
        if (withUrl)
        {
            command.addAll(List.of("--url", "http://127.0.0.1:" + adminPort));
        }
        try
        {
            final Path out = Files.createTempFile("sluicectl", ".out");
            final Path err = Files.createTempFile("sluicectl", ".err");
            final ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().remove("SLUICECTL_PASSWORD");
            pb.environment().remove("SLUICECTL_URL");
            final Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS))
            {
                p.destroyForcibly();
                throw new AssertionError("sluicectl " + command + " did not finish");
            }
            final Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return run;
        }
        catch (final Exception e)
        {
            throw new IllegalStateException(e);
        }
    }

    private static Run ok(final String... args)
    {
        final Run run = ctl(args);
        assertEquals(0, run.status(), () -> String.join(" ", args) + ": " + run.out() + run.err());
        assertEquals("", run.err());
        return run;
    }

    private static Connection connect(final int port) throws SQLException
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test", ClusterAccounts.APP_USER,
            ClusterAccounts.APP_PASSWORD);
    }

    private static int serverId(final Connection c) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@server_id"))
        {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The servers of n connections opened one after the other through the port. */
    private static Set<Integer> serverIdsVia(final int port, final int n) throws SQLException
    {
        final Set<Integer> ids = new HashSet<>();
        final List<Connection> open = new ArrayList<>();
        try
        {
            for (int i = 0; i < n; i++)
            {
                final Connection c = connect(port);
                open.add(c);
                ids.add(serverId(c));
            }
        }
        finally
        {
            for (final Connection c : open)
            {
                c.close();
            }
        }
        return ids;
    }

    @Test
    void shouldListServersWithTheMonitorsRolesAndGtids() throws Exception
    {
        final Run run = ok("list", "servers");

        assertTrue(run.lines().get(0)
            .matches("Server\\s+Address\\s+Port\\s+Connections\\s+State\\s+GTID\\s+Lag\\s+Monitor"),
            run.out());
        assertEquals(5, run.lines().size(), run.out());
        final String gtid = cluster.query(cluster.primary(), "SELECT @@gtid_current_pos").get(0).get(0);
        assertTrue(run.row("db1").matches("db1\\s+127\\.0\\.0\\.1\\s+" + cluster.server("db1").port()
            + "\\s+\\d+\\s+Master, Running\\s+\\S+\\s+-?\\d+\\s+TheMonitor"), run.out());
        assertTrue(run.row("db1").contains(gtid.isEmpty() ? "Master"
                : gtid.split(",")[0].split("-")[0] + "-"), run.out());
        for (final String replica : List.of("db2", "db3"))
        {
            assertTrue(run.row(replica).matches(replica + "\\s+127\\.0\\.0\\.1\\s+" + cluster.server(replica).port()
                + "\\s+\\d+\\s+Slave, Running\\s+\\S+\\s+0\\s+TheMonitor"), run.out());
        }
        final Run json = ok("list", "servers", "--json");
        assertTrue(json.out().contains("\"id\" : \"db2\""), json.out());
        assertTrue(json.out().contains("\"server_id\" : 2"), json.out());
    }

    @Test
    void shouldListServicesListenersMonitorsFiltersModulesAndUsers()
    {
        final Run services = ok("list", "services");
        assertTrue(services.row("Write-Service").matches("Write-Service\\s+readconnroute\\s+\\d+\\s+\\d+\\s+db1, db2, "
                + "db3"),
            services.out());
        assertTrue(services.row("Read-Service").matches("Read-Service\\s+readconnroute\\s+\\d+\\s+\\d+\\s+db1, db2, "
                + "db3"),
            services.out());

        final Run listeners = ok("list", "listeners");
        assertTrue(listeners.row("Write-Listener").matches("Write-Listener\\s+" + writePort
            + "\\s+127\\.0\\.0\\.1\\s+Running\\s+Write-Service\\s+MariaDBProtocol\\s+\\d+"), listeners.out());
        assertTrue(listeners.row("Read-Listener").matches("Read-Listener\\s+" + readPort
            + "\\s+127\\.0\\.0\\.1\\s+Running\\s+Read-Service\\s+MariaDBProtocol\\s+\\d+"), listeners.out());

        final Run monitors = ok("list", "monitors");
        assertTrue(monitors.row("TheMonitor").matches("TheMonitor\\s+mariadbmon\\s+db1, db2, db3"), monitors.out());

        final Run filters = ok("list", "filters");
        assertEquals(2, filters.lines().size(), "no filters: header and rule only\n" + filters.out());

        final Run modules = ok("list", "modules");
        for (final String module : List.of("mariadbmon", "readconnroute", "passthrough"))
        {
            assertTrue(modules.row(module).matches(module
                    + "\\s+\\S+\\s+\\S+\\s+2\\.\\d+(\\.\\d+)?\\s+\\S+/plugins/\\S+\\.jar"),
                modules.out());
        }
        assertTrue(modules.row("mariadbmon").contains(" monitor "), modules.out());
        assertTrue(modules.row("readconnroute").contains(" router "), modules.out());

        final Run users = ok("list", "users");
        assertTrue(users.row("admin").matches("admin\\s+inet\\s+admin"), users.out());

        final Run maxscale = ok("show", "maxscale");
        assertTrue(maxscale.row("threads").matches("threads\\s+2"), maxscale.out());
        assertTrue(maxscale.row("parameters.load_period").matches("parameters.load_period\\s+1s"), maxscale.out());

        final Run module = ok("show", "module", "mariadbmon");
        assertTrue(module.out().contains("auto_failover"), module.out());
        final Run service = ok("show", "service", "Read-Service");
        assertTrue(service.row("parameters.router_options").matches("parameters.router_options\\s+slave"),
                service.out());
        assertTrue(service.row("parameters.password").matches("parameters.password\\s+\\*\\*\\*\\*\\*"), service.out());
        final Run monitor = ok("show", "monitor", "TheMonitor");
        assertTrue(monitor.out().contains("commands.switchover.usage"), monitor.out());
        assertTrue(ok("show", "listener", "Read-Listener").row("port").matches("port\\s+" + readPort), "listener port");
    }

    @Test
    void shouldShowAndKillASession() throws Exception
    {
        try (Connection c = connect(writePort))
        {
            assertEquals(1, serverId(c));
            final Run sessions = ok("list", "sessions");
            final Matcher row = Pattern
                .compile("(?m)^(\\d+)\\s+127\\.0\\.0\\.1:\\d+\\s+" + ClusterAccounts.APP_USER
                    + "\\s+Write-Service\\s+[01]\\s+\\S+\\s+\\d+\\s+db1$")
                .matcher(sessions.out());
            assertTrue(row.find(), sessions.out());
            final String id = row.group(1);
            final Run session = ok("show", "session", id);
            assertTrue(session.row("connections[0].server").matches("connections\\[0\\]\\.server\\s+db1"),
                    session.out());
            assertTrue(ok("show", "server",
                    "db1").row("statistics.connections").matches("statistics.connections\\s+[1-9]\\d*"),
                "db1 counts the session's connection");

            final Run killed = ok("kill", "session", id);
            assertEquals("OK\n", killed.out());
            assertThrows(SQLException.class, () -> serverId(c), "the killed session's connection is closed");
            assertTrue(Poll.waitFor(() -> !ctl("list", "sessions").out().matches("(?s).*(?m)^" + id
                    + "\\s.*"), 10_000));
            final Run again = ctl("kill", "session", id);
            assertEquals(1, again.status());
            assertEquals("sluicectl: no session " + id + " (HTTP 404)\n", again.err());
        }
    }

    @Test
    void shouldShowOneThreadRowPerWorkerWhoseLoadRisesUnderTraffic() throws Exception
    {
        final Run idle = ok("list", "threads");
        assertTrue(idle.lines().get(0).matches("Id\\s+Sessions\\s+Load \\(period\\)\\s+Load \\(minute\\)\\s+Load "
                + "\\(hour\\)\\s+Reads\\s+Writes\\s+Accepts\\s+Inbox\\s+Moved out\\s+Moved in"),
            idle.out());
        assertEquals(4, idle.lines().size(), idle.out());
        for (final String id : List.of("0", "1"))
        {
            final String[] cells = idle.row(id).split("\\s+");
            assertEquals(11, cells.length, idle.row(id));
            assertEquals("0", cells[9], "nothing moved out: " + idle.row(id));
            assertEquals("0", cells[10], "nothing moved in: " + idle.row(id));
            for (int i = 2; i < 5; i++)
            {
                assertTrue(LOAD.matcher(cells[i]).matches(), idle.row(id));
            }
            for (int i = 5; i < 9; i++)
            {
                assertTrue(cells[i].matches("\\d+"), idle.row(id));
            }
        }
        final AtomicBoolean stop = new AtomicBoolean();
        final List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++)
        {
            final Thread t = new Thread(() ->
            {
                try (Connection c = connect(readPort); Statement s = c.createStatement())
                {
                    while (!stop.get())
                    {
                        s.executeQuery("SELECT 1").close();
                    }
                }
                catch (final SQLException e)
                {
                    // the assertion below says what happened
                }
            });
            t.start();
            clients.add(t);
        }
        try
        {
            final double[] peak = new double[1];
            final boolean rose = Poll.waitFor(() ->
            {
                final Run busy = ctl("list", "threads");
                for (final String id : List.of("0", "1"))
                {
                    final String[] cells = busy.row(id).split("\\s+");
                    peak[0] = Math.max(peak[0], Double.parseDouble(cells[2]));
                }
                return peak[0] >= 5.0;
            }, 30_000);
            assertTrue(rose, "a worker's period load should rise to 5% or more under traffic; peak " + peak[0]);
            final Run busy = ok("list", "threads");
            final int sessions = Integer.parseInt(busy.row("0").split("\\s+")[1])
                    + Integer.parseInt(busy.row("1").split("\\s+")[1]);
            assertTrue(sessions >= 6, busy.out());
        }
        finally
        {
            stop.set(true);
            for (final Thread t : clients)
            {
                t.join(10_000);
            }
        }
    }

    /** A number of {@code sluicectl show TYPE NAME}'s row KEY. */
    private static long shown(final String type, final String name, final String key)
    {
        final Run run = ok("show", type, name);
        return Long.parseLong(run.row(key).substring(key.length()).trim());
    }

    @Test
    void shouldShowASessionsUserAndCountItsQueriesExactly() throws Exception
    {
        try (Connection c = connect(writePort); Statement s = c.createStatement())
        {
            assertEquals(1, serverId(c));
            final String id = String.valueOf(sessionId(c));
            final Run session = ok("show", "session", id);
            assertTrue(session.row("user").matches("user\\s+" + ClusterAccounts.APP_USER), session.out());
            final long before = shown("session", id, "statistics.queries");
            assertTrue(before >= 1, "the SELECT @@server_id at least: " + before);

            for (int i = 0; i < 7; i++)
            {
                s.executeQuery("SELECT " + i).close();
            }

            assertEquals(before + 7, shown("session", id, "statistics.queries"));
            final Run list = ok("list", "sessions");
            assertTrue(list.row(id).matches(id + "\\s+127\\.0\\.0\\.1:\\d+\\s+app\\s+Write-Service\\s+[01]\\s+\\S+\\s+"
                + (before + 7) + "\\s+db1"), list.out());
        }
    }

    /** The session's id: the connection id Sluice gives its client. */
    private static long sessionId(final Connection c) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()"))
        {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldCountRoutedPacketsAndResponsesOfAServerUnderTraffic() throws Exception
    {
        try (Connection c = connect(writePort); Statement s = c.createStatement())
        {
            assertEquals(1, serverId(c));
            final long packets = shown("server", "db1", "statistics.routed_packets");
            final long responses = shown("server", "db1", "statistics.responses");
            final long replicaPackets = shown("server", "db2", "statistics.routed_packets")
                + shown("server", "db3", "statistics.routed_packets");

            for (int i = 0; i < 11; i++)
            {
                s.executeQuery("SELECT SLEEP(0.01)").close();
            }

            // readconnroute to the primary: each statement is one packet to db1 and one response from it
            assertEquals(packets + 11, shown("server", "db1", "statistics.routed_packets"));
            assertEquals(responses + 11, shown("server", "db1", "statistics.responses"));
            assertEquals(replicaPackets, shown("server", "db2", "statistics.routed_packets")
                + shown("server", "db3", "statistics.routed_packets"), "nothing went to the replicas");
            final Run db1 = ok("show", "server", "db1");
            final double meanUs = Double.parseDouble(db1.row("statistics.mean_response_time_us")
                .split("\\s+")[1]);
            assertTrue(meanUs > 0 && meanUs < 10_000_000, db1.out());
            final String text = scrape();
            assertEquals(packets + 11, sample(text, "sluice_server_routed_packets_total{server=\"db1\"}"));
            assertTrue(sample(text, "sluice_server_response_time_seconds_total{server=\"db1\"}") >= 11 * 0.01,
                "eleven SLEEP(0.01) took 0.11 s at least: " + text);
        }
    }

    @Test
    void shouldCountEachWorkersAcceptsReadsAndWrites() throws Exception
    {
        final String[] before = ok("list", "threads").row("0").split("\\s+");
        final long acceptsBefore = Long.parseLong(before[7]);
        final long readsBefore = Long.parseLong(before[5]) + Long.parseLong(ok("list", "threads").row("1")
            .split("\\s+")[5]);
        try (Connection c = connect(readPort); Statement s = c.createStatement())
        {
            for (int i = 0; i < 5; i++)
            {
                s.executeQuery("SELECT 1").close();
            }
            final Run after = ok("list", "threads");
            final String[] zero = after.row("0").split("\\s+");
            final String[] one = after.row("1").split("\\s+");
            assertEquals(acceptsBefore + 1, Long.parseLong(zero[7]), "worker 0 accepts for every listener");
            assertEquals(0, Long.parseLong(one[7]), after.out());
            assertTrue(Long.parseLong(zero[5]) + Long.parseLong(one[5]) >= readsBefore + 10,
                "5 queries: each read from the client and its answer read from the server\n" + after.out());
            assertTrue(Long.parseLong(zero[6]) + Long.parseLong(one[6]) >= 10, after.out());
            assertTrue(Long.parseLong(zero[8]) >= 0 && Long.parseLong(one[8]) >= 0, after.out());
        }
    }

    @Test
    void shouldLoadAModuleJarByPathAndRefuseABrokenOneChangingNothing() throws Exception
    {
        final Path work = Files.createDirectories(Path.of("target", "sluicectl-it-jars")).toAbsolutePath();
        final Path api;
        try (java.nio.file.DirectoryStream<Path> jars = Files.newDirectoryStream(SluiceProcess.HOME.resolve("lib"),
            "sluice-api-*.jar"))
        {
            api = jars.iterator().next();
        }
        final Path jar = RouterJars.tagger(work, api, "1.3.0", false, null);
        final Path broken = Files.writeString(work.resolve("broken.jar"), "not a jar at all");
        final String modulesBefore = ok("list", "modules").out();

        final Run refused = ctl("load", "module", broken.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().startsWith("sluicectl: plugin broken.jar refused: not a readable jar: "),
            refused.err());
        assertTrue(refused.err().endsWith(" (HTTP 400)\n"), refused.err());
        assertEquals(modulesBefore, ok("list", "modules").out(), "a refused jar changes nothing");

        final Run loaded = ok("load", "module", jar.toString());
        assertTrue(loaded.row("tagger").matches("tagger\\s+router\\s+1\\.3\\.0\\s+2\\.\\d+\\s+"
            + Pattern.quote(jar.toString())), loaded.out());
        final Run modules = ok("list", "modules");
        assertTrue(modules.row("tagger").matches("tagger\\s+router\\s+1\\.3\\.0\\s+2\\.\\d+\\s+"
            + Pattern.quote(jar.toString())), modules.out());
        assertEquals(modulesBefore.lines().count() + 1, modules.out().lines().count(), modules.out());
        final Run shown = ok("show", "module", "tagger", "--json");
        assertTrue(shown.out().contains("\"source\" : \"" + jar + "\""), shown.out());
    }

    @Test
    void shouldRefuseToAlterAGlobalThatCannotChangeLive()
    {
        final Run refused = ctl("alter", "maxscale", "users_refresh_time=5s");
        assertEquals(1, refused.status());
        assertTrue(refused.err().matches("sluicectl: parameter 'users_refresh_time' of \\[maxscale] cannot be changed "
            + "while Sluice runs \\(it is 30s\\): set it in \\S*sluice\\.cnf and restart Sluice \\(HTTP 400\\)\n"),
            refused.err());
        assertTrue(ok("show", "maxscale").row("parameters.users_refresh_time")
            .matches("parameters.users_refresh_time\\s+30s"));
    }

    @Test
    void shouldKeepRoutersAwayFromAServerInMaintenance() throws Exception
    {
        assertEquals(Set.of(2, 3), serverIdsVia(readPort, 6));
        try
        {
            assertEquals("OK\n", ok("set", "server", "db2", "maintenance").out());
            assertTrue(ok("list", "servers").row("db2").contains("Maintenance, Slave, Running"));
            assertEquals(Set.of(3), serverIdsVia(readPort, 6), "db2 in maintenance: only db3 serves reads");
            assertTrue(ok("show", "server", "db2").row("state").matches("state\\s+Maintenance, Slave, Running"));
        }
        finally
        {
            assertEquals(0, ctl("clear", "server", "db2", "maintenance").status());
        }
        assertTrue(ok("list", "servers").row("db2").matches("db2\\s.*\\s+Slave, Running\\s.*"));
        assertEquals(Set.of(2, 3), serverIdsVia(readPort, 6));

        assertEquals(0, ctl("set", "server", "db3", "drain").status());
        try
        {
            assertTrue(ok("list", "servers").row("db3").contains("Draining, Slave, Running"));
            assertEquals(Set.of(2), serverIdsVia(readPort, 6), "db3 draining: no new sessions on it");
        }
        finally
        {
            assertEquals(0, ctl("clear", "server", "db3", "drain").status());
        }
    }

    @Test
    void shouldSwitchOverThroughCallCommandAndBack() throws Exception
    {
        final Run bad = ctl("call", "command", "mariadbmon", "switchover", "TheMonitor", "db9");
        assertEquals(1, bad.status());
        assertEquals("sluicectl: monitor TheMonitor has no server 'db9'; its servers are [db1, db2, db3] (HTTP 400)\n",
            bad.err());
        try
        {
            final Run done = ok("call", "command", "mariadbmon", "switchover", "TheMonitor", "db2");
            assertTrue(done.row("old_primary").matches("old_primary\\s+db1"), done.out());
            assertTrue(done.row("new_primary").matches("new_primary\\s+db2"), done.out());
            assertTrue(Poll.waitFor(() -> ctl("list", "servers").row("db2").contains("Master, Running"), PATIENCE_MS));
            try (Connection c = connect(writePort))
            {
                assertEquals(2, serverId(c));
            }
        }
        finally
        {
            final Run back = ctl("call", "command", "mariadbmon", "switchover", "TheMonitor", "db1", "--json");
            assertEquals(0, back.status(), back.err());
            assertTrue(back.out().contains("\"new_primary\" : \"db1\""), back.out());
            cluster.execute(cluster.primary(), "DROP TABLE IF EXISTS test.sluicectl_it");
            cluster.awaitReplicaSync(Duration.ofSeconds(60));
        }
        assertTrue(Poll.waitFor(() -> ctl("list", "servers").row("db1").contains("Master, Running"), PATIENCE_MS));
    }

    @Test
    void shouldFailWithOneClearLineAndStatus1() throws Exception
    {
        final Run missing = ctl("show", "server", "db9");
        assertEquals(1, missing.status());
        assertEquals("sluicectl: no server named 'db9' (HTTP 404)\n", missing.err());
        assertEquals("", missing.out());

        final Run wrong = ctl("list", "servers", "-p", "wrong");
        assertEquals(1, wrong.status());
        assertEquals("sluicectl: wrong user or password for http://127.0.0.1:" + adminPort
                + " (HTTP 401)\n", wrong.err());

        final int nobody = SluiceProcess.freePort();
        final Run down = run(false, "list", "servers", "--url", "http://127.0.0.1:" + nobody);
        assertEquals(1, down.status());
        assertTrue(down.err().startsWith("sluicectl: cannot reach Sluice at http://127.0.0.1:" + nobody
                + " ("), down.err());
        assertEquals(1, down.err().lines().count(), down.err());

        final Run usage = ctl("list", "gadgets");
        assertEquals(2, usage.status());
        assertFalse(usage.err().isEmpty());
    }

    private static String scrape() throws Exception
    {
        final java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + adminPort + "/metrics"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                "admin:mariadb".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
        final java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of one sample of the scrape, or fails. */
    private static double sample(final String text, final String series)
    {
        final Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        assertTrue(m.find(), () -> "no " + series + " in\n" + text);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void shouldExposeMetricsOfTheClusterTheServicesListenersAndWorkers() throws Exception
    {
        final String before = scrape();
        final double acceptedBefore = sample(before, "sluice_listener_accepted_total{listener=\"Write-Listener\"}");
        final double startedBefore = sample(before, "sluice_service_sessions_started_total{service=\"Write-Service\"}");
        try (Connection c = connect(writePort))
        {
            assertEquals(1, serverId(c));
            final String text = scrape();
            assertEquals(acceptedBefore + 1,
                    sample(text, "sluice_listener_accepted_total{listener=\"Write-Listener\"}"));
            assertEquals(startedBefore + 1,
                    sample(text, "sluice_service_sessions_started_total{service=\"Write-Service\"}"));
            assertTrue(sample(text, "sluice_service_connections{service=\"Write-Service\"}") >= 1, text);
            assertTrue(sample(text, "sluice_server_connections{server=\"db1\"}") >= 1, text);
            assertEquals(1.0, sample(text, "sluice_server_status{server=\"db1\",status=\"master\"}"));
            assertEquals(1.0, sample(text, "sluice_server_status{server=\"db2\",status=\"slave\"}"));
            assertEquals(0.0, sample(text, "sluice_server_status{server=\"db2\",status=\"master\"}"));
            assertEquals(0.0, sample(text, "sluice_server_replication_lag_seconds{server=\"db3\"}"));
            assertEquals(1.0, sample(text, "sluice_server_up{server=\"db3\"}"));
            for (final String worker : List.of("0", "1"))
            {
                for (final String window : List.of("period", "minute", "hour"))
                {
                    final double load = sample(text, "sluice_worker_load_percent{window=\"" + window
                            + "\",worker=\"" + worker + "\"}");
                    assertTrue(load >= 0 && load <= 100, window + " " + load);
                }
            }
            final double sessions = sample(text, "sluice_worker_sessions{worker=\"0\"}")
                + sample(text, "sluice_worker_sessions{worker=\"1\"}");
            assertTrue(sessions >= 1, text);
            assertTrue(sample(text, "jvm_memory_used_bytes{area=\"heap\"}") > 0, text);
        }
    }

    @Test
    void shouldShipAGrafanaDashboardWhoseQueriesUseExposedMetrics() throws Exception
    {
        final Path file = SluiceProcess.HOME.resolve("etc/grafana/sluice-dashboard.json");
        final com.fasterxml.jackson.databind.JsonNode dashboard = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(file.toFile());
        final String text = scrape();
        final Set<String> names = new HashSet<>();
        for (final com.fasterxml.jackson.databind.JsonNode panel : dashboard.path("panels"))
        {
            for (final com.fasterxml.jackson.databind.JsonNode target : panel.path("targets"))
            {
                final Matcher m = Pattern.compile("\\b((sluice|jvm|process)_[a-z_]+)\\{")
                    .matcher(target.path("expr").asText());
                while (m.find())
                {
                    names.add(m.group(1));
                }
            }
        }
        assertTrue(names.size() >= 10, names.toString());
        for (final String name : names)
        {
            assertTrue(Pattern.compile("(?m)^" + name + "[{ ]").matcher(text).find(), name
                    + " is not exposed by /metrics");
        }
    }
}
