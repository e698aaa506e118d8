package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runtime changes through sluicectl against bin/sluice in front of the real cluster: a created service and
 * listener accept clients at once, a refused change answers with the validation message and changes nothing,
 * an alter applies without a restart, and all of it is still there after a restart (DATADIR/runtime-changes.json).
 */
@ExtendWith(MariaDbClusterExtension.class)
class RuntimeChangesIT
{
    private static final Path DIR = Path.of("target", "runtime-changes-it");

    private static int serverIdVia(final int port) throws SQLException
    {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
                + "/test?connectTimeout=3000",
                 ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@server_id"))
        {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void deleteTree(final Path dir) throws IOException
    {
        if (Files.exists(dir))
        {
            try (Stream<Path> files = Files.walk(dir))
            {
                for (final Path p : files.sorted(Comparator.reverseOrder()).toList())
                {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void shouldCreateAlterAndDestroyWhileRunningAndKeepItAcrossARestart(final TestCluster cluster) throws Exception
    {
        deleteTree(DIR);
        final int adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[maxscale]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\n"
                    + "port=").append(s.port()).append("\n\n");
        }
        config.append("[Monitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\n"
                + "user=").append(ClusterAccounts.MONITOR_USER)
            .append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD).append("\nmonitor_interval=1s\n");
        final String account = "user=" + ClusterAccounts.SLUICE_USER;
        final String password = "password=" + ClusterAccounts.SLUICE_PASSWORD;
        final int port = SluiceProcess.freePort();
        final int movedPort = SluiceProcess.freePort();
        final SluiceCtlIT.Run[] run = new SluiceCtlIT.Run[1];
        try (SluiceProcess sluice = SluiceProcess.start(DIR, config.toString()))
        {
            ctl(adminPort, 0, "create", "service", "Reads", "readconnroute", "router_options=slave",
                    "servers=db1,db2,db3",
                account, password);
            ctl(adminPort, 0, "create", "listener", "Reads", "Reads-Listener", String.valueOf(port),
                    "address=127.0.0.1",
                "protocol=MariaDBClient");
            assertTrue(List.of(2, 3).contains(serverIdVia(port)), "the new service accepts clients at once");

            run[0] = ctl(adminPort, 1, "create", "service", "Broken", "readconnroute",
                    "servers=db1,db9", account, password);
            assertEquals("sluicectl: unknown server 'db9' in 'servers' of service [Broken] (did you mean 'db1'?) (HTTP "
                    + "400)\n",
                run[0].err());
            run[0] = ctl(adminPort, 1, "create", "listener", "Reads", "Twin", String.valueOf(port),
                    "address=127.0.0.1");
            assertTrue(run[0].err().contains("already used by listener [Reads-Listener]"), run[0].err());
            run[0] = ctl(adminPort, 1, "alter", "service", "Reads", "router_options=sideways");
            assertTrue(run[0].err().contains("router_options: unknown option 'sideways' (allowed: master, slave, "
                    + "running)"),
                run[0].err());
            final SluiceCtlIT.Run services = ctl(adminPort, 0, "list", "services");
            assertFalse(services.out().contains("Broken"), services.out());
            assertTrue(services.row("Reads").matches("Reads\\s+readconnroute\\s+\\d+\\s+\\d+\\s+db1, db2, db3"),
                    services.out());
            assertTrue(List.of(2, 3).contains(serverIdVia(port)), "a refused change changes nothing");

            ctl(adminPort, 0, "alter", "service", "Reads", "router_options=master");
            assertEquals(1, serverIdVia(port), "altered without a restart");
            ctl(adminPort, 0, "alter", "listener", "Reads-Listener", "port=" + movedPort);
            assertEquals(1, serverIdVia(movedPort));
            assertThrows(SQLException.class, () -> serverIdVia(port), "the old port is closed");
            run[0] = ctl(adminPort, 1, "destroy", "service", "Nope");
            assertEquals("sluicectl: no service named 'Nope' (HTTP 404)\n", run[0].err());
            run[0] = ctl(adminPort, 1, "destroy", "service", "Reads");
            assertTrue(run[0].err().contains("unknown service 'Reads' in 'service' of listener [Reads-Listener]"),
                    run[0].err());
        }
        assertTrue(Files.readString(DIR.resolve("data/runtime-changes.json")).contains("\"Reads-Listener\""));
        try (SluiceProcess sluice = SluiceProcess.start(DIR, config.toString()))
        {
            assertEquals(1, serverIdVia(movedPort), "still there after a restart");
            assertTrue(ctl(adminPort, 0, "show", "service", "Reads").row("parameters.router_options")
                .matches("parameters.router_options\\s+master"));
            ctl(adminPort, 0, "destroy", "listener", "Reads-Listener");
            ctl(adminPort, 0, "destroy", "service", "Reads");
            assertThrows(SQLException.class, () -> serverIdVia(movedPort));
            assertEquals(2, ctl(adminPort, 0, "list", "services").lines().size(), "no services left");
        }
        try (SluiceProcess sluice = SluiceProcess.start(DIR, config.toString()))
        {
            assertEquals(2, ctl(adminPort, 0, "list", "listeners").lines().size(), "the destroyed stay destroyed");
        }
    }

    /** The first line a raw client of the port reads: the tagger router's greeting. */
    private static String greeting(final int port) throws IOException
    {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port))
        {
            socket.setSoTimeout(10_000);
            final java.io.InputStream in = socket.getInputStream();
            final StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n')
            {
                line.append((char)b);
            }
            return line.toString();
        }
    }

    @Test
    void shouldKeepAModuleJarLoadedByPathAndTheServiceUsingItAcrossARestart(final TestCluster cluster)
        throws Exception
    {
        final Path dir = Path.of("target", "runtime-changes-module-it");
        deleteTree(dir);
        final Path work = Files.createDirectories(dir.resolve("jars")).toAbsolutePath();
        final Path api;
        try (java.nio.file.DirectoryStream<Path> jars = Files.newDirectoryStream(SluiceProcess.HOME.resolve("lib"),
            "sluice-api-*.jar"))
        {
            api = jars.iterator().next();
        }
        final Path jar = RouterJars.tagger(work, api, "1.3.0", false, null);
        final int adminPort = SluiceProcess.freePort();
        final int port = SluiceProcess.freePort();
        final ServerInfo db1 = cluster.server("db1");
        final String config = "[maxscale]\nthreads=2\nadmin_port=" + adminPort + "\n\n[db1]\ntype=server\n"
            + "address=127.0.0.1\nport=" + db1.port() + "\n";
        try (SluiceProcess sluice = SluiceProcess.start(dir, config))
        {
            final SluiceCtlIT.Run refused = ctl(adminPort, 1, "create", "service", "Tags", "tagger", "servers=db1");
            assertTrue(refused.err().contains("tagger"), "no tagger module yet: " + refused.err());

            ctl(adminPort, 0, "load", "module", jar.toString());
            ctl(adminPort, 0, "create", "service", "Tags", "tagger", "servers=db1");
            ctl(adminPort, 0, "create", "listener", "Tags", "Tags-Listener", String.valueOf(port),
                "address=127.0.0.1", "protocol=raw");
            assertEquals("hello from tagger 1.3.0", greeting(port), "the loaded module serves at once");
        }
        assertTrue(Files.readString(dir.resolve("data/module-jars.json")).contains(jar.toString()));
        try (SluiceProcess sluice = SluiceProcess.start(dir, config))
        {
            assertEquals("hello from tagger 1.3.0", greeting(port), "loaded again before the runtime changes");
            assertTrue(ctl(adminPort, 0, "list", "modules").row("tagger").matches("tagger\\s+router\\s+1\\.3\\.0\\s+"
                + "2\\.\\d+\\s+" + java.util.regex.Pattern.quote(jar.toString())));
        }
    }

    private static SluiceCtlIT.Run ctl(final int adminPort, final int status, final String... args)
    {
        final String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = "http://127.0.0.1:" + adminPort;
        final SluiceCtlIT.Run run = SluiceCtlIT.run(false, all);
        assertEquals(status, run.status(), () -> String.join(" ", args) + ": " + run.out() + run.err());
        return run;
    }
}
