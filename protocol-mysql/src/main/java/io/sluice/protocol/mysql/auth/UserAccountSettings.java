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
 * @param localhostMatchLoopback   {@code localhost_match_loopback} ({@code auto}): whether clients on
 *                                 127.0.0.1 and ::1 also match 'localhost' accounts; {@code auto}
 *                                 follows the servers' {@code skip_name_resolve} (off: they match, as
 *                                 the server's resolver names loopback "localhost"), {@code true} or
 *                                 {@code false} overrides it
 */
public record UserAccountSettings(boolean enableRootUser, boolean stripDbEsc, boolean authAllServers,
                                  long usersRefreshTimeMs, long usersRefreshIntervalMs,
                                  LoopbackMatch localhostMatchLoopback)
{
    /** {@code localhost_match_loopback}: follow the servers, or always, or never. */
    public enum LoopbackMatch
    {
        AUTO, ON, OFF;

        /** The effective rule for servers whose {@code skip_name_resolve} is as given. */
        public boolean matches(final boolean serversSkipNameResolve)
        {
            return this == ON || this == AUTO && !serversSkipNameResolve;
        }

        static LoopbackMatch parse(final String value)
        {
            return switch (value.toLowerCase(java.util.Locale.ROOT))
            {
                case "auto" -> AUTO;
                case "true", "on", "yes", "1" -> ON;
                case "false", "off", "no", "0" -> OFF;
                default -> throw new IllegalArgumentException("localhost_match_loopback: '" + value
                    + "' is not auto or a boolean");
            };
        }
    }

    /** The values {@code localhost_match_loopback} accepts. */
    public static final List<String> LOOPBACK_MATCH_VALUES =
        List.of("auto", "true", "false", "on", "off", "yes", "no", "1", "0");

    public static final String ENABLE_ROOT_USER = "enable_root_user";
    public static final String STRIP_DB_ESC = "strip_db_esc";
    public static final String AUTH_ALL_SERVERS = "auth_all_servers";
    public static final String LOCALHOST_MATCH_LOOPBACK = "localhost_match_loopback";
    public static final String USERS_REFRESH_TIME = "users_refresh_time";
    public static final String USERS_REFRESH_INTERVAL = "users_refresh_interval";

    /** MaxScale's defaults. */
    public static final UserAccountSettings DEFAULTS =
        new UserAccountSettings(false, true, false, 30_000, 0, LoopbackMatch.AUTO);

    /** The service ({@code type=service}) parameters, for merging into the service's section spec. */
    public static final List<ParamSpec> SERVICE_PARAMS = List.of(
        ParamSpec.withDefault(ENABLE_ROOT_USER, ParamType.BOOL, "false", "allow the user root through the proxy"),
        ParamSpec.withDefault(STRIP_DB_ESC, ParamType.BOOL, "true",
            "strip '\\' escapes from the database names of table-level grants"),
        ParamSpec.withDefault(AUTH_ALL_SERVERS, ParamType.BOOL, "false",
            "load user accounts from every server (union) instead of the first that answers"),
        ParamSpec.withDefault(LOCALHOST_MATCH_LOOPBACK,
            ParamType.enumeration(LOOPBACK_MATCH_VALUES.toArray(new String[0])), "auto",
            "clients on 127.0.0.1/::1 match 'localhost' accounts: auto (as the servers' skip_name_resolve says),"
                + " true or false"));

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
            declared(service, LOCALHOST_MATCH_LOOPBACK)
                ? LoopbackMatch.parse(service.text(LOCALHOST_MATCH_LOOPBACK).orElse("auto"))
                : DEFAULTS.localhostMatchLoopback);
    }

    public UserAccountSettings withEnableRootUser(final boolean enable)
    {
        return new UserAccountSettings(enable, stripDbEsc, authAllServers, usersRefreshTimeMs, usersRefreshIntervalMs,
            localhostMatchLoopback);
    }

    public UserAccountSettings withStripDbEsc(final boolean strip)
    {
        return new UserAccountSettings(enableRootUser, strip, authAllServers, usersRefreshTimeMs,
                usersRefreshIntervalMs,
            localhostMatchLoopback);
    }

    public UserAccountSettings withAuthAllServers(final boolean all)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, all, usersRefreshTimeMs, usersRefreshIntervalMs,
            localhostMatchLoopback);
    }

    public UserAccountSettings withUsersRefreshTimeMs(final long ms)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, authAllServers, ms, usersRefreshIntervalMs,
            localhostMatchLoopback);
    }

    public UserAccountSettings withUsersRefreshIntervalMs(final long ms)
    {
        return new UserAccountSettings(enableRootUser, stripDbEsc, authAllServers, usersRefreshTimeMs, ms,
            localhostMatchLoopback);
    }

    /** {@code localhost_match_loopback} set to true or false. */
    public UserAccountSettings withLocalhostMatchesLoopback(final boolean match)
    {
        return withLocalhostMatchLoopback(match ? LoopbackMatch.ON : LoopbackMatch.OFF);
    }

    public UserAccountSettings withLocalhostMatchLoopback(final LoopbackMatch match)
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
