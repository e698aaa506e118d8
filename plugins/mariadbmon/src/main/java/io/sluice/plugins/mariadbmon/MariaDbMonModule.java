package io.sluice.plugins.mariadbmon;

import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ApiVersion;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleType;
import io.sluice.api.ModuleVersions;
import io.sluice.api.MonitorApi;

import java.util.Set;

/**
 * The module object of {@code module=mariadbmon}. Its own parameters carry MaxScale's names and
 * defaults (MaxScale's Monitors/MariaDB-Monitor.md); the core's monitor parameters ({@code user},
 * {@code password}, {@code monitor_interval}, {@code backend_*_timeout}) come with every monitor.
 */
public final class MariaDbMonModule implements ModuleProvider
{
    public static final String NAME = "mariadbmon";

    static final SectionSpec PARAMETERS = SectionSpec.of(
        ParamSpec.withDefault("failcount", ParamType.integer(0, 1_000_000), "5",
            "ticks the primary must be down before failover"),
        ParamSpec.withDefault("auto_failover", ParamType.BOOL, "false",
                "fail over automatically when the primary is down"),
        ParamSpec.withDefault("auto_rejoin", ParamType.BOOL, "false",
            "make a returning server (an old primary) replicate from the current primary"),
        ParamSpec.withDefault("switchover_timeout", ParamType.DURATION, "90s",
            "how long a switchover may take, catch-up included"),
        ParamSpec.withDefault("failover_timeout", ParamType.DURATION, "90s",
            "how long a failover may wait for the new primary to apply its relay log"),
        ParamSpec.withDefault("verify_master_failure", ParamType.BOOL, "true",
            "before failing over, check that no replica still receives events from the primary"),
        ParamSpec.withDefault("master_failure_timeout", ParamType.DURATION, "10s",
            "a replica that got an event within this time means the primary is still alive"),
        ParamSpec.optional("replication_user", ParamType.STRING,
            "user for CHANGE MASTER TO (default: the monitor's user)"),
        ParamSpec.optional("replication_password", ParamType.PASSWORD, "password of replication_user"),
        ParamSpec.optional("replication_master_ssl", ParamType.BOOL,
            "MASTER_SSL of the replication connections the monitor creates (default: as the existing ones)"),
        ParamSpec.withDefault("enforce_read_only_slaves", ParamType.BOOL, "false", "set read_only=1 on replicas"),
        ParamSpec.withDefault("enforce_writable_master", ParamType.BOOL, "false", "set read_only=0 on the primary"),
        ParamSpec.optional("servers_no_promotion", ParamType.LIST, "servers that are never promoted"),
        ParamSpec.withDefault("cooperative_monitoring_locks", ParamType.enumeration("none", "majority_of_all",
            "majority_of_running"), "none", "coordinate several monitors of one cluster through server locks"));

    @Override
    public ModuleInfo module()
    {
        return new ModuleInfo(NAME, ModuleType.MONITOR, ApiVersion.CURRENT, ModuleVersions.of(MariaDbMonModule.class),
            "MariaDB primary/replica monitor: roles, lag, failover, switchover, rejoin", Set.of(), PARAMETERS,
            Lifecycle.NONE, new MonitorApi(MariaDbMonitor::new));
    }
}
