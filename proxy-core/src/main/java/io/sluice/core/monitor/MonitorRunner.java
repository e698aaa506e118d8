package io.sluice.core.monitor;

import io.sluice.api.config.Params;
import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Monitor;
import io.sluice.api.MonitorCommand;
import io.sluice.api.MonitorContext;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ServerState;
import io.sluice.api.Target;
import io.sluice.core.plugins.ModuleUsage;
import org.jctools.queues.MpscUnboundedArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one monitor instance on a thread of its own ({@code monitor-NAME}): start, a tick every
 * {@code monitor_interval}, operator commands between ticks (posted through a lock-free JCTools
 * queue), stop. The monitor may block this thread, never a worker's.
 */
public final class MonitorRunner implements MonitorContext
{
    private static final Logger LOG = LoggerFactory.getLogger(MonitorRunner.class);

    /** A command waiting for the monitor's thread. */
    private record Call(String command, List<String> args, CompletableFuture<Object> result)
    {
    }

    private final String name;
    private final Params params;
    private final Params globalParams;
    private final List<Target> servers;
    private final Set<String> serverNames;
    private final ClusterState cluster;
    private final long intervalNs;
    private final MpscUnboundedArrayQueue<Call> calls = new MpscUnboundedArrayQueue<>(16);
    private final CompletableFuture<Void> firstTick = new CompletableFuture<>();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong tickFailures = new AtomicLong();
    private ModuleInfo module;
    private ModuleUsage usage = ModuleUsage.NONE;
    private Monitor monitor;
    private Thread thread;
    private volatile boolean stopping;
    private volatile Map<String, Object> lastDiagnostics = Map.of();
    /** The instance's commands, read once on its thread after start. */
    private volatile Map<String, MonitorCommand> commands = Map.of();

    public MonitorRunner(final String name, final Params params, final Params globalParams, final List<Target> servers,
        final ClusterState cluster, final Duration interval)
    {
        this.name = name;
        this.params = params;
        this.globalParams = globalParams;
        this.servers = List.copyOf(servers);
        this.serverNames = Set.copyOf(servers.stream().map(Target::name).toList());
        this.cluster = cluster;
        this.intervalNs = interval.toNanos();
    }

