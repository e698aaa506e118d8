package io.sluice.testcluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * One more mariadbd beside a {@link TestCluster}, for a test that needs server options the shared
 * cluster must not change (e.g. {@code --skip-name-resolve}): its own data directory under the
 * cluster's data root, the cluster's accounts ({@link ClusterAccounts}), no replication. About 2 s
 * to start (one bootstrap). Stopped by {@link #close()}, or by a JVM shutdown hook if a run never
 * closes it.
 *
 * <pre>
 * try (StandaloneServer snr = StandaloneServer.start(cluster, "snr", "--skip-name-resolve"))
 * {
 *     cluster.connect(snr.info(), ...)
 * }
 * </pre>
 */
public final class StandaloneServer implements AutoCloseable
{
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int SERVER_ID = 100;

    private final MariaDbServer server;
    private final Path socketDir;
    private final Thread shutdownHook;

    private StandaloneServer(final MariaDbServer server, final Path socketDir)
    {
        this.server = server;
        this.socketDir = socketDir;
        this.shutdownHook = new Thread(server::kill, "sluice-standalone-" + server.name() + "-shutdown");
    }

    /**
     * Bootstraps and starts a server named {@code name} (a folder of that name in the cluster's
     * data root, replaced if it exists) with the cluster's accounts and these extra options.
     */
    public static StandaloneServer start(final TestCluster cluster, final String name, final String... extraOptions)
        throws IOException
    {
        return start(cluster, name, false, extraOptions);
    }

    /**
     * As {@link #start(TestCluster, String, String...)}, with TLS: the cluster's {@link TestCluster#certificates()}
     * (clients may use TLS; add {@code SET GLOBAL require_secure_transport=ON} through {@link #execute} to require
     * it, after the start: the start logs in over plain TCP).
     */
    public static StandaloneServer startWithTls(final TestCluster cluster, final String name,
        final String... extraOptions) throws IOException
    {
        return start(cluster, name, true, extraOptions);
    }

    private static StandaloneServer start(final TestCluster cluster, final String name, final boolean tls,
        final String... extraOptions) throws IOException
    {
        if (TestCluster.SERVER_NAMES.contains(name))
        {
            throw new IllegalArgumentException(name + " is one of the cluster's servers");
        }
        final Path dir = cluster.dataRoot().resolve(name);
        if (Files.exists(dir))
        {
            MariaDbBinaries.deleteTree(dir);
        }
        Files.createDirectories(dir);
        // sun_path is short: the socket goes to a temporary folder, whatever the data root's length.
        final Path socketDir = Files.createTempDirectory("sluice-sock-");
        final MariaDbServer server = new MariaDbServer(name, SERVER_ID, ServerInfo.Role.PRIMARY, cluster.binaries(),
            dir, socketDir.resolve(name + ".sock"), freePort());
        server.extraOptions(List.of(extraOptions));
        if (tls)
        {
            server.tls(cluster.certificates().serverOptions());
        }
        final StandaloneServer standalone = new StandaloneServer(server, socketDir);
        try
        {
            Bootstrap.createDataDir(cluster.binaries(), server.dataDir(), dir.resolve("bootstrap.log"));
            Runtime.getRuntime().addShutdownHook(standalone.shutdownHook);
            server.start(false);
            server.awaitReady(START_TIMEOUT);
            try (Connection c = server.connectRoot(); Statement s = c.createStatement())
            {
                for (final String sql : ClusterAccounts.setupStatements())
                {
                    s.execute(sql);
                }
            }
        }
        catch (final IOException | SQLException | RuntimeException e)
        {
            standalone.close();
            throw e instanceof IOException io ? io : new IOException(name + " did not start: " + e.getMessage(), e);
        }
        return standalone;
    }

    /** Its address and state (role PRIMARY: it is writable). */
    public ServerInfo info()
    {
        return server.info();
    }

    /** A root connection (the cluster's root account, over TCP). */
    public Connection connectRoot() throws SQLException
    {
        return server.connectRoot();
    }

    /** Runs statements as root, in order. */
    public void execute(final String... sql) throws SQLException
    {
        try (Connection c = connectRoot(); Statement s = c.createStatement())
        {
            for (final String statement : sql)
            {
                s.execute(statement);
            }
        }
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(MariaDbServer.HOST)))
        {
            return s.getLocalPort();
        }
    }

    /** Stops the server (SIGTERM, SIGKILL after 30 s). Idempotent. */
    @Override
    public void close()
    {
        try
        {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        catch (final IllegalStateException | IllegalArgumentException e)
        {
            // the JVM is shutting down (the hook runs), or the hook was never added
        }
        server.stop(STOP_TIMEOUT);
        try
        {
            MariaDbBinaries.deleteTree(socketDir);
        }
        catch (final IOException e)
        {
            // a leftover empty temporary folder
        }
    }
}
