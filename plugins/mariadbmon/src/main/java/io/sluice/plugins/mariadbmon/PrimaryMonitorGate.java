package io.sluice.plugins.mariadbmon;

import java.util.Map;

/**
 * Whether this monitor may change the cluster and which primary it accepts, when several monitors
 * (several Sluice instances) watch one cluster ({@code cooperative_monitoring_locks}). Called on
 * the monitor thread only. {@link #ALWAYS} is the gate without cooperation: this monitor decides.
 */
interface PrimaryMonitorGate
{
    /** No cooperation: always the primary monitor, its own choice of primary. */
    PrimaryMonitorGate ALWAYS = new PrimaryMonitorGate()
    {
    };

    /** Each tick, after the probes: claim or keep locks. */
    default void refresh(final Map<String, ServerProbe> probes)
    {
    }

    /** This monitor may run failover, switchover and rejoin. */
    default boolean isPrimaryMonitor()
    {
        return true;
    }

    /**
     * The primary this monitor reports, given the one its topology chose: the primary monitor
     * takes its own choice (and may mark it for the others); a secondary one takes the primary
     * monitor's.
     */
    default String acceptPrimary(final String chosen, final Map<String, ServerProbe> probes)
    {
        return chosen;
    }

    /** For operators, e.g. how many locks are held. */
    default String describe()
    {
        return "no cooperative monitoring";
    }

    /** Entries for the monitor's diagnostics. */
    default Map<String, Object> diagnostics()
    {
        return Map.of();
    }

    /** When the monitor stops. */
    default void release()
    {
    }
}
