package io.sluice.testcluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One mariadbd: its folder ({@code data/}, {@code error.log}, {@code stdout.log},
 * {@code mariadbd.pid}), command line, start, readiness and stop. Not thread-safe: the cluster
 * calls it under its own lock.
 */
final class MariaDbServer
{
    static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbServer.class);
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final int CONNECT_TIMEOUT_MS = 2000;
    private static final int LOG_TAIL_LINES = 25;

    private final String name;
    private final int serverId;
    private final ServerInfo.Role role;
    private final MariaDbBinaries binaries;
    private final Path dir;
    private final Path socket;
    private volatile int port;
    private volatile long pid;
    /** Server options added to {@link #command()} (a standalone server's, e.g. --skip-name-resolve). */
    private List<String> extraOptions = List.of();
    /** mariadbd's --ssl-* options; empty: --skip-ssl. */
    private List<String> tlsOptions = List.of();
    /** When the last start began, for the log line. */
    private long startedNs;
    /** Where the last start's lines begin in error.log and stdout.log (both grow across restarts). */
    private long errorLogOffset;
    private long stdoutLogOffset;

    MariaDbServer(final String name, final int serverId, final ServerInfo.Role role, final MariaDbBinaries binaries,
        final Path dir, final Path socket, final int port)
    {
        this.name = name;
        this.serverId = serverId;
        this.role = role;
        this.binaries = binaries;
        this.dir = dir;
        this.socket = socket;
        this.port = port;
    }

    String name()
    {
        return name;
    }

    int serverId()
    {
        return serverId;
    }

    ServerInfo.Role role()
    {
        return role;
    }

    int port()
    {
        return port;
    }

    /** Only before a start: TLS with these options ({@link TestCertificates#serverOptions()}), not --skip-ssl. */
    void tls(final List<String> options)
    {
        this.tlsOptions = List.copyOf(options);
    }

    boolean hasTls()
    {
        return !tlsOptions.isEmpty();
    }

    /** Only before a start: options appended to the command line. */
    void extraOptions(final List<String> options)
    {
        this.extraOptions = List.copyOf(options);
    }

    /** Only before a start, to retry on another port. */
    void port(final int newPort)
    {
        this.port = newPort;
    }

    long pid()
    {
        return pid;
    }

    /** For a cluster whose servers another JVM started. */
    void adopt(final long runningPid)
    {
        this.pid = runningPid;
    }

    Path dir()
    {
        return dir;
    }

    Path dataDir()
    {
        return dir.resolve("data");
    }

    Path socket()
    {
        return socket;
    }

    Path errorLog()
    {
        return dir.resolve("error.log");
    }

    ServerInfo info()
    {
        return new ServerInfo(name, HOST, port, role, isRunning() ? pid : 0, dataDir(), socket);
    }

    boolean isRunning()
    {
        return pid > 0 && Processes.isMariadbdOf(pid, dataDir());
    }

    String jdbcUrl(final String database)
    {
        return "jdbc:mariadb://" + HOST + ":" + port + "/" + (database == null ? "" : database);
    }

    Connection connect(final String user, final String password) throws SQLException
    {
        final Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        return DriverManager.getConnection(jdbcUrl(null), props);
    }

    Connection connectRoot() throws SQLException
    {
        return connect(ClusterAccounts.ROOT_USER, ClusterAccounts.ROOT_PASSWORD);
    }

    /** A temporary directory next to the data directory, created if need be. */
    private static Path tmpDir(final Path dataDir)
    {
        final Path tmp = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        try
        {
            Files.createDirectories(tmp);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot create " + tmp + ": " + e.getMessage(), e);
        }
        return tmp;
    }

    /** Options shared by the bootstrap and the server: small, fast, and blind to any my.cnf. */
    static List<String> commonOptions(final MariaDbBinaries binaries, final Path dataDir)
    {
        final List<String> options = new ArrayList<>(List.of(
            // must come first
            "--no-defaults",
            "--basedir=" + binaries.basedir(),
            "--datadir=" + dataDir,
            "--lc-messages-dir=" + binaries.shareDir(),
            "--innodb-buffer-pool-size=64M",
            "--innodb-log-file-size=16M",
            "--performance-schema=OFF",
            // Its own temporary directory: servers bootstrapping at once in the shared /tmp can collide on temp file
            // names.
            "--tmpdir=" + tmpDir(dataDir)));
        if (binaries.pluginDir() != null)
        {
            options.add("--plugin-dir=" + binaries.pluginDir());
        }
        // mariadbd refuses to run as root unless told to.
        if (Processes.effectiveUid() == 0)
        {
            options.add("--user=root");
        }
        return options;
    }

    List<String> command()
    {
        final List<String> command = new ArrayList<>();
        command.add(binaries.mariadbd().toString());
        command.addAll(commonOptions(binaries, dataDir()));
        command.addAll(List.of(
            "--port=" + port,
            "--bind-address=" + HOST,
            "--socket=" + socket,
            "--pid-file=" + dir.resolve("mariadbd.pid"),
            "--log-error=" + errorLog(),
            "--server-id=" + serverId,
            "--log-bin=mariadb-bin",
            "--relay-log=relay-bin",
            "--log-slave-updates",
            "--binlog-format=ROW",
            "--gtid-strict-mode=1",
            "--max-allowed-packet=64M",
            "--local-infile=1",
            // Commits reach the OS at once (a killed server loses nothing), fsync once a second.
            "--innodb-flush-log-at-trx-commit=2"));
        if (tlsOptions.isEmpty())
        {
            // 11.4 makes a self-signed TLS certificate at every start when it has none: 8-15 s here.
            command.add("--skip-ssl");
        }
        else
        {
            command.addAll(tlsOptions);
        }
        if (role == ServerInfo.Role.REPLICA)
        {
            command.add("--read-only=1");
        }
        command.addAll(extraOptions);
        return command;
    }

    /**
     * Starts mariadbd in the background. A detached server is put in a session of its own
     * (setsid) so that it outlives this JVM and its terminal.
     */
    void start(final boolean detached) throws IOException
    {
        final List<String> command = new ArrayList<>();
        if (detached && Files.isExecutable(SETSID))
        {
            // Without --fork, setsid execs mariadbd in place: the pid stays the same.
            command.add(SETSID.toString());
        }
        command.addAll(command());
        final Path stdout = stdoutLog();
        errorLogOffset = Files.exists(errorLog()) ? Files.size(errorLog()) : 0;
        stdoutLogOffset = Files.exists(stdout) ? Files.size(stdout) : 0;
        Files.writeString(stdout, "== " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        startedNs = System.nanoTime();
        final Process process = new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
            .redirectErrorStream(true)
            .start();
        pid = process.pid();
    }

    /**
     * Waits until root can log in over TCP. Throws, with the tail of the error log, if the process
     * ends first or the time runs out; {@link PortInUseException} when the port was taken.
     */
    void awaitReady(final Duration timeout) throws IOException
    {
        final long deadlineNs = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (true)
        {
            if (!Processes.isRunning(pid))
            {
                final String tail = logTail();
                if (tail.contains("Address already in use") || tail.contains("Bind on TCP/IP port"))
                {
                    throw new PortInUseException(name + ": port " + port + " is in use");
                }
                throw new ClusterException(name + " (mariadbd, pid " + pid + ") exited during startup:\n" + tail);
            }
            try
            {
                connectRoot().close();
                LOG.info("{} ({}) up on {}:{}, pid {}, in {} ms", name, role.name().toLowerCase(Locale.ROOT),
                    HOST, port, pid, (System.nanoTime() - startedNs) / 1_000_000);
                return;
            }
            catch (final SQLException e)
            {
                last = e;
            }
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new ClusterException(name + " (pid " + pid + ") did not accept connections on port " + port
                    + " within " + timeout.toSeconds() + " s (last: " + last.getMessage() + "):\n" + logTail());
            }
            Processes.sleep(50);
        }
    }

    /** SIGTERM (a clean shutdown), SIGKILL after timeout. */
    void stop(final Duration timeout)
    {
        if (isRunning())
        {
            final List<Long> survivors = Processes.terminate(List.of(pid), timeout);
            if (!survivors.isEmpty())
            {
                throw new ClusterException(name + " (pid " + pid + ") survived SIGKILL");
            }
            LOG.info("{} stopped (pid {})", name, pid);
        }
        pid = 0;
    }

    /** SIGKILL: the server dies as in a crash, without a clean shutdown. */
    void kill()
    {
        if (isRunning())
        {
            if (!Processes.kill(List.of(pid)).isEmpty())
            {
                throw new ClusterException(name + " (pid " + pid + ") survived SIGKILL");
            }
            LOG.info("{} killed (pid {})", name, pid);
        }
        pid = 0;
    }

    Path stdoutLog()
    {
        return dir.resolve("stdout.log");
    }

    /**
     * The last lines the latest start wrote to error.log and to stdout.log (where mariadbd writes
     * before its log is open).
     */
    String logTail()
    {
        return "--- " + errorLog() + ":\n" + tail(errorLog(), errorLogOffset) + "--- " + stdoutLog() + ":\n"
            + tail(stdoutLog(), stdoutLogOffset);
    }

    private static String tail(final Path file, final long fromOffset)
    {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r"))
        {
            final long length = in.length();
            final long from = Math.max(Math.min(fromOffset, length), length - 8192);
            final byte[] bytes = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(bytes);
            final String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            final StringBuilder out = new StringBuilder();
            for (int i = Math.max(0, lines.length - LOG_TAIL_LINES); i < lines.length; i++)
            {
                out.append(lines[i]).append('\n');
            }
            return out.toString();
        }
        catch (final IOException e)
        {
            return "(" + e.getMessage() + ")\n";
        }
    }

    /** The server could not bind its port: another process took it after it was chosen. */
    static final class PortInUseException extends IOException
    {
        private static final long serialVersionUID = 1L;

        PortInUseException(final String message)
        {
            super(message);
        }
    }
}
