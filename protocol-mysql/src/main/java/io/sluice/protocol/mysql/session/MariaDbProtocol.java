package io.sluice.protocol.mysql.session;

import io.sluice.api.config.Params;
import io.sluice.api.BackendContext;
import io.sluice.api.BackendProtocol;
import io.sluice.api.ClientContext;
import io.sluice.api.ClientProtocol;
import io.sluice.api.Protocol;
import io.sluice.api.ServiceContext;
import io.sluice.api.Target;
import io.sluice.protocol.mysql.admin.AdminClient;
import io.sluice.protocol.mysql.admin.BackendAddress;
import io.sluice.protocol.mysql.admin.ServerErrorException;
import io.sluice.protocol.mysql.auth.HostBlocker;
import io.sluice.protocol.mysql.auth.Privileges;
import io.sluice.protocol.mysql.auth.UserAccountLoader;
import io.sluice.protocol.mysql.auth.UserAccountSettings;
import io.sluice.protocol.mysql.auth.UserAccounts;
import io.sluice.protocol.mysql.auth.UserAccountsCache;
import io.sluice.protocol.mysql.wire.Capabilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The MariaDB protocol of one service: the service's user accounts (loaded from the backends with
 * the service's {@code user}/{@code password}), its login settings with MaxScale's names, and a
 * background thread for the blocking work a worker must never do: killing a statement of a client
 * that hung up, and carrying out a client's {@code KILL} of one of this service's sessions on its
 * servers (with the service's account, which needs CONNECTION ADMIN for it).
 */
public final class MariaDbProtocol implements Protocol
{
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbProtocol.class);

    /** What Sluice offers clients: what it can pass through unchanged, plus compression. */
    static final long SERVER_CAPABILITIES = Capabilities.CLIENT_MYSQL | Capabilities.FOUND_ROWS | Capabilities.LONG_FLAG
        | Capabilities.CONNECT_WITH_DB | Capabilities.NO_SCHEMA | Capabilities.COMPRESS | Capabilities.ODBC
        | Capabilities.LOCAL_FILES | Capabilities.IGNORE_SPACE | Capabilities.PROTOCOL_41 | Capabilities.INTERACTIVE
        | Capabilities.IGNORE_SIGPIPE | Capabilities.TRANSACTIONS | Capabilities.SECURE_CONNECTION
        | Capabilities.MULTI_STATEMENTS | Capabilities.MULTI_RESULTS | Capabilities.PS_MULTI_RESULTS
        | Capabilities.PLUGIN_AUTH | Capabilities.CONNECT_ATTRS | Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA
        | Capabilities.SESSION_TRACK | Capabilities.DEPRECATE_EOF
        | Capabilities.MARIADB_CLIENT_PROGRESS | Capabilities.MARIADB_CLIENT_STMT_BULK_OPERATIONS
        | Capabilities.MARIADB_CLIENT_EXTENDED_METADATA;

    /** utf8mb4_general_ci: what clients are greeted with until a server's greeting was seen. */
    private static final int DEFAULT_CHARSET = 45;
    private static final String DEFAULT_VERSION = "11.4.5-MariaDB-sluice";
    /** The longest client command accepted (the server's own max_allowed_packet limit is 1 GiB). */
    private static final long MAX_COMMAND_BYTES = 1L << 30;
    /** The server's error for a KILL of a connection it does not have. */
    static final int ER_NO_SUCH_THREAD = 1094;

    private final ServiceContext service;
    private final UserAccountsCache users;
    private final ExecutorService background;
    private final boolean logAuthWarnings;
    private final String versionString;
    private final AtomicLong loginsSucceeded = new AtomicLong();
    private final AtomicLong loginsFailed = new AtomicLong();
    private final AtomicLong queriesKilled = new AtomicLong();
    private final AtomicLong connectionsKilled = new AtomicLong();
    private final BackendCapabilities capabilities = new BackendCapabilities(SERVER_CAPABILITIES);
    /**
     * The collation clients are greeted with: the servers' own (read when the accounts are loaded),
     * since clients choose their handshake character set from it, and the server reads the login's
     * database name in that character set.
     */
    private volatile int serverCharset = DEFAULT_CHARSET;
    /** Whether the servers let SUPER alone kill other users' connections (before 11.0), from their version. */
    private volatile boolean superKillsOthers;
    private final HostBlocker hostBlocker;

    MariaDbProtocol(final ServiceContext service)
    {
        this.service = service;
        final Params p = service.params();
        this.logAuthWarnings = p.bool("log_auth_warnings");
        this.versionString = p.optionalString("version_string").orElse(DEFAULT_VERSION);
        final Params global = service.globalParams();
        this.hostBlocker = new HostBlocker(service.name(), global.names().contains("max_auth_failures")
            ? global.integer("max_auth_failures") : 0);
        UserAccountSettings settings = UserAccountSettings.from(p, service.globalParams());
        if (p.isSet("users_refresh_time"))
        {
            settings = settings.withUsersRefreshTimeMs(p.durationMs("users_refresh_time"));
        }
        this.background = Executors.newSingleThreadExecutor(r ->
        {
            final Thread t = new Thread(r, "mariadb-" + service.name());
            t.setDaemon(true);
            return t;
        });
        final List<Target> targets = service.targets();
        final Supplier<List<BackendAddress>> primaryFirst = () -> targets.stream()
            .sorted(Comparator.comparing((Target t) -> !t.role().equals("master")))
            .map(BackendAddress::of)
            .toList();
        final String user = p.string("user");
        final String password = p.optionalString("password").orElse("");
        final UserAccountLoader.Connector connector = server ->
        {
            final AdminClient client = AdminClient.connect(server, user, password, AdminClient.Options.DEFAULTS);
            learnServerCapabilities(server.name(), client.serverCapabilities());
            serverCharset = client.serverCharset() == 0 ? DEFAULT_CHARSET : client.serverCharset();
            superKillsOthers = Privileges.superKillsOthers(client.serverVersion());
            return client;
        };
        this.users = new UserAccountsCache(service.name(), new UserAccountLoader(service.name(), primaryFirst,
            connector, settings));
        users.start();
    }

    @Override
    public ClientProtocol newClient(final ClientContext context)
    {
        return new MariaDbClient(context, this);
    }

    @Override
    public BackendProtocol newBackend(final BackendContext context, final ClientProtocol client)
    {
        return new MariaDbBackend(context, (MariaDbClient)client, this);
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        final UserAccounts accounts = users.current();
        return Map.of(
            "host_blocking", hostBlocker.diagnostics(System.nanoTime()),
            "logins", loginsSucceeded.get(),
            "failed_logins", loginsFailed.get(),
            "queries_killed", queriesKilled.get(),
            "connections_killed", connectionsKilled.get(),
            "user_accounts", accounts == null ? 0 : accounts.size(),
            "user_account_loads", users.loads());
    }

    @Override
    public void destroy()
    {
        users.close();
        background.shutdownNow();
    }

    // ---- for the client and backend sides ----

    UserAccounts accounts()
    {
        return users.current();
    }

    /** Asks for a reload of the accounts; false if one ran too recently (users_refresh_time). */
    boolean requestUsersRefresh(final UserAccounts seen, final Runnable whenDone)
    {
        return users.requestRefresh(seen).map(load -> load.whenComplete((accounts,
                failure) -> whenDone.run())).isPresent();
    }

    /** A server connection of a session, by the server's own id for it (its thread id). */
    record BackendThread(Target target, long threadId)
    {
    }

    /** The client hung up mid-statement: stops the statement on the server, in the background. */
    void killQuery(final Target target, final long connectionId, final long sessionId)
    {
        kill(List.of(new BackendThread(target, connectionId)), true, false, sessionId,
            "the client hung up mid-statement", () ->
            {
            });
    }

    /**
     * Runs {@code KILL [SOFT] QUERY|CONNECTION id} for each server connection on its server, one
     * connection per server with the service's account, on the background thread; then whenDone
     * (on that thread), whatever the servers answered: a connection that is gone already (1094) is
     * no failure, other errors are logged.
     *
     * @param sessionId the session whose connections these are (for logs)
     * @param why       what asked for it (for logs)
     */
    void kill(final List<BackendThread> threads, final boolean query, final boolean soft, final long sessionId,
        final String why, final Runnable whenDone)
    {
        if (threads.isEmpty())
        {
            whenDone.run();
            return;
        }
        try
        {
            background.execute(() ->
            {
                try
                {
                    killNow(threads, query, soft, sessionId, why);
                }
                finally
                {
                    whenDone.run();
                }
            });
        }
        catch (final RejectedExecutionException e)
        {
            LOG.warn("session {}: the service is stopping: no KILL on its servers ({})", sessionId, why);
            whenDone.run();
        }
    }

    private void killNow(final List<BackendThread> threads, final boolean query, final boolean soft,
        final long sessionId, final String why)
    {
        final String kill = "KILL " + (soft ? "SOFT " : "") + (query ? "QUERY " : "CONNECTION ");
        final Map<Target, List<Long>> byServer = new LinkedHashMap<>();
        for (final BackendThread t : threads)
        {
            byServer.computeIfAbsent(t.target(), k -> new ArrayList<>()).add(t.threadId());
        }
        for (final Map.Entry<Target, List<Long>> server : byServer.entrySet())
        {
            final Target target = server.getKey();
            try (AdminClient admin = AdminClient.connect(target.address().getHostString(), target.address().getPort(),
                service.params().string("user"), service.params().optionalString("password").orElse(""),
                new AdminClient.Options(2_000, 5_000, null, target.tls())))
            {
                for (final long id : server.getValue())
                {
                    try
                    {
                        admin.execute(kill + id);
                        (query ? queriesKilled : connectionsKilled).incrementAndGet();
                        LOG.info("session {}: {}: {}{} on {}", sessionId, why, kill, id, target.name());
                    }
                    catch (final ServerErrorException e)
                    {
                        if (e.code() != ER_NO_SUCH_THREAD)
                        {
                            throw e;
                        }
                        LOG.debug("session {}: {}: connection {} on {} is gone already", sessionId, why, id,
                            target.name());
                    }
                }
            }
            catch (final Exception e)
            {
                LOG.warn("session {}: {}: could not {}on {} ({}): {}", sessionId, why, kill, target.name(),
                    server.getValue(), e.getMessage());
            }
        }
    }

    /** Whether SUPER alone kills other users' connections on the servers (see {@link Privileges#killsOthers}). */
    boolean superKillsOthers()
    {
        return superKillsOthers;
    }

    /** What clients are offered in the greeting now: see {@link BackendCapabilities}. */
    long offeredCapabilities()
    {
        return capabilities.offered();
    }

    /** A server of the service greeted with these capabilities (a backend connection or the user-account loader). */
    void learnServerCapabilities(final String server, final long serverCapabilities)
    {
        final long before = capabilities.offered();
        final long after = capabilities.learn(server, serverCapabilities);
        if (after != before)
        {
            LOG.info("service {}: server {} lacks {}: clients are no longer offered it", service.name(), server,
                Capabilities.names(before & ~after));
        }
    }

    void loginSucceeded()
    {
        loginsSucceeded.incrementAndGet();
    }

    /** max_auth_failures: the hosts whose logins fail too often. */
    HostBlocker hostBlocker()
    {
        return hostBlocker;
    }

    void loginFailed()
    {
        loginsFailed.incrementAndGet();
    }

    boolean logAuthWarnings()
    {
        return logAuthWarnings;
    }

    String serverVersion()
    {
        return versionString;
    }

    int serverCharset()
    {
        return serverCharset;
    }

    long maxCommandBytes()
    {
        return MAX_COMMAND_BYTES;
    }
}
