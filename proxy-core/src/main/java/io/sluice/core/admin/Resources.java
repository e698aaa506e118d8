package io.sluice.core.admin;

import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.Params;
import io.sluice.core.config.FilterConfig;
import io.sluice.core.config.ListenerConfig;
import io.sluice.core.config.ServerConfig;
import io.sluice.core.config.ServiceConfig;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.load.WorkerLoad;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.net.Listener;
import io.sluice.core.session.RoutedService;
import io.sluice.core.worker.IoCounters;
import io.sluice.core.worker.PollCounters;
import io.sluice.core.worker.ServerTraffic;
import io.sluice.core.worker.Worker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API's resources as JSON:API documents shaped like MaxScale's: {@code {"data": ...}} with
 * {@code id}, {@code type}, {@code attributes} and {@code relationships}. Admin thread only; reads
 * volatile snapshots and atomic counters, and asks the workers for their sessions through their inboxes.
 */
final class Resources
{
    private static final String MASKED = "*****";

    private final AdminModel model;

    Resources(final AdminModel model)
    {
        this.model = model;
    }

    static Map<String, Object> document(final Object data)
    {
        final Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        return document;
    }

    private static Map<String, Object> resource(final String id, final String type,
            final Map<String, Object> attributes)
    {
        final Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("id", id);
        resource.put("type", type);
        resource.put("attributes", attributes);
        return resource;
    }

    private static Map<String, Object> relationship(final String type, final List<String> ids)
    {
        final List<Object> data = new ArrayList<>();
        for (final String id : ids)
        {
            data.add(Map.of("id", id, "type", type));
        }
        return Map.of("data", data);
    }

    /** A section's parameters as written or defaulted; passwords masked. */
    static Map<String, Object> parameters(final Params params)
    {
        final Map<String, Object> values = new LinkedHashMap<>();
        for (final String name : params.names())
        {
            final ParamSpec spec = params.spec(name);
            final String text = params.text(name).orElse(null);
            values.put(name, text != null && spec.type().kind() == ParamType.Kind.PASSWORD ? MASKED : text);
        }
        return values;
    }

    // ---- servers

    List<Object> servers()
    {
        final Map<String, Integer> connections = connectionsPerServer();
        final List<Object> data = new ArrayList<>();
        for (final ServerState s : model.cluster().snapshot().all())
        {
            if (model.config().servers().containsKey(s.name()))
            {
                data.add(server(s, connections));
            }
        }
        return data;
    }

    Map<String, Object> server(final String name)
    {
        final ServerState state = model.cluster().snapshot().state(name);
        if (state == null || !model.config().servers().containsKey(name))
        {
            throw AdminException.notFound("no server named '" + name + "'");
        }
        return server(state, connectionsPerServer());
    }

    private Map<String, Integer> connectionsPerServer()
    {
        final Map<String, Integer> connections = new HashMap<>();
        for (final AdminModel.SessionView session : model.sessions())
        {
            for (final String server : session.servers())
            {
                connections.merge(server, 1, Integer::sum);
            }
        }
        return connections;
    }

    private Map<String, Object> server(final ServerState s, final Map<String, Integer> connections)
    {
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("state", s.statusText());
        final List<String> bits = new ArrayList<>();
        for (final ServerStatus status : ServerStatus.values())
        {
            if (s.has(status))
            {
                bits.add(status.name());
            }
        }
        attributes.put("status", bits);
        attributes.put("replication_lag", s.replicationLagSec());
        attributes.put("gtid_current_pos", s.gtidPos());
        attributes.put("server_id", s.serverId());
        attributes.put("read_only", s.readOnly());
        attributes.put("master_name", s.replicatesFrom());
        final ServerConfig config = model.config().servers().get(s.name());
        if (config != null)
        {
            attributes.put("parameters", parameters(config.params()));
        }
        final Traffic traffic = traffic(s.name());
        final Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("connections", connections.getOrDefault(s.name(), 0));
        statistics.put("routed_packets", traffic.routedPackets());
        statistics.put("responses", traffic.responses());
        statistics.put("mean_response_time_us", traffic.meanResponseTimeUs());
        attributes.put("statistics", statistics);
        final Map<String, Object> server = resource(s.name(), "servers", attributes);
        final List<String> services = new ArrayList<>();
        for (final ServiceConfig service : model.config().services().values())
        {
            if (service.servers().stream().anyMatch(x -> x.name().equals(s.name())))
            {
                services.add(service.name());
            }
        }
        final List<String> monitors = new ArrayList<>();
        for (final MonitorRunner monitor : model.monitors().values())
        {
            if (monitor.servers().stream().anyMatch(t -> t.name().equals(s.name())))
            {
                monitors.add(monitor.name());
            }
        }
        server.put("relationships", Map.of("services", relationship("services", services),
            "monitors", relationship("monitors", monitors)));
        return server;
    }

