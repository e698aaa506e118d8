package io.sluice.core.config;

import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.SectionSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The core parameters of each section type, with MaxScale's names and defaults. */
public final class CoreSpecs
{
    /** The section types, as written in {@code type=}. */
    public static final List<String> TYPES = List.of("server", "service", "listener", "monitor", "filter");

    private static final ParamSpec TYPE = ParamSpec.mandatory("type",
            ParamType.enumeration(TYPES.toArray(new String[0])), "section type");

    /** The parameters shared by listeners and servers. */
    private static final List<ParamSpec> TLS_COMMON = List.of(
        ParamSpec.withDefault("ssl", ParamType.BOOL, "false", "use TLS"),
        ParamSpec.optional("ssl_cert", ParamType.STRING, "PEM certificate (chain): a listener's server certificate,"
            + " a server's client certificate"),
        ParamSpec.optional("ssl_key", ParamType.STRING, "PEM PKCS#8 private key of ssl_cert"),
        ParamSpec.optional("ssl_ca", ParamType.STRING, "PEM CA certificates that verify the peer's certificate"),
        ParamSpec.optional("ssl_ca_cert", ParamType.STRING, "MaxScale's older name of ssl_ca"),
        ParamSpec.withDefault("ssl_version", ParamType.LIST, "MAX",
            "TLS versions: MAX (the JDK's enabled versions) or a list of TLSv10, TLSv11, TLSv12, TLSv13"),
        ParamSpec.optional("ssl_cipher", ParamType.STRING, "cipher suites (JDK/IANA names, ':' or ',' between)"),
        ParamSpec.withDefault("ssl_verify_peer_certificate", ParamType.BOOL, "false",
            "verify the peer's certificate against ssl_ca"));

    /** A listener's TLS parameters. */
    private static final List<ParamSpec> LISTENER_TLS = concat(TLS_COMMON,
        ParamSpec.optional("require_secure_transport", ParamType.BOOL,
            "refuse clients that do not switch to TLS (MariaDB's ER_SECURE_TRANSPORT_REQUIRED); default: the value of"
            + " ssl, as MaxScale takes only TLS clients on a TLS listener"));

    /** A server's TLS parameters. */
    private static final List<ParamSpec> SERVER_TLS = concat(TLS_COMMON,
        ParamSpec.withDefault("ssl_verify_peer_host", ParamType.BOOL, "false",
            "the server's certificate must name its address"));

    /** {@code [sluice]} (or {@code [maxscale]}). */
    public static final SectionSpec GLOBAL = SectionSpec.of(
            ParamSpec.withDefault("threads", ParamType.integerOrAuto(1, 256), "auto",
                    "worker threads; auto = one per available core"),
            ParamSpec.withDefault("load_period", ParamType.duration(Duration.ofMillis(100), Duration.ofHours(1)), "10s",
                    "period over which worker load is averaged"),
            ParamSpec.withDefault("poller", ParamType.enumeration("auto", "epoll", "nio"), "auto",
                    "I/O readiness mechanism"),
            ParamSpec.withDefault("poll_yield", ParamType.BOOL, "false",
                    "after a poll that returned events, yield the core before a poll that may sleep"),
            ParamSpec.withDefault("poll_coalesce_us", ParamType.integer(0, 10_000), "0",
                    "a worker with 4 or more sessions sleeps this many microseconds after a poll that returned"
                    + " events, to gather the next events in one wake-up (0: off)"),
            ParamSpec.withDefault("session_placement",
                    ParamType.enumeration("least_loaded", "least_sessions", "round_robin"), "least_sessions",
                    "where a new session goes: the worker with the lowest estimated load (its last period's, for"
                    + " the sessions still there and those placed since; then the fewest sessions), the one with"
                    + " the fewest sessions, or each in turn (MaxScale's way)"),
            ParamSpec.withDefault("rebalance_period", ParamType.DURATION, "0s",
                    "MaxScale's: how often the worker loads are compared and, when they differ by more than"
                    + " rebalance_threshold, the busiest worker moves its most active movable session to the least"
                    + " busy (0s: never by itself)"),
            ParamSpec.withDefault("rebalance_threshold", ParamType.integer(5, 100), "20",
                    "MaxScale's: the difference in percent between the busiest and the least busy worker's load"
                    + " that must be exceeded for a session to move"),
            ParamSpec.withDefault("rebalance_window", ParamType.integer(1, 60), "10",
                    "MaxScale's: the seconds of 1-second load samples each worker's average covers"),
            ParamSpec.withDefault("writeq_high_water", ParamType.SIZE, "65536",
                    "stop reading from the peer when a write queue exceeds this"),
            ParamSpec.withDefault("writeq_low_water", ParamType.SIZE, "1024",
                    "resume reading when the write queue drops below this"),
            ParamSpec.withDefault("admin_enabled", ParamType.BOOL, "true", "enable the admin REST interface"),
            ParamSpec.withDefault("admin_host", ParamType.STRING, "127.0.0.1", "admin interface bind address"),
            ParamSpec.withDefault("admin_port", ParamType.PORT, "8989", "admin interface port"),
            ParamSpec.withDefault("admin_auth", ParamType.BOOL, "true",
                    "require HTTP basic authentication on the admin interface (admin/mariadb until another admin "
                            + "exists)"),
            ParamSpec.optional("admin_ssl_cert", ParamType.STRING,
                    "PEM certificate (chain) of the admin interface: with admin_ssl_key, it serves HTTPS"),
            ParamSpec.optional("admin_ssl_key", ParamType.STRING, "PEM PKCS#8 private key of the admin interface"),
            ParamSpec.withDefault("max_auth_failures", ParamType.integer(0, 1_000_000), "10",
                    "failed logins in a row after which a client host is refused for 60 s (0: no limit)"),
            ParamSpec.optional("datadir", ParamType.STRING,
                    "where Sluice keeps its state (admin accounts); default: data/ beside the configuration file"),
            ParamSpec.withDefault("users_refresh_time", ParamType.DURATION, "30s",
                    "minimum time between user account reloads after a failed login"),
            ParamSpec.withDefault("users_refresh_interval", ParamType.DURATION, "0s",
                    "reload user accounts on this period (0s: only when a login fails)"),
            ParamSpec.withDefault("shutdown_timeout", ParamType.DURATION, "10s",
                    "how long a shutdown waits for sessions to end"));

