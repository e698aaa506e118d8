package io.sluice.core.monitor;

import io.sluice.core.config.SectionValidator;

import io.sluice.core.config.ConfigException;
import io.sluice.core.config.IniSection;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ApiVersion;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.api.Monitor;
import io.sluice.api.MonitorApi;
import io.sluice.api.MonitorCommand;
import io.sluice.api.MonitorContext;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.Target;
import io.sluice.core.plugins.ModuleUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitor thread: start, ticks on schedule, commands between ticks, publish, stop. */
class MonitorRunnerTest
{
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ticks = new AtomicInteger();
    private final AtomicInteger releases = new AtomicInteger();
    private MonitorRunner runner;

    /** Marks db2 down from the third tick on; "flip" makes db2 the primary. Records the thread of each call. */
    private final class CountingMonitor implements Monitor
    {
        private final MonitorContext context;
        private boolean flipped;

        CountingMonitor(final MonitorContext context)
        {
            this.context = context;
        }

        @Override
        public void start()
        {
            calls.add("start on " + Thread.currentThread().getName());
        }

        @Override
        public void tick()
        {
            final int n = ticks.incrementAndGet();
            calls.add("tick on " + Thread.currentThread().getName());
            final int master = ServerStatus.bits(ServerStatus.MASTER, ServerStatus.RUNNING);
            final int slave = ServerStatus.bits(ServerStatus.SLAVE, ServerStatus.RUNNING);
            context.publish(List.of(
                new ServerState("db1", flipped ? slave : master, flipped ? 0 : 0, "", 1, false, ""),
                new ServerState("db2", n >= 3 ? 0 : flipped ? master : slave,
                        ServerState.LAG_UNKNOWN, "", 2, false, ""),
                new ServerState("other", master, 0, "", 9, false, "")));
        }

        @Override
        public void stop()
        {
            calls.add("stop on " + Thread.currentThread().getName());
        }

        @Override
        public Map<String, Object> diagnostics()
        {
            return Map.of("ticks_seen", ticks.get());
        }

        @Override
        public Map<String, MonitorCommand> commands()
        {
            return Map.of("flip", new MonitorCommand("", "swap the roles", args ->
            {
                calls.add("flip on " + Thread.currentThread().getName());
                flipped = true;
                tick();
                return Map.of("done", true);
            }), "fail", new MonitorCommand("", "refuses", args ->
            {
                throw new IllegalStateException("the cluster is not healthy: " + args);
            }));
        }
    }

    private static Params noParams()
    {
        try
        {
            return SectionValidator.validate(SectionSpec.EMPTY, "test.cnf", new IniSection("mon", 1, List.of()));
        }
        catch (final ConfigException e)
        {
            throw new IllegalStateException(e);
        }
    }

    private ModuleInfo module()
    {
        return new ModuleInfo("counting", ModuleType.MONITOR, ApiVersion.CURRENT, "1.0.0", "test monitor", Set.of(),
            SectionSpec.EMPTY, Lifecycle.NONE, new MonitorApi(CountingMonitor::new));
    }

    private final ModuleUsage usage = new ModuleUsage()
    {
        @Override
        public void acquire()
        {
        }

        @Override
        public void release()
        {
            releases.incrementAndGet();
        }
    };

    private ClusterState cluster()
    {
        return new ClusterState(List.of(ServerState.configured("db1", "running"),
                ServerState.configured("db2", "running"),
            ServerState.configured("db3", "master")));
    }

    private MonitorRunner runner(final ClusterState cluster, final long intervalMs)
    {
        final List<Target> servers = List.of(new Target("db1", new InetSocketAddress("127.0.0.1", 1)),
            new Target("db2", new InetSocketAddress("127.0.0.1", 2)));
        return new MonitorRunner("mon", noParams(), noParams(), servers, cluster, Duration.ofMillis(intervalMs));
    }

    @AfterEach
    void tearDown()
    {
        if (runner != null)
        {
            runner.stop(5_000);
        }
    }

    @Test
    void shouldPublishTheFirstTickBeforeStartReturnsThenTickOnSchedule() throws Exception
    {
        final ClusterState cluster = cluster();
        runner = runner(cluster, 100);

        runner.start(module(), usage, 5_000);

        assertEquals("Master, Running", cluster.snapshot().state("db1").statusText(), "first tick published");
        assertEquals("Master, Running", cluster.snapshot().state("db3").statusText(), "not its server: unchanged");
        Thread.sleep(1_000);
        final int n = ticks.get();
        assertTrue(n >= 5 && n <= 12, "about 10 ticks in 1 s at 100 ms: " + n);
        assertEquals("Down", cluster.snapshot().state("db2").statusText());
        assertEquals("start on monitor-mon", calls.get(0));
        assertTrue(calls.stream().allMatch(c -> c.endsWith("on monitor-mon")), calls::toString);
    }

    @Test
    void shouldRunCommandsOnTheMonitorThreadBetweenTicks() throws Exception
    {
        final ClusterState cluster = cluster();
        runner = runner(cluster, 60_000); // no tick but the first during the test

        runner.start(module(), usage, 5_000);
        final Object result = runner.call("flip", List.of()).get(5, TimeUnit.SECONDS);

        assertEquals(Map.of("done", true), result);
        assertTrue(calls.contains("flip on monitor-mon"), calls::toString);
        assertEquals("Slave, Running", cluster.snapshot().state("db1").statusText());
        assertEquals("Master, Running", cluster.snapshot().state("db2").statusText());
        assertEquals(Set.of("flip", "fail"), runner.commands().keySet());

        final ExecutionException refused = assertThrows(ExecutionException.class,
            () -> runner.call("fail", List.of("db2")).get(5, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, refused.getCause());
        assertEquals("the cluster is not healthy: [db2]", refused.getCause().getMessage());

        final ExecutionException unknown = assertThrows(ExecutionException.class,
            () -> runner.call("explode", List.of()).get(5, TimeUnit.SECONDS));
        assertEquals("monitor mon (counting) has no command 'explode'; it has ",
            unknown.getCause().getMessage().substring(0, 56));
    }

    @Test
    void shouldStopTheInstanceOnItsThreadAndReleaseTheModule() throws Exception
    {
        runner = runner(cluster(), 50);
        runner.start(module(), usage, 5_000);

        runner.stop(5_000);

        assertEquals("stop on monitor-mon", calls.get(calls.size() - 1));
        assertEquals(1, releases.get());
        final ExecutionException afterStop = assertThrows(ExecutionException.class,
            () -> runner.call("flip", List.of()).get(5, TimeUnit.SECONDS));
        assertEquals("monitor mon is not running", afterStop.getCause().getMessage());
        final int n = ticks.get();
        Thread.sleep(200);
        assertEquals(n, ticks.get(), "no tick after stop");
        assertEquals(Map.of("ticks_seen", n), runner.diagnostics().get("monitor_diagnostics"));
    }
}
