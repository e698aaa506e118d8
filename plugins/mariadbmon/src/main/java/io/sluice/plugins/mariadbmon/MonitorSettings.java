package io.sluice.plugins.mariadbmon;

import io.sluice.api.config.Params;

import java.util.List;
import java.util.Set;

/**
 * A mariadbmon section's parameters, read once.
 *
 * @param user                       {@code user}
 * @param password                   {@code password}
 * @param intervalMs                 {@code monitor_interval}
 * @param connectTimeoutMs           {@code backend_connect_timeout}
 * @param readTimeoutMs              {@code backend_read_timeout}
 * @param failcount                  {@code failcount} (0 counts as 1: fail over at the first missed tick)
 * @param autoFailover               {@code auto_failover}
 * @param autoRejoin                 {@code auto_rejoin}
 * @param switchoverTimeoutMs        {@code switchover_timeout} (also bounds a rejoin)
 * @param failoverTimeoutMs          {@code failover_timeout}
 * @param verifyMasterFailure        {@code verify_master_failure}
 * @param masterFailureTimeoutMs     {@code master_failure_timeout}
 * @param replicationUser            {@code replication_user}, else {@code user}
 * @param replicationPassword        {@code replication_password}, else {@code password}
 * @param replicationMasterSsl       {@code replication_master_ssl}, null when not set
 * @param enforceReadOnlySlaves      {@code enforce_read_only_slaves}
 * @param enforceWritableMaster      {@code enforce_writable_master}
 * @param serversNoPromotion         {@code servers_no_promotion}
 * @param cooperativeMonitoringLocks {@code cooperative_monitoring_locks}: none, majority_of_all, majority_of_running
 */
public record MonitorSettings(String user, String password, long intervalMs, int connectTimeoutMs, int readTimeoutMs,
    int failcount, boolean autoFailover, boolean autoRejoin, long switchoverTimeoutMs, long failoverTimeoutMs,
    boolean verifyMasterFailure, long masterFailureTimeoutMs, String replicationUser, String replicationPassword,
    Boolean replicationMasterSsl, boolean enforceReadOnlySlaves, boolean enforceWritableMaster,
    Set<String> serversNoPromotion, String cooperativeMonitoringLocks)
{
    /** Reads a validated monitor section. */
    public static MonitorSettings from(final Params p)
    {
        final String user = p.optionalString("user").orElse("");
        final String password = p.optionalString("password").orElse("");
        final List<String> noPromotion = p.hasValue("servers_no_promotion")
                ? p.list("servers_no_promotion") : List.of();
        final boolean ownReplicationUser = p.hasValue("replication_user");
        return new MonitorSettings(user, password, p.durationMs("monitor_interval"),
            (int)p.durationMs("backend_connect_timeout"), (int)p.durationMs("backend_read_timeout"),
            Math.max(1, p.integer("failcount")), p.bool("auto_failover"), p.bool("auto_rejoin"),
            p.durationMs("switchover_timeout"), p.durationMs("failover_timeout"), p.bool("verify_master_failure"),
            p.durationMs("master_failure_timeout"), ownReplicationUser ? p.string("replication_user") : user,
            ownReplicationUser ? p.optionalString("replication_password").orElse("") : password,
            p.hasValue("replication_master_ssl") ? p.bool("replication_master_ssl") : null,
            p.bool("enforce_read_only_slaves"), p.bool("enforce_writable_master"), Set.copyOf(noPromotion),
            p.enumValue("cooperative_monitoring_locks"));
    }

    /** Masks the passwords. */
    @Override
    public String toString()
    {
        return "MonitorSettings[user=" + user + ", interval=" + intervalMs + "ms, failcount=" + failcount
                + ", auto_failover="
            + autoFailover + ", auto_rejoin=" + autoRejoin + ", replication_user=" + replicationUser
            + ", cooperative_monitoring_locks=" + cooperativeMonitoringLocks + "]";
    }
}
