package io.sluice.core.admin;

import io.sluice.core.config.SluiceConfig;
import io.sluice.core.monitor.ClusterState;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.worker.WorkerPool;

import java.util.Map;

/**
 * What the admin REST API reads and changes of a running Sluice. The launcher implements it, so the
 * admin package depends on the engine's parts, never on the launcher (no launcher-admin cycle).
 * Every method may be called from the admin thread; none takes a lock a worker takes.
 */
public interface AdminModel
{
    /** The configuration in force (replaced whole by a reload). */
    SluiceConfig config();

    /** The servers' states as routers see them, and the operator's maintenance/drain bits. */
    ClusterState cluster();

    /** The running monitors, by name. */
    Map<String, MonitorRunner> monitors();

    /** The routing workers. */
    WorkerPool pool();
}
