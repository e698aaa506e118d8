package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Configurations written for MaxScale, through bin/sluice with the distribution's modules in front of the
 * real cluster: [maxscale], protocol=MariaDBClient / mariadb, module=mysqlmon, servers' protocol=MariaDBBackend,
 * a readwritesplit service with MaxScale's parameters and unit-less durations start unchanged (with MaxScale's
 * deprecation warning) and route; a MaxScale
 * parameter Sluice does not implement yet is refused with file:line and "not supported yet".
 */
@ExtendWith(MariaDbClusterExtension.class)
class MaxScaleConfigIT
{
    private static String maxscaleConfig(final TestCluster cluster, final int adminPort, final int writePort,
        final int readPort, final String extraServiceLine)
    {
        final StringBuilder config = new StringBuilder("[maxscale]\nthreads=2\nadmin_port=" + adminPort
            + "\nusers_refresh_time=30\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nprotocol=MariaDBBackend\n\n");
        }
        config.append("[Replication-Monitor]\ntype=monitor\nmodule=mysqlmon\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.MONITOR_USER).append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD)
            .append("\nmonitor_interval=1000\nbackend_connect_timeout=3\n\n");
        config.append("[Splitter-Service]\ntype=service\nrouter=readwritesplit\nmax_replication_lag=30\n"
                + "master_failure_mode=fail_on_write\nslave_selection_criteria=LEAST_CURRENT_OPERATIONS\n"
                + "servers=db1,db2,db3\n")
            .append("user=").append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD)
            .append('\n').append(extraServiceLine).append("\n");
        config.append("[Read-Service]\ntype=service\nrouter=readconnroute\nrouter_options=slave\nservers=db1,db2,db3\n")
            .append("user=").append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD)
            .append("\n\n");
        config.append("[Splitter-Listener]\ntype=listener\nservice=Splitter-Service\nprotocol=MariaDBClient\nport=")
            .append(writePort).append("\naddress=127.0.0.1\n\n");
        config.append("[Read-Listener]\ntype=listener\nservice=Read-Service\nprotocol=mariadb\nport=")
            .append(readPort).append("\naddress=127.0.0.1\n");
        return config.toString();
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

    @Test
    void shouldStartAMaxScaleConfigurationUnchangedAndRoute(final TestCluster cluster) throws Exception
    {
        final int writePort = SluiceProcess.freePort();
        final int readPort = SluiceProcess.freePort();
        final String config = maxscaleConfig(cluster, SluiceProcess.freePort(), writePort, readPort, "");
        try (SluiceProcess sluice = SluiceProcess.start(Path.of("target", "maxscale-config-it"), config))
        {
            final String file = "target/maxscale-config-it/sluice.cnf";
            assertTrue(sluice.log().contains(file
                    + ":4: warning: duration users_refresh_time=30 has no unit; taken as 30s"
                + " as MaxScale does. Durations without a unit are deprecated: write "
                + "users_refresh_time=30s"), sluice.log());
            assertTrue(sluice.log().contains("warning: duration monitor_interval=1000 has no unit; taken as 1000ms"),
                sluice.log());
            assertTrue(Poll.waitFor(() -> sluice.log().contains("server db2 changed state: Running -> Slave, Running"),
                30_000), sluice.log());
            assertTrue(sluice.log().contains("warning: duration max_replication_lag=30 has no unit; taken as 30s"),
                sluice.log());
            assertTrue(List.of(2, 3).contains(serverIdVia(writePort)), "readwritesplit: a read on a replica");
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + writePort + "/test",
                     ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
            {
                s.execute("BEGIN");
                try (ResultSet rs = s.executeQuery("SELECT @@server_id"))
                {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "in a transaction: the primary");
                }
                s.execute("COMMIT");
            }
            assertTrue(List.of(2, 3).contains(serverIdVia(readPort)));
        }
    }

    @Test
    void shouldRefuseAMaxScaleParameterNotSupportedYetWithFileAndLine(final TestCluster cluster) throws Exception
    {
        final Path dir = Files.createDirectories(Path.of("target", "maxscale-config-it-refused"));
        final Path file = dir.resolve("maxscale.cnf");
        Files.writeString(file, maxscaleConfig(cluster, SluiceProcess.freePort(), SluiceProcess.freePort(),
            SluiceProcess.freePort(), "reuse_prepared_statements=true"));
        final int line = Files.readAllLines(file).indexOf("reuse_prepared_statements=true") + 1;
        final Process p = new ProcessBuilder(SluiceProcess.HOME.resolve("bin/sluice").toString(), "--config",
            file.toString(), "--check").redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains(file + ":" + line
                + ": parameter 'reuse_prepared_statements' in section [Splitter-Service] is"
            + " MaxScale's but not supported yet by Sluice"), out);
    }
}
