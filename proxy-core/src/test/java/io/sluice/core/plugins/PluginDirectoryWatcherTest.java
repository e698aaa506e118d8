package io.sluice.core.plugins;

import io.sluice.api.ModuleType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The watcher thread on a real directory, with jars compiled at test time. */
class PluginDirectoryWatcherTest
{
    private static final long AWAIT_MS = 10_000;
    private static final long SETTLE_MS = 100;

    @TempDir
    Path temp;

    private Path plugins;
    private Path outside;
    private TestPluginJars jars;
    private PluginLoader loader;
    private PluginDirectoryWatcher watcher;

    @BeforeEach
    void setUp() throws IOException
    {
        plugins = Files.createDirectories(temp.resolve("plugins"));
        outside = Files.createDirectories(temp.resolve("built"));
        jars = new TestPluginJars(temp.resolve("work"));
        loader = new PluginLoader(plugins);
    }

    @AfterEach
    void tearDown()
    {
        if (watcher != null)
        {
            watcher.close();
        }
        loader.close();
    }

    private static void await(final String what, final BooleanSupplier condition) throws InterruptedException
    {
        final long deadline = System.nanoTime() + AWAIT_MS * 1_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                fail("timed out after " + AWAIT_MS + " ms waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private Supplier<Optional<String>> echoVersion()
    {
        return () -> loader.registry().find(ModuleType.ROUTER, "echo").map(m -> m.info().version());
    }

    /** Copies the jar in the way a careful deployment does: under a temporary name, then renamed. */
    private void dropIn(final Path jar, final String fileName) throws IOException
    {
        final Path tmp = plugins.resolve(fileName + ".part");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, plugins.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void shouldLoadReplaceAndUnloadJarsDroppedIntoTheDirectory() throws Exception
    {
        watcher = new PluginDirectoryWatcher(loader, SETTLE_MS, 60_000);
        watcher.start();
        final Path v1 = jars.routerJar(outside.resolve("echo-1.jar"), "echo", "1.0.0", "");
        final Path v2 = jars.routerJar(outside.resolve("echo-2.jar"), "echo", "2.0.0", "");
        Files.writeString(plugins.resolve("notes.txt"), "not a plugin");

        dropIn(v1, "echo.jar");
        await("echo 1.0.0 loaded", () -> echoVersion().get().equals(Optional.of("1.0.0")));
        final PluginJar first = loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow().jar();
        first.acquire();

        dropIn(v2, "echo.jar");
        await("echo 2.0.0 loaded", () -> echoVersion().get().equals(Optional.of("2.0.0")));
        // the watcher publishes 2.0.0, then marks 1.0.0 superseded: a moment apart
        await("echo 1.0.0 superseded", first::isSuperseded);
        assertFalse(first.isUnloaded());
        first.release();
        assertTrue(first.isUnloaded());

        Files.delete(plugins.resolve("echo.jar"));
        await("echo unloaded", () -> loader.registry().list().isEmpty());
        assertEquals(Optional.empty(), loader.lastResult(plugins.resolve("echo.jar")));
        // Neither the text file nor the temporary copies were ever tried.
        assertEquals(java.util.Set.of(), loader.knownFiles());
    }

    @Test
    void shouldNotLoadAHalfWrittenJarWhileItIsStillBeingWritten() throws Exception
    {
        // Settle time well above the 300 ms pause: the half-written file is never even tried.
        watcher = new PluginDirectoryWatcher(loader, 1500, 60_000);
        watcher.start();
        final byte[] bytes = Files.readAllBytes(jars.routerJar(outside.resolve("slow.jar"), "slow", "1.0.0", ""));

        try (LogCapture log = new LogCapture())
        {
            final Path target = plugins.resolve("slow.jar");
            try (OutputStream out = Files.newOutputStream(target))
            {
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                Thread.sleep(300);
                assertEquals(Optional.empty(), loader.lastResult(target), "not tried while being written");
                out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
            }
            // The outcome is recorded after the module is published and logged: waiting for the registry
            // alone could check the log before the watcher thread wrote the line.
            await("slow loaded", () -> loader.lastResult(target).map(LoadResult::isLoaded).orElse(false));
            assertTrue(loader.registry().find(ModuleType.ROUTER, "slow").isPresent());

            assertEquals(0, log.count("plugin slow.jar refused"), log::text);
            assertEquals(1,
                    log.count("plugin slow.jar loaded: router 'slow' 1.0.0 (API "
                            + io.sluice.api.ApiVersion.CURRENT + ")"), log::text);
        }
    }

    @Test
    void shouldLoadAJarOnceCompleteEvenIfItsFirstHalfWasTried() throws Exception
    {
        // Settle time below the pause: the first half is tried and refused, the complete file loaded.
        watcher = new PluginDirectoryWatcher(loader, SETTLE_MS, 60_000);
        watcher.start();
        final byte[] bytes = Files.readAllBytes(jars.routerJar(outside.resolve("slow.jar"), "slow", "1.0.0", ""));
        final Path target = plugins.resolve("slow.jar");

        try (OutputStream out = Files.newOutputStream(target))
        {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            await("the first half tried", () -> loader.lastResult(target).isPresent());
            final LoadResult half = loader.lastResult(target).orElseThrow();
            assertFalse(half.isLoaded());
            assertTrue(half.refusal().startsWith("not a readable jar: "), half.refusal());
            assertEquals(bytes.length / 2, half.stamp().sizeBytes());
            Thread.sleep(300);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }

        await("slow loaded", () -> loader.lastResult(target).map(LoadResult::isLoaded).orElse(false));
        assertEquals(bytes.length, loader.lastResult(target).orElseThrow().stamp().sizeBytes());
        assertTrue(loader.registry().find(ModuleType.ROUTER, "slow").isPresent());
    }

    @Test
    void shouldLeaveJarsLoadedAtStartupAloneAndPickUpOthersOnItsFirstScan() throws Exception
    {
        jars.routerJar(plugins.resolve("echo.jar"), "echo", "1.0.0", "");
        assertTrue(loader.loadAll().get(0).isLoaded());
        final PluginJar atStartup = loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow().jar();
        // Dropped in before the watcher starts: only its first scan can find it.
        jars.routerJar(plugins.resolve("other.jar"), "other", "1.0.0", "");

        watcher = new PluginDirectoryWatcher(loader, SETTLE_MS, 60_000);
        watcher.start();

        await("other loaded", () -> loader.registry().find(ModuleType.ROUTER, "other").isPresent());
        assertSame(atStartup, loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow().jar(), "not reloaded");
        assertFalse(atStartup.isSuperseded());
    }

    @Test
    void shouldRetryARefusedJarOnlyWhenTheFileChanges() throws Exception
    {
        watcher = new PluginDirectoryWatcher(loader, SETTLE_MS, 200);
        watcher.start();
        final byte[] junk = new byte[100];
        Arrays.fill(junk, (byte)7);
        final Path broken = plugins.resolve("broken.jar");

        try (LogCapture log = new LogCapture())
        {
            Files.write(broken, junk);
            await("broken.jar tried", () -> loader.lastResult(broken).isPresent());
            assertEquals(100, loader.lastResult(broken).orElseThrow().stamp().sizeBytes());
            final Path good = jars.routerJar(outside.resolve("echo.jar"), "echo", "1.0.0", "");
            // Three more rescans (every 200 ms) see the same file: no new attempt.
            final long scans = watcher.rescans();
            await("three rescans", () -> watcher.rescans() >= scans + 3);
            assertEquals(1, log.count("plugin broken.jar refused"), log::text);

            dropIn(good, "broken.jar");
            await("broken.jar fixed", () -> loader.registry().find(ModuleType.ROUTER, "echo").isPresent());
            assertEquals(1, log.count("plugin broken.jar refused"), log::text);
        }
    }
}
