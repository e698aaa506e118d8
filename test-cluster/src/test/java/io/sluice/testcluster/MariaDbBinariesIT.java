package io.sluice.testcluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unpacking the bundled binaries: racing extractions, a half tree, and a bad SLUICE_MARIADB_HOME. */
class MariaDbBinariesIT
{
    private final Path cache = Path.of(System.getProperty("sluice.testcluster.jar")).resolveSibling("binaries-it");

    @AfterEach
    void clean() throws Exception
    {
        MariaDbBinaries.deleteTree(cache);
    }

    @Test
    void twoExtractionsRacingLeaveOneCompleteTree() throws Exception
    {
        MariaDbBinaries.deleteTree(cache);
        // a tree without the completion marker, as if made by hand or half copied: never used
        final Path target = cache.resolve("mariadb-" + MariaDbBinaries.BUNDLED_VERSION);
        Files.createDirectories(target.resolve("bin"));
        Files.writeString(target.resolve("bin/mariadbd"), "not a server");

        final CyclicBarrier barrier = new CyclicBarrier(2);
        final ExecutorService pool = Executors.newFixedThreadPool(2);
        try
        {
            final List<Future<Path>> results = List.of(
                pool.submit(() ->
                {
                    barrier.await();
                    return MariaDbBinaries.extractBundled(cache);
                }),
                pool.submit(() ->
                {
                    barrier.await();
                    return MariaDbBinaries.extractBundled(cache);
                }));
            assertEquals(target, results.get(0).get(120, TimeUnit.SECONDS));
            assertEquals(target, results.get(1).get(120, TimeUnit.SECONDS));
        }
        finally
        {
            pool.shutdownNow();
        }
        assertTrue(Files.isRegularFile(target.resolve(".complete")));
        try (Stream<Path> entries = Files.list(cache))
        {
            assertEquals(List.of(target), entries.toList(), "no temporary folder left");
        }
        final MariaDbBinaries binaries = MariaDbBinaries.of(target);
        assertTrue(Files.isExecutable(binaries.mariadbd()));
        assertTrue(Files.isExecutable(binaries.client()));
        assertEquals(target.resolve("share"), binaries.shareDir());
        final Process p = new ProcessBuilder(binaries.mariadbd().toString(),
                "--version").redirectErrorStream(true).start();
        final String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(version.contains("Ver " + MariaDbBinaries.BUNDLED_VERSION + "-MariaDB"), version);

        // a second call finds the complete tree and does nothing
        final long modified = Files.getLastModifiedTime(binaries.mariadbd()).toMillis();
        assertEquals(target, MariaDbBinaries.extractBundled(cache));
        assertEquals(modified, Files.getLastModifiedTime(binaries.mariadbd()).toMillis());
    }

    @Test
    void aHomeWithoutAServerIsRefusedNamingWhatIsMissing() throws Exception
    {
        final Path home = Files.createDirectories(cache.resolve("empty-home/bin"));
        final IOException e = assertThrows(IOException.class, () -> MariaDbBinaries.of(home.getParent()));
        assertEquals("no mariadbd in " + home.getParent() + " (looked in bin/, sbin/, libexec/)", e.getMessage());
        assertFalse(Files.exists(home.resolveSibling("bin/mariadbd")));
    }
}
