package io.sluice.core.plugins;

import test.support.PluginEvents;
import io.sluice.api.ModuleType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-worker lifecycle hooks (threadInit / threadFinish) on real threads standing in for two workers. */
class WorkerHooksTest
{
    @TempDir
    Path temp;

    private Path plugins;
    private TestPluginJars jars;
    private PluginLoader loader;
    private TwoThreads workers;

    /** Two single-thread executors named like workers; hooks record the thread they ran on. */
    private static final class TwoThreads implements WorkerThreads
    {
        private final List<ExecutorService> threads = List.of(
            Executors.newSingleThreadExecutor(r -> new Thread(r, "worker-0")),
            Executors.newSingleThreadExecutor(r -> new Thread(r, "worker-1")));

        @Override
        public void runOnEach(final IntConsumer hook) throws Exception
        {
            final List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < threads.size(); i++)
            {
                final int index = i;
                runs.add(threads.get(i).submit(() -> hook.accept(index)));
            }
            for (final Future<?> run : runs)
            {
                try
                {
                    run.get(10, TimeUnit.SECONDS);
                }
                catch (final java.util.concurrent.ExecutionException e)
                {
                    throw (RuntimeException)e.getCause();
                }
            }
        }

        @Override
        public boolean isWorkerThread()
        {
            return Thread.currentThread().getName().startsWith("worker-");
        }

