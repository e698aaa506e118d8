package io.sluice.core.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sluice.api.ServerStatus;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.worker.RebalanceDecision;
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
 * The admin REST API: MaxScale's paths and JSON:API shapes ({@code admin_host}:{@code admin_port},
 * default 127.0.0.1:8989, HTTP basic authentication as {@code admin}/{@code mariadb} unless
 * {@code admin_auth=false}):
 * <ul>
 * <li>{@code GET /v1/servers[/NAME]}: state, status bits, replication lag, GTID, server id, read_only,
 *     parameters, connections; {@code PUT /v1/servers/NAME/set?state=maintenance|drain} and {@code .../clear};</li>
 * <li>{@code GET /v1/services[/NAME]}, {@code /v1/listeners[/NAME]}, {@code /v1/filters[/NAME]},
 *     {@code /v1/monitors[/NAME]};</li>
 * <li>{@code GET /v1/sessions[/ID]}, {@code DELETE /v1/sessions/ID} (closes it);</li>
 * <li>{@code GET /v1/maxscale}, {@code /v1/maxscale/threads}, {@code /v1/maxscale/modules[/NAME]};
 *     {@code POST /v1/maxscale/modules/MODULE/COMMAND?MONITOR&ARG...}: a monitor command;</li>
 * <li>{@code GET /v1/users}, {@code /v1/users/inet[/NAME]};</li>
 * <li>{@code GET /metrics}: the Prometheus text format ({@link Metrics});</li>
 * <li>{@code GET /}: the live status page ({@code status.html}).</li>
 * </ul>
 * Requests run on one thread of their own, never a worker's. Errors answer 4xx with
 * {@code {"errors":[{"detail":"..."}]}}: 401 without the credentials, 404 for an unknown resource,
 * 405 for a method the resource does not take, 400 for a refused change.
 */
