package io.sluice.testcluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No server outlives an aborted test run for long: a JVM that ends without closing its cluster
 * (here by SIGTERM, as when a build is interrupted) stops it in its shutdown hook; one killed
 * outright leaves the servers behind, and the next start in the same data root ends them first.
 * The servers of a test JVM that still runs are not leftovers: a start in its data root is refused.
 */
class LeftoverServersIT
{
    private final Path root = Path.of(System.getProperty("sluice.testcluster.jar")).resolveSibling("leftover-it");

    @AfterEach
    void endLeftovers()
    {
        assertEquals(List.of(), Processes.terminate(Processes.mariadbdUnder(root), Duration.ofSeconds(30)));
    }

    @Test
    void startEndsTheServersAKilledJvmLeftBehind() throws Exception
    {
        final List<Long> pids = abortedRun("halt");
        assertEquals(pids.stream().sorted().toList(), Processes.mariadbdUnder(root).stream().sorted().toList());

        try (TestCluster cluster = TestCluster.start(root))
        {
            for (final long pid : pids)
            {
                assertFalse(Processes.isRunning(pid), "pid " + pid);
            }
            assertEquals(cluster.servers().stream().map(ServerInfo::pid).sorted().toList(),
                Processes.mariadbdUnder(root).stream().sorted().toList());
            assertEquals(List.of(List.of("1")), cluster.query(cluster.primary(), "SELECT @@server_id"));
        }
        assertEquals(List.of(), Processes.mariadbdUnder(root));
    }

    @Test
    void aRunningTestJvmKeepsItsDataRootAndItsShutdownHookStopsItsServers() throws Exception
    {
        Files.createDirectories(root);
        final Process other = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
            System.getProperty("java.class.path"), AbortedRun.class.getName(), root.toString(), "wait")
            .redirectErrorStream(true).start();
        try
        {
            final List<Long> pids = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8)))
            {
                for (String line = out.readLine(); line != null && !line.equals("started"); line = out.readLine())
                {
                    if (line.matches("\\d+"))
                    {
                        pids.add(Long.valueOf(line));
                    }
                }
                assertEquals(3, pids.size());

                final ClusterException e = assertThrows(ClusterException.class, () -> TestCluster.start(root).close());
                assertEquals("the cluster in " + root.toRealPath()
                        + " belongs to a test JVM that is still running (pid "
                    + other.pid() + "); give this run another folder (-Dsluice.cluster.dir=...)", e.getMessage());
                for (final long pid : pids)
                {
                    assertTrue(Processes.isRunning(pid), "the other JVM's server " + pid + " is untouched");
                }
            }
            // SIGTERM: the other JVM's shutdown hook stops its servers
            other.destroy();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            for (final long pid : pids)
            {
                assertFalse(Processes.isRunning(pid), "pid " + pid);
            }
        }
        finally
        {
            other.destroyForcibly();
        }
    }

    /** Runs {@link AbortedRun} in a JVM of its own; returns the pids it printed. */
    private List<Long> abortedRun(final String how) throws IOException, InterruptedException
    {
        Files.createDirectories(root);
        final Path out = root.resolveSibling("leftover-it-" + how + ".out");
        final Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
            System.getProperty("java.class.path"), AbortedRun.class.getName(), root.toString(), how)
            .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the aborted run did not end");
        final List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        return lines.stream().filter(l -> l.matches("\\d+")).map(Long::valueOf).toList();
    }
}
