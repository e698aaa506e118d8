package io.sluice.core.admin;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.core.load.WorkerLoad;
import io.sluice.core.net.Listener;
import io.sluice.core.session.RoutedService;
import io.sluice.core.worker.Worker;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /metrics}: Sluice's state in the Prometheus text format, through the Prometheus Java
 * client. Every value is read when scraped (callback metrics), from what the engine keeps: volatile
 * snapshots and atomic counters, the workers' published loads and counters (single-writer fields, read
 * without a lock), and the sessions as each worker describes them on its own thread. No lock is taken on
 * the data path.
 * JVM metrics (memory, GC, threads, class loading...) come from the client's JVM instrumentation.
 */
final class Metrics
{
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    Metrics(final AdminModel model)
    {
        Info.builder().name("sluice_build").help("Sluice's version").labelNames("version").register(registry)
            .setLabelValues(model.version());
        GaugeWithCallback.builder().name("sluice_uptime_seconds").help("Seconds since Sluice started")
            .callback(cb -> cb.call(Duration.between(model.startedAt(), Instant.now()).toMillis() / 1000.0))
            .register(registry);
        servers(model);
        serverTraffic(model);
        services(model);
        listeners(model);
        workers(model);
        JvmMetrics.builder().register(registry);
    }

    private void servers(final AdminModel model)
    {
        GaugeWithCallback.builder().name("sluice_server_up").help("1 when the server is running (monitor's view)")
            .labelNames("server").callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(s.has(ServerStatus.RUNNING) ? 1 : 0, s.name());
                }
            }).register(registry);
        GaugeWithCallback.builder().name("sluice_server_status").help("1 for each status bit the server has")
            .labelNames("server", "status").callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    for (final ServerStatus status : ServerStatus.values())
                    {
                        cb.call(s.has(status) ? 1 : 0, s.name(), status.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }).register(registry);
        GaugeWithCallback.builder().name("sluice_server_replication_lag_seconds")
            .help("Replication lag of a replica; -1 when not a replica or unknown").labelNames("server").callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(s.replicationLagSec(), s.name());
                }
            }).register(registry);
        GaugeWithCallback.builder().name("sluice_server_connections").help("Server connections of live sessions")
            .labelNames("server").callback(cb ->
            {
                final Map<String, Integer> connections = new HashMap<>();
                for (final AdminModel.SessionView session : model.sessions())
                {
                    for (final String server : session.servers())
                    {
                        connections.merge(server, 1, Integer::sum);
                    }
                }
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(connections.getOrDefault(s.name(), 0), s.name());
                }
            }).register(registry);
    }

    private void serverTraffic(final AdminModel model)
    {
        CounterWithCallback.builder().name("sluice_server_routed_packets")
            .help("Client packets routers wrote to the server").labelNames("server").callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(Resources.traffic(model, s.name()).routedPackets(), s.name());
                }
            }).register(registry);
        CounterWithCallback.builder().name("sluice_server_responses")
            .help("Responses the server completed to routed commands").labelNames("server").callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(Resources.traffic(model, s.name()).responses(), s.name());
                }
            }).register(registry);
        CounterWithCallback.builder().name("sluice_server_response_time_seconds")
            .help("Sum of the measured response times of the server").labelNames("server").callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(Resources.traffic(model, s.name()).responseNs() / 1e9, s.name());
                }
            }).register(registry);
        GaugeWithCallback.builder().name("sluice_server_mean_response_time_seconds")
            .help("Mean measured response time of the server since Sluice started").labelNames("server")
            .callback(cb ->
            {
                for (final ServerState s : model.cluster().snapshot().all())
                {
                    cb.call(Resources.traffic(model, s.name()).meanResponseTimeUs() / 1e6, s.name());
                }
            }).register(registry);
    }

    private void services(final AdminModel model)
    {
        GaugeWithCallback.builder().name("sluice_service_connections").help("Open client sessions of the service")
            .labelNames("service").callback(cb ->
            {
                for (final RoutedService s : model.services().values())
                {
                    cb.call(s.sessionsStarted() - s.sessionsEnded(), s.name());
                }
            }).register(registry);
        CounterWithCallback.builder().name("sluice_service_sessions_started").help("Client sessions the service "
                + "started")
            .labelNames("service").callback(cb ->
            {
                for (final RoutedService s : model.services().values())
                {
                    cb.call(s.sessionsStarted(), s.name());
                }
            }).register(registry);
    }

    private void listeners(final AdminModel model)
    {
        CounterWithCallback.builder().name("sluice_listener_accepted").help("Client connections the listener accepted")
            .labelNames("listener").callback(cb ->
            {
                for (final Listener l : model.listeners())
                {
                    cb.call(l.acceptedCount(), l.name());
                }
            }).register(registry);
    }

    private void workers(final AdminModel model)
    {
        GaugeWithCallback.builder().name("sluice_worker_load_percent")
            .help("Worker load (100 * busy / elapsed) over the last period, minute and hour")
            .labelNames("worker", "window").callback(cb ->
            {
                for (final Worker w : model.pool().workers())
                {
                    final WorkerLoad load = w.load();
                    final String id = String.valueOf(w.id());
                    cb.call(load.periodLoad(), id, "period");
                    cb.call(load.minuteLoad(), id, "minute");
                    cb.call(load.hourLoad(), id, "hour");
                }
            }).register(registry);
        GaugeWithCallback.builder().name("sluice_worker_sessions").help("Sessions on the worker")
            .labelNames("worker").callback(cb ->
            {
                for (final Worker w : model.pool().workers())
                {
                    cb.call(w.sessions().get(), String.valueOf(w.id()));
                }
            }).register(registry);
        CounterWithCallback.builder().name("sluice_worker_wakeups").help("Wake-ups of the worker by other threads")
            .labelNames("worker").callback(cb ->
            {
                for (final Worker w : model.pool().workers())
                {
                    cb.call(w.wakeups(), String.valueOf(w.id()));
                }
            }).register(registry);
        workerCounter("sluice_worker_reads", "Read calls on the worker's sockets", model,
            w -> w.ioCounters().reads());
        workerCounter("sluice_worker_writes", "Write calls on the worker's sockets", model,
            w -> w.ioCounters().writes());
        workerCounter("sluice_worker_accepts", "Client connections the worker accepted (the acceptor, worker 0)",
            model, w -> w.ioCounters().accepts());
        GaugeWithCallback.builder().name("sluice_worker_inbox_depth").help("Tasks waiting in the worker's inbox")
            .labelNames("worker").callback(cb ->
            {
                for (final Worker w : model.pool().workers())
                {
                    cb.call(w.inboxDepth(), String.valueOf(w.id()));
                }
            }).register(registry);
        CounterWithCallback.builder().name("sluice_worker_task_failures").help("Tasks and I/O handlers that threw")
            .labelNames("worker").callback(cb ->
            {
                for (final Worker w : model.pool().workers())
                {
                    cb.call(w.taskFailures(), String.valueOf(w.id()));
                }
            }).register(registry);
    }

    private void workerCounter(final String name, final String help, final AdminModel model,
        final java.util.function.ToLongFunction<Worker> value)
    {
        CounterWithCallback.builder().name(name).help(help).labelNames("worker").callback(cb ->
        {
            for (final Worker w : model.pool().workers())
            {
                cb.call(value.applyAsLong(w), String.valueOf(w.id()));
            }
        }).register(registry);
    }

    /** Writes every metric's current value. Admin thread. */
    void write(final OutputStream out) throws IOException
    {
        writer.write(out, registry.scrape());
    }
}
