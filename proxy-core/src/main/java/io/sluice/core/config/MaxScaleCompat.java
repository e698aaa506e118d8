package io.sluice.core.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What lets a configuration written for MaxScale load unchanged: its module names and aliases, its
 * unit-less durations (deprecated there, accepted here with the same warning), and the names of its
 * parameters per section type, so that one Sluice does not implement yet is told apart from a misspelt
 * one. The lists follow MaxScale 24.02's documentation (global, server, service with readwritesplit,
 * readconnroute and schemarouter, listener, monitor with mariadbmon, the common filters).
 */
public final class MaxScaleCompat
{
    /** The protocol module's name as MaxScale spells it; every alias below maps to it. */
    public static final String MARIADB_PROTOCOL = "MariaDBProtocol";

    private static final Map<String, String> PROTOCOL_ALIASES = Map.of(
        "mariadbclient", MARIADB_PROTOCOL,
        "mariadbprotocol", MARIADB_PROTOCOL,
        "mariadb", MARIADB_PROTOCOL,
        "mysqlclient", MARIADB_PROTOCOL);

    private static final Map<String, String> MONITOR_ALIASES = Map.of("mysqlmon", "mariadbmon");

    /** MaxScale's unit for a duration written without one: milliseconds for these, seconds for the others. */
    private static final Set<String> MILLISECOND_DURATIONS = Set.of("monitor_interval", "disk_space_check_interval",
        "causal_reads_timeout_ms");

    /** Durations only Sluice has: they were never unit-less in MaxScale, so they need a unit. */
    private static final Set<String> SLUICE_ONLY_DURATIONS = Set.of("load_period", "shutdown_timeout",
        "causal_reads_probe_interval");

    private static final Set<String> GLOBAL = Set.of("admin_auth", "admin_enabled", "admin_gui", "admin_host",
        "admin_jwt_algorithm", "admin_jwt_issuer", "admin_jwt_key", "admin_jwt_max_age", "admin_log_auth_failures",
        "admin_oidc_url", "admin_pam_readonly_service", "admin_pam_readwrite_service", "admin_port", "admin_secure_gui",
        "admin_ssl_ca", "admin_ssl_ca_cert", "admin_ssl_cert", "admin_ssl_key", "admin_ssl_version", "admin_verify_url",
        "auth_connect_timeout", "auth_read_timeout", "auth_write_timeout", "auto_tune", "cachedir",
        "config_sync_cluster", "config_sync_db", "config_sync_interval", "config_sync_password", "config_sync_timeout",
        "config_sync_user", "connector_plugindir", "datadir", "debug", "dump_last_statements", "execdir", "key_manager",
        "language", "libdir", "load_persisted_configs", "local_address", "log_augmentation", "log_debug", "log_info",
        "log_notice", "log_throttling", "log_warn_super_user", "log_warning", "logdir", "max_auth_failures",
        "max_read_amount", "maxlog", "module_configdir", "ms_timestamp", "passive", "persist_runtime_changes",
        "persistdir", "piddir", "query_classifier", "query_classifier_args", "query_classifier_cache_size",
        "query_retries", "query_retry_timeout", "rebalance_period", "rebalance_threshold", "rebalance_window",
        "retain_last_statements", "session_trace", "skip_name_resolve", "sql_mode", "substitute_variables", "syslog",
        "threads", "threads_max", "users_refresh_interval", "users_refresh_time", "writeq_high_water",
        "writeq_low_water");

    private static final Set<String> SERVER = Set.of("type", "address", "port", "socket", "protocol", "authenticator",
        "monitoruser", "monitorpw", "extra_port", "persistpoolmax", "persistmaxtime", "proxy_protocol",
        "disk_space_threshold", "rank", "priority", "max_routing_connections", "private_address",
        "replication_custom_options", "ssl", "ssl_cert", "ssl_key", "ssl_ca", "ssl_ca_cert", "ssl_version",
        "ssl_cipher",
        "ssl_verify_peer_certificate", "ssl_verify_peer_host", "ssl_cert_verify_depth", "ssl_crl");

