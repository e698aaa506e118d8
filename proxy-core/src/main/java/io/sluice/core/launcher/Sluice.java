package io.sluice.core.launcher;

import io.sluice.core.admin.AdminException;
import io.sluice.core.admin.AdminModel;
import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.IniSection;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.config.ModuleJars;
import io.sluice.core.config.RuntimeChanges;
import io.sluice.core.config.ConfigException;
import io.sluice.core.config.GlobalConfig;
import io.sluice.core.config.FilterConfig;
import io.sluice.core.config.ListenerConfig;
import io.sluice.api.config.Params;
import io.sluice.core.config.MonitorConfig;
import io.sluice.core.config.ServerConfig;
import io.sluice.core.config.ServiceConfig;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.net.BackPressure;
import io.sluice.api.Filter;
import io.sluice.api.FilterContext;
import io.sluice.api.ModuleType;
import io.sluice.api.ServerState;
import io.sluice.core.monitor.ClusterState;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.net.Listener;
import io.sluice.core.net.ClientHandoff;
import io.sluice.core.tls.TlsConfig;
import io.sluice.core.session.RawProtocol;
import io.sluice.api.Target;
import io.sluice.core.session.LiveSessions;
import io.sluice.core.session.RoutedService;
import io.sluice.core.worker.WorkerPool;
import io.sluice.core.worker.Rebalancer;
import io.sluice.core.worker.SessionPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.core.worker.Resident;

