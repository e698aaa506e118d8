package io.sluice.testcluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster the extension starts: topology, replication, accounts, the client, and a replica
 * stopped and started again. Each test leaves the cluster as it found it (all running and
 * replicating) and uses tables of its own.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbClusterIT
{
    private static final Duration SYNC = Duration.ofSeconds(20);

    @Test
    void threeServersPrimaryFirst(final TestCluster cluster) throws Exception
    {
        assertSame(cluster, MariaDbClusterExtension.cluster());
        final List<ServerInfo> servers = cluster.servers();
        assertEquals(List.of("db1", "db2", "db3"), servers.stream().map(ServerInfo::name).toList());
        assertEquals(List.of(ServerInfo.Role.PRIMARY, ServerInfo.Role.REPLICA, ServerInfo.Role.REPLICA),
            servers.stream().map(ServerInfo::role).toList());
        assertEquals(servers.get(0), cluster.primary());
        assertEquals(servers.subList(1, 3), cluster.replicas());
        assertEquals(3, servers.stream().map(ServerInfo::port).distinct().count());
        for (final ServerInfo server : servers)
        {
            assertEquals("127.0.0.1", server.host());
            assertTrue(server.running(), server.name());
            assertTrue(Processes.isMariadbdOf(server.pid(), server.dataDir()), server
                    + " is a mariadbd of its datadir");
            assertTrue(server.dataDir().startsWith(MariaDbClusterExtension.dataRoot().toRealPath()),
                    server.dataDir().toString());
            assertEquals("jdbc:mariadb://127.0.0.1:" + server.port() + "/test", cluster.jdbcUrl(server, "test"));
        }
        assertEquals(List.of("1", "0", "1", "ROW", "1", "1"),
            cluster.query(cluster.primary(), "SELECT @@server_id, @@read_only, @@log_bin, @@binlog_format,"
                + " @@gtid_strict_mode, @@log_slave_updates").get(0));
        assertEquals(List.of("2", "1"), cluster.query(cluster.server("db2"), "SELECT @@server_id, @@read_only").get(0));
        assertEquals(List.of("3", "1"), cluster.query(cluster.server("db3"), "SELECT @@server_id, @@read_only").get(0));
        assertEquals(List.of("67108864", "1"), cluster.query(cluster.server("db3"),
            "SELECT @@max_allowed_packet, @@local_infile").get(0));
        if (System.getenv(MariaDbBinaries.HOME_ENV) == null)
        {
            assertTrue(cluster.query(cluster.primary(), "SELECT VERSION()").get(0).get(0).startsWith("11.4.5-MariaDB"));
        }
    }

    @Test
    void replicasReplicateFromThePrimaryWithGtid(final TestCluster cluster) throws Exception
    {
        for (final ServerInfo replica : cluster.replicas())
        {
            final Map<String, String> status = cluster.replicaStatus(replica);
            assertEquals("Yes", status.get("Slave_IO_Running"), replica.name());
            assertEquals("Yes", status.get("Slave_SQL_Running"), replica.name());
            assertEquals("127.0.0.1", status.get("Master_Host"));
            assertEquals(Integer.toString(cluster.primary().port()), status.get("Master_Port"));
            assertEquals("repl", status.get("Master_User"));
            assertEquals("Slave_Pos", status.get("Using_Gtid"));
        }
        assertEquals(Map.of(), cluster.replicaStatus(cluster.primary()));
    }

    @Test
    void rowsInsertedOnThePrimaryReachBothReplicas(final TestCluster cluster) throws Exception
    {
        cluster.execute(cluster.primary(),
            "CREATE TABLE test.replicated (id INT PRIMARY KEY, name VARCHAR(20))",
            "INSERT INTO test.replicated VALUES (1, 'one'), (2, NULL)");
        cluster.awaitReplicaSync(SYNC);
        final String position = cluster.query(cluster.primary(), "SELECT @@gtid_binlog_pos").get(0).get(0);
        for (final ServerInfo replica : cluster.replicas())
        {
            assertEquals(List.of(List.of("1", "one"), listOf("2", null)),
                cluster.query(replica, "SELECT id, name FROM test.replicated ORDER BY id"), replica.name());
            assertEquals(position, cluster.query(replica, "SELECT @@gtid_slave_pos").get(0).get(0), replica.name());
        }
        cluster.execute(cluster.primary(), "DROP TABLE test.replicated");
    }

    @Test
    void accountsExistOnEveryServer(final TestCluster cluster) throws Exception
    {
        final Set<String> expected = Set.of("root@%", "repl@%", "sluice@%", "sluice_mon@%", "app@%");
        for (final ServerInfo server : cluster.servers())
        {
            final Set<String> accounts = cluster.query(server,
                    "SELECT CONCAT(user, '@', host) FROM mysql.user").stream()
                .map(row -> row.get(0)).collect(Collectors.toSet());
            assertTrue(accounts.containsAll(expected), server.name() + ": " + accounts);
            final Set<String> databases = cluster.query(server, "SHOW DATABASES").stream().map(row -> row.get(0))
                .collect(Collectors.toSet());
            assertTrue(databases.containsAll(Set.of("test", "test2")), server.name() + ": " + databases);
        }
        final List<List<String>> repl = cluster.query(cluster.primary(), "SHOW GRANTS FOR 'repl'@'%'");
        assertEquals(1, repl.size(), repl.toString());
        assertTrue(repl.get(0).get(0).startsWith("GRANT REPLICATION SLAVE ON *.* TO `repl`@`%`"), repl.toString());
    }

    @Test
    void appLogsInWithItsPasswordOnlyAndSeesItsDatabases(final TestCluster cluster) throws Exception
    {
        for (final ServerInfo server : cluster.servers())
        {
            try (Connection c = cluster.connect(server, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
                 Statement s = c.createStatement())
            {
                final var rs = s.executeQuery("SELECT CURRENT_USER()");
                rs.next();
                assertEquals("app@%", rs.getString(1));
                final var dbs = s.executeQuery("SHOW DATABASES");
                final List<String> names = new ArrayList<>();
                while (dbs.next())
                {
                    names.add(dbs.getString(1));
                }
                assertEquals(List.of("information_schema", "test", "test2"), names.stream().sorted().toList());
                final SQLException denied = assertThrows(SQLException.class,
                        () -> s.executeQuery("SELECT * FROM mysql.user"));
                assertEquals(1142, denied.getErrorCode(), denied.getMessage());
            }
            final SQLException wrong = assertThrows(SQLException.class,
                () -> cluster.connect(server, ClusterAccounts.APP_USER, "wrong_pw").close());
            assertEquals(1045, wrong.getErrorCode(), wrong.getMessage());
            assertEquals("28000", wrong.getSQLState());
        }
    }

    @Test
    void rootLogsInOverTcpWithItsPassword(final TestCluster cluster) throws Exception
    {
        for (final ServerInfo server : cluster.servers())
        {
            try (Connection c = cluster.connect(server, "root",
                    ClusterAccounts.ROOT_PASSWORD); Statement s = c.createStatement())
            {
                final var rs = s.executeQuery("SELECT USER()");
                rs.next();
                assertTrue(rs.getString(1).startsWith("root@"), rs.getString(1));
            }
            final SQLException noPassword = assertThrows(SQLException.class,
                    () -> cluster.connect(server, "root", "").close());
            assertEquals(1045, noPassword.getErrorCode());
        }
    }

    @Test
    void serviceAccountReadsUsersAndKillsOtherSessions(final TestCluster cluster) throws Exception
    {
        final ServerInfo primary = cluster.primary();
        try (Connection sluice = cluster.connect(primary, ClusterAccounts.SLUICE_USER, ClusterAccounts.SLUICE_PASSWORD);
             Statement s = sluice.createStatement();
             Connection app = cluster.connect(primary, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement appStatement = app.createStatement())
        {
            final var users = s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv WHERE user IN ('app', 'root')");
            users.next();
            assertTrue(users.getInt(1) >= 2);
            final var id = appStatement.executeQuery("SELECT CONNECTION_ID()");
            id.next();
            s.execute("KILL QUERY " + id.getLong(1));
            s.execute("KILL CONNECTION " + id.getLong(1));
            assertThrows(SQLException.class, () -> appStatement.executeQuery("SELECT 1"));
        }
        final String grants = cluster.query(primary, "SHOW GRANTS FOR 'sluice'@'%'").toString();
        for (final String privilege : List.of("SHOW DATABASES", "CONNECTION ADMIN", "BINLOG MONITOR", "SLAVE MONITOR",
            "GRANT SELECT ON `mysql`.*"))
        {
            assertTrue(grants.contains(privilege), privilege + " in " + grants);
        }
        // SHOW SLAVE STATUS on a replica needs SLAVE MONITOR
        try (Connection sluice = cluster.connect(cluster.server("db2"), ClusterAccounts.SLUICE_USER,
                ClusterAccounts.SLUICE_PASSWORD);
             Statement s = sluice.createStatement())
        {
            final var status = s.executeQuery("SHOW SLAVE STATUS");
            assertTrue(status.next());
            assertEquals("Yes", status.getString("Slave_SQL_Running"));
        }
    }

    @Test
    void monitorAccountHasItsPrivileges(final TestCluster cluster) throws Exception
    {
        final String grants = cluster.query(cluster.primary(), "SHOW GRANTS FOR 'sluice_mon'@'%'").get(0).get(0);
        for (final String privilege : List.of("SUPER", "RELOAD", "PROCESS", "SHOW DATABASES", "EVENT", "BINLOG MONITOR",
            "REPLICATION SLAVE ADMIN", "READ_ONLY ADMIN", "BINLOG ADMIN", "CONNECTION ADMIN", "SLAVE MONITOR"))
        {
            assertTrue(grants.contains(privilege), privilege + " in " + grants);
        }
        final ServerInfo replica = cluster.server("db2");
        try (Connection monitor = cluster.connect(replica, ClusterAccounts.MONITOR_USER,
                ClusterAccounts.MONITOR_PASSWORD);
             Statement s = monitor.createStatement())
        {
            // setting it to what it is proves the privilege and changes nothing
            s.execute("SET GLOBAL read_only = 1");
            final var status = s.executeQuery("SHOW SLAVE STATUS");
            assertTrue(status.next());
            assertEquals("Yes", status.getString("Slave_IO_Running"));
        }
    }

    @Test
    void theMariadbClientConnects(final TestCluster cluster) throws Exception
    {
        assertTrue(Files.isExecutable(cluster.mariadbClient()), cluster.mariadbClient().toString());
        final List<String> command = new ArrayList<>(cluster.mariadbCommand(cluster.server("db3"),
                ClusterAccounts.APP_USER,
            ClusterAccounts.APP_PASSWORD));
        command.addAll(List.of("--batch", "--skip-column-names", "-e",
                "SELECT CURRENT_USER(), @@server_id, 6 * 7", "test"));
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("app@%\t3\t42\n", out);
    }

    @Test
    void aStoppedReplicaCatchesUpWhenStartedAgain(final TestCluster cluster) throws Exception
    {
        final ServerInfo before = cluster.server("db3");
        cluster.execute(cluster.primary(), "CREATE TABLE test.restart (id INT PRIMARY KEY)",
                "INSERT INTO test.restart VALUES (1)");
        cluster.awaitReplicaSync(SYNC);

        final ServerInfo stopped = cluster.stopServer("db3");
        assertFalse(stopped.running());
        assertEquals(0, stopped.pid());
        assertEquals(before.port(), stopped.port());
        assertFalse(Processes.isRunning(before.pid()), "the old mariadbd is gone");
        assertFalse(accepts(before.port()), "nothing listens on the stopped server's port");
        assertThrows(SQLException.class, () -> cluster.query(stopped, "SELECT 1"));

        // the primary goes on; the other replica keeps up; sync waits for running replicas only
        cluster.execute(cluster.primary(), "INSERT INTO test.restart VALUES (2), (3)");
        cluster.awaitReplicaSync(SYNC);
        assertEquals(List.of(List.of("3")), cluster.query(cluster.server("db2"), "SELECT COUNT(*) FROM test.restart"));

        final ServerInfo started = cluster.startServer("db3");
        assertTrue(started.running());
        assertNotEquals(before.pid(), started.pid());
        assertEquals(before.port(), started.port());
        assertEquals(before.dataDir(), started.dataDir());
        final Map<String, String> status = cluster.replicaStatus(started);
        assertEquals("Yes", status.get("Slave_IO_Running"));
        assertEquals("Yes", status.get("Slave_SQL_Running"));
        cluster.awaitReplicaSync(SYNC);
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3")),
            cluster.query(started, "SELECT id FROM test.restart ORDER BY id"));
        assertEquals(List.of("1"), cluster.query(started, "SELECT @@read_only").get(0));
        cluster.execute(cluster.primary(), "DROP TABLE test.restart");
        cluster.awaitReplicaSync(SYNC);
    }

    @Test
    void syncTimesOutNamingTheLaggingReplica(final TestCluster cluster) throws Exception
    {
        final ServerInfo db2 = cluster.server("db2");
        cluster.execute(db2, "STOP SLAVE SQL_THREAD");
        try
        {
            cluster.execute(cluster.primary(), "CREATE TABLE test.lag (id INT PRIMARY KEY)");
            final ClusterException e = assertThrows(ClusterException.class,
                () -> cluster.awaitReplicaSync(Duration.ofMillis(300)));
            assertTrue(e.getMessage().startsWith("db2 did not reach the primary's GTID position"), e.getMessage());
            assertTrue(e.getMessage().contains("Slave_SQL_Running=No"), e.getMessage());
        }
        finally
        {
            cluster.execute(db2, "START SLAVE SQL_THREAD");
        }
        cluster.awaitReplicaSync(SYNC);
        assertEquals(List.of(List.of("lag")), cluster.query(db2, "SHOW TABLES FROM test LIKE 'lag'"));
        cluster.execute(cluster.primary(), "DROP TABLE test.lag");
        cluster.awaitReplicaSync(SYNC);
    }

    private static boolean accepts(final int port)
    {
        try (Socket socket = new Socket())
        {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (final IOException e)
        {
            return false;
        }
    }

    private static List<String> listOf(final String... values)
    {
        return Arrays.asList(values);
    }
}
