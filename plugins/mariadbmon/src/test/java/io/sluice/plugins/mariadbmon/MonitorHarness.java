package io.sluice.plugins.mariadbmon;

import io.sluice.core.config.SectionValidator;

import io.sluice.core.config.ConfigException;
import io.sluice.core.config.CoreSpecs;
import io.sluice.core.config.IniEntry;
import io.sluice.core.config.IniSection;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ServerState;
import io.sluice.api.Target;
import io.sluice.core.monitor.ClusterState;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A mariadbmon instance run by the core's {@link MonitorRunner} (its own thread, ticks, commands
 * between ticks) over real servers, publishing into a {@link ClusterState} as in Sluice; the
 * parameters go through the same validation as a configuration file's.
 */
final class MonitorHarness implements AutoCloseable
{
    static final SectionSpec SPEC = CoreSpecs.MONITOR.merge(MariaDbMonModule.PARAMETERS);

    private final ClusterState cluster;
    private final MonitorRunner runner;

    private MonitorHarness(final ClusterState cluster, final MonitorRunner runner)
    {
        this.cluster = cluster;
        this.runner = runner;
    }

    /** The test cluster's servers as monitor targets. */
    static List<Target> targets(final TestCluster testCluster)
    {
        final List<Target> targets = new ArrayList<>();
        for (final ServerInfo s : testCluster.servers())
        {
            targets.add(new Target(s.name(), new InetSocketAddress(s.host(), s.port())));
        }
        return targets;
    }

    /** The monitor account, 1 s interval, the rest from extra (e.g. {@code auto_failover=true}). */
    static Map<String, String> params(final String... extra)
    {
        final Map<String, String> p = new LinkedHashMap<>();
        p.put("user", ClusterAccounts.MONITOR_USER);
        p.put("password", ClusterAccounts.MONITOR_PASSWORD);
        p.put("replication_user", ClusterAccounts.REPL_USER);
        p.put("replication_password", ClusterAccounts.REPL_PASSWORD);
        p.put("monitor_interval", "1s");
        for (final String e : extra)
        {
            final int eq = e.indexOf('=');
            p.put(e.substring(0, eq), e.substring(eq + 1));
        }
        return p;
    }

    static Params validate(final String name, final List<Target> servers, final Map<String, String> params)
        throws ConfigException
    {
        final List<IniEntry> entries = new ArrayList<>();
        int line = 2;
        entries.add(new IniEntry("type", "monitor", line++));
        entries.add(new IniEntry("module", MariaDbMonModule.NAME, line++));
        entries.add(new IniEntry("servers", String.join(",", servers.stream().map(Target::name).toList()), line++));
        for (final Map.Entry<String, String> e : params.entrySet())
        {
            entries.add(new IniEntry(e.getKey(), e.getValue(), line++));
        }
        return SectionValidator.validate(SPEC, "test.cnf", new IniSection(name, 1, entries));
    }

    /** Starts the monitor and waits for its first tick. */
    static MonitorHarness start(final String name, final List<Target> servers, final Map<String, String> params)
        throws ConfigException
    {
        final Params p = validate(name, servers, params);
        final ClusterState cluster = ClusterState.of(servers);
        final MonitorRunner runner = new MonitorRunner(name, p, p, servers, cluster, p.duration("monitor_interval"));
        runner.start(new MariaDbMonModule().module(), ModuleUsage.NONE, 30_000);
        return new MonitorHarness(cluster, runner);
    }

    ClusterState cluster()
    {
        return cluster;
    }

    MonitorRunner runner()
    {
        return runner;
    }

    ServerState state(final String server)
    {
        return cluster.snapshot().state(server);
    }

    String status(final String server)
    {
        return state(server).statusText();
    }

    /** Waits until the server's status text is the given one. */
    void awaitStatus(final String server, final String status, final Duration timeout)
    {
        Await.until(() -> status(server).equals(status), timeout,
            () -> server + " is '" + status(server) + "', not '" + status + "'; " + cluster.snapshot()
                    + "; " + diagnostics());
    }

    /** Runs a command and returns its result; its exception (IllegalArgumentException, IllegalStateException) as is. */
    Object call(final String command, final String... args) throws Exception
    {
        try
        {
            return runner.call(command, List.of(args)).get(120, TimeUnit.SECONDS);
        }
        catch (final ExecutionException e)
        {
            if (e.getCause() instanceof Exception cause)
            {
                throw cause;
            }
            throw e;
        }
        catch (final TimeoutException e)
        {
            throw new AssertionError(command + " did not finish within 120 s; " + diagnostics(), e);
        }
    }

    /** Ticks the core's runner has completed so far. */
    long ticks()
    {
        return ((Number) runner.diagnostics().get("ticks")).longValue();
    }

    /** What the monitor itself reported after its last tick or command. */
    @SuppressWarnings("unchecked")
    Map<String, Object> diagnostics()
    {
        return (Map<String, Object>) runner.diagnostics().get("monitor_diagnostics");
    }

    /** The diagnostics entry of one server. */
    @SuppressWarnings("unchecked")
    Map<String, Object> serverDiagnostics(final String server)
    {
        for (final Object o : (List<Object>) diagnostics().get("servers"))
        {
            final Map<String, Object> s = (Map<String, Object>) o;
            if (server.equals(s.get("name")))
            {
                return s;
            }
        }
        throw new AssertionError("no server " + server + " in " + diagnostics());
    }

    @Override
    public void close()
    {
        runner.stop(30_000);
    }
}