import java.io.IOException;
import java.time.Instant;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A running Sluice: the worker pool, the services and the listeners of one configuration.
 * {@link #start} either brings everything up or closes what it opened and throws.
 */
public final class Sluice implements AdminModel
{
    private static final Logger LOG = LoggerFactory.getLogger(Sluice.class);
    private static final long MONITOR_STOP_TIMEOUT_MS = 10_000;
    private static final long ADMIN_TASK_TIMEOUT_MS = 5_000;

    private volatile SluiceConfig config;
    private final WorkerPool pool;
    private final Rebalancer rebalancer;
    private final Map<String, RoutedService> services = new LinkedHashMap<>();
    private final Map<String, Listener> listeners = new LinkedHashMap<>();
    private final Map<String, MonitorRunner> monitors = new LinkedHashMap<>();
    private final ClusterState cluster;
    private final Modules modules;
    private final Instant startedAt = Instant.now();
    /** The configuration file as read, the runtime changes over it, and the modules' specs: set by the launcher. */
    private IniFile baseIni;
    private RuntimeChanges runtime = RuntimeChanges.none();
    private java.util.function.Supplier<ModuleSpecs> specs;
    private volatile boolean stopped;

    private Sluice(final SluiceConfig config, final WorkerPool pool, final Modules modules)
    {
        this.config = config;
        this.pool = pool;
        final GlobalConfig global = config.global();
        this.rebalancer = new Rebalancer(pool.workers(), global.params().durationNs("rebalance_period"),
            global.params().integer("rebalance_threshold"), global.params().integer("rebalance_window"));
        this.modules = modules;
        this.cluster = new ClusterState(configuredStates(config.servers().values()));
    }

    private static List<ServerState> configuredStates(final java.util.Collection<ServerConfig> servers)
    {
        final List<ServerState> states = new ArrayList<>();
        for (final ServerConfig server : servers)
        {
            states.add(ServerState.configured(server.name(), server.params().enumValue("role")));
        }
        return states;
    }

    /** Starts workers, services (each with its router module) and listeners. */
    public static Sluice start(final SluiceConfig config, final Modules modules) throws ConfigException, IOException
    {
        final GlobalConfig global = config.global();
        final int threads = global.threads(Runtime.getRuntime().availableProcessors());
        final BackPressure backPressure = backPressure(config);
        final WorkerPool pool = new WorkerPool(threads, global.poller(), global.loadPeriod().toNanos(),
            global.params().bool("poll_yield"), global.params().integer("poll_coalesce_us") * 1_000L,
            global.params().enumValue("session_placement", SessionPlacement.class)).start();
        final Sluice sluice = new Sluice(config, pool, modules);
        sluice.rebalancer.start();
        try
        {
            modules.workersStarted(pool);
            for (final MonitorConfig monitor : config.monitors().values())
            {
                sluice.monitors.put(monitor.name(), newMonitor(config, monitor, sluice.cluster, modules));
            }
            for (final ServiceConfig service : config.services().values())
            {
                sluice.services.put(service.name(), sluice.newService(config, service, backPressure, modules));
            }
            for (final ListenerConfig listener : config.listeners().values())
            {
                final InetSocketAddress address = new InetSocketAddress(listener.address(), listener.port());
                final ClientHandoff entry = entry(config, listener,
                        sluice.services.get(listener.service().name()), modules);
                sluice.listeners.put(listener.name(), Listener.open(listener.name(), address, entry, pool));
            }
        }
        catch (final ConfigException | IOException | RuntimeException e)
        {
            sluice.shutdown(0);
            throw e;
        }
        return sluice;
    }

    private static BackPressure backPressure(final SluiceConfig config) throws ConfigException
    {
        final GlobalConfig global = config.global();
        try
        {
            return new BackPressure(global.writeqHighWater(), global.writeqLowWater());
        }
        catch (final IllegalArgumentException e)
        {
            throw new ConfigException(config.file(), global.params().line("writeq_low_water"), e.getMessage());
        }
    }

    private static List<Target> targets(final List<ServerConfig> servers) throws ConfigException
    {
        final List<Target> targets = new ArrayList<>();
        for (final ServerConfig server : servers)
        {
            targets.add(new Target(server.name(), new InetSocketAddress(server.address(), server.port()),
                server.params().enumValue("role"), TlsConfig.server(server.params())));
        }
        return targets;
    }

    /**
     * Starts a monitor and waits for its first tick (bounded by its connect and read timeouts), so
     * the services that start next see the servers' real roles.
     */
    private static MonitorRunner newMonitor(final SluiceConfig config, final MonitorConfig monitor,
        final ClusterState cluster, final Modules modules) throws ConfigException
    {
        final Modules.Choice choice = modules.find(ModuleType.MONITOR, monitor.module()).orElseThrow(() ->
            new ConfigException(config.file(), monitor.params().line("module"),
                "monitor " + monitor.name() + ": module '" + monitor.module() + "' is not loaded"));
        final MonitorRunner runner = new MonitorRunner(monitor.name(), monitor.params(), config.global().params(),
            targets(monitor.servers()), cluster, monitor.monitorInterval());
        final long firstTickTimeoutMs = 2 * (monitor.backendConnectTimeout().toMillis()
            + monitor.backendReadTimeout().toMillis()) + monitor.monitorInterval().toMillis();
        try
        {
            runner.start(choice.module(), choice.usage(), firstTickTimeoutMs);
        }
        catch (final IllegalStateException e)
        {
            throw new ConfigException(config.file(), monitor.params().line("module"), e.getMessage());
        }
        return runner;
    }

    /** Instances of the service's filters, in chain order; on a failure, those made are released. */
    private static List<RoutedService.FilterBinding> filters(final SluiceConfig config, final ServiceConfig service,
        final Modules modules) throws ConfigException
    {
        final List<RoutedService.FilterBinding> chain = new ArrayList<>();
        try
        {
            for (final FilterConfig filter : service.filters())
            {
                final Modules.Choice choice = modules.find(ModuleType.FILTER, filter.module()).orElseThrow(() ->
                    new ConfigException(config.file(), filter.params().line("module"),
                        "filter " + filter.name() + ": module '" + filter.module() + "' is not loaded"));
                choice.usage().acquire();
                final Filter instance;
                try
                {
                    instance = choice.module().filterApi().createInstance().apply(new FilterContext()
                    {
                        @Override
                        public String name()
                        {
                            return filter.name();
                        }

                        @Override
                        public Params params()
                        {
                            return filter.params();
                        }

                        @Override
                        public Params globalParams()
                        {
                            return config.global().params();
                        }
                    });
                }
                catch (final RuntimeException e)
                {
                    choice.usage().release();
                    throw new ConfigException(config.file(), filter.params().line("module"), "filter " + filter.name()
                        + ": module " + choice.module().name() + " refused to start: " + e.getMessage());
                }
                chain.add(new RoutedService.FilterBinding(filter.name(), choice.module(), instance, choice.usage()));
            }
        }
        catch (final ConfigException e)
        {
            for (final RoutedService.FilterBinding made : chain)
            {
                made.filter().destroy();
                made.usage().release();
            }
            throw e;
        }
        return chain;
    }

    private RoutedService newService(final SluiceConfig config, final ServiceConfig service,
        final BackPressure backPressure, final Modules modules) throws ConfigException
    {
        final Modules.Choice choice = modules.router(service.router()).orElseThrow(() ->
            new ConfigException(config.file(), service.params().line("router"),
                "service " + service.name() + ": router '" + service.router() + "' is not loaded"));
        final RoutedService routed = new RoutedService(service.name(), service.params(), config.global().params(),
            targets(service.servers()), cluster, backPressure);
        routed.useFilters(filters(config, service, modules));
        try
        {
            routed.useRouter(choice.module(), choice.usage());
        }
        catch (final IllegalStateException e)
        {
            routed.destroy();
            throw new ConfigException(config.file(), service.params().line("router"), e.getMessage());
        }
        return routed;
    }

    /**
     * What a listener hands its clients to: the service, speaking the listener's {@code protocol}
     * (a protocol module, or the built-in {@code raw}). Names are matched case-insensitively, so
     * MaxScale's {@code MariaDBProtocol} finds the module {@code mariadbprotocol}.
     */
    private static ClientHandoff entry(final SluiceConfig config, final ListenerConfig listener,
            final RoutedService service,
        final Modules modules) throws ConfigException
    {
        final String protocolName = listener.protocol().toLowerCase(Locale.ROOT);
        final TlsConfig.Listener tls = TlsConfig.listener(listener.params());
        if (protocolName.equals(RawProtocol.NAME))
        {
            if (tls.settings() != null)
            {
                throw new ConfigException(config.file(), listener.params().line("ssl"), "listener " + listener.name()
                    + ": ssl=true needs a protocol with a TLS upgrade (MariaDBProtocol), not protocol=raw");
            }
            return service;
        }
        final Modules.Choice choice = modules.find(ModuleType.PROTOCOL, protocolName).orElseThrow(() ->
            new ConfigException(config.file(), listener.params().line("protocol"), "listener " + listener.name()
                + ": protocol '" + listener.protocol() + "' is not loaded (use protocol=raw for bytes unchanged)"));
        try
        {
            return service.entry(service.protocol(choice.module(), choice.usage()), tls);
        }
        catch (final IllegalStateException e)
        {
            throw new ConfigException(config.file(), listener.params().line("protocol"), e.getMessage());
        }
    }

    /**
     * Applies a re-read configuration (SIGHUP): services and listeners that are new start, ones
     * that are gone stop (sessions already open on a removed service finish normally). A section
     * that exists in both keeps running as it is: changing one needs a restart, and is logged.
     * Either everything new starts or nothing changes.
     */
    public synchronized void reload(final SluiceConfig next, final Modules modules) throws ConfigException, IOException
    {
        if (stopped)
        {
            return;
        }
        final BackPressure backPressure = backPressure(next);
        final Map<String, RoutedService> added = new LinkedHashMap<>();
        final Map<String, Listener> opened = new LinkedHashMap<>();
        final Map<String, MonitorRunner> startedMonitors = new LinkedHashMap<>();
        cluster.addServers(configuredStates(next.servers().values()));
        try
        {
            for (final MonitorConfig monitor : next.monitors().values())
            {
                if (!monitors.containsKey(monitor.name()))
                {
                    startedMonitors.put(monitor.name(), newMonitor(next, monitor, cluster, modules));
                }
            }
            for (final ServiceConfig service : next.services().values())
            {
                if (!services.containsKey(service.name()))
                {
                    added.put(service.name(), newService(next, service, backPressure, modules));
                }
            }
            for (final ListenerConfig listener : next.listeners().values())
            {
                if (!listeners.containsKey(listener.name()))
                {
                    final RoutedService target = added.containsKey(listener.service().name())
                        ? added.get(listener.service().name()) : services.get(listener.service().name());
                    opened.put(listener.name(), Listener.open(listener.name(),
                        new InetSocketAddress(listener.address(), listener.port()), entry(next,
                                listener, target, modules),
                        pool));
                }
            }
        }
        catch (final ConfigException | IOException | RuntimeException e)
        {
            opened.values().forEach(Listener::close);
            added.values().forEach(RoutedService::destroy);
            startedMonitors.values().forEach(m -> m.stop(MONITOR_STOP_TIMEOUT_MS));
            throw e;
        }
        final List<String> removedMonitors = new ArrayList<>();
        for (final String name : List.copyOf(monitors.keySet()))
        {
            if (!next.monitors().containsKey(name))
            {
                monitors.remove(name).stop(MONITOR_STOP_TIMEOUT_MS);
                removedMonitors.add(name);
            }
        }
        monitors.putAll(startedMonitors);
        final List<String> removedListeners = new ArrayList<>();
        for (final String name : List.copyOf(listeners.keySet()))
        {
            if (!next.listeners().containsKey(name))
            {
                listeners.remove(name).close();
                removedListeners.add(name);
            }
        }
        final List<String> removedServices = new ArrayList<>();
        for (final String name : List.copyOf(services.keySet()))
        {
            if (!next.services().containsKey(name))
            {
                services.remove(name).destroy();
                removedServices.add(name);
            }
            else if (!sameShape(next.services().get(name), config.services().get(name)))
            {
                LOG.warn("service {} changed in the configuration: the change needs a restart", name);
            }
        }
        services.putAll(added);
        listeners.putAll(opened);
        config = next;
        LOG.info("configuration reloaded: services added {}, removed {}; listeners added {}, removed {}; "
            + "monitors added {}, removed {}", added.keySet(), removedServices, opened.keySet(), removedListeners,
            startedMonitors.keySet(), removedMonitors);
    }

    /** Router and servers (names, addresses, ports) equal: what a running service was built from. */
    private static boolean sameShape(final ServiceConfig a, final ServiceConfig b)
    {
        if (!a.router().equals(b.router()) || a.servers().size() != b.servers().size())
        {
            return false;
        }
        for (int i = 0; i < a.servers().size(); i++)
        {
            final ServerConfig x = a.servers().get(i);
            final ServerConfig y = b.servers().get(i);
            if (!x.name().equals(y.name()) || !x.address().equals(y.address()) || x.port() != y.port())
            {
                return false;
            }
        }
        return true;
    }

    /**
     * A newer jar of a router module was loaded: every service using that router switches to it
     * for new sessions; sessions already open finish on the version they started with.
     */
    public synchronized void routerReplaced(final String moduleName, final Modules modules)
    {
        final Modules.Choice choice = modules.router(moduleName).orElse(null);
        if (choice == null || stopped)
        {
            return;
        }
        for (final RoutedService service : services.values())
        {
            final var current = service.routerModule();
            if (current != null && current.name().equals(moduleName))
            {
                try
                {
                    service.useRouter(choice.module(), choice.usage());
                }
                catch (final IllegalStateException e)
                {
                    LOG.error("{}; the service keeps router {} {}", e.getMessage(), current.name(), current.version());
                }
            }
        }
    }

    /**
     * Graceful shutdown: stop accepting, let sessions finish for up to timeoutMs, then close the
     * rest and stop the workers. Idempotent.
     */
    public synchronized void shutdown(final long timeoutMs)
    {
        if (stopped)
        {
            return;
        }
        stopped = true;
        rebalancer.close();
        for (final Listener listener : listeners.values())
        {
            listener.close();
        }
        try
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            int left;
            while ((left = pool.totalSessions()) > 0 && System.nanoTime() - deadlineNs < 0)
            {
                Thread.sleep(20);
            }
            if (left > 0)
            {
                LOG.info("closing {} sessions still open after {} ms", left, timeoutMs);
                pool.runOnAll(w -> w.terminateSessions("Sluice is shutting down"), 5_000);
            }
            pool.stop(5_000);
            for (final RoutedService service : services.values())
            {
                service.destroy();
            }
            for (final MonitorRunner monitor : monitors.values())
            {
                monitor.stop(MONITOR_STOP_TIMEOUT_MS);
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        LOG.info("Sluice stopped");
    }

    @Override
    public WorkerPool pool()
    {
        return pool;
    }

    @Override
    public Rebalancer rebalancer()
    {
        return rebalancer;
    }

    @Override
    public List<Listener> listeners()
    {
        return List.copyOf(listeners.values());
    }

    @Override
    public Map<String, RoutedService> services()
    {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    @Override
    public SluiceConfig config()
    {
        return config;
    }

    /** The servers' states as routers see them. */
    @Override
    public ClusterState cluster()
    {
        return cluster;
    }

    /** The running monitors, by name. */
    @Override
    public synchronized Map<String, MonitorRunner> monitors()
    {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(monitors));
    }

    @Override
    public List<SessionView> sessions()
    {
        final List<SessionView> sessions = new ArrayList<>();
        try
        {
            // Each asked on the worker that owns it when asked: a session being moved is neither missed nor seen twice.
            for (final LiveSessions.Described d : LiveSessions.describe(ADMIN_TASK_TIMEOUT_MS))
            {
                final Resident.Info info = d.info();
                final long ageNs = System.nanoTime() - info.startedNs();
                sessions.add(new SessionView(info.id(), d.worker(), info.service(),
                    info.remote().getAddress().getHostAddress() + ":" + info.remote().getPort(), info.user(),
                    info.servers(), Instant.now().minusNanos(ageNs), info.queries()));
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        return sessions;
    }

    @Override
    public boolean killSession(final long id)
    {
        try
        {
            return LiveSessions.terminate(id, "killed by the admin API", ADMIN_TASK_TIMEOUT_MS);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public List<ModuleView> modules()
    {
        final List<ModuleView> views = new ArrayList<>();
        for (final Modules.Loaded loaded : modules.loaded())
        {
            views.add(view(loaded));
        }
        return views;
    }

    @Override
    public synchronized List<ModuleView> loadModule(final java.nio.file.Path jar)
    {
        if (!jar.isAbsolute())
        {
            throw new IllegalArgumentException("give the jar's absolute path (Sluice's working directory is not "
                + "yours): '" + jar + "'");
        }
        final List<Modules.Loaded> loaded = modules.loadJar(jar);
        LOG.info("admin: module jar {} loaded: {}", jar, loaded.stream().map(l -> l.module().name()).toList());
        try
        {
            ModuleJars.add(dataDir(), jar);
        }
        catch (final IOException e)
        {
            LOG.error("module jar {} loaded but not saved to {}: {}", jar, dataDir(), e.toString());
            throw new IllegalStateException("loaded, but not saved (a restart will not load it): " + e.getMessage(),
                e);
        }
        return loaded.stream().map(Sluice::view).toList();
    }

    /**
     * No global parameter changes while Sluice runs yet: each is read when the workers, services, protocols or the
     * admin API start. A value equal to the one in force is accepted (nothing to do); anything else is refused,
     * after the configuration file's checks (unknown, MaxScale's but not supported, bad value) so the message
     * says what is wrong.
     */
    @Override
    public synchronized void alterGlobals(final Map<String, String> values)
    {
        if (values.isEmpty())
        {
            throw new IllegalArgumentException("no parameters to change: send data.attributes.parameters");
        }
        final Params current = config.global().params();
        final List<io.sluice.core.config.IniEntry> entries = new ArrayList<>();
        for (final Map.Entry<String, String> e : values.entrySet())
        {
            if (e.getValue() == null)
            {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' of [maxscale] cannot be removed "
                    + "while Sluice runs");
            }
            entries.add(new io.sluice.core.config.IniEntry(e.getKey(), e.getValue(), 0));
        }
        final Params wanted;
        try
        {
            wanted = io.sluice.core.config.SectionValidator.validate(io.sluice.core.config.CoreSpecs.GLOBAL,
                "PATCH /v1/maxscale", new IniSection(ConfigLoader.MAXSCALE_GLOBAL_SECTION, 0, entries),
                io.sluice.core.config.MaxScaleCompat.parameters("global"), LOG::warn);
        }
        catch (final ConfigException e)
        {
            throw new IllegalArgumentException(e.detail(), e);
        }
        for (final String name : values.keySet())
        {
            if (!wanted.text(name).equals(current.text(name)))
            {
                throw new IllegalArgumentException("parameter '" + name + "' of [maxscale] cannot be changed while "
                    + "Sluice runs (it is " + current.text(name).orElse("unset") + "): set it in " + config.file()
                    + " and restart Sluice");
            }
        }
    }

    private static ModuleView view(final Modules.Loaded loaded)
    {
        final io.sluice.api.ModuleInfo m = loaded.module();
        return new ModuleView(m.name(), m.type().name().toLowerCase(Locale.ROOT), m.version(),
            String.valueOf(m.api()), m.description(), loaded.source(), m.parameters().params());
    }

    @Override
    public String version()
    {
        return SluiceVersion.version();
    }

    @Override
    public Instant startedAt()
    {
        return startedAt;
    }

    /** {@code datadir}, or {@code data/} beside the configuration file. */
    @Override
    public java.nio.file.Path dataDir()
    {
        return dataDir(config);
    }

    /** {@code datadir} of a configuration, or {@code data/} beside its file. */
    public static java.nio.file.Path dataDir(final SluiceConfig config)
    {
        return config.global().params().optionalString("datadir").map(java.nio.file.Path::of).orElseGet(() ->
        {
            final java.nio.file.Path parent = java.nio.file.Path.of(config.file()).toAbsolutePath().getParent();
            return (parent == null ? java.nio.file.Path.of(".") : parent).resolve("data");
        });
    }

    /**
     * Enables runtime changes: the file as read, the changes already saved over it (the configuration this
     * Sluice started with was loaded from both), and where the modules' parameter specs come from.
     */
    public synchronized void enableRuntimeChanges(final IniFile base, final RuntimeChanges saved,
        final java.util.function.Supplier<ModuleSpecs> moduleSpecs)
    {
        this.baseIni = base;
        this.runtime = saved;
        this.specs = moduleSpecs;
    }

    /** SIGHUP: the file re-read, with the runtime changes laid over it again. */
    public synchronized void reloadFile(final IniFile base) throws ConfigException, IOException
    {
        final SluiceConfig next = ConfigLoader.load(runtime.over(base), specs.get());
        reload(next, modules);
        baseIni = base;
    }

    @Override
    public synchronized void change(final Change change, final String type, final String name,
        final Map<String, String> values)
    {
        if (baseIni == null)
        {
            throw new IllegalStateException("runtime changes need the configuration file");
        }
        final IniFile inForce = runtime.over(baseIni);
        if (change != Change.CREATE)
        {
            final boolean exists = inForce.section(name).flatMap(s -> s.entry("type"))
                .map(t -> t.value().equals(type)).orElse(false);
            if (!exists)
            {
                throw AdminException.notFound("no " + type + " named '" + name + "'");
            }
        }
        final RuntimeChanges next;
        switch (change)
        {
            case CREATE ->
            {
                final Map<String, String> section = new LinkedHashMap<>();
                section.put("type", type);
                values.forEach((k, v) ->
                {
                    if (!k.equals("type"))
                    {
                        section.put(k, v);
                    }
                });
                next = runtime.create(inForce, name, section);
            }
            case ALTER -> next = runtime.alter(inForce, name, values);
            default -> next = runtime.destroy(inForce, name);
        }
        final SluiceConfig before = config;
        final SluiceConfig after = validated(next.over(baseIni));
        try
        {
            if (change == Change.ALTER)
            {
                // A running section keeps running as it is on a reload: stop it and what depends on it first.
                final Set<String> affected = dependents(before, name);
                final List<IniSection> kept = new ArrayList<>();
                for (final IniSection s : inForce.sections())
                {
                    if (!affected.contains(s.name()))
                    {
                        kept.add(s);
                    }
                }
                reload(validated(new IniFile(inForce.fileName(), kept)), modules);
            }
            reload(after, modules);
        }
        catch (final ConfigException | IOException | RuntimeException e)
        {
            restore(before);
            throw new IllegalArgumentException(e instanceof ConfigException c ? c.detail()
                    : String.valueOf(e.getMessage()), e);
        }
        try
        {
            next.save(dataDir());
        }
        catch (final IOException e)
        {
            LOG.error("runtime change applied but not saved to {}: {}", dataDir(), e.toString());
            throw new IllegalStateException("applied, but not saved (a restart will lose it): " + e.getMessage(), e);
        }
        runtime = next;
        LOG.info("runtime change: {} {} {} {}", change.name().toLowerCase(Locale.ROOT), type, name,
            change == Change.DESTROY ? "" : masked(values));
    }

    private static Map<String, String> masked(final Map<String, String> values)
    {
        final Map<String, String> shown = new LinkedHashMap<>(values);
        shown.replaceAll((k, v) -> k.contains("password") ? "*****" : v);
        return shown;
    }

    private SluiceConfig validated(final IniFile ini)
    {
        try
        {
            return ConfigLoader.load(ini, specs.get());
        }
        catch (final ConfigException e)
        {
            throw new IllegalArgumentException(e.detail(), e);
        }
    }

    /** Back to a configuration that ran, after a change failed half-way. */
    private void restore(final SluiceConfig previous)
    {
        try
        {
            reload(previous, modules);
        }
        catch (final ConfigException | IOException | RuntimeException e)
        {
            LOG.error("could not restore the configuration after a failed runtime change: {}", e.toString());
        }
    }

    /** The section and every section that uses it, directly or through another (listeners of its services). */
    private static Set<String> dependents(final SluiceConfig config, final String name)
    {
        final Set<String> affected = new java.util.LinkedHashSet<>(List.of(name));
        for (final ServiceConfig s : config.services().values())
        {
            if (s.servers().stream().anyMatch(x -> x.name().equals(name))
                || s.filters().stream().anyMatch(f -> f.name().equals(name)))
            {
                affected.add(s.name());
            }
        }
        for (final MonitorConfig m : config.monitors().values())
        {
            if (m.servers().stream().anyMatch(x -> x.name().equals(name)))
            {
                affected.add(m.name());
            }
        }
        for (final ListenerConfig l : config.listeners().values())
        {
            if (affected.contains(l.service().name()))
            {
                affected.add(l.name());
            }
        }
        return affected;
    }
}
