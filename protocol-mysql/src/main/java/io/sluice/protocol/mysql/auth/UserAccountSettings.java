package io.sluice.protocol.mysql.auth;

import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.Params;

import java.time.Duration;
import java.util.List;

/**
 * How a service loads and matches user accounts. Parameter names and defaults are MaxScale's
 * (Documentation/Getting-Started/Configuration-Guide.md) except {@code localhost_match_loopback},
 * which is Sluice's (see {@link HostPattern}).
 *
 * @param enableRootUser           {@code enable_root_user} (false): when false the proxy refuses the
 *                                 user {@code root} with "access denied", whatever its password
 * @param stripDbEsc               {@code strip_db_esc} (true): remove the '\' escapes from the database
 *                                 names of table, column and routine grants ({@code test\_db} becomes
 *                                 {@code test_db}); database-level grants are patterns and keep them
 * @param authAllServers           {@code auth_all_servers} (false): load from the first server that
 *                                 answers, primary first; true: the union over all servers
 * @param usersRefreshTimeMs       {@code users_refresh_time} (30s, a [maxscale] parameter): a refresh
 *                                 request less than this long after the last load is ignored
 * @param usersRefreshIntervalMs   {@code users_refresh_interval} (0s = never, a [maxscale] parameter):
 *                                 reload on this period without being asked
 * @param localhostMatchesLoopback {@code localhost_match_loopback} (true): clients on 127.0.0.1 and
 *                                 ::1 also match 'localhost' accounts, as with a server without
 *                                 skip-name-resolve
 */
public record UserAccountSettings(boolean enableRootUser, boolean stripDbEsc, boolean authAllServers,
                                  long usersRefreshTimeMs, long usersRefreshIntervalMs,
                                  boolean localhostMatchesLoopback)
{
    public static final String ENABLE_ROOT_USER = "enable_root_user";
    public static final String STRIP_DB_ESC = "strip_db_esc";
    public static final String AUTH_ALL_SERVERS = "auth_all_servers";
    public static final String LOCALHOST_MATCH_LOOPBACK = "localhost_match_loopback";
    public static final String USERS_REFRESH_TIME = "users_refresh_time";
    public static final String USERS_REFRESH_INTERVAL = "users_refresh_interval";

    /** MaxScale's defaults. */
    public static final UserAccountSettings DEFAULTS = new UserAccountSettings(false, true, false, 30_000, 0, true);

    /** The service ({@code type=service}) parameters, for merging into the service's section spec. */
    public static final List<ParamSpec> SERVICE_PARAMS = List.of(
        ParamSpec.withDefault(ENABLE_ROOT_USER, ParamType.BOOL, "false", "allow the user root through the proxy"),
        ParamSpec.withDefault(STRIP_DB_ESC, ParamType.BOOL, "true",
            "strip '\\' escapes from the database names of table-level grants"),
        ParamSpec.withDefault(AUTH_ALL_SERVERS, ParamType.BOOL, "false",
            "load user accounts from every server (union) instead of the first that answers"),
        ParamSpec.withDefault(LOCALHOST_MATCH_LOOPBACK, ParamType.BOOL, "true",
            "clients on 127.0.0.1/::1 match 'localhost' accounts (a server without skip-name-resolve)"));

    /** The global ({@code [maxscale]}) parameters. */
    public static final List<ParamSpec> GLOBAL_PARAMS = List.of(
        ParamSpec.withDefault(USERS_REFRESH_TIME, ParamType.duration(Duration.ZERO, Duration.ofDays(1)), "30s",
            "minimum time between two user account loads asked for by failed logins"),
        ParamSpec.withDefault(USERS_REFRESH_INTERVAL, ParamType.duration(Duration.ZERO, Duration.ofDays(365)), "0s",
            "reload user accounts on this period (0s: only when asked)"));

    public UserAccountSettings
    {
        if (usersRefreshTimeMs < 0 || usersRefreshIntervalMs < 0)
        {
            throw new IllegalArgumentException("refresh times must not be negative");
        }
    }

    /**
     * From validated sections that include {@link #SERVICE_PARAMS} and {@link #GLOBAL_PARAMS}; a
     * parameter a section does not know keeps its default.
     */
    public static UserAccountSettings from(final Params service, final Params global)
    {
        return new UserAccountSettings(
            bool(service, ENABLE_ROOT_USER, DEFAULTS.enableRootUser),
            bool(service, STRIP_DB_ESC, DEFAULTS.stripDbEsc),
            bool(service, AUTH_ALL_SERVERS, DEFAULTS.authAllServers),
            durationMs(global, USERS_REFRESH_TIME, DEFAULTS.usersRefreshTimeMs),
            durationMs(global, USERS_REFRESH_INTERVAL, DEFAULTS.usersRefreshIntervalMs),
            bool(service, LOCALHOST_MATCH_LOOPBACK, DEFAULTS.localhostMatchesLoopback));
    }

    public UserAccountSettings withEnableRootUser(final boolean enable)
    {
        return new UserAccountSettings(enable, stripDbEsc, authAllServers, usersRefreshTimeMs, usersRefreshIntervalMs,
            localhostMatchesLoopback);
    }

    public UserAccountSettings withStripDbEsc(final boolean strip)
    {
        return new UserAccountSettings(enableRootUser, strip, authAllServers, usersRefreshTimeMs,
                usersRefreshIntervalMs,
            localhostMatchesLoopback);
    }

    public UserAccountSettings withAuthAllServers(final boolean all)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, all, usersRefreshTimeMs, usersRefreshIntervalMs,
            localhostMatchesLoopback);
    }

    public UserAccountSettings withUsersRefreshTimeMs(final long ms)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, authAllServers, ms, usersRefreshIntervalMs,
            localhostMatchesLoopback);
    }

    public UserAccountSettings withUsersRefreshIntervalMs(final long ms)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, authAllServers, usersRefreshTimeMs, ms,
            localhostMatchesLoopback);
    }

    public UserAccountSettings withLocalhostMatchesLoopback(final boolean match)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, authAllServers, usersRefreshTimeMs,
            usersRefreshIntervalMs, match);
    }

    private static boolean bool(final Params p, final String name, final boolean fallback)
    {
        return declared(p, name) ? p.bool(name) : fallback;
    }

    private static long durationMs(final Params p, final String name, final long fallback)
    {
        return declared(p, name) ? p.durationMs(name) : fallback;
    }

    private static boolean declared(final Params p, final String name)
    {
        return p != null && p.names().contains(name) && p.hasValue(name);
    }
}