    private static final Set<String> SERVICE = Set.of("type", "router", "servers", "targets", "cluster", "filters",
        "user", "password", "enable_root_user", "max_connections", "connection_timeout", "net_write_timeout",
        "auth_all_servers", "strip_db_esc", "localhost_match_wildcard_host", "version_string", "weightby",
        "log_auth_warnings", "session_track_trx_state", "retain_last_statements", "session_trace", "rank",
        "prune_sescmd_history", "disable_sescmd_history", "max_sescmd_history", "user_accounts_file",
        "user_accounts_file_usage", "idle_session_pool_time", "multiplex_timeout", "connection_keepalive",
        "force_connection_keepalive", "wait_timeout", "log_debug", "log_info", "log_notice", "log_warning",
        // readconnroute
        "router_options", "master_accept_reads", "max_replication_lag",
        // readwritesplit
        "use_sql_variables_in", "slave_selection_criteria", "max_slave_connections", "slave_connections",
        "max_slave_replication_lag", "master_failure_mode", "master_reconnection", "strict_multi_stmt",
        "strict_sp_calls", "strict_tmp_tables", "retry_failed_reads", "delayed_retry", "delayed_retry_timeout",
        "transaction_replay", "transaction_replay_max_size", "transaction_replay_attempts",
        "transaction_replay_timeout", "transaction_replay_retry_on_deadlock", "transaction_replay_retry_on_mismatch",
        "transaction_replay_safe_commit", "transaction_replay_checksum", "optimistic_trx", "causal_reads",
        "causal_reads_timeout", "lazy_connect", "reuse_prepared_statements", "sync_transaction",
        // schemarouter
        "ignore_tables", "ignore_tables_regex", "refresh_databases", "refresh_interval", "max_staleness");

    private static final Set<String> LISTENER = Set.of("type", "service", "protocol", "address", "port", "socket",
        "authenticator", "authenticator_options", "sql_mode", "connection_init_sql_file", "user_mapping_file",
        "proxy_protocol_networks", "connection_metadata", "redirect_url", "ssl", "ssl_cert", "ssl_key", "ssl_ca",
        "ssl_ca_cert", "ssl_version", "ssl_cipher", "ssl_crl", "ssl_verify_peer_certificate", "ssl_verify_peer_host",
        "ssl_cert_verify_depth");

    private static final Set<String> MONITOR = Set.of("type", "module", "servers", "user", "password",
        "monitor_interval", "backend_connect_timeout", "backend_read_timeout", "backend_write_timeout",
        "backend_connect_attempts", "journal_max_age", "disk_space_threshold", "disk_space_check_interval", "script",
        "script_timeout", "events",
        // mariadbmon
        "assume_unique_hostnames", "auto_failover", "auto_rejoin", "switchover_on_low_disk_space",
        "enforce_read_only_slaves", "enforce_read_only_servers", "enforce_writable_master", "enforce_simple_topology",
        "verify_master_failure", "master_failure_timeout", "failcount", "failover_timeout", "switchover_timeout",
        "servers_no_promotion", "promotion_sql_file", "demotion_sql_file", "handle_events",
        "maintenance_on_low_disk_space", "replication_user", "replication_password", "replication_master_ssl",
        "master_conditions", "slave_conditions", "cooperative_monitoring_locks", "script_max_replication_lag",
        "ssh_user", "ssh_keyfile", "ssh_check_host_key", "ssh_timeout", "ssh_port", "rebuild_port",
        "mariabackup_threads", "mariabackup_use_memory", "backup_storage_address", "backup_storage_path");

    private static final Set<String> FILTER = Set.of("type", "module", "match", "exclude", "options", "user", "source",
        "filebase", "log_type", "log_data", "flush", "append", "separator", "newline_replacement", "duration_unit",
        "use_canonical_form", "target", "service", "count", "max_qps", "throttling_duration", "sampling_duration",
        "continuous_duration", "max_resultset_rows", "max_resultset_size", "storage", "hard_ttl", "soft_ttl", "rules");

    private MaxScaleCompat()
    {
    }

    /** A listener's protocol as written, or MaxScale's spelling of the MariaDB protocol for any of its aliases. */
    public static String protocol(final String written)
    {
        return PROTOCOL_ALIASES.getOrDefault(written.toLowerCase(Locale.ROOT), written);
    }

    /** A monitor module name, with MaxScale's aliases resolved ({@code mysqlmon} is {@code mariadbmon}). */
    public static String monitorModule(final String written)
    {
        return MONITOR_ALIASES.getOrDefault(written.toLowerCase(Locale.ROOT), written);
    }

    /** MaxScale's parameter names of a section type ({@code global}, {@code server}, ...). */
    public static Set<String> parameters(final String sectionType)
    {
        return switch (sectionType)
        {
            case "global" -> GLOBAL;
            case "server" -> SERVER;
            case "service" -> SERVICE;
            case "listener" -> LISTENER;
            case "monitor" -> MONITOR;
            case "filter" -> FILTER;
            default -> Set.of();
        };
    }

    /**
     * The unit MaxScale gives a duration parameter written as a bare number ({@code "ms"} or {@code "s"}), or
     * null when the parameter is Sluice's own and needs a unit.
     */
    public static String bareDurationUnit(final String parameter)
    {
        if (SLUICE_ONLY_DURATIONS.contains(parameter))
        {
            return null;
        }
        return MILLISECOND_DURATIONS.contains(parameter) ? "ms" : "s";
    }
}