public final class AdminServer implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final long COMMAND_TIMEOUT_MS = 300_000;
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdminModel model;
    private final Resources resources;
    private final Metrics metrics;
    private final AdminUsers users;
    private final boolean authenticate;
    private HttpServer server;
    private ExecutorService executor;
    private boolean tls;

    private AdminServer(final AdminModel model, final boolean authenticate)
    {
        this.model = model;
        this.resources = new Resources(model);
        this.metrics = new Metrics(model);
        this.users = AdminUsers.load(model.dataDir());
        this.authenticate = authenticate;
    }

    /** Binds and starts serving. @throws IOException when the address cannot be bound */
    public static AdminServer start(final AdminModel model, final String host, final int port,
            final boolean authenticate)
        throws IOException
    {
        final AdminServer admin;
        try
        {
            admin = new AdminServer(model, authenticate);
        }
        catch (final java.io.UncheckedIOException e)
        {
            throw e.getCause();
        }
        final io.sluice.api.config.Params global = model.config().global().params();
        final java.util.Optional<String> cert = global.optionalString("admin_ssl_cert");
        final java.util.Optional<String> key = global.optionalString("admin_ssl_key");
        if (cert.isPresent() != key.isPresent())
        {
            throw new IOException("admin_ssl_cert and admin_ssl_key go together: set both for HTTPS, or neither");
        }
        final HttpServer http;
        if (cert.isPresent())
        {
            final com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(
                new InetSocketAddress(host, port), 16);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(
                AdminTls.serverContext(java.nio.file.Path.of(cert.get()), java.nio.file.Path.of(key.get()))));
            http = https;
        }
        else
        {
            http = HttpServer.create(new InetSocketAddress(host, port), 16);
        }
        admin.tls = cert.isPresent();
        final ExecutorService executor = Executors.newSingleThreadExecutor(r ->
        {
            final Thread t = new Thread(r, "admin");
            t.setDaemon(true);
            return t;
        });
        admin.server = http;
        admin.executor = executor;
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

    /** Whether it serves HTTPS ({@code admin_ssl_cert} and {@code admin_ssl_key}). */
    public boolean isTls()
    {
        return tls;
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
        return new Answer(status, Map.of("errors", List.of(Map.of("detail", detail == null ? "" : detail))));
    }

    private void handle(final HttpExchange exchange) throws IOException
    {
        Answer answer;
        try
        {
            final AdminUsers.User user = authenticate
                    ? user(exchange.getRequestHeaders().getFirst("Authorization")) : null;
            final String method = exchange.getRequestMethod();
            if (authenticate && user == null)
            {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"sluice\"");
                answer = error(401, "authentication required");
            }
            else if (user != null && user.role() != AdminUsers.Role.ADMIN && !method.equals("GET")
                    && !method.equals("HEAD"))
            {
                answer = error(403, "user '" + user.name()
                        + "' has a basic (read-only) account: it may not change anything");
            }
            else if (exchange.getRequestURI().getRawPath().equals("/") && method.equals("GET"))
            {
                sendStatusPage(exchange);
                return;
            }
            else if (exchange.getRequestURI().getRawPath().equals("/metrics"))
            {
                requireMethod(exchange.getRequestMethod(), "GET");
                sendMetrics(exchange);
                return;
            }
            else
            {
                answer = route(method, exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestBody().readNBytes(MAX_BODY_BYTES));
            }
        }
        catch (final AdminException e)
        {
            answer = error(e.status(), e.getMessage());
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
        final byte[] body = answer.body() == null ? new byte[0] : JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody())
        {
            out.write(body);
        }
    }

    /** {@code GET /}: the live status page, one static file that refreshes itself from the REST API. */
    private static void sendStatusPage(final HttpExchange exchange) throws IOException
    {
        final byte[] page;
        try (java.io.InputStream in = AdminServer.class.getResourceAsStream("status.html"))
        {
            if (in == null)
            {
                throw new IOException("status.html is missing from the class path");
            }
            page = in.readAllBytes();
        }
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody())
        {
            out.write(page);
        }
    }

    /** {@code GET /metrics}: the Prometheus text format. */
    private void sendMetrics(final HttpExchange exchange) throws IOException
    {
        final java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(16_384);
        metrics.write(text);
        exchange.getResponseHeaders().add("Content-Type", Metrics.CONTENT_TYPE);
        exchange.sendResponseHeaders(200, text.size());
        try (OutputStream out = exchange.getResponseBody())
        {
            text.writeTo(out);
        }
    }

    /** The account of a basic-authentication header, or null. */
    private AdminUsers.User user(final String header)
    {
        if (header == null || !header.startsWith("Basic "))
        {
            return null;
        }
        final String decoded;
        try
        {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        }
        catch (final IllegalArgumentException e)
        {
            return null;
        }
        final int colon = decoded.indexOf(':');
        return colon < 0 ? null : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private Answer route(final String method, final String path, final String query, final byte[] body)
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
            throw AdminException.notFound("no resource " + path);
        }
        final String resource = parts.get(1);
        final int depth = parts.size();
        switch (resource)
        {
            case "servers":
                return servers(method, parts, query, body);
            case "services":
            case "listeners":
            case "filters":
            case "monitors":
                if (!method.equals("GET"))
                {
                    return change(method, resource, parts, body);
                }
                return depth == 2 ? ok(list(resource)) : ok(one(resource, only(parts, 3)));
            case "sessions":
                return sessions(method, parts);
            case "maxscale":
                return maxscale(method, parts, query, body);
            case "users":
                return users(method, parts, body);
            default:
                throw AdminException.notFound("no resource " + path);
        }
    }

    private List<Object> list(final String resource)
    {
        return switch (resource)
        {
            case "services" -> resources.services();
            case "listeners" -> resources.listeners();
            case "filters" -> resources.filters();
            default -> resources.monitors();
        };
    }

    private Map<String, Object> one(final String resource, final String name)
    {
        return switch (resource)
        {
            case "services" -> resources.service(name);
            case "listeners" -> resources.listener(name);
            case "filters" -> resources.filter(name);
            default -> resources.monitor(name);
        };
    }

    // ---- runtime changes: POST /v1/TYPE, PATCH and DELETE /v1/TYPE/NAME

    private Answer change(final String method, final String resource, final List<String> parts, final byte[] body)
    {
        final String type = resource.substring(0, resource.length() - 1);
        final AdminModel.Change change;
        final String name;
        final Map<String, String> values;
        if (method.equals("POST") && parts.size() == 2)
        {
            final JsonNode data = body(body).path("data");
            name = data.path("id").asText("");
            if (name.isEmpty())
            {
                throw AdminException.badRequest("a new " + type + " needs data.id, its name");
            }
            change = AdminModel.Change.CREATE;
            values = sectionValues(data);
        }
        else if (method.equals("PATCH") && parts.size() == 3)
        {
            change = AdminModel.Change.ALTER;
            name = parts.get(2);
            values = sectionValues(body(body).path("data"));
        }
        else if (method.equals("DELETE") && parts.size() == 3)
        {
            change = AdminModel.Change.DESTROY;
            name = parts.get(2);
            values = Map.of();
        }
        else
        {
            throw new AdminException(405, "method " + method + " not allowed here");
        }
        model.change(change, type, name, values);
        return new Answer(204, null);
    }

    /**
     * A JSON:API resource as section parameters: {@code attributes.parameters} as written (arrays joined with
     * commas, null removes), {@code attributes.router} / {@code module}, and the relationships as references
     * ({@code servers}, {@code filters}, a listener's {@code service}).
     */
    private static Map<String, String> sectionValues(final JsonNode data)
    {
        final Map<String, String> values = new LinkedHashMap<>();
        final JsonNode attributes = data.path("attributes");
        for (final String key : List.of("router", "module"))
        {
            if (attributes.hasNonNull(key))
            {
                values.put(key, attributes.get(key).asText());
            }
        }
        attributes.path("parameters").fields().forEachRemaining(e -> values.put(e.getKey(), text(e.getValue())));
        final JsonNode relationships = data.path("relationships");
        for (final String key : List.of("servers", "filters", "services"))
        {
            if (relationships.has(key))
            {
                final List<String> ids = new ArrayList<>();
                relationships.path(key).path("data").forEach(r -> ids.add(r.path("id").asText()));
                values.put(key.equals("services") ? "service" : key, ids.isEmpty() ? null : String.join(",", ids));
            }
        }
        return values;
    }

    private static String text(final JsonNode value)
    {
        if (value.isNull())
        {
            return null;
        }
        if (value.isArray())
        {
            final List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }

    private static Answer ok(final Object data)
    {
        return new Answer(200, Resources.document(data));
    }

    /** The name at {@code /v1/TYPE/NAME}; a deeper path is no resource. */
    private static String only(final List<String> parts, final int depth)
    {
        if (parts.size() != depth)
        {
            throw AdminException.notFound("no resource /" + String.join("/", parts));
        }
        return parts.get(depth - 1);
    }

    // ---- servers

    private Answer servers(final String method, final List<String> parts, final String query, final byte[] body)
    {
        if (parts.size() == 2 && !method.equals("GET") || parts.size() == 3 && !method.equals("GET"))
        {
            return change(method, "servers", parts, body);
        }
        if (parts.size() == 2)
        {
            return ok(resources.servers());
        }
        final String name = parts.get(2);
        if (parts.size() == 3)
        {
            return ok(resources.server(name));
        }
        if (parts.size() == 4 && (parts.get(3).equals("set") || parts.get(3).equals("clear")))
        {
            requireMethod(method, "PUT");
            if (model.cluster().snapshot().state(name) == null)
            {
                throw AdminException.notFound("no server named '" + name + "'");
            }
            final String wanted = queryParams(query).getOrDefault("state", "");
            final ServerStatus bit = switch (wanted)
            {
                case "maintenance" -> ServerStatus.MAINT;
                case "drain" -> ServerStatus.DRAINING;
                default -> throw AdminException.badRequest("state must be maintenance or drain, not '" + wanted + "'");
            };
            final boolean on = parts.get(3).equals("set");
            model.cluster().setOperatorStatus(name, bit, on);
            LOG.info("admin: server {} {} {}", name, on ? "set" : "cleared", wanted);
            return new Answer(204, null);
        }
        throw AdminException.notFound("no resource /v1/servers/" + String.join("/", parts.subList(2, parts.size())));
    }

    // ---- users

    private Answer users(final String method, final List<String> parts, final byte[] body)
    {
        if (parts.size() == 2 || parts.size() == 3 && parts.get(2).equals("inet"))
        {
            if (method.equals("POST") && parts.size() == 3)
            {
                final JsonNode data = body(body).path("data");
                final String name = data.path("id").asText(null);
                users.create(name, data.path("attributes").path("password").asText(null),
                    AdminUsers.Role.parse(data.path("attributes").path("account").asText("basic")));
                LOG.info("admin: user {} created", name);
                return new Answer(204, null);
            }
            requireMethod(method, "GET");
            return ok(Resources.users(users));
        }
        if (parts.size() != 4 || !parts.get(2).equals("inet"))
        {
            throw AdminException.notFound("no resource /" + String.join("/", parts));
        }
        final String name = parts.get(3);
        switch (method)
        {
            case "GET":
                return ok(Resources.user(users, name));
            case "PATCH":
                users.setPassword(name, body(body).path("data").path("attributes").path("password").asText(null));
                LOG.info("admin: password of user {} changed", name);
                return new Answer(204, null);
            case "DELETE":
                users.delete(name);
                LOG.info("admin: user {} removed", name);
                return new Answer(204, null);
            default:
                throw new AdminException(405, "method " + method + " not allowed here; use GET, PATCH or DELETE");
        }
    }

    private static JsonNode body(final byte[] body)
    {
        try
        {
            return JSON.readTree(body);
        }
        catch (final JsonProcessingException e)
        {
            throw AdminException.badRequest("the request body is not JSON: " + e.getOriginalMessage());
        }
        catch (final IOException e)
        {
            throw AdminException.badRequest("the request body cannot be read: " + e.getMessage());
        }
    }

    // ---- sessions

    private Answer sessions(final String method, final List<String> parts)
    {
        if (parts.size() == 2)
        {
            requireMethod(method, "GET");
            return ok(resources.sessions());
        }
        final String id = only(parts, 3);
        if (method.equals("DELETE"))
        {
            if (!model.killSession(Resources.sessionId(id)))
            {
                throw AdminException.notFound("no session " + id);
            }
            LOG.info("admin: session {} killed", id);
            return new Answer(204, null);
        }
        requireMethod(method, "GET");
        return ok(resources.session(id));
    }

    // ---- maxscale: the process, threads, modules and their commands

    private Answer maxscale(final String method, final List<String> parts, final String query, final byte[] body)
    {
        if (parts.size() == 2 && method.equals("PATCH"))
        {
            final Map<String, String> values = new LinkedHashMap<>();
            body(body).path("data").path("attributes").path("parameters").fields()
                .forEachRemaining(e -> values.put(e.getKey(), text(e.getValue())));
            model.alterGlobals(values);
            return new Answer(204, null);
        }
        if (parts.size() == 2)
        {
            requireMethod(method, "GET");
            return ok(resources.maxscale());
        }
        if (parts.size() == 3 && parts.get(2).equals("threads"))
        {
            requireMethod(method, "GET");
            return ok(resources.threads());
        }
        if (parts.size() == 4 && parts.get(2).equals("threads") && parts.get(3).equals("rebalance"))
        {
            requireMethod(method, "POST");
            return rebalanceThreads(queryParams(query));
        }
        if (parts.size() == 5 && parts.get(2).equals("threads") && parts.get(4).equals("rebalance"))
        {
            requireMethod(method, "POST");
            return rebalanceThread(parts.get(3), queryParams(query));
        }
        if (parts.size() == 3 && parts.get(2).equals("modules") && method.equals("POST"))
        {
            return loadModule(body(body));
        }
        if (parts.size() == 3 && parts.get(2).equals("modules"))
        {
            requireMethod(method, "GET");
            return ok(resources.modules());
        }
        if (parts.size() == 4 && parts.get(2).equals("modules"))
        {
            requireMethod(method, "GET");
            return ok(resources.module(parts.get(3)));
        }
        if (parts.size() == 5 && parts.get(2).equals("modules"))
        {
            requireMethod(method, "POST");
            return moduleCommand(parts.get(3), parts.get(4), queryArgs(query));
        }
        throw AdminException.notFound("no resource /v1/" + String.join("/", parts.subList(1, parts.size())));
    }

    /**
     * MaxScale's {@code POST /v1/maxscale/threads/rebalance?threshold=T}: if the busiest worker's load
     * over the rebalance window exceeds the least busy one's by more than T (default
     * {@code rebalance_threshold}), the busiest moves its most active movable session to the least busy.
     */
    private Answer rebalanceThreads(final Map<String, String> params)
    {
        final int threshold = params.containsKey("threshold")
            ? intParam(params, "threshold", 0, 100) : model.rebalancer().thresholdPercent();
        final long decision = model.rebalancer().balanceNow(threshold);
        LOG.info("admin: rebalance threads, threshold {}%: {}", threshold, decision == RebalanceDecision.NONE
            ? "loads within it" : "worker " + RebalanceDecision.from(decision) + " gives a session to worker "
            + RebalanceDecision.to(decision));
        return new Answer(204, null);
    }

    /**
     * MaxScale's {@code POST /v1/maxscale/threads/ID/rebalance?recipient=N&sessions=K}: worker ID moves
     * up to K (default 1) of its movable sessions, the most active first, to worker N.
     */
    private Answer rebalanceThread(final String id, final Map<String, String> params)
    {
        final int threads = model.pool().size();
        final int from = threadIndex(id, threads);
        if (!params.containsKey("recipient"))
        {
            throw AdminException.badRequest("missing recipient: ?recipient=THREAD");
        }
        final int to = threadIndex(params.get("recipient"), threads);
        if (to == from)
        {
            throw AdminException.badRequest("thread " + from + " cannot rebalance to itself");
        }
        final int sessions = params.containsKey("sessions") ? intParam(params, "sessions", 1, 1_000_000) : 1;
        LOG.info("admin: thread {} moves up to {} session(s) to thread {}", from, sessions, to);
        model.rebalancer().move(from, to, sessions);
        return new Answer(204, null);
    }

    /** A worker's id ({@code 2}, or MaxScale's way of naming it, {@code worker-2}... as given). */
    private static int threadIndex(final String id, final int threads)
    {
        final String digits = id.startsWith("worker-") ? id.substring("worker-".length()) : id;
        final int index;
        try
        {
            index = Integer.parseInt(digits);
        }
        catch (final NumberFormatException e)
        {
            throw AdminException.notFound("no thread " + id);
        }
        if (index < 0 || index >= threads)
        {
            throw AdminException.notFound("no thread " + id);
        }
        return index;
    }

    private static int intParam(final Map<String, String> params, final String name, final int min, final int max)
    {
        try
        {
            final int value = Integer.parseInt(params.get(name));
            if (value >= min && value <= max)
            {
                return value;
            }
        }
        catch (final NumberFormatException e)
        {
            // refused below
        }
        throw AdminException.badRequest(name + " must be a number from " + min + " to " + max + ": '"
            + params.get(name) + "'");
    }

    /** {@code POST /v1/maxscale/modules {"data":{"attributes":{"path":JAR}}}}: 200 with the jar's modules. */
    private Answer loadModule(final JsonNode request)
    {
        final String path = request.path("data").path("attributes").path("path").asText("");
        if (path.isEmpty())
        {
            throw AdminException.badRequest("loading a module jar needs data.attributes.path, the jar's absolute path");
        }
        final java.nio.file.Path jar;
        try
        {
            jar = java.nio.file.Path.of(path);
        }
        catch (final java.nio.file.InvalidPathException e)
        {
            throw AdminException.badRequest("not a path: " + e.getMessage());
        }
        return ok(resources.modules(model.loadModule(jar)));
    }

    private Answer moduleCommand(final String module, final String command, final List<String> args)
    {
        if (args.isEmpty())
        {
            throw AdminException.badRequest("a module command names its monitor first: ?MONITOR&ARG...");
        }
        final MonitorRunner monitor = model.monitors().get(args.get(0));
        if (monitor == null)
        {
            throw AdminException.notFound("no monitor named '" + args.get(0) + "'");
        }
        if (!module.equals(monitor.moduleName()))
        {
            throw AdminException.badRequest("monitor " + args.get(0) + " is not a " + module + " monitor");
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
            throw new AdminException(405, "method " + method + " not allowed here; use " + wanted);
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
