package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * max_auth_failures through bin/sluice in front of the real cluster: after that many wrong passwords in a
 * row the client's host is refused, even with the right password, with error 1129, and the API shows it.
 */
@ExtendWith(MariaDbClusterExtension.class)
class HostBlockingIT
{
    @Test
    void shouldRefuseAHostAfterMaxAuthFailuresAndShowItInTheApi(final TestCluster cluster) throws Exception
    {
        final int adminPort = SluiceProcess.freePort();
        final int port = SluiceProcess.freePort();
        final ServerInfo primary = cluster.primary();
        final String config = "[maxscale]\nthreads=2\nmax_auth_failures=3\nadmin_port=" + adminPort + "\n\n"
            + "[db1]\ntype=server\naddress=127.0.0.1\nport=" + primary.port() + "\nrole=master\n\n"
            + "[Guarded]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=db1\nuser="
            + ClusterAccounts.SLUICE_USER + "\npassword=" + ClusterAccounts.SLUICE_PASSWORD
            + "\nusers_refresh_time=0s\n\n"
            + "[Guarded-Listener]\ntype=listener\nservice=Guarded\nprotocol=MariaDBClient\naddress=127.0.0.1\nport="
            + port + "\n";
        try (SluiceProcess sluice = SluiceProcess.start(Path.of("target", "host-blocking-it"), config))
        {
            final String url = "jdbc:mariadb://127.0.0.1:" + port + "/test";
            try (Connection ok = DriverManager.getConnection(url, ClusterAccounts.APP_USER,
                    ClusterAccounts.APP_PASSWORD))
            {
                assertTrue(ok.isValid(5));
            }
            for (int i = 0; i < 3; i++)
            {
                final SQLException denied = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, ClusterAccounts.APP_USER, "wrong").close());
                assertEquals(1045, denied.getErrorCode(), denied.getMessage());
            }
            final SQLException blocked = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD).close());
            assertEquals(1129, blocked.getErrorCode(), blocked.getMessage());
            assertTrue(blocked.getMessage().contains("Host '127.0.0.1' is blocked because of many connection errors"),
                blocked.getMessage());

            final SluiceCtlIT.Run show = SluiceCtlIT.run(false, "show", "service", "Guarded", "--url",
                "http://127.0.0.1:" + adminPort);
            assertEquals(0, show.status(), show.err());
            assertTrue(show.row("protocol_diagnostics.mariadbprotocol.host_blocking.max_auth_failures")
                .matches("\\S+\\s+3"), show.out());
            assertTrue(show.row("protocol_diagnostics.mariadbprotocol.host_blocking.blocked_hosts[0].host")
                .matches("\\S+\\s+127\\.0\\.0\\.1"), show.out());
            assertTrue(sluice.log().contains("host 127.0.0.1 blocked for 60 s after 3 failed logins"), sluice.log());
        }
    }
}