    /**
     * Creates the module's instance, starts its thread and waits (up to {@code firstTickTimeoutMs})
     * for the first tick, so services start with known server states.
     *
     * @throws IllegalStateException when the module refuses to start
     */
    public void start(final ModuleInfo monitorModule, final ModuleUsage moduleUsage, final long firstTickTimeoutMs)
    {
        moduleUsage.acquire();
        try
        {
            monitor = monitorModule.monitorApi().createInstance().apply(this);
        }
        catch (final RuntimeException e)
        {
            moduleUsage.release();
            throw new IllegalStateException("monitor " + name + ": module " + monitorModule.name() + " "
                + monitorModule.version() + " refused to start: " + e.getMessage(), e);
        }
        this.module = monitorModule;
        this.usage = moduleUsage;
        thread = new Thread(this::run, "monitor-" + name);
        thread.setDaemon(true);
        thread.start();
        try
        {
            firstTick.get(firstTickTimeoutMs, TimeUnit.MILLISECONDS);
        }
        catch (final java.util.concurrent.TimeoutException e)
        {
            LOG.warn("monitor {}: the first tick did not finish within {} ms; starting anyway", name,
                    firstTickTimeoutMs);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        catch (final java.util.concurrent.ExecutionException e)
        {
            LOG.warn("monitor {}: {}", name, e.getCause().getMessage());
        }
        LOG.info("monitor {} started ({} {}, interval {} ms, servers {})", name, monitorModule.name(),
            monitorModule.version(), TimeUnit.NANOSECONDS.toMillis(intervalNs),
            servers.stream().map(Target::name).toList());
    }

    /**
     * Runs an operator command on the monitor's thread. The future fails with
     * {@link IllegalArgumentException} for an unknown command or bad arguments, and with
     * {@link IllegalStateException} when the monitor refuses.
     */
    public CompletableFuture<Object> call(final String command, final List<String> args)
    {
        final CompletableFuture<Object> result = new CompletableFuture<>();
        if (stopping || thread == null)
        {
            result.completeExceptionally(new IllegalStateException("monitor " + name + " is not running"));
            return result;
        }
        calls.offer(new Call(command, List.copyOf(args), result));
        LockSupport.unpark(thread);
        return result;
    }

    /** Stops the thread (after the tick or command in progress), then the instance. */
    public void stop(final long timeoutMs)
    {
        stopping = true;
        if (thread == null)
        {
            return;
        }
        LockSupport.unpark(thread);
        try
        {
            thread.join(timeoutMs);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive())
        {
            LOG.warn("monitor {} did not stop within {} ms", name, timeoutMs);
        }
    }

    private void run()
    {
        try
        {
            monitor.start();
        }
        catch (final RuntimeException | LinkageError e)
        {
            LOG.error("monitor {} failed to start: {}", name, e.toString());
            firstTick.completeExceptionally(e);
            failPendingCalls();
            usage.release();
            return;
        }
        commands = Map.copyOf(monitor.commands());
        long nextTickNs = System.nanoTime();
        while (!stopping)
        {
            runCalls();
            final long nowNs = System.nanoTime();
            if (nowNs - nextTickNs >= 0)
            {
                tick();
                // Fixed rate; a tick that overran starts the next interval now instead of catching up.
                nextTickNs = Math.max(nextTickNs + intervalNs, System.nanoTime());
                firstTick.complete(null);
                continue;
            }
            if (calls.isEmpty())
            {
                LockSupport.parkNanos(this, nextTickNs - nowNs);
            }
        }
        failPendingCalls();
        try
        {
            monitor.stop();
        }
        catch (final RuntimeException | LinkageError e)
        {
            LOG.warn("monitor {}: stop failed: {}", name, e.toString());
        }
        usage.release();
        LOG.info("monitor {} stopped", name);
    }

    private void tick()
    {
        try
        {
            monitor.tick();
            ticks.incrementAndGet();
        }
        catch (final RuntimeException | LinkageError e)
        {
            tickFailures.incrementAndGet();
            LOG.warn("monitor {}: tick failed: {}", name, e.toString());
        }
        try
        {
            lastDiagnostics = monitor.diagnostics();
        }
        catch (final RuntimeException | LinkageError e)
        {
            LOG.warn("monitor {}: diagnostics failed: {}", name, e.toString());
        }
    }

    private void runCalls()
    {
        Call call;
        while ((call = calls.poll()) != null)
        {
            final MonitorCommand command = commands.get(call.command());
            if (command == null)
            {
                call.result().completeExceptionally(new IllegalArgumentException("monitor " + name + " ("
                    + module.name() + ") has no command '" + call.command() + "'; it has " + commands.keySet()));
                continue;
            }
            try
            {
                LOG.info("monitor {}: running {} {}", name, call.command(), call.args());
                call.result().complete(command.action().apply(call.args()));
            }
            catch (final RuntimeException e)
            {
                LOG.warn("monitor {}: {} {} failed: {}", name, call.command(), call.args(), e.getMessage());
                call.result().completeExceptionally(e);
            }
            try
            {
                lastDiagnostics = monitor.diagnostics();
            }
            catch (final RuntimeException e)
            {
                LOG.warn("monitor {}: diagnostics failed: {}", name, e.toString());
            }
        }
    }

    private void failPendingCalls()
    {
        Call call;
        while ((call = calls.poll()) != null)
        {
            call.result().completeExceptionally(new IllegalStateException("monitor " + name + " stopped"));
        }
    }

    /** The name of the module it runs, empty before {@link #start}. */
    public String moduleName()
    {
        return module == null ? "" : module.name();
    }

    /** The module, ticks so far and what the instance reported after its last tick or command. */
    public Map<String, Object> diagnostics()
    {
        final Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("module", moduleName());
        d.put("module_version", module == null ? "" : module.version());
        d.put("monitor_interval_ms", TimeUnit.NANOSECONDS.toMillis(intervalNs));
        d.put("ticks", ticks.get());
        d.put("tick_failures", tickFailures.get());
        d.put("servers", servers.stream().map(Target::name).toList());
        d.put("state", stopping ? "Stopped" : "Running");
        d.put("monitor_diagnostics", lastDiagnostics);
        return d;
    }

    /** The commands of the running instance: name → usage and description. */
    public Map<String, MonitorCommand> commands()
    {
        return commands;
    }

    @Override
    public String name()
    {
        return name;
    }

    @Override
    public Params params()
    {
        return params;
    }

    @Override
    public Params globalParams()
    {
        return globalParams;
    }

    @Override
    public List<Target> servers()
    {
        return servers;
    }

    @Override
    public void publish(final List<ServerState> states)
    {
        final List<ServerState> mine = states.stream().filter(s -> serverNames.contains(s.name())).toList();
        cluster.publish(name, mine);
    }

    @Override
    public ClusterSnapshot cluster()
    {
        return cluster.snapshot();
    }
}
