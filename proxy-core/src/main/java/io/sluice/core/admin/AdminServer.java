package io.sluice.core.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sluice.core.config.ServerConfig;
import io.sluice.core.load.WorkerLoad;
import io.sluice.api.ClusterSnapshot;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The admin REST API, a first slice of MaxScale's ({@code admin_host}:{@code admin_port}, default
 * 127.0.0.1:8989, HTTP basic authentication as {@code admin}/{@code mariadb} unless
 * {@code admin_auth=false}). Answers are JSON:API documents shaped like MaxScale's:
 * <ul>
 * <li>{@code GET /v1/servers}, {@code GET /v1/servers/NAME}: state text, status bits, replication
 *     lag, GTID, server id, read_only;</li>
 * <li>{@code PUT /v1/servers/NAME/set?state=maintenance|drain} and {@code .../clear?state=...};</li>
 * <li>{@code GET /v1/monitors}, {@code GET /v1/monitors/NAME}: the monitor's diagnostics and commands;</li>
 * <li>{@code POST /v1/maxscale/modules/MODULE/COMMAND?MONITOR&ARG...}: a monitor command
 *     (MaxScale's {@code maxctrl call command mariadbmon switchover MONITOR db2});</li>
 * <li>{@code GET /v1/maxscale/threads}: each worker's load over the last period, minute and hour.</li>
 * </ul>
 * Requests run on one thread of their own, never a worker's. Errors answer 4xx with
 * {@code {"errors":[{"detail":"..."}]}}.
 */
public final class AdminServer implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final String USER = "admin";
    private static final String PASSWORD = "mariadb";
    private static final long COMMAND_TIMEOUT_MS = 300_000;

    private final AdminModel sluice;
    private final boolean authenticate;
    private final HttpServer server;
    private final ExecutorService executor;

    private AdminServer(final AdminModel sluice, final boolean authenticate, final HttpServer server,
        final ExecutorService executor)
    {
        this.sluice = sluice;
        this.authenticate = authenticate;
        this.server = server;
        this.executor = executor;
    }

    /** Binds and starts serving. @throws IOException when the address cannot be bound */
    public static AdminServer start(final AdminModel sluice, final String host, final int port, final boolean authenticate)
        throws IOException
    {
        final HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 16);
        final ExecutorService executor = Executors.newSingleThreadExecutor(r ->
        {
            final Thread t = new Thread(r, "admin");
            t.setDaemon(true);
            return t;
        });
        final AdminServer admin = new AdminServer(sluice, authenticate, http, executor);
        http.createContext("/", admin::handle);
        http.setExecutor(executor);
        http.start();
        return admin;
    }

    /** Where it listens. */
    public InetSocketAddress address()
    {
        return server.getAddress();
    }

    @Override
    public void close()
    {
        server.stop(0);
        executor.shutdownNow();
    }

    /** An answer: HTTP status and a JSON body (null for none). */
    private record Answer(int status, Object body)
    {
    }

    private static Answer error(final int status, final String detail)
    {
        return new Answer(status, Map.of("errors", List.of(Map.of("detail", detail))));
    }

    private void handle(final HttpExchange exchange) throws IOException
    {
        Answer answer;
        try
        {
            if (authenticate && !authorized(exchange.getRequestHeaders().getFirst("Authorization")))
            {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"sluice\"");
                answer = error(401, "authentication required");
            }
            else
            {
                answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery());
            }
        }
        catch (final IllegalArgumentException | IllegalStateException e)
        {
            answer = error(400, e.getMessage());
        }
        catch (final RuntimeException e)
        {
            LOG.warn("admin: {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
            answer = error(500, e.toString());
        }
        final byte[] body = answer.body() == null ? new byte[0] : Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody())
        {
            out.write(body);
        }
    }

    private static boolean authorized(final String header)
    {
        if (header == null || !header.startsWith("Basic "))
        {
            return false;
        }
        final String decoded;
        try
        {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        }
        catch (final IllegalArgumentException e)
        {
            return false;
        }
        return decoded.equals(USER + ":" + PASSWORD);
    }

    private Answer route(final String method, final String path, final String query)
    {
        final List<String> parts = new ArrayList<>();
        for (final String p : path.split("/"))
        {
            if (!p.isEmpty())
            {
                parts.add(URLDecoder.decode(p, StandardCharsets.UTF_8));
            }
        }
        if (parts.size() < 2 || !parts.get(0).equals("v1"))
        {
            return error(404, "no resource " + path);
        }
        final String resource = parts.get(1);
        switch (resource)
        {
            case "servers":
                return servers(method, parts, query);
            case "monitors":
                return monitors(method, parts);
            case "maxscale":
                return maxscale(method, parts, query);
            default:
                return error(404, "no resource " + path);
        }
    }

    // ---- servers

    private Answer servers(final String method, final List<String> parts, final String query)
    {
        final ClusterSnapshot cluster = sluice.cluster().snapshot();
        if (parts.size() == 2)
        {
            requireMethod(method, "GET");
            final List<Object> data = new ArrayList<>();
            for (final ServerState s : cluster.all())
            {
                data.add(server(s));
            }
            return new Answer(200, Map.of("data", data));
        }
        final String name = parts.get(2);
        final ServerState state = cluster.state(name);
        if (state == null)
        {
            return error(404, "no server named '" + name + "'");
        }
        if (parts.size() == 3)
        {
            requireMethod(method, "GET");
            return new Answer(200, Map.of("data", server(state)));
        }
        if (parts.size() == 4 && (parts.get(3).equals("set") || parts.get(3).equals("clear")))
        {
            requireMethod(method, "PUT");
            final String wanted = queryParams(query).getOrDefault("state", "");
            final ServerStatus bit = switch (wanted)
            {
                case "maintenance" -> ServerStatus.MAINT;
                case "drain" -> ServerStatus.DRAINING;
                default -> throw new IllegalArgumentException("state must be maintenance or drain, not '" + wanted + "'");
            };
            final boolean on = parts.get(3).equals("set");
            sluice.cluster().setOperatorStatus(name, bit, on);
            LOG.info("admin: server {} {} {}", name, on ? "set" : "cleared", wanted);
            return new Answer(204, null);
        }
        return error(404, "no resource /v1/servers/" + String.join("/", parts.subList(2, parts.size())));
    }

    private Map<String, Object> server(final ServerState s)
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
        final ServerConfig config = sluice.config().servers().get(s.name());
        if (config != null)
        {
            attributes.put("parameters", Map.of("address", config.address(), "port", config.port()));
        }
        final Map<String, Object> server = new LinkedHashMap<>();
        server.put("id", s.name());
        server.put("type", "servers");
        server.put("attributes", attributes);
        return server;
    }

    // ---- monitors

    private Answer monitors(final String method, final List<String> parts)
    {
        requireMethod(method, "GET");
        final Map<String, MonitorRunner> monitors = sluice.monitors();
        if (parts.size() == 2)
        {
            final List<Object> data = new ArrayList<>();
            for (final MonitorRunner m : monitors.values())
            {
                data.add(monitor(m));
            }
            return new Answer(200, Map.of("data", data));
        }
        final MonitorRunner monitor = monitors.get(parts.get(2));
        if (monitor == null || parts.size() > 3)
        {
            return error(404, "no monitor named '" + parts.get(2) + "'");
        }
        return new Answer(200, Map.of("data", monitor(monitor)));
    }

    private static Map<String, Object> monitor(final MonitorRunner m)
    {
        final Map<String, Object> commands = new LinkedHashMap<>();
        m.commands().forEach((name, c) -> commands.put(name, Map.of("usage", c.usage(), "description", c.description())));
        final Map<String, Object> attributes = new LinkedHashMap<>(m.diagnostics());
        attributes.put("commands", commands);
        final Map<String, Object> monitor = new LinkedHashMap<>();
        monitor.put("id", m.name());
        monitor.put("type", "monitors");
        monitor.put("attributes", attributes);
        return monitor;
    }

    // ---- maxscale: module commands, threads

    private Answer maxscale(final String method, final List<String> parts, final String query)
    {
        if (parts.size() == 3 && parts.get(2).equals("threads"))
        {
            requireMethod(method, "GET");
            final List<Object> data = new ArrayList<>();
            for (final Worker w : sluice.pool().workers())
            {
                final WorkerLoad load = w.load();
                data.add(Map.of("id", String.valueOf(w.id()), "type", "threads", "attributes", Map.of("stats", Map.of(
                    "load", Map.of("last_second", load.periodLoad(), "last_minute", load.minuteLoad(),
                        "last_hour", load.hourLoad()),
                    "sessions", w.sessions().get()))));
            }
            return new Answer(200, Map.of("data", data));
        }
        if (parts.size() == 5 && parts.get(2).equals("modules"))
        {
            requireMethod(method, "POST");
            return moduleCommand(parts.get(3), parts.get(4), queryArgs(query));
        }
        return error(404, "no resource /v1/" + String.join("/", parts.subList(1, parts.size())));
    }

    private Answer moduleCommand(final String module, final String command, final List<String> args)
    {
        if (args.isEmpty())
        {
            throw new IllegalArgumentException("a module command names its monitor first: ?MONITOR&ARG...");
        }
        final MonitorRunner monitor = sluice.monitors().get(args.get(0));
        if (monitor == null)
        {
            return error(404, "no monitor named '" + args.get(0) + "'");
        }
        if (!module.equals(monitor.moduleName()))
        {
            throw new IllegalArgumentException("monitor " + args.get(0) + " is not a " + module + " monitor");
        }
        LOG.info("admin: call command {} {} {}", module, command, args);
        try
        {
            final Object result = monitor.call(command, args.subList(1, args.size()))
                .get(COMMAND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return new Answer(200, Map.of("meta", result == null ? Map.of() : result));
        }
        catch (final ExecutionException e)
        {
            final Throwable cause = e.getCause();
            return error(400, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }
        catch (final TimeoutException e)
        {
            return error(504, "command " + command + " did not finish within " + COMMAND_TIMEOUT_MS + " ms");
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return error(503, "interrupted");
        }
    }

    private static void requireMethod(final String method, final String wanted)
    {
        if (!method.equals(wanted))
        {
            throw new IllegalArgumentException("method " + method + " not allowed here; use " + wanted);
        }
    }

    /** {@code a=1&b=2} as a map. */
    private static Map<String, String> queryParams(final String query)
    {
        final Map<String, String> params = new LinkedHashMap<>();
        for (final String arg : queryArgs(query))
        {
            final int eq = arg.indexOf('=');
            params.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return params;
    }

    /** {@code MyMonitor&db2&db1} as a list, decoded. */
    private static List<String> queryArgs(final String query)
    {
        if (query == null || query.isEmpty())
        {
            return List.of();
        }
        return Arrays.stream(query.split("&")).filter(a -> !a.isEmpty())
            .map(a -> URLDecoder.decode(a, StandardCharsets.UTF_8)).toList();
    }
}