        void shutdown()
        {
            threads.forEach(ExecutorService::shutdownNow);
        }
    }

    @BeforeEach
    void setUp() throws IOException
    {
        plugins = Files.createDirectories(temp.resolve("plugins"));
        jars = new TestPluginJars(temp.resolve("work"));
        loader = new PluginLoader(plugins);
        workers = new TwoThreads();
        PluginEvents.clear();
    }

    @AfterEach
    void tearDown()
    {
        loader.close();
        workers.shutdown();
    }

    /** Records "pinit", "tinit W on THREAD", "tfinish W on THREAD" and "pfinish", each with the module's version. */
    private static String recordingHooks(final String version, final String threadInitBody)
    {
        final String rec = "test.support.PluginEvents.record";
        return "info = info.withLifecycle(new Lifecycle("
            + "() -> " + rec + "(\"pinit " + version + "\"), "
            + "() -> " + rec + "(\"pfinish " + version + "\"), "
            + "w -> { " + threadInitBody + rec + "(\"tinit " + version
            + " w\" + w + \" on \" + Thread.currentThread().getName()); }, "
            + "w -> " + rec + "(\"tfinish " + version + " w\" + w + \" on \" + Thread.currentThread().getName())));";
    }

    private static List<String> sortedEvents()
    {
        return PluginEvents.events().stream().sorted().toList();
    }

    @Test
    void shouldRunThreadInitOnEveryWorkerForJarsLoadedBeforeAndAfterTheWorkersStart()
    {
        final Path early = jars.routerJar(plugins.resolve("early.jar"), "early", "1.0.0", recordingHooks("1.0.0", ""));
        assertTrue(loader.load(early).isLoaded());
        assertEquals(List.of("pinit 1.0.0"), PluginEvents.events(), "no worker hooks before the workers exist");

        loader.attachWorkers(workers);
        assertEquals(List.of("pinit 1.0.0", "tinit 1.0.0 w0 on worker-0",
                "tinit 1.0.0 w1 on worker-1"), sortedEvents());

        PluginEvents.clear();
        final Path late = jars.routerJar(plugins.resolve("late.jar"), "late", "2.0.0", recordingHooks("2.0.0", ""));
        assertTrue(loader.load(late).isLoaded());
        assertEquals(List.of("pinit 2.0.0", "tinit 2.0.0 w0 on worker-0",
                "tinit 2.0.0 w1 on worker-1"), sortedEvents());
        assertEquals("pinit 2.0.0", PluginEvents.events().get(0), "processInit runs before the worker hooks");
    }

    @Test
    void shouldRunThreadFinishOnEveryWorkerBeforeProcessFinishWhenAJarUnloads() throws Exception
    {
        loader.attachWorkers(workers);
        final Path path = jars.routerJar(plugins.resolve("echo.jar"), "echo", "1.0.0", recordingHooks("1.0.0", ""));
        final PluginJar v1 = loader.load(path).jar();
        v1.acquire();
        jars.routerJar(path, "echo", "2.0.0", recordingHooks("2.0.0", ""));
        assertTrue(loader.load(path).isLoaded());
        PluginEvents.clear();

        // The last user lets go on a worker thread: the unload moves off it and still runs every hook.
        workers.threads.get(0).submit(v1::release).get(10, TimeUnit.SECONDS);
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!v1.isUnloaded() && System.nanoTime() - deadlineNs < 0)
        {
            Thread.sleep(10);
        }

        assertTrue(v1.isUnloaded());
        final List<String> events = PluginEvents.events();
        assertEquals(List.of("pfinish 1.0.0", "tfinish 1.0.0 w0 on worker-0", "tfinish 1.0.0 w1 on worker-1"),
            events.stream().sorted().toList());
        assertEquals("pfinish 1.0.0", events.get(2), "processFinish runs after every worker's threadFinish");
    }

    @Test
    void shouldRefuseAJarWhoseThreadInitThrowsAndKeepServingTheOthers()
    {
        loader.attachWorkers(workers);
        assertTrue(loader.load(jars.routerJar(plugins.resolve("good.jar"), "good", "1.0.0", "")).isLoaded());
        final Path boom = jars.routerJar(plugins.resolve("boom.jar"), "boom", "1.0.0",
            recordingHooks("1.0.0",
                    "if (w == 1) { throw new IllegalStateException(\"no huge pages on worker \" + w); } "));

        final LoadResult result;
        final String log;
        try (LogCapture capture = new LogCapture())
        {
            result = loader.load(boom);
            log = capture.text();
        }

        assertFalse(result.isLoaded());
        assertEquals("module 'boom' (router): thread init failed: no huge pages on worker 1", result.refusal());
        assertTrue(log.contains("plugin boom.jar refused: module 'boom' (router): thread init failed: no huge pages on "
                + "worker 1"),
            log);
        // Undone where it ran: threadFinish on both workers, then processFinish.
        assertEquals(List.of("pfinish 1.0.0", "pinit 1.0.0", "tfinish 1.0.0 w0 on worker-0",
            "tfinish 1.0.0 w1 on worker-1", "tinit 1.0.0 w0 on worker-0"), sortedEvents());
        assertTrue(loader.registry().find(ModuleType.ROUTER, "good").isPresent());
        assertFalse(loader.registry().find(ModuleType.ROUTER, "boom").isPresent());
    }

    @Test
    void shouldRefuseAtStartupAJarWhoseThreadInitThrowsWhenTheWorkersArrive()
    {
        assertTrue(loader.load(jars.routerJar(plugins.resolve("good.jar"), "good", "1.0.0", "")).isLoaded());
        final Path boom = jars.routerJar(plugins.resolve("boom.jar"), "boom", "1.0.0",
            recordingHooks("1.0.0", "if (true) { throw new IllegalStateException(\"worker \" + w + \" says no\"); } "));
        assertTrue(loader.load(boom).isLoaded(), "no workers yet: only processInit ran");

        final String log;
        try (LogCapture capture = new LogCapture())
        {
            loader.attachWorkers(workers);
            log = capture.text();
        }

        assertTrue(log.contains("plugin boom.jar refused: module 'boom' (router): thread init failed: worker "), log);
        assertFalse(loader.registry().find(ModuleType.ROUTER, "boom").isPresent());
        assertTrue(loader.registry().find(ModuleType.ROUTER, "good").isPresent());
        assertTrue(PluginEvents.events().contains("pfinish 1.0.0"), PluginEvents.events()::toString);
        assertFalse(loader.lastResult(boom).orElseThrow().isLoaded());
    }
}
