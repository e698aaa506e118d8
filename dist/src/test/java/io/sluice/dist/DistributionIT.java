package io.sluice.dist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built distribution, run as an operator runs it: bin/sluice, java -jar, and plain java -cp
 * without the flags, on the JDK that runs this build (17 or 25). Every process started here is
 * ended here, by its own handle.
 */
class DistributionIT
{
    private static final Path HOME = Path.of(System.getProperty("sluice.home"));
    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String JAVA = JAVA_HOME + "/bin/java";

    @TempDir
    Path dir;
    private LoopbackEcho echo;
    private final List<Process> started = new ArrayList<>();

    /** A process's exit status and output. */
    record Result(int exit, String out, String err)
    {
    }

    @BeforeEach
    void startEcho() throws IOException
    {
        echo = new LoopbackEcho();
    }

    @AfterEach
    void stopAll() throws IOException
    {
        for (final Process p : started)
        {
            p.destroyForcibly();
        }
        echo.close();
    }

    private Process launch(final List<String> command) throws IOException
    {
        final ProcessBuilder pb = new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out-" + started.size() + ".txt").toFile())
            .redirectError(dir.resolve("err-" + started.size() + ".txt").toFile());
        pb.environment().put("JAVA_HOME", JAVA_HOME);
        pb.environment().remove("SLUICE_JAVA_OPTS");
        final Process p = pb.start();
        started.add(p);
        return p;
    }

    private Result finish(final Process p, final long timeoutS) throws Exception
    {
        assertTrue(p.waitFor(timeoutS, TimeUnit.SECONDS), "process did not end within " + timeoutS + " s");
        final int index = started.indexOf(p);
        return new Result(p.exitValue(), Files.readString(dir.resolve("out-" + index + ".txt")),
            Files.readString(dir.resolve("err-" + index + ".txt")));
    }

    private Result run(final String... command) throws Exception
    {
        return finish(launch(List.of(command)), 60);
    }

    private String script()
    {
        return HOME.resolve("bin/sluice").toString();
    }