    /** {@code type=server}. */
    public static final SectionSpec SERVER = SectionSpec.of(with(SERVER_TLS, TYPE,
            ParamSpec.mandatory("address", ParamType.STRING, "host name or IP address of the server"),
            ParamSpec.withDefault("port", ParamType.PORT, "3306", "TCP port of the server"),
            ParamSpec.optional("protocol", ParamType.STRING, "backend protocol (MaxScale: MariaDBBackend)"),
            ParamSpec.withDefault("role", ParamType.enumeration("running", "master", "slave"), "running",
                    "the server's role until a monitor says otherwise (MaxScale: maxctrl set server)")));

    /** {@code type=service}; the router's parameters are merged in. */
    public static final SectionSpec SERVICE = SectionSpec.of(TYPE,
            ParamSpec.mandatory("router", ParamType.STRING, "router module"),
            ParamSpec.optional("servers", ParamType.LIST, "servers the service routes to"),
            ParamSpec.optional("user", ParamType.STRING, "user for fetching user accounts from the backends"),
            ParamSpec.optional("password", ParamType.PASSWORD, "password of that user"),
            ParamSpec.optional("filters", ParamType.LIST, "filters applied in order to each session"),
            ParamSpec.withDefault("enable_root_user", ParamType.BOOL, "false",
                    "allow root to log in through the service"),
            ParamSpec.withDefault("auth_all_servers", ParamType.BOOL, "false",
                    "load user accounts from every server, not only the first reachable one"),
            ParamSpec.withDefault("strip_db_esc", ParamType.BOOL, "true",
                    "strip backslash escapes from database names in grants"),
            ParamSpec.withDefault("localhost_match_loopback",
                    ParamType.enumeration("auto", "true", "false", "on", "off", "yes", "no", "1", "0"), "auto",
                    "clients on 127.0.0.1/::1 match 'localhost' accounts: auto (as the servers' skip_name_resolve"
                    + " says), true or false"),
            ParamSpec.withDefault("log_auth_warnings", ParamType.BOOL, "true", "log failed logins"),
            ParamSpec.optional("users_refresh_time", ParamType.DURATION,
                    "minimum time between user account reloads (default: the global value)"),
            ParamSpec.optional("version_string", ParamType.STRING, "server version sent to clients"),
            ParamSpec.withDefault("connect_timeout", ParamType.DURATION, "10s",
                    "a client that has not logged in within this is disconnected (MariaDB's connect_timeout; 0s: "
                            + "never)"),
            ParamSpec.withDefault("net_read_timeout", ParamType.DURATION, "30s",
                    "a client that sends part of a packet, then nothing for this long, is disconnected"
                    + " (MariaDB's net_read_timeout; 0s: never)"));

    /** {@code type=listener}. */
    public static final SectionSpec LISTENER = SectionSpec.of(with(LISTENER_TLS, TYPE,
            ParamSpec.mandatory("service", ParamType.STRING, "service this listener feeds"),
            ParamSpec.withDefault("address", ParamType.STRING, "::", "address to listen on"),
            ParamSpec.mandatory("port", ParamType.PORT, "port to listen on"),
            ParamSpec.withDefault("protocol", ParamType.STRING, "MariaDBProtocol", "client protocol")));

    /** {@code type=monitor}; the module's parameters are merged in. */
    public static final SectionSpec MONITOR = SectionSpec.of(TYPE,
            ParamSpec.mandatory("module", ParamType.STRING, "monitor module"),
            ParamSpec.optional("servers", ParamType.LIST, "servers to monitor"),
            ParamSpec.optional("user", ParamType.STRING, "monitor user"),
            ParamSpec.optional("password", ParamType.PASSWORD, "password of the monitor user"),
            ParamSpec.withDefault("monitor_interval", ParamType.DURATION, "2s", "time between monitor ticks"),
            ParamSpec.withDefault("backend_connect_timeout", ParamType.DURATION, "3s", "connect timeout"),
            ParamSpec.withDefault("backend_read_timeout", ParamType.DURATION, "3s", "read timeout"),
            ParamSpec.withDefault("backend_write_timeout", ParamType.DURATION, "3s", "write timeout"));

    /** {@code type=filter}; the module's parameters are merged in. */
    public static final SectionSpec FILTER = SectionSpec.of(TYPE,
            ParamSpec.mandatory("module", ParamType.STRING, "filter module"));

    private CoreSpecs()
    {
    }

    private static List<ParamSpec> concat(final List<ParamSpec> common, final ParamSpec extra)
    {
        final List<ParamSpec> all = new ArrayList<>(common);
        all.add(extra);
        return List.copyOf(all);
    }

    /** The given parameters, then the shared ones (the ssl* parameters). */
    private static List<ParamSpec> with(final List<ParamSpec> shared, final ParamSpec... own)
    {
        final List<ParamSpec> all = new ArrayList<>(List.of(own));
        all.addAll(shared);
        return all;
    }
}