    /** A server's traffic, summed over the workers. */
    record Traffic(long routedPackets, long responses, long timedResponses, long responseNs)
    {
        /** The mean measured response time in microseconds (one decimal), 0 before any. */
        double meanResponseTimeUs()
        {
            return timedResponses == 0 ? 0.0 : Math.round(responseNs / 100.0 / timedResponses) / 10.0;
        }
    }

    /** What the workers' sessions sent to a server and how long it took to answer. */
    static Traffic traffic(final AdminModel model, final String server)
    {
        long packets = 0;
        long responses = 0;
        long timed = 0;
        long ns = 0;
        for (final Worker w : model.pool().workers())
        {
            final ServerTraffic.Counters c = w.serverTraffic().find(server);
            if (c != null)
            {
                packets += c.routedPackets();
                responses += c.responses();
                timed += c.timedResponses();
                ns += c.responseNs();
            }
        }
        return new Traffic(packets, responses, timed, ns);
    }

    private Traffic traffic(final String server)
    {
        return traffic(model, server);
    }

    // ---- services

    List<Object> services()
    {
        final List<Object> data = new ArrayList<>();
        for (final RoutedService service : model.services().values())
        {
            data.add(service(service));
        }
        return data;
    }

    Map<String, Object> service(final String name)
    {
        final RoutedService service = model.services().get(name);
        if (service == null)
        {
            throw AdminException.notFound("no service named '" + name + "'");
        }
        return service(service);
    }

    private Map<String, Object> service(final RoutedService service)
    {
        final ServiceConfig config = model.config().services().get(service.name());
        final Map<String, Object> diagnostics = service.diagnostics();
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("router", config == null ? null : config.router());
        attributes.put("state", "Started");
        attributes.put("parameters", config == null ? Map.of() : parameters(config.params()));
        final long started = service.sessionsStarted();
        final long ended = service.sessionsEnded();
        final Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("connections", started - ended);
        statistics.put("total_connections", started);
        statistics.put("refused_connections", diagnostics.get("sessions_refused"));
        statistics.put("peak_write_queue_bytes", service.peakWriteQueueBytes());
        attributes.put("statistics", statistics);
        attributes.put("router_diagnostics", diagnostics.get("router_diagnostics"));
        attributes.put("router_module", diagnostics.get("router"));
        attributes.put("protocol_diagnostics", diagnostics.get("protocols"));
        final Map<String, Object> resource = resource(service.name(), "services", attributes);
        final Map<String, Object> relationships = new LinkedHashMap<>();
        relationships.put("servers", relationship("servers",
            config == null ? List.of() : config.servers().stream().map(ServerConfig::name).toList()));
        relationships.put("filters", relationship("filters",
            config == null ? List.of() : config.filters().stream().map(FilterConfig::name).toList()));
        relationships.put("listeners", relationship("listeners", model.config().listeners().values().stream()
            .filter(l -> l.service().name().equals(service.name())).map(ListenerConfig::name).toList()));
        resource.put("relationships", relationships);
        return resource;
    }

    // ---- listeners

    List<Object> listeners()
    {
        final List<Object> data = new ArrayList<>();
        for (final Listener listener : model.listeners())
        {
            data.add(listener(listener));
        }
        return data;
    }

    Map<String, Object> listener(final String name)
    {
        for (final Listener listener : model.listeners())
        {
            if (listener.name().equals(name))
            {
                return listener(listener);
            }
        }
        throw AdminException.notFound("no listener named '" + name + "'");
    }

    private Map<String, Object> listener(final Listener listener)
    {
        final ListenerConfig config = model.config().listeners().get(listener.name());
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("state", "Running");
        attributes.put("address", listener.address().getAddress().getHostAddress());
        attributes.put("port", listener.address().getPort());
        attributes.put("protocol", config == null ? null : config.protocol());
        attributes.put("parameters", config == null ? Map.of() : parameters(config.params()));
        attributes.put("statistics", Map.of("accepted", listener.acceptedCount()));
        final Map<String, Object> resource = resource(listener.name(), "listeners", attributes);
        resource.put("relationships", Map.of("services", relationship("services",
            config == null ? List.of() : List.of(config.service().name()))));
        return resource;
    }

