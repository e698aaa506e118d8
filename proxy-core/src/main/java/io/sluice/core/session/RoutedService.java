package io.sluice.core.session;

import io.sluice.core.plugins.ModuleUsage;
import io.sluice.api.config.Params;
import io.sluice.api.ClusterSnapshot;
import io.sluice.core.monitor.ClusterState;
import io.sluice.api.Filter;
import io.sluice.api.ModuleInfo;
import io.sluice.api.Protocol;
import io.sluice.api.ProtocolApi;
import io.sluice.api.Router;
import io.sluice.api.ServiceContext;
import io.sluice.api.Target;
import io.sluice.core.net.BackPressure;
import io.sluice.core.net.ClientHandoff;
import io.sluice.core.tls.TlsConfig;
import io.sluice.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A service whose sessions are driven by a router module. The router instance can be replaced
 * while the service runs ({@link #useRouter}, when a newer jar of the module is loaded): new
 * sessions use the new instance, sessions already open finish on the one they started with, and
 * each session holds its module's {@link ModuleUsage} until it ends.
 */
public final class RoutedService implements ClientHandoff, ServiceContext
{
    private static final Logger LOG = LoggerFactory.getLogger(RoutedService.class);

    /** The router instance sessions are opened with, and what keeps its code loaded. */
    record RouterBinding(ModuleInfo module, Router router, ModuleUsage usage, List<Filter> filters)
    {
    }

    /** A filter instance of this service's chain, and what keeps its code loaded. */
    public record FilterBinding(String name, ModuleInfo module, Filter filter, ModuleUsage usage)
    {
    }

    /** A protocol instance of this service, and what keeps its code loaded. */
    record ProtocolBinding(ModuleInfo module, Protocol protocol, ModuleUsage usage)
    {
    }

    private final Map<String, ProtocolBinding> protocols = new HashMap<>();
    private final String name;
    private final Params params;
    private final Params globalParams;
    private final List<Target> targets;
    private final ClusterState cluster;
    private final BackPressure backPressure;
    private final long connectTimeoutNs;
    private final long netReadTimeoutNs;
    private final AtomicLong sessionsStarted = new AtomicLong();
    private final AtomicLong sessionsEnded = new AtomicLong();
    private final AtomicLong sessionsRefused = new AtomicLong();
    private final AtomicLong peakWriteQueueBytes = new AtomicLong();
    private volatile RouterBinding binding;
    private volatile List<FilterBinding> filters = List.of();

    public RoutedService(final String name, final Params params, final Params globalParams, final List<Target> targets,
        final ClusterState cluster, final BackPressure backPressure)
    {
        this.cluster = cluster;
        this.name = name;
        this.params = params;
        this.globalParams = globalParams;
        this.targets = List.copyOf(targets);
        this.backPressure = backPressure;
        this.connectTimeoutNs = timeoutNs(params, "connect_timeout");
        this.netReadTimeoutNs = timeoutNs(params, "net_read_timeout");
    }

    /** A DURATION parameter in nanoseconds; 0 (never) when absent or not declared (a service made in code). */
    private static long timeoutNs(final Params params, final String name)
    {
        return params.names().contains(name) && params.hasValue(name) ? params.durationNs(name) : 0;
    }

    /**
     * Creates a router instance of this module for this service and makes it the one new sessions
     * use; the previous instance is destroyed once no session uses it any more. Throws with the
     * module's message when createInstance fails (the previous instance stays).
     */
    public void useRouter(final ModuleInfo module, final ModuleUsage usage)
    {
        final Router router;
        usage.acquire(); // held by the binding itself
        try
        {
            router = module.routerApi().createInstance().apply(this);
        }
        catch (final RuntimeException e)
        {
            usage.release();
            throw new IllegalStateException("service " + name + ": router " + module.name() + " " + module.version()
                + " refused to start: " + e.getMessage(), e);
        }
        final RouterBinding old = binding;
        binding = new RouterBinding(module, router, usage, filters.stream().map(FilterBinding::filter).toList());
        LOG.info("service {} uses router {} {}", name, module.name(), module.version());
        if (old != null)
        {
            old.router().destroy();
            old.usage().release();
        }
    }

    /**
     * The filter chain of this service's sessions ({@code filters=}), in order; called before the
     * first {@link #useRouter}. Each instance's usage is held until {@link #destroy}.
     */
    public synchronized void useFilters(final List<FilterBinding> chain)
    {
        if (binding != null)
        {
            throw new IllegalStateException("service " + name + ": filters are set before the router");
        }
        filters = List.copyOf(chain);
    }

    /** The filter chain, in order. */
    public synchronized List<FilterBinding> filters()
    {
        return filters;
    }

    /** Stops the service's router, filters and protocols: sessions still open keep theirs. */
    public synchronized void destroy()
    {
        for (final FilterBinding f : filters)
        {
            f.filter().destroy();
            f.usage().release();
        }
        filters = List.of();
        final RouterBinding old = binding;
        binding = null;
        if (old != null)
        {
            old.router().destroy();
            old.usage().release();
        }
        for (final ProtocolBinding p : protocols.values())
        {
            p.protocol().destroy();
            p.usage().release();
        }
        protocols.clear();
    }

    /**
     * The protocol instance of this service for a protocol module, created on first use (one per
     * service and module, so every listener of the service shares its user accounts). Throws with
     * the module's message when createInstance fails.
     */
    public synchronized Protocol protocol(final ModuleInfo module, final ModuleUsage usage)
    {
        final ProtocolBinding existing = protocols.get(module.name());
        if (existing != null)
        {
            return existing.protocol();
        }
        usage.acquire();
        final Protocol protocol;
        try
        {
            protocol = ((ProtocolApi)module.entryPoints()).createInstance().apply(this);
        }
        catch (final RuntimeException e)
        {
            usage.release();
            throw new IllegalStateException("service " + name + ": protocol " + module.name() + " " + module.version()
                + " refused to start: " + e.getMessage(), e);
        }
        protocols.put(module.name(), new ProtocolBinding(module, protocol, usage));
        return protocol;
    }

    /** What a listener of this service accepts clients into: sessions speaking {@code protocol}. */
    public ClientHandoff entry(final Protocol protocol)
    {
        return entry(protocol, TlsConfig.Listener.NONE);
    }

    /** As {@link #entry(Protocol)}, for a listener with TLS: its clients may (or must) switch to it. */
    public ClientHandoff entry(final Protocol protocol, final TlsConfig.Listener tls)
    {
        final RoutedService self = this;
        return new ClientHandoff()
        {
            @Override
            public String name()
            {
                return self.name;
            }

            @Override
            public void startSession(final Worker worker, final SocketChannel client)
            {
                self.startSession(worker, client, protocol, tls);
            }
        };
    }

    /** Sessions under the built-in raw protocol (bytes unchanged). */
    @Override
    public void startSession(final Worker worker, final SocketChannel client)
    {
        startSession(worker, client, RawProtocol.INSTANCE, TlsConfig.Listener.NONE);
    }

    private void startSession(final Worker worker, final SocketChannel client, final Protocol protocol,
        final TlsConfig.Listener tls)
    {
        final RouterBinding current = binding;
        if (current == null)
        {
            refuse(worker, client, "the service has no router");
            return;
        }
        current.usage().acquire();
        try
        {
            RoutedSession.start(this, current, protocol, tls, worker, client, SessionRegistry.nextId());
            sessionsStarted.incrementAndGet();
        }
        catch (final IOException | RuntimeException e)
        {
            current.usage().release();
            refuse(worker, client, e.toString());
        }
    }

    private void refuse(final Worker worker, final SocketChannel client, final String why)
    {
        sessionsRefused.incrementAndGet();
        LOG.warn("service {}: could not start a session: {}", name, why);
        try
        {
            client.close();
        }
        catch (final IOException ignored)
        {
            // The client sees its connection close either way.
        }
        worker.sessionEnded(null);
    }

    void sessionEnded(final RouterBinding used, final int peakQueueBytes)
    {
        used.usage().release();
        sessionsEnded.incrementAndGet();
        peakWriteQueueBytes.accumulateAndGet(peakQueueBytes, Math::max);
    }

    BackPressure backPressure()
    {
        return backPressure;
    }

    /** {@code connect_timeout}: how long a client may take to log in; 0 for never. */
    long connectTimeoutNs()
    {
        return connectTimeoutNs;
    }

    /** {@code net_read_timeout}: how long a client may leave a packet unfinished; 0 for never. */
    long netReadTimeoutNs()
    {
        return netReadTimeoutNs;
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
    public List<Target> targets()
    {
        return targets;
    }

    @Override
    public ClusterSnapshot cluster()
    {
        return cluster.snapshot();
    }

    /** The module new sessions use, or null. */
    public ModuleInfo routerModule()
    {
        final RouterBinding current = binding;
        return current == null ? null : current.module();
    }

    /** The current router's diagnostics, with the service's own counters. */
    public Map<String, Object> diagnostics()
    {
        final RouterBinding current = binding;
        final Map<String, Object> protocolDiagnostics = new TreeMap<>();
        synchronized (this)
        {
            protocols.forEach((module, p) -> protocolDiagnostics.put(module, p.protocol().diagnostics()));
        }
        return Map.of(
            "protocols", protocolDiagnostics,
            "router", current == null ? "" : current.module().name() + " " + current.module().version(),
            "sessions_started", sessionsStarted.get(),
            "sessions_ended", sessionsEnded.get(),
            "sessions_refused", sessionsRefused.get(),
            "router_diagnostics", current == null ? Map.of() : current.router().diagnostics());
    }

    public long sessionsStarted()
    {
        return sessionsStarted.get();
    }

    public long sessionsEnded()
    {
        return sessionsEnded.get();
    }

    /** The largest write queue any ended session had: bounded by back-pressure. */
    public long peakWriteQueueBytes()
    {
        return peakWriteQueueBytes.get();
    }
}
