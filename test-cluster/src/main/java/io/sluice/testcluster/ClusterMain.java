package io.sluice.testcluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The test cluster from the command line ({@code bin/sluice-cluster}):
 * <pre>
 * ClusterMain start [DIR]    start a new cluster in DIR, as daemons that outlive this JVM; writes
 * DIR/cluster.properties
 * ClusterMain stop [DIR]     stop exactly the servers recorded in DIR/cluster.properties
 * ClusterMain status [DIR]   each server's state: running, role, replication, GTID position
 * </pre>
 * DIR defaults to {@code ./sluice-cluster-data}. Exit status: 0 done (status: all three running
 * and replicating), 1 failure, 2 bad arguments, 3 (status) a server down or not replicating, or
 * no cluster in DIR.
 */
public final class ClusterMain
{
    static final String DEFAULT_DIR = "sluice-cluster-data";
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_NOT_RUNNING = 3;

    private final PrintStream out;
    private final PrintStream err;

    ClusterMain(final PrintStream out, final PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    public static void main(final String[] args)
    {
        System.exit(new ClusterMain(System.out, System.err).run(args));
    }

    int run(final String[] args)
    {
        if (args.length < 1 || args.length > 2 || !List.of("start", "stop", "status").contains(args[0]))
        {
            err.println("usage: sluice-cluster start|stop|status [DIR]   (DIR defaults to ./" + DEFAULT_DIR + ")");
            return EXIT_USAGE;
        }
        final Path dir = Path.of(args.length == 2 ? args[1] : DEFAULT_DIR).toAbsolutePath().normalize();
        try
        {
            return switch (args[0])
            {
                case "start" -> start(dir);
                case "stop" -> stop(dir);
                default -> status(dir);
            };
        }
        catch (final IOException | RuntimeException e)
        {
            err.println("sluice-cluster " + args[0] + ": " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private int start(final Path dir) throws IOException
    {
        if (Files.exists(dir.resolve(TestCluster.PROPERTIES_FILE)))
        {
            final List<String> running = new ArrayList<>();
            for (final ServerInfo server : TestCluster.attach(dir).servers())
            {
                if (server.running())
                {
                    running.add(server.name() + " pid " + server.pid());
                }
            }
            if (!running.isEmpty())
            {
                err.println("sluice-cluster start: a cluster is already running in " + dir + " ("
                        + String.join(", ", running)
                    + "); stop it first: sluice-cluster stop " + dir);
                return EXIT_FAILED;
            }
        }
        final long startNs = System.nanoTime();
        final TestCluster cluster = TestCluster.start(dir, true);
        try
        {
            ClusterFile.write(cluster, dir.resolve(TestCluster.PROPERTIES_FILE));
        }
        catch (final IOException | RuntimeException e)
        {
            cluster.close();
            throw e;
        }
        out.printf(Locale.ROOT, "MariaDB cluster running in %s (started in %.1f s)%n", dir,
                (System.nanoTime() - startNs) / 1e9);
        for (final ServerInfo server : cluster.servers())
        {
            out.printf(Locale.ROOT, "  %-4s %-8s %s  pid %d%n", server.name(), role(server),
                    server.address(), server.pid());
            out.println("       "
                    + shellLine(cluster.mariadbCommand(server, ClusterAccounts.ROOT_USER,
                    ClusterAccounts.ROOT_PASSWORD)));
            out.println("       " + cluster.jdbcUrl(server, ClusterAccounts.DATABASE));
        }
        out.println("Accounts (user/password): " + ClusterAccounts.ROOT_USER + "/"
                + ClusterAccounts.ROOT_PASSWORD + " (all), "
            + ClusterAccounts.APP_USER + "/" + ClusterAccounts.APP_PASSWORD + " (databases "
            + ClusterAccounts.DATABASE + ", "
            + ClusterAccounts.DATABASE_2 + "), " + ClusterAccounts.SLUICE_USER + "/" + ClusterAccounts.SLUICE_PASSWORD
            + " (proxy service), " + ClusterAccounts.MONITOR_USER + "/"
            + ClusterAccounts.MONITOR_PASSWORD + " (monitor), "
            + ClusterAccounts.REPL_USER + "/" + ClusterAccounts.REPL_PASSWORD + " (replication)");
        out.println("Details in " + dir.resolve(TestCluster.PROPERTIES_FILE)
                + "; stop with: sluice-cluster stop " + dir);
        return EXIT_OK;
    }

    private int stop(final Path dir) throws IOException
    {
        if (!Files.exists(dir.resolve(TestCluster.PROPERTIES_FILE)))
        {
            out.println("no cluster in " + dir + " (no " + TestCluster.PROPERTIES_FILE + "): nothing to stop");
            return EXIT_OK;
        }
        final TestCluster cluster = TestCluster.attach(dir);
        final List<ServerInfo> servers = cluster.servers();
        cluster.close();
        for (final ServerInfo server : servers)
        {
            out.println(server.name() + ": "
                    + (server.running() ? "stopped (pid " + server.pid() + ")" : "was not running"));
        }
        return EXIT_OK;
    }

    private int status(final Path dir) throws IOException
    {
        if (!Files.exists(dir.resolve(TestCluster.PROPERTIES_FILE)))
        {
            out.println("no cluster in " + dir + " (no " + TestCluster.PROPERTIES_FILE + ")");
            return EXIT_NOT_RUNNING;
        }
        final TestCluster cluster = TestCluster.attach(dir);
        boolean healthy = true;
        for (final ServerInfo server : cluster.servers())
        {
            final StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s %-8s %s  ",
                    server.name(), role(server),
                server.address()));
            if (!server.running())
            {
                out.println(line.append("not running"));
                healthy = false;
                continue;
            }
            line.append("pid ").append(server.pid()).append("  running");
            try
            {
                final List<String> vars = cluster.query(server,
                    "SELECT @@read_only, @@gtid_binlog_pos, @@gtid_slave_pos").get(0);
                line.append("  read_only=").append(vars.get(0)).append("  gtid_binlog_pos=").append(vars.get(1));
                if (server.role() == ServerInfo.Role.REPLICA)
                {
                    final Map<String, String> replica = cluster.replicaStatus(server);
                    final String io = replica.getOrDefault("Slave_IO_Running", "-");
                    final String sql = replica.getOrDefault("Slave_SQL_Running", "-");
                    line.append("  gtid_slave_pos=").append(vars.get(2)).append("  replication IO=").append(io)
                        .append(" SQL=").append(sql);
                    final String error = firstNonBlank(replica.get("Last_IO_Error"), replica.get("Last_SQL_Error"));
                    if (error != null)
                    {
                        line.append("  error: ").append(error);
                    }
                    healthy &= "Yes".equals(io) && "Yes".equals(sql);
                }
            }
            catch (final SQLException e)
            {
                line.append("  (cannot query: ").append(e.getMessage()).append(')');
                healthy = false;
            }
            out.println(line);
        }
        return healthy ? EXIT_OK : EXIT_NOT_RUNNING;
    }

    private static String role(final ServerInfo server)
    {
        return server.role().name().toLowerCase(Locale.ROOT);
    }

    private static String firstNonBlank(final String a, final String b)
    {
        if (a != null && !a.isBlank())
        {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    /** The command as one line to paste into a shell. */
    static String shellLine(final List<String> command)
    {
        final StringBuilder line = new StringBuilder();
        for (final String word : command)
        {
            if (line.length() > 0)
            {
                line.append(' ');
            }
            line.append(word.matches("[A-Za-z0-9_@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}