    // ---- filters

    List<Object> filters()
    {
        final List<Object> data = new ArrayList<>();
        for (final FilterConfig filter : model.config().filters().values())
        {
            data.add(filter(filter));
        }
        return data;
    }

    Map<String, Object> filter(final String name)
    {
        final FilterConfig filter = model.config().filters().get(name);
        if (filter == null)
        {
            throw AdminException.notFound("no filter named '" + name + "'");
        }
        return filter(filter);
    }

    private Map<String, Object> filter(final FilterConfig filter)
    {
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("module", filter.module());
        attributes.put("parameters", parameters(filter.params()));
        // each service that lists the filter has an instance of its own (MaxScale has one per section)
        final Map<String, Object> diagnostics = new LinkedHashMap<>();
        for (final RoutedService service : model.services().values())
        {
            for (final RoutedService.FilterBinding binding : service.filters())
            {
                if (binding.name().equals(filter.name()))
                {
                    diagnostics.put(service.name(), binding.filter().diagnostics());
                }
            }
        }
        attributes.put("filter_diagnostics", diagnostics);
        final Map<String, Object> resource = resource(filter.name(), "filters", attributes);
        resource.put("relationships", Map.of("services", relationship("services", model.config().services().values()
            .stream().filter(s -> s.filters().stream().anyMatch(f -> f.name().equals(filter.name())))
            .map(ServiceConfig::name).toList())));
        return resource;
    }

    // ---- monitors

    List<Object> monitors()
    {
        final List<Object> data = new ArrayList<>();
        for (final MonitorRunner m : model.monitors().values())
        {
            data.add(monitor(m));
        }
        return data;
    }

    Map<String, Object> monitor(final String name)
    {
        final MonitorRunner monitor = model.monitors().get(name);
        if (monitor == null)
        {
            throw AdminException.notFound("no monitor named '" + name + "'");
        }
        return monitor(monitor);
    }

    private static Map<String, Object> monitor(final MonitorRunner m)
    {
        final Map<String, Object> commands = new LinkedHashMap<>();
        m.commands().forEach((name, c) -> commands.put(name,
                Map.of("usage", c.usage(), "description", c.description())));
        final Map<String, Object> attributes = new LinkedHashMap<>(m.diagnostics());
        attributes.put("commands", commands);
        attributes.put("parameters", parameters(m.params()));
        final Map<String, Object> monitor = resource(m.name(), "monitors", attributes);
        monitor.put("relationships", Map.of("servers", relationship("servers",
            m.servers().stream().map(t -> t.name()).toList())));
        return monitor;
    }

    // ---- sessions

    List<Object> sessions()
    {
        final List<Object> data = new ArrayList<>();
        for (final AdminModel.SessionView s : model.sessions())
        {
            data.add(session(s));
        }
        return data;
    }

    Map<String, Object> session(final String id)
    {
        final long wanted = sessionId(id);
        for (final AdminModel.SessionView s : model.sessions())
        {
            if (s.id() == wanted)
            {
                return session(s);
            }
        }
        throw AdminException.notFound("no session " + id);
    }

    static long sessionId(final String id)
    {
        try
        {
            return Long.parseLong(id);
        }
        catch (final NumberFormatException e)
        {
            throw AdminException.notFound("no session " + id);
        }
    }

    private static Map<String, Object> session(final AdminModel.SessionView s)
    {
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("state", "Started");
        attributes.put("user", s.user());
        attributes.put("remote", s.remote());
        attributes.put("thread", s.worker());
        attributes.put("connected", s.connected().toString());
        attributes.put("seconds_alive", Duration.between(s.connected(), Instant.now()).toMillis() / 1000.0);
        final List<Object> connections = new ArrayList<>();
        for (final String server : s.servers())
        {
            connections.add(Map.of("server", server));
        }
        attributes.put("connections", connections);
        attributes.put("statistics", Map.of("queries", s.queries()));
        final Map<String, Object> resource = resource(String.valueOf(s.id()), "sessions", attributes);
        resource.put("relationships", Map.of("services", relationship("services", List.of(s.service())),
            "servers", relationship("servers", s.servers())));
        return resource;
    }

