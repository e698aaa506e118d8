package io.sluice.testcluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real MariaDB replication cluster on this machine: a primary ({@code db1}) and two replicas
 * ({@code db2}, {@code db3}) replicating from it with GTIDs, each a mariadbd on a free
 * 127.0.0.1 port with its data under the cluster's data root. No root, no Docker.
 *
 * <p>{@link #start} removes any previous cluster of the same data root (ending the servers an
 * aborted run left behind, recognised by their command line; a data root whose test JVM still
 * runs is refused), creates one data directory with {@code mariadbd --bootstrap} and copies it for
 * the other two servers, starts the three, creates the {@link ClusterAccounts accounts} and
 * databases on the primary and starts replication on the replicas ({@code MASTER_USE_GTID=slave_pos}).
 * It returns when both replicas' IO and SQL threads run and they have applied everything.
 * {@link #close} ends the servers it started, by their pids (SIGTERM, SIGKILL after a timeout); so
 * does a JVM shutdown hook if close is never called.
 *
 * <p>Replicas are read-only for ordinary users; root can still write to them, but a write there
 * gives the replica a GTID the primary does not have, and with {@code gtid_strict_mode} the
 * replica then stops replicating. Write to the primary.
 *
 * <p>Layout under the data root: {@code dbN/data/} (the data directory), {@code dbN/error.log},
 * {@code dbN/stdout.log}, {@code dbN/mariadbd.pid}, {@code dbN/mysqld.sock} (the socket goes to a
 * short temporary folder instead when that path would be too long for a UNIX socket).
 */
public final class TestCluster implements AutoCloseable
{
    /** The servers' names; the first is the primary. */
    public static final List<String> SERVER_NAMES = List.of("db1", "db2", "db3");
    /** {@code -Dsluice.cluster.tls=true}: the servers start with TLS ({@link #certificates()}); off by default. */
    public static final String TLS_PROPERTY = "sluice.cluster.tls";

    static final String PROPERTIES_FILE = "cluster.properties";
    /** The pid and start time of the test JVM whose cluster this is (not for detached clusters). */
    private static final String OWNER_FILE = "owner";
    private static final Logger LOG = LoggerFactory.getLogger(TestCluster.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REPLICATION_TIMEOUT = Duration.ofSeconds(30);
    /** sun_path holds 108 bytes with the terminating NUL; keep a margin. */
    private static final int SOCKET_PATH_MAX_BYTES = 100;
    private static final int PORT_ATTEMPTS = 3;

    private final Path dataRoot;
    private final MariaDbBinaries binaries;
    private final List<MariaDbServer> servers;
    private final Path socketTempDir;
    private final boolean detached;
    private Thread shutdownHook;
    private boolean closed;

    private TestCluster(final Path dataRoot, final MariaDbBinaries binaries, final List<MariaDbServer> servers,
        final Path socketTempDir, final boolean detached)
    {
        this.dataRoot = dataRoot;
        this.binaries = binaries;
        this.servers = List.copyOf(servers);
        this.socketTempDir = socketTempDir;
        this.detached = detached;
    }

    /**
     * Starts a new cluster under dataRoot (created if missing; a previous cluster there is
     * stopped and deleted). Returns once replication runs on both replicas.
     */
    public static TestCluster start(final Path dataRoot) throws IOException
    {
        return start(dataRoot, false);
    }

    /**
     * As {@link #start(Path)}; a detached cluster's servers run in sessions of their own and
     * outlive this JVM (no shutdown hook): {@link ClusterMain}'s.
     */
    static TestCluster start(final Path dataRoot, final boolean detached) throws IOException
    {
        final long startNs = System.nanoTime();
        Files.createDirectories(dataRoot);
        final Path root = dataRoot.toRealPath();
        checkNotInUse(root);
        removePrevious(root);
        final MariaDbBinaries binaries = MariaDbBinaries.locate();

        Path socketTempDir = null;
        final String longestSocket = root.resolve(SERVER_NAMES.get(0)).resolve("mysqld.sock").toString();
        if (longestSocket.getBytes(StandardCharsets.UTF_8).length > SOCKET_PATH_MAX_BYTES)
        {
            socketTempDir = Files.createTempDirectory("sluice-sock-");
        }
        final int[] ports = freePorts(SERVER_NAMES.size());
        final List<MariaDbServer> servers = new ArrayList<>();
        for (int i = 0; i < SERVER_NAMES.size(); i++)
        {
            final String name = SERVER_NAMES.get(i);
            final Path dir = Files.createDirectories(root.resolve(name));
            final Path socket = socketTempDir == null ? dir.resolve("mysqld.sock")
                    : socketTempDir.resolve(name + ".sock");
            servers.add(new MariaDbServer(name, i + 1, i == 0 ? ServerInfo.Role.PRIMARY : ServerInfo.Role.REPLICA,
                binaries, dir, socket, ports[i]));
        }
        final TestCluster cluster = new TestCluster(root, binaries, servers, socketTempDir, detached);
        try
        {
            if (Boolean.getBoolean(TLS_PROPERTY))
            {
                final List<String> tls = cluster.certificates().serverOptions();
                servers.forEach(s -> s.tls(tls));
            }
            if (!detached)
            {
                Files.writeString(root.resolve(OWNER_FILE), ownerLine(ProcessHandle.current()),
                        StandardCharsets.US_ASCII);
            }
            final MariaDbServer primary = servers.get(0);
            Bootstrap.createDataDir(binaries, primary.dataDir(), primary.dir().resolve("bootstrap.log"));
            // MariaDB GTIDs need no server UUID: one bootstrap serves all three.
            for (final MariaDbServer replica : servers.subList(1, servers.size()))
            {
                copyTree(primary.dataDir(), replica.dataDir());
            }
            if (!detached)
            {
                cluster.shutdownHook = new Thread(cluster::killServers, "sluice-test-cluster-shutdown");
                Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
            }
            cluster.startAll();
            cluster.setUpPrimary();
            cluster.setUpReplicas();
            cluster.awaitReplicaSync(REPLICATION_TIMEOUT);
        }
        catch (final IOException | RuntimeException | Error e)
        {
            cluster.close();
            throw e;
        }
        LOG.info("MariaDB cluster up in {} ms: primary {}, replicas {} and {} (data in {})",
            (System.nanoTime() - startNs) / 1_000_000, cluster.primary().address(),
            cluster.replicas().get(0).address(), cluster.replicas().get(1).address(), root);
        return cluster;
    }

    /**
     * The cluster a {@link ClusterMain} start left running in dataRoot, from its
     * cluster.properties. Closing it stops exactly the servers recorded there.
     */
    static TestCluster attach(final Path dataRoot) throws IOException
    {
        final ClusterFile file = ClusterFile.read(dataRoot.resolve(PROPERTIES_FILE));
        final MariaDbBinaries binaries = MariaDbBinaries.of(file.basedir());
        final List<MariaDbServer> servers = new ArrayList<>();
        for (final ClusterFile.Server entry : file.servers())
        {
            final MariaDbServer server = new MariaDbServer(entry.name(), entry.serverId(), entry.role(), binaries,
                entry.dataDir().getParent(), entry.socket(), entry.port());
            server.adopt(entry.pid());
            servers.add(server);
        }
        return new TestCluster(dataRoot.toAbsolutePath().normalize(), binaries, servers, file.socketTempDir(), true);
    }

    /**
     * Refuses a data root whose cluster belongs to another test JVM that is still running (two
     * builds of one module at once, or parallel forks): its servers are not leftovers.
     */
    private static void checkNotInUse(final Path root) throws IOException
    {
        final Path file = root.resolve(OWNER_FILE);
        if (!Files.isRegularFile(file))
        {
            return;
        }
        final String line = Files.readString(file, StandardCharsets.US_ASCII).trim();
        final long pid;
        try
        {
            pid = Long.parseLong(line.split(" ")[0]);
        }
        catch (final NumberFormatException e)
        {
            return;
        }
        final ProcessHandle owner = ProcessHandle.of(pid).orElse(null);
        // the same pid and start time: the very JVM, not a later process that reused its pid
        if (owner != null && pid != ProcessHandle.current().pid() && Processes.isRunning(pid)
                && ownerLine(owner).equals(line))
        {
            throw new ClusterException("the cluster in " + root
                    + " belongs to a test JVM that is still running (pid " + pid
                + "); give this run another folder (-D" + MariaDbClusterExtension.DIR_PROPERTY + "=...)");
        }
    }

    private static String ownerLine(final ProcessHandle process)
    {
        return process.pid() + " "
                + process.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("?");
    }

    /** Ends what an earlier cluster in root left running, then deletes its files. */
    private static void removePrevious(final Path root) throws IOException
    {
        final Set<Long> leftovers = new LinkedHashSet<>();
        // The pid files, and a scan of /proc for a server killed before it wrote one.
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root))
        {
            for (final Path dir : dirs)
            {
                final Path pidFile = dir.resolve("mariadbd.pid");
                if (Files.isRegularFile(pidFile))
                {
                    try
                    {
                        final long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
                        if (Processes.mariadbdDataDir(pid).map(d -> d.startsWith(root)).orElse(false))
                        {
                            leftovers.add(pid);
                        }
                    }
                    catch (final NumberFormatException e)
                    {
                        // half-written: the scan below still finds the server
                    }
                }
            }
        }
        leftovers.addAll(Processes.mariadbdUnder(root));
        if (!leftovers.isEmpty())
        {
            LOG.info("stopping servers left running in {}: pids {}", root, leftovers);
            final List<Long> survivors = Processes.terminate(leftovers, STOP_TIMEOUT);
            if (!survivors.isEmpty())
            {
                throw new ClusterException("could not stop the servers left in " + root + ": pids " + survivors);
            }
        }
        for (final String name : SERVER_NAMES)
        {
            MariaDbBinaries.deleteTree(root.resolve(name));
        }
        Files.deleteIfExists(root.resolve(PROPERTIES_FILE));
        Files.deleteIfExists(root.resolve(OWNER_FILE));
    }

    private static int[] freePorts(final int count) throws IOException
    {
        final List<ServerSocket> held = new ArrayList<>();
        try
        {
            final int[] ports = new int[count];
            for (int i = 0; i < count; i++)
            {
                final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(MariaDbServer.HOST));
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        }
        finally
        {
            for (final ServerSocket socket : held)
            {
                socket.close();
            }
        }
    }

    private static void copyTree(final Path from, final Path to) throws IOException
    {
        try (Stream<Path> paths = Files.walk(from))
        {
            for (final Path path : (Iterable<Path>) paths::iterator)
            {
                final Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path))
                {
                    Files.createDirectories(target);
                }
                else
                {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** Starts the three at once; a server whose port was taken meanwhile gets another. */
    private synchronized void startAll() throws IOException
    {
        for (final MariaDbServer server : servers)
        {
            server.start(detached);
        }
        for (final MariaDbServer server : servers)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    server.awaitReady(START_TIMEOUT);
                    break;
                }
                catch (final MariaDbServer.PortInUseException e)
                {
                    if (attempt == PORT_ATTEMPTS)
                    {
                        throw e;
                    }
                    server.port(freePorts(1)[0]);
                    LOG.info("{}; retrying on port {}", e.getMessage(), server.port());
                    server.start(detached);
                }
            }
        }
    }

    private void setUpPrimary()
    {
        final MariaDbServer primary = servers.get(0);
        try (Connection c = primary.connectRoot(); Statement s = c.createStatement())
        {
            for (final String sql : ClusterAccounts.setupStatements())
            {
                s.execute(sql);
            }
        }
        catch (final SQLException e)
        {
            throw new ClusterException("setting up the accounts on " + primary.name() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private void setUpReplicas()
    {
        final MariaDbServer primary = servers.get(0);
        for (final MariaDbServer replica : servers.subList(1, servers.size()))
        {
            try (Connection c = replica.connectRoot(); Statement s = c.createStatement())
            {
                s.execute("CHANGE MASTER TO MASTER_HOST='" + MariaDbServer.HOST + "', MASTER_PORT=" + primary.port()
                    + ", MASTER_USER='" + ClusterAccounts.REPL_USER + "', MASTER_PASSWORD='"
                    + ClusterAccounts.REPL_PASSWORD
                    + "', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1"
                    // 11.4 replicates over TLS by default; the servers run without it (see MariaDbServer)
                    + ", MASTER_SSL=0");
                s.execute("START SLAVE");
            }
            catch (final SQLException e)
            {
                throw new ClusterException("starting replication on " + replica.name() + " failed: "
                        + e.getMessage(), e);
            }
        }
        for (final MariaDbServer replica : servers.subList(1, servers.size()))
        {
            awaitReplicationRunning(replica, true);
        }
    }

    /** Polls SHOW SLAVE STATUS until the SQL thread (and the IO thread, if asked) runs. */
    private void awaitReplicationRunning(final MariaDbServer replica, final boolean ioThread)
    {
        final long deadlineNs = System.nanoTime() + REPLICATION_TIMEOUT.toNanos();
        Map<String, String> status = Map.of();
        while (System.nanoTime() - deadlineNs < 0)
        {
            try
            {
                status = slaveStatus(replica);
            }
            catch (final SQLException e)
            {
                status = Map.of("error", e.getMessage());
            }
            if ("Yes".equals(status.get("Slave_SQL_Running"))
                    && (!ioThread || "Yes".equals(status.get("Slave_IO_Running"))))
            {
                return;
            }
            Processes.sleep(50);
        }
        throw new ClusterException("replication on " + replica.name() + " did not start within "
            + REPLICATION_TIMEOUT.toSeconds() + " s: " + describe(status));
    }

    private static Map<String, String> slaveStatus(final MariaDbServer replica) throws SQLException
    {
        try (Connection c = replica.connectRoot(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW SLAVE STATUS"))
        {
            final Map<String, String> status = new LinkedHashMap<>();
            if (rs.next())
            {
                final ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++)
                {
                    status.put(meta.getColumnLabel(i), rs.getString(i));
                }
            }
            return Collections.unmodifiableMap(status);
        }
    }

    private static String describe(final Map<String, String> status)
    {
        if (status.isEmpty())
        {
            return "no replication configured";
        }
        if (status.containsKey("error"))
        {
            return status.get("error");
        }
        return "Slave_IO_Running=" + status.get("Slave_IO_Running") + ", Slave_SQL_Running="
                + status.get("Slave_SQL_Running")
            + ", Gtid_IO_Pos=" + status.get("Gtid_IO_Pos") + ", Last_IO_Error=" + status.get("Last_IO_Error")
            + ", Last_SQL_Error=" + status.get("Last_SQL_Error");
    }

    /** The primary, {@code db1}. */
    public synchronized ServerInfo primary()
    {
        return servers.get(0).info();
    }

    /** The replicas, {@code db2} and {@code db3}. */
    public synchronized List<ServerInfo> replicas()
    {
        return servers.subList(1, servers.size()).stream().map(MariaDbServer::info).toList();
    }

    /** All three, the primary first. */
    public synchronized List<ServerInfo> servers()
    {
        return servers.stream().map(MariaDbServer::info).toList();
    }

    /** The server of that name ({@code db1}, {@code db2}, {@code db3}). */
    public synchronized ServerInfo server(final String name)
    {
        return find(name).info();
    }

    private MariaDbServer find(final String name)
    {
        for (final MariaDbServer server : servers)
        {
            if (server.name().equals(name))
            {
                return server;
            }
        }
        throw new IllegalArgumentException("no server " + name + " (there are " + SERVER_NAMES + ")");
    }

    /** The folder the cluster lives in. */
    public Path dataRoot()
    {
        return dataRoot;
    }

    /** The MariaDB installation the servers run from. */
    public MariaDbBinaries binaries()
    {
        return binaries;
    }

    /** {@code jdbc:mariadb://127.0.0.1:PORT/DATABASE} (no database if null). */
    public String jdbcUrl(final ServerInfo server, final String database)
    {
        return "jdbc:mariadb://" + server.host() + ":" + server.port() + "/" + (database == null ? "" : database);
    }

    /** A new connection (MariaDB Connector/J) to server as user; the caller closes it. */
    public Connection connect(final ServerInfo server, final String user, final String password) throws SQLException
    {
        return find(server.name()).connect(user, password);
    }

    /** Runs the statements in order, as root, in one connection to server. */
    public void execute(final ServerInfo server, final String... sql) throws SQLException
    {
        try (Connection c = connect(server, ClusterAccounts.ROOT_USER, ClusterAccounts.ROOT_PASSWORD);
             Statement s = c.createStatement())
        {
            for (final String statement : sql)
            {
                s.execute(statement);
            }
        }
    }

    /** The rows of a query run as root on server, each column as its string value (null for NULL). */
    public List<List<String>> query(final ServerInfo server, final String sql) throws SQLException
    {
        try (Connection c = connect(server, ClusterAccounts.ROOT_USER, ClusterAccounts.ROOT_PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql))
        {
            final int columns = rs.getMetaData().getColumnCount();
            final List<List<String>> rows = new ArrayList<>();
            while (rs.next())
            {
                final List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++)
                {
                    row.add(rs.getString(i));
                }
                rows.add(Collections.unmodifiableList(row));
            }
            return Collections.unmodifiableList(rows);
        }
    }

    /**
     * Waits until every running replica has applied everything the primary has logged: its
     * {@code @@gtid_slave_pos} reaches the primary's {@code @@gtid_binlog_pos} (MASTER_GTID_WAIT).
     * Throws {@link ClusterException}, with the replica's replication state, on timeout.
     */
    public void awaitReplicaSync(final Duration timeout)
    {
        final long deadlineNs = System.nanoTime() + timeout.toNanos();
        final ServerInfo primary = primary();
        final String position;
        try
        {
            position = query(primary, "SELECT @@gtid_binlog_pos").get(0).get(0);
        }
        catch (final SQLException e)
        {
            throw new ClusterException("cannot read the primary's GTID position: " + e.getMessage(), e);
        }
        for (final ServerInfo replica : replicas())
        {
            if (!replica.running())
            {
                continue;
            }
            final double remainingS = Math.max(0.001, (deadlineNs - System.nanoTime()) / 1e9);
            try (Connection c = connect(replica, ClusterAccounts.ROOT_USER, ClusterAccounts.ROOT_PASSWORD);
                 PreparedStatement ps = c.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)"))
            {
                ps.setString(1, position);
                ps.setDouble(2, remainingS);
                try (ResultSet rs = ps.executeQuery())
                {
                    rs.next();
                    if (rs.getInt(1) != 0)
                    {
                        throw new ClusterException(replica.name() + " did not reach the primary's GTID position '"
                            + position + "' within " + timeout.toMillis() + " ms: "
                            + describe(slaveStatus(find(replica.name()))));
                    }
                }
            }
            catch (final SQLException e)
            {
                throw new ClusterException("waiting for " + replica.name() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Stops a server (SIGTERM, a clean shutdown; SIGKILL after 30 s). Its port and data stay, for
     * {@link #startServer}. Returns its state.
     */
    public synchronized ServerInfo stopServer(final String name)
    {
        final MariaDbServer server = find(name);
        server.stop(STOP_TIMEOUT);
        return server.info();
    }

    /**
     * Kills a server with SIGKILL, as a crash would: no clean shutdown, connections drop at once.
     * Its port and data stay, for {@link #startServer} (InnoDB recovers them). Returns its state.
     */
    public synchronized ServerInfo killServer(final String name)
    {
        final MariaDbServer server = find(name);
        server.kill();
        return server.info();
    }

    /**
     * Starts a stopped server again, on its port, with its data. A replica resumes replicating
     * where it stopped; this returns once its replication threads run (the IO thread only if the
     * primary is running). Returns its state.
     */
    public synchronized ServerInfo startServer(final String name) throws IOException
    {
        final MariaDbServer server = find(name);
        if (server.isRunning())
        {
            return server.info();
        }
        if (closed)
        {
            throw new IllegalStateException("the cluster is closed");
        }
        server.start(detached);
        try
        {
            server.awaitReady(START_TIMEOUT);
        }
        catch (final MariaDbServer.PortInUseException e)
        {
            throw new ClusterException(e.getMessage() + " (taken while " + name + " was stopped)", e);
        }
        if (server.role() == ServerInfo.Role.REPLICA)
        {
            awaitReplicationRunning(server, servers.get(0).isRunning());
        }
        return server.info();
    }

    /**
     * SHOW SLAVE STATUS of a replica as column name to value ({@code Slave_IO_Running},
     * {@code Slave_SQL_Running}, {@code Gtid_IO_Pos}, {@code Last_IO_Error}, ...); empty for a
     * server that does not replicate.
     */
    public Map<String, String> replicaStatus(final ServerInfo replica) throws SQLException
    {
        return slaveStatus(find(replica.name()));
    }

    /**
     * TLS files for tests ({@link TestCertificates}: a CA, a server certificate for 127.0.0.1 signed by it, an
     * unrelated CA), made with openssl under the data root on first use. The cluster's own servers use them when
     * it was started with {@code -Dsluice.cluster.tls=true}; {@link StandaloneServer#startWithTls} always does.
     */
    public synchronized TestCertificates certificates() throws IOException
    {
        return TestCertificates.create(dataRoot.resolve("tls"));
    }

    /** True if the cluster's servers were started with TLS ({@code -Dsluice.cluster.tls=true}). */
    public synchronized boolean hasTls()
    {
        return servers.get(0).hasTls();
    }

    /** The {@code mariadb} command-line client of the servers' installation. */
    public Path mariadbClient()
    {
        return binaries.client();
    }

    /**
     * The command line that runs the mariadb client against server as user over TCP, ignoring any
     * option file; append {@code -e SQL}, a database name, etc. TLS is off (--skip-ssl).
     */
    public List<String> mariadbCommand(final ServerInfo server, final String user, final String password)
    {
        return List.of(binaries.client().toString(), "--no-defaults", "--skip-ssl", "--protocol=TCP",
            "--host=" + server.host(), "--port=" + server.port(), "--user=" + user, "--password=" + password);
    }

    /** The servers' pids as started, for cluster.properties. */
    synchronized List<MariaDbServer> serversInternal()
    {
        return servers;
    }

    Path socketTempDir()
    {
        return socketTempDir;
    }

    /** Stops every server this cluster started (SIGTERM, then SIGKILL after 30 s). Idempotent. */
    @Override
    public void close()
    {
        synchronized (this)
        {
            if (closed)
            {
                return;
            }
            closed = true;
        }
        if (shutdownHook != null)
        {
            try
            {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
            catch (final IllegalStateException e)
            {
                // the JVM is shutting down: the hook is running or will run, harmlessly
            }
        }
        killServers();
    }

    private void killServers()
    {
        final List<Long> pids = new ArrayList<>();
        for (final MariaDbServer server : servers)
        {
            if (server.isRunning())
            {
                pids.add(server.pid());
            }
        }
        final List<Long> survivors = Processes.terminate(pids, STOP_TIMEOUT);
        if (!pids.isEmpty())
        {
            LOG.info("MariaDB cluster in {} stopped (pids {})", dataRoot, pids);
        }
        try
        {
            // the data root is free again
            final Path owner = dataRoot.resolve(OWNER_FILE);
            if (!detached && Files.isRegularFile(owner)
                && Files.readString(owner, StandardCharsets.US_ASCII).trim().equals(ownerLine(ProcessHandle.current())))
            {
                Files.delete(owner);
            }
        }
        catch (final IOException e)
        {
            LOG.debug("could not delete the owner file in {}: {}", dataRoot, e.toString());
        }
        if (socketTempDir != null)
        {
            try
            {
                MariaDbBinaries.deleteTree(socketTempDir);
            }
            catch (final IOException e)
            {
                LOG.debug("could not delete {}: {}", socketTempDir, e.toString());
            }
        }
        if (!survivors.isEmpty())
        {
            throw new ClusterException("servers survived SIGKILL: pids " + survivors);
        }
    }

    @Override
    public String toString()
    {
        return "TestCluster" + servers();
    }
}