    private String coreJar() throws IOException
    {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(HOME.resolve("lib"), "sluice-core-*.jar"))
        {
            return jars.iterator().next().toString();
        }
    }

    private Path config(final String text) throws IOException
    {
        final Path file = dir.resolve("sluice-" + System.nanoTime() + ".cnf");
        Files.writeString(file, text);
        return file;
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return s.getLocalPort();
        }
    }

    private String passThroughConfig(final String poller, final int listenPort, final String shutdownTimeout)
    {
        return "[sluice]\nthreads=2\npoller=" + poller + "\nshutdown_timeout=" + shutdownTimeout + "\n\n"
            + "[echo]\ntype=server\naddress=127.0.0.1\nport=" + echo.port() + "\n\n"
            + "[Echo-Service]\ntype=service\nrouter=passthrough\nservers=echo\n\n"
            + "[Echo-Listener]\ntype=listener\nservice=Echo-Service\nprotocol=raw\naddress=127.0.0.1\nport="
            + listenPort + "\n";
    }

    /** Waits until the process prints its ready line, or fails with what it printed. */
    private void awaitReady(final Process p) throws Exception
    {
        final Path out = dir.resolve("out-" + started.indexOf(p) + ".txt");
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(out).contains("ready:"))
        {
            assertTrue(p.isAlive(), "sluice exited: "
                    + Files.readString(dir.resolve("err-" + started.indexOf(p) + ".txt")));
            assertTrue(System.nanoTime() < deadlineNs, "sluice not ready within 30 s");
            Thread.sleep(50);
        }
    }

    private static byte[] roundTrip(final int port, final byte[] data) throws IOException
    {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port))
        {
            final OutputStream out = s.getOutputStream();
            final Thread writer = new Thread(() ->
            {
                try
                {
                    out.write(data);
                    s.shutdownOutput();
                }
                catch (final IOException e)
                {
                    throw new AssertionError(e);
                }
            });
            writer.start();
            final byte[] back = s.getInputStream().readAllBytes();
            try
            {
                writer.join();
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
            return back;
        }
    }

    private static byte[] testBytes(final int n)
    {
        final byte[] data = new byte[n];
        for (int i = 0; i < n; i++)
        {
            data[i] = (byte)(i * 31 + (i >>> 8));
        }
        return data;
    }

    @Test
    void shouldHaveTheDistributionLayout()
    {
        assertTrue(Files.isDirectory(HOME.resolve("bin")));
        assertTrue(Files.isExecutable(HOME.resolve("bin/sluice")));
        assertTrue(Files.isRegularFile(HOME.resolve("etc/sluice.cnf")));
        assertTrue(Files.isDirectory(HOME.resolve("plugins")));
        // Module jars live in plugins/, not on the core class path.
        assertTrue(Files.isRegularFile(HOME.resolve("plugins/sluice-passthrough.jar")));
        assertFalse(HOME.resolve("lib").toFile().list((d, name) -> name.startsWith("sluice-passthrough")).length > 0);
        assertTrue(Files.isDirectory(HOME.resolve("lib")));
    }

    @Test
    void shouldReportEpollThroughTheScriptWithoutWarnings() throws Exception
    {
        final Result r = run(script(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("sluice "), r.out());
        assertTrue(r.out().contains("epoll available (channel fds via add-opens)"), r.out());
        assertFalse(r.err().contains("WARNING"), r.err());
    }

    @Test
    void shouldOpenTheChannelFdThroughTheManifestUnderJavaJar() throws Exception
    {
        final Result r = run(JAVA, "-jar", coreJar(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("epoll available (channel fds via add-opens)"), r.out());
    }

    @Test
    void shouldNameTheMissingFlagWhenStartedWithoutIt() throws Exception
    {
        final Result r = run(JAVA, "-cp", HOME.resolve("lib") + "/*", "io.sluice.core.launcher.Main", "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("epoll unavailable"), r.out());
        assertTrue(r.out().contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), r.out());
    }

    @Test
    void shouldRefuseEpollAndFallBackToNioWithoutTheFlag() throws Exception
    {
        final String cp = HOME.resolve("lib") + "/*";
        final String pluginDir = HOME.resolve("plugins").toString();
        final Result refused = run(JAVA, "-cp", cp, "io.sluice.core.launcher.Main", "--plugins", pluginDir,
            "--config", config(passThroughConfig("epoll", freePort(), "1s")).toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("poller=epoll, but epoll is unavailable"), refused.err());

        final int port = freePort();
        final Process p = launch(List.of(JAVA, "-cp", cp, "io.sluice.core.launcher.Main", "--plugins", pluginDir,
            "--config", config(passThroughConfig("auto", port, "1s")).toString()));
        awaitReady(p);
        final byte[] data = testBytes(300_000);
        assertArrayEquals(data, roundTrip(port, data));
        p.destroy();
        final Result r = finish(p, 30);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(nio poller)"), r.out());
        assertTrue(r.err().contains("using the NIO selector poller"), r.err());
    }

    @Test
    void shouldRefuseABrokenConfigurationWithFileAndLine() throws Exception
    {
        final Path file = config("[sluice]\nthread=2\n");
        final Result r = run(script(), "--config", file.toString());
        assertEquals(1, r.exit());
        final List<String> errLines = r.err().trim().lines().toList();
        assertEquals(file + ":2: unknown parameter 'thread' in section [sluice] (did you mean 'threads'?)",
            errLines.get(errLines.size() - 1), r.err());

        final Path badDuration = config("[sluice]\nload_period=10\n");
        final Result d = run(script(), "--config", badDuration.toString(), "--check");
        assertEquals(1, d.exit());
        assertTrue(d.err().trim().lines().reduce((a, b) -> b).orElse("").startsWith(badDuration + ":2: "), d.err());
        assertTrue(d.err().contains("load_period"), d.err());
    }

    @Test
    void shouldCheckAGoodConfiguration() throws Exception
    {
        final Result r = run(script(), "--config", HOME.resolve("etc/sluice.cnf").toString(), "--check");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("OK (3 servers, 2 services, 2 listeners)"), r.out());
        assertFalse(r.err().contains("WARN"), "the example uses no deprecated form: " + r.err());
    }

    @Test
    void shouldRefuseAMissingPluginsDirectoryAndBadArguments() throws Exception
    {
        final Result r = run(script(), "--config", HOME.resolve("etc/sluice.cnf").toString(),
            "--plugins", dir.resolve("no-such-dir").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("plugins directory") && r.err().contains("does not exist"), r.err());

        final Result usage = run(script(), "--config", HOME.resolve("etc/sluice.cnf").toString(), "--no-such-option");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("Unknown option: '--no-such-option'"), usage.err());
    }

    @Test
    void shouldRefuseAPortInUse() throws Exception
    {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            final Result r = run(script(), "--config",
                    config(passThroughConfig("auto", taken.getLocalPort(), "1s")).toString());
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("cannot listen on") && r.err().contains("Echo-Listener"), r.err());
        }
    }

    @Test
    void shouldServeAndStopGracefullyOnSigterm() throws Exception
    {
        final int port = freePort();
        final Process p = launch(List.of(script(), "--config",
                config(passThroughConfig("auto", port, "1s")).toString()));
        awaitReady(p);

        final byte[] data = testBytes(5_000_000);
        assertArrayEquals(data, roundTrip(port, data));

        // An idle session that never ends by itself: the shutdown waits shutdown_timeout, then closes it.
        try (Socket idle = new Socket(InetAddress.getLoopbackAddress(), port))
        {
            idle.getOutputStream().write(new byte[] {1, 2, 3});
            final InputStream in = idle.getInputStream();
            assertEquals(1, in.read());
            in.readNBytes(2);
            final long t0 = System.nanoTime();
            p.destroy(); // SIGTERM to the JVM: bin/sluice execs java, so the pid is the JVM's
            final Result r = finish(p, 30);
            final long stopMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(0, r.exit(), r.err());
            assertEquals(-1, in.read(), "the idle client sees its connection closed");
            assertTrue(stopMs >= 900 && stopMs < 15_000, "stopped after " + stopMs + " ms");
            assertTrue(r.err().contains("SIGTERM received"), r.err());
            assertTrue(r.err().contains("closing 1 sessions still open after 1000 ms"), r.err());
            assertTrue(r.err().contains("Sluice stopped"), r.err());
            assertFalse(r.err().contains("WARNING"), r.err());
            assertTrue(Arrays.asList(r.out().split("\n")).get(0).contains("ready: 2 workers"), r.out());
        }
    }
}
