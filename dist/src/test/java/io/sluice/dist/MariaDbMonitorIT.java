package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bin/sluice with the distribution's mariadbmon jar and no configured roles in front of the real
 * cluster: the monitor finds the roles before the listeners open, readconnroute routes by them,
 * a replica that stops is taken out of the read listener until it comes back, and a switchover
 * called through the admin REST API moves the writes to the new primary. Leaves db1 the primary.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbMonitorIT
{
    private static final long PATIENCE_MS = 60_000;

    @Test
    void shouldRouteByTheMonitorsRolesAndFollowAReplicaThatStopsAndStarts(final TestCluster cluster) throws Exception
    {
        final int writePort = SluiceProcess.freePort();
        final int readPort = SluiceProcess.freePort();
        final int adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\n"
                    + "port=").append(s.port()).append("\n\n");
        }
        config.append("[TheMonitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.MONITOR_USER).append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD)
            .append("\nmonitor_interval=1s\nreplication_user=").append(ClusterAccounts.REPL_USER)
            .append("\nreplication_password=").append(ClusterAccounts.REPL_PASSWORD).append("\n\n");
        config.append("[Write-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\n"
                + "servers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[Read-Service]\ntype=service\nrouter=readconnroute\nrouter_options=slave\nservers=db1,db2,db3\n"
                + "user=")
            .append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[Write-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBProtocol\n"
                + "address=127.0.0.1\nport=")
            .append(writePort).append("\n\n");
        config.append("[Read-Listener]\ntype=listener\nservice=Read-Service\nprotocol=MariaDBProtocol\n"
                + "address=127.0.0.1\nport=")
            .append(readPort).append("\n");
        try (SluiceProcess sluice = SluiceProcess.start(Path.of("target", "mariadb-monitor-it"), config.toString()))
        {
            sluice.awaitLog("monitor TheMonitor: primary is db1", PATIENCE_MS);
            sluice.awaitLog("server db1 changed state: Running -> Master, Running", PATIENCE_MS);
            sluice.awaitLog("server db2 changed state: Running -> Slave, Running", PATIENCE_MS);
            sluice.awaitLog("server db3 changed state: Running -> Slave, Running", PATIENCE_MS);
            assertEquals(1, serverIdVia(writePort));
            assertEquals(Set.of(2, 3), serverIdsVia(readPort, 6));

            try
            {
                cluster.stopServer("db3");
                sluice.awaitLog("server db3 changed state: Slave, Running -> Down", PATIENCE_MS);
                assertEquals(Set.of(2), serverIdsVia(readPort, 4), "db3 is down: only db2 serves reads");
            }
            finally
            {
                cluster.startServer("db3");
            }
            // Running first if the monitor looks before its replication threads are up; the startup's own
            // "Running -> Slave, Running" line is already in the log, so look only after the Down line
            sluice.awaitLog("server db3 changed state: Down -> ", PATIENCE_MS);
            sluice.awaitLog("server db3 changed state: Slave, Running -> Down[\\s\\S]*server db3 changed state: "
                + "(Down|Running) -> Slave, Running", PATIENCE_MS);
            assertEquals(Set.of(2, 3), serverIdsVia(readPort, 6));
            assertEquals(1, serverIdVia(writePort));

            final HttpResponse<String> bad = SluiceProcess.admin(adminPort, "POST",
                    "/v1/maxscale/modules/mariadbmon/switchover?TheMonitor&db9", java.time.Duration.ofSeconds(150));
            assertEquals(400, bad.statusCode(), bad.body());
            assertEquals("{\"errors\":[{\"detail\":\"monitor TheMonitor has no server 'db9'; its servers are [db1, "
                    + "db2, db3]\"}]}",
                bad.body());
            try
            {
                final HttpResponse<String> done = SluiceProcess.admin(adminPort, "POST",
                    "/v1/maxscale/modules/mariadbmon/switchover?TheMonitor&db2", java.time.Duration.ofSeconds(150));
                assertEquals(200, done.statusCode(), done.body());
                assertTrue(done.body().contains("\"old_primary\":\"db1\",\"new_primary\":\"db2\""), done.body());
                sluice.awaitLog("server db2 changed state: Slave, Running -> Master, Running", PATIENCE_MS);
                final HttpResponse<String> db2 = SluiceProcess.admin(adminPort, "GET", "/v1/servers/db2",
                        java.time.Duration.ofSeconds(150));
                assertTrue(db2.body().contains("\"state\":\"Master, Running\""), db2.body());
                assertEquals(2, serverIdVia(writePort));
                assertEquals(Set.of(1, 3), serverIdsVia(readPort, 6));
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + writePort + "/test",
                         ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
                     Statement st = c.createStatement())
                {
                    st.execute("CREATE OR REPLACE TABLE test.dist_mon (id INT PRIMARY KEY, written_on INT)");
                    st.execute("INSERT INTO test.dist_mon VALUES (1, @@server_id)");
                }
                assertEquals(java.util.List.of(java.util.List.of("2")),
                    cluster.query(cluster.server("db2"), "SELECT written_on FROM test.dist_mon"));
            }
            finally
            {
                final HttpResponse<String> back = SluiceProcess.admin(adminPort, "POST",
                    "/v1/maxscale/modules/mariadbmon/switchover?TheMonitor&db1", java.time.Duration.ofSeconds(150));
                assertEquals(200, back.statusCode(), back.body());
                // a write on db1 moves the replicas' gtid_slave_pos past their own events (awaitReplicaSync)
                cluster.execute(cluster.primary(), "DROP TABLE IF EXISTS test.dist_mon");
                cluster.awaitReplicaSync(java.time.Duration.ofSeconds(60));
            }
            assertEquals(1, serverIdVia(writePort));
            assertTrue(sluice.isAlive());
        }
    }

    private static int serverIdVia(final int port) throws SQLException
    {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
                 ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@server_id"))
        {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The servers of n connections opened one after the other (least connections first: they spread). */
    private static Set<Integer> serverIdsVia(final int port, final int n) throws SQLException
    {
        final Set<Integer> ids = new HashSet<>();
        final Connection[] open = new Connection[n];
        try
        {
            for (int i = 0; i < n; i++)
            {
                open[i] = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
                        ClusterAccounts.APP_USER,
                    ClusterAccounts.APP_PASSWORD);
                try (Statement s = open[i].createStatement(); ResultSet rs = s.executeQuery("SELECT @@server_id"))
                {
                    rs.next();
                    ids.add(rs.getInt(1));
                }
            }
        }
        finally
        {
            for (final Connection c : open)
            {
                if (c != null)
                {
                    c.close();
                }
            }
        }
        return ids;
    }
}