    // ---- maxscale: the process, its threads and modules

    Map<String, Object> maxscale()
    {
        final SluiceConfig config = model.config();
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("version", model.version());
        attributes.put("started_at", model.startedAt().toString());
        attributes.put("uptime", Duration.between(model.startedAt(), Instant.now()).toSeconds());
        attributes.put("config_file", config.file());
        attributes.put("threads", model.pool().size());
        attributes.put("poller", model.pool().pollerKind().name().toLowerCase(java.util.Locale.ROOT));
        attributes.put("parameters", parameters(config.global().params()));
        return resource("maxscale", "maxscale", attributes);
    }

    List<Object> threads()
    {
        final List<Object> data = new ArrayList<>();
        for (final Worker w : model.pool().workers())
        {
            final WorkerLoad load = w.load();
            final PollCounters polls = w.pollCounters();
            final long pollCalls = polls.polls();
            final long events = polls.events();
            final long nonEmpty = pollCalls - polls.emptyPolls();
            final Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("load", Map.of("last_second", load.periodLoad(), "last_minute", load.minuteLoad(),
                "last_hour", load.hourLoad()));
            stats.put("sessions", w.sessions().get());
            final IoCounters io = w.ioCounters();
            stats.put("reads", io.reads());
            stats.put("writes", io.writes());
            stats.put("accepts", io.accepts());
            stats.put("inbox_depth", w.inboxDepth());
            // Sluice's own: the poll loop (epoll_wait or Selector.select calls) and its wake-ups.
            stats.put("polls", pollCalls);
            stats.put("blocking_polls", polls.blockingPolls());
            stats.put("empty_polls", polls.emptyPolls());
            stats.put("events", events);
            stats.put("avg_event_queue_length", nonEmpty == 0 ? 0.0 : (double)events / nonEmpty);
            stats.put("wakeups", w.wakeups());
            // Rebalancing: the load over rebalance_window (1-second samples) and the sessions moved.
            stats.put("rebalance_window_load", model.rebalancer().windowLoad(w.id()));
            stats.put("sessions_moved_out", w.sessionsMovedOut());
            stats.put("sessions_moved_in", w.sessionsMovedIn());
            data.add(Map.of("id", String.valueOf(w.id()), "type", "threads", "attributes", Map.of("stats", stats)));
        }
        return data;
    }

    List<Object> modules()
    {
        return modules(model.modules());
    }

    List<Object> modules(final List<AdminModel.ModuleView> views)
    {
        final List<Object> data = new ArrayList<>();
        for (final AdminModel.ModuleView m : views)
        {
            data.add(module(m));
        }
        return data;
    }

    Map<String, Object> module(final String name)
    {
        for (final AdminModel.ModuleView m : model.modules())
        {
            if (m.name().equalsIgnoreCase(name))
            {
                return module(m);
            }
        }
        throw AdminException.notFound("no module named '" + name + "'");
    }

    private static Map<String, Object> module(final AdminModel.ModuleView m)
    {
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("module_type", m.type());
        attributes.put("version", m.version());
        attributes.put("api", m.api());
        attributes.put("description", m.description());
        attributes.put("source", m.source());
        final List<Object> parameters = new ArrayList<>();
        for (final ParamSpec p : m.parameters())
        {
            final Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("name", p.name());
            parameter.put("type", p.type().kind().name().toLowerCase(java.util.Locale.ROOT));
            parameter.put("default_value", p.defaultValue().orElse(null));
            parameter.put("mandatory", p.mandatory());
            parameter.put("description", p.description());
            parameters.add(parameter);
        }
        attributes.put("parameters", parameters);
        return resource(m.name(), "module", attributes);
    }

    // ---- users

    static List<Object> users(final AdminUsers users)
    {
        final List<Object> data = new ArrayList<>();
        for (final AdminUsers.User u : users.list())
        {
            data.add(user(u));
        }
        return data;
    }

    static Map<String, Object> user(final AdminUsers users, final String name)
    {
        for (final AdminUsers.User u : users.list())
        {
            if (u.name().equals(name))
            {
                return user(u);
            }
        }
        throw AdminException.notFound("no user named '" + name + "'");
    }

    private static Map<String, Object> user(final AdminUsers.User u)
    {
        final Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("account", u.role().text());
        attributes.put("name", u.name());
        attributes.put("default", u.hash() == null);
        return resource(u.name(), "inet", attributes);
    }
}
