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
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Modules dropped into a running Sluice (bin/sluice, a real process): a router jar built at test
 * time is loaded without a restart, a service using it is created by SIGHUP and carries traffic;
 * a newer jar takes new sessions while old sessions finish on the old version; broken jars are
 * refused with a log line naming the jar and the reason, and traffic keeps flowing.
 */
class PluginDropInIT
{
    private static final Path HOME = Path.of(System.getProperty("sluice.home"));
    private static final String JAVA_HOME = System.getProperty("java.home");

    @TempDir
    Path work;
    private Path plugins;
    private Path config;
    private Path err;
    private Process sluice;
    private LoopbackEcho echo;

    @BeforeEach
    void setUp() throws IOException
    {
        plugins = Files.createDirectories(work.resolve("plugins"));
        config = work.resolve("sluice.cnf");
        err = work.resolve("sluice.err");
        echo = new LoopbackEcho();
    }

    @AfterEach
    void tearDown() throws IOException
    {
        if (sluice != null)
        {
            sluice.destroyForcibly();
        }
        echo.close();
    }

    /** What module jars compile against: the API alone, never the engine. */
    private static Path apiJar() throws IOException
    {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(HOME.resolve("lib"), "sluice-api-*.jar"))
        {
            return jars.iterator().next();
        }
    }

    private void startSluice(final String configText) throws Exception
    {
        Files.writeString(config, configText);
        final ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/sluice").toString(),
                "--config", config.toString(),
            "--plugins", plugins.toString())
            .redirectOutput(work.resolve("sluice.out").toFile())
            .redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", JAVA_HOME);
        sluice = pb.start();
        awaitLog("ready:", work.resolve("sluice.out"));
    }

    private void awaitLog(final String text, final Path file) throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.readString(file).contains(text))
        {
            assertTrue(sluice.isAlive(), "sluice exited: " + Files.readString(err));
            assertTrue(System.nanoTime() < deadlineNs, "no '" + text + "' in 20 s:\n" + Files.readString(err));
            Thread.sleep(50);
        }
    }

    private void awaitLog(final String text) throws Exception
    {
        awaitLog(text, err);
    }

    /** Drops a jar in the way an operator's `cp x.jar plugins/ && mv` would: atomically, complete. */
    private void dropIn(final Path jar, final String name) throws IOException
    {
        final Path staging = work.resolve(name + ".part");
        Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, plugins.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void hangup() throws Exception
    {
        assertEquals(0, new ProcessBuilder("kill", "-HUP", Long.toString(sluice.pid())).start().waitFor());
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return s.getLocalPort();
        }
    }

    private String taggerService(final int port)
    {
        return "[sluice]\nthreads=2\n\n"
            + "[echo]\ntype=server\naddress=127.0.0.1\nport=" + echo.port() + "\n\n"
            + "[Tagged]\ntype=service\nrouter=tagger\nservers=echo\n\n"
            + "[Tagged-Listener]\ntype=listener\nservice=Tagged\nprotocol=raw\naddress=127.0.0.1\nport=" + port + "\n";
    }

    /** A client session: reads the greeting, then echoes through Sluice. */
    private static final class Client implements AutoCloseable
    {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final String greeting;

        Client(final int port) throws IOException
        {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            final StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) != '\n' && b >= 0)
            {
                line.append((char)b);
            }
            greeting = line.toString();
        }

        String roundTrip(final String text) throws IOException
        {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            return new String(in.readNBytes(text.length()), StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException
        {
            socket.close();
        }
    }

    @Test
    void shouldLoadARouterDroppedInWhileRunningAndSwitchNewSessionsToANewerVersion() throws Exception
    {
        startSluice("[sluice]\nthreads=2\n");
        final Path v1 = RouterJars.tagger(work, apiJar(), "1.0.0", false, null);
        final Path v2 = RouterJars.tagger(work, apiJar(), "2.0.0", true, null);

        dropIn(v1, "tagger.jar");
        awaitLog("plugin tagger.jar loaded: router 'tagger' 1.0.0");

        final int port = freePort();
        Files.writeString(config, taggerService(port));
        hangup();
        awaitLog("configuration reloaded: services added [Tagged]");

        try (Client old = new Client(port))
        {
            assertEquals("hello from tagger 1.0.0", old.greeting);
            assertEquals("abc", old.roundTrip("abc"));

            dropIn(v2, "tagger.jar");
            awaitLog("service Tagged uses router tagger 2.0.0");

            try (Client fresh = new Client(port))
            {
                assertEquals("hello from tagger 2.0.0", fresh.greeting);
                assertEquals("ABC", fresh.roundTrip("abc"));
            }
            // The session opened under 1.0.0 finishes on 1.0.0.
            assertEquals("xyz", old.roundTrip("xyz"));
            assertTrue(!Files.readString(err).contains("(version 1.0.0) unloaded"), "v1 is still in use");
        }
        awaitLog("plugin tagger.jar (version 1.0.0) unloaded");

        // A byte-exact bulk transfer through the new version (upper-casing leaves non-letters alone).
        try (Client bulk = new Client(port))
        {
            final byte[] data = new byte[2_000_000];
            for (int i = 0; i < data.length; i++)
            {
                data[i] = (byte)('0' + i % 10);
            }
            final Thread writer = new Thread(() ->
            {
                try
                {
                    bulk.out.write(data);
                }
                catch (final IOException e)
                {
                    throw new AssertionError(e);
                }
            });
            writer.start();
            final byte[] back = bulk.in.readNBytes(data.length);
            writer.join();
            assertTrue(java.util.Arrays.equals(data, back), "2 MB back, byte for byte");
        }
    }

    @Test
    void shouldRefuseBrokenJarsWithTheirReasonAndKeepServing() throws Exception
    {
        final int port = freePort();
        dropIn(RouterJars.tagger(work, apiJar(), "1.0.0", false, null), "tagger.jar");
        startSluice(taggerService(port));
        try (Client before = new Client(port))
        {
            assertEquals("abc", before.roundTrip("abc"));
        }

        final Path junk = work.resolve("junk");
        Files.write(junk, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        dropIn(junk, "junk.jar");
        awaitLog("plugin junk.jar refused: ");

        dropIn(RouterJars.withoutProvider(work, apiJar()), "plain.jar");
        awaitLog("plugin plain.jar refused: no module provider");

        final Path api3 = RouterJars.tagger(work, apiJar(), "9.0.0", false, "3, 0");
        dropIn(api3, "future.jar");
        awaitLog("plugin future.jar refused: ");
        assertTrue(Files.readString(err).contains("major version 3 differs from the core's 2"), Files.readString(err));

        // A second jar providing the same module name is a duplicate.
        dropIn(RouterJars.tagger(work, apiJar(), "3.0.0", false, null), "tagger-copy.jar");
        awaitLog("plugin tagger-copy.jar refused: duplicate module name 'tagger'");

        try (Client after = new Client(port))
        {
            assertEquals("hello from tagger 1.0.0", after.greeting);
            assertEquals("still serving", after.roundTrip("still serving"));
        }
    }

    @Test
    void shouldListTheModulesOfAPluginsDirectory() throws Exception
    {
        final String api = java.util.regex.Pattern.quote(io.sluice.api.ApiVersion.CURRENT.toString());
        final ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/sluice").toString(), "--list-modules")
            .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", JAVA_HOME);
        final Process p = pb.start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        final List<String> lines = out.lines().filter(l -> l.startsWith("router") || l.startsWith("protocol")
            || l.startsWith("filter") || l.startsWith("monitor")).toList();
        assertEquals(6, lines.size(), out);
        assertTrue(lines.get(0).matches("protocol\\s+mariadbprotocol\\s+0\\.1\\.0-SNAPSHOT\\s+API "
                + api + "\\s+sluice-protocol-mysql\\.jar\\s+.*"), out);
        assertTrue(lines.get(1).matches("router\\s+passthrough\\s+0\\.1\\.0-SNAPSHOT\\s+API "
                + api + "\\s+sluice-passthrough\\.jar\\s+.*"), out);
        assertTrue(lines.get(2).matches("router\\s+readconnroute\\s+0\\.1\\.0-SNAPSHOT\\s+API "
                + api + "\\s+sluice-readconnroute\\.jar\\s+.*"), out);
        assertTrue(lines.get(3).matches("router\\s+readwritesplit\\s+0\\.1\\.0-SNAPSHOT\\s+API "
                + api + "\\s+sluice-router-readwritesplit\\.jar\\s+.*"), out);
        assertTrue(lines.get(4).matches("filter\\s+hintfilter\\s+0\\.1\\.0-SNAPSHOT\\s+API "
                + api + "\\s+sluice-hintfilter\\.jar\\s+.*"), out);
        assertTrue(lines.get(5).matches("monitor\\s+mariadbmon\\s+0\\.1\\.0-SNAPSHOT\\s+API "
                + api + "\\s+sluice-mariadbmon\\.jar\\s+.*"), out);
    }
}
