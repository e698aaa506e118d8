package io.sluice.plugins.mariadbmon;

import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.launcher.Modules;
import io.sluice.core.launcher.Sluice;
import io.sluice.api.ModuleInfo;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.plugins.readconnroute.ReadConnRouteModule;
import io.sluice.protocol.mysql.MariaDbProtocolModule;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sluice itself (in this JVM: workers, listeners, the MariaDB protocol, readconnroute) with a
 * mariadbmon monitor and no configured roles, in front of the shared cluster: the listeners route
 * by the monitor's roles, and after a switchover router_options=master sends new connections and
 * their writes to the new primary while connections to the old one are closed. Ends with db1 the
 * primary again.
 */
@ExtendWith(MariaDbClusterExtension.class)
class ReadConnRouteFollowsMonitorIT
{
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Sluice sluice;
    private TestCluster cluster;

    @AfterEach
    void stop() throws Exception
    {
        if (sluice != null)
        {
            final MonitorRunner mon = sluice.monitors().get("TheMonitor");
            if (mon != null && !"db1".equals(((Map<?, ?>) mon.diagnostics().get("monitor_diagnostics")).get("primary")))
            {
                mon.call("switchover", List.of("db1")).get(120, TimeUnit.SECONDS);
            }
            sluice.shutdown(10_000);
        }
        if (cluster != null)
        {
            SwitchoverIT.restored(cluster);
        }
    }

    @Test
    void shouldRouteByTheMonitorsRolesAndFollowASwitchover(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(), "CREATE OR REPLACE TABLE test.rcr (id INT PRIMARY KEY, written_on INT)");
        cluster.awaitReplicaSync(PATIENCE);
        final int writePort = freePort();
        final int readPort = freePort();
        sluice = start(writePort, readPort);
        final MonitorRunner monitor = sluice.monitors().get("TheMonitor");
        assertEquals("Master, Running", sluice.cluster().snapshot().state("db1").statusText(),
            "the monitor's first tick came before the services started");

        try (Connection beforeSwitch = connect(writePort))
        {
            assertEquals(1, serverId(beforeSwitch));
            assertTrue(Set.of(2, 3).contains(serverIdVia(readPort)));
            insert(beforeSwitch, 1);

            final Map<?, ?> result = (Map<?, ?>) monitor.call("switchover", List.of("db2")).get(120, TimeUnit.SECONDS);
            assertEquals("db2", result.get("new_primary"));
            assertEquals("Master, Running", sluice.cluster().snapshot().state("db2").statusText());
            assertEquals("Slave, Running", sluice.cluster().snapshot().state("db1").statusText());

            // the session on the old primary is closed: db1 is no longer the master
            assertThrows(SQLException.class, () -> serverId(beforeSwitch));
        }
        try (Connection afterSwitch = connect(writePort))
        {
            assertEquals(2, serverId(afterSwitch));
            insert(afterSwitch, 2);
        }
        assertTrue(Set.of(1, 3).contains(serverIdVia(readPort)), "the replicas are now db1 and db3");
        for (final ServerInfo s : cluster.servers())
        {
            Await.until(() -> rows(s).equals(List.of(List.of("1", "1"), List.of("2", "2"))), PATIENCE,
                () -> s.name() + " has " + rows(s));
        }

        monitor.call("switchover", List.of("db1")).get(120, TimeUnit.SECONDS);
        try (Connection back = connect(writePort))
        {
            assertEquals(1, serverId(back));
            insert(back, 3);
        }
        assertTrue(Set.of(2, 3).contains(serverIdVia(readPort)));
        assertEquals(List.of(List.of("3", "1")), cluster.query(cluster.primary(), "SELECT * FROM test.rcr WHERE id=3"));
    }

    private Sluice start(final int writePort, final int readPort) throws Exception
    {
        final StringBuilder cnf = new StringBuilder("[sluice]\nthreads=2\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            cnf.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\n"
                    + "port=").append(s.port()).append("\n\n");
        }
        cnf.append("[TheMonitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\n"
                + "user=").append(ClusterAccounts.MONITOR_USER)
            .append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD).append("\nmonitor_interval=1s\n"
            + "replication_user=")
            .append(ClusterAccounts.REPL_USER).append("\nreplication_password=").append(ClusterAccounts.REPL_PASSWORD)
            .append("\n\n");
        for (final String role : List.of("master", "slave"))
        {
            cnf.append("[").append(role).append("-service]\ntype=service\nrouter=readconnroute\n"
                    + "router_options=").append(role)
                .append("\nservers=db1,db2,db3\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
                .append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
            cnf.append("[").append(role).append("-listener]\ntype=listener\nservice=").append(role)
                .append("-service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=")
                .append(role.equals("master") ? writePort : readPort).append("\n\n");
        }
        final Path dir = Files.createDirectories(Path.of("target", "readconnroute-it"));
        final Path file = dir.resolve("sluice.cnf");
        Files.writeString(file, cnf);
        final ModuleInfo router = new ReadConnRouteModule().module();
        final ModuleInfo monitor = new MariaDbMonModule().module();
        final ModuleInfo protocol = new MariaDbProtocolModule().module();
        final SluiceConfig config = ConfigLoader.load(file, ModuleSpecs.of(Map.of(router.name(), router.parameters()),
            Map.of(monitor.name(), monitor.parameters()), Map.of()));
        final Modules modules = (type, name) -> Optional.ofNullable(
                switch (type)
                {
                    case ROUTER -> name.equals(router.name()) ? router : null;
                    case MONITOR -> name.equals(monitor.name()) ? monitor : null;
                    case PROTOCOL -> name.equals(protocol.name()) ? protocol : null;
                    default -> null;
                })
            .map(info -> new Modules.Choice(info, ModuleUsage.NONE));
        return Sluice.start(config, modules);
    }

    private static int freePort() throws Exception
    {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return s.getLocalPort();
        }
    }

    private static Connection connect(final int port) throws SQLException
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test?connectTimeout=10000",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
    }

    private static int serverId(final Connection c) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@server_id"))
        {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int serverIdVia(final int port) throws SQLException
    {
        try (Connection c = connect(port))
        {
            return serverId(c);
        }
    }

    private static void insert(final Connection c, final int id) throws SQLException
    {
        try (Statement s = c.createStatement())
        {
            s.execute("INSERT INTO test.rcr VALUES (" + id + ", @@server_id)");
        }
    }

    private List<List<String>> rows(final ServerInfo s)
    {
        try
        {
            return cluster.query(s, "SELECT id, written_on FROM test.rcr WHERE id <= 2 ORDER BY id");
        }
        catch (final SQLException e)
        {
            return List.of(List.of(e.getMessage()));
        }
    }
}
