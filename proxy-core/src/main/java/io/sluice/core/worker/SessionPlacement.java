package io.sluice.core.worker;

/**
 * How {@link WorkerPool#placeSession()} picks the worker of a new session: the global parameter
 * {@code session_placement}. MaxScale has no such parameter: its {@code RoutingWorker::pick_worker()}
 * is round-robin and it uses the load only to rebalance ({@code rebalance_period}).
 */
public enum SessionPlacement
{
    /**
     * The worker with the lowest estimated load: its last period's load ({@link
     * io.sluice.core.load.WorkerLoad#periodLoad()}, whole percent as MaxScale reports it) scaled to the
     * sessions of that period still there, plus, for each session placed on it since, the pool's
     * average load per measured session; ties broken by the fewest sessions, then round-robin.
     */
    LEAST_LOADED,
    /** The worker with the fewest sessions, ties broken round-robin (Sluice before issue 16). */
    LEAST_SESSIONS,
    /** Each worker in turn, whatever its load or sessions (MaxScale's {@code pick_worker()}). */
    ROUND_ROBIN;

    /** The default of {@code session_placement}. */
    public static final SessionPlacement DEFAULT = LEAST_SESSIONS;

    /** The configuration value, e.g. {@code least_loaded}. */
    public String configName()
    {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
