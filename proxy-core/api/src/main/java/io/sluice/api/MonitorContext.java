package io.sluice.api;

import io.sluice.api.config.Params;

import java.util.List;

/** What the core tells a monitor instance, and where it publishes what it found. */
public interface MonitorContext
{
    /** The monitor's section name. */
    String name();

    /**
     * The validated parameters, the module's own included: {@code user}, {@code password},
     * {@code monitor_interval}, {@code backend_connect_timeout}, {@code backend_read_timeout},
     * {@code backend_write_timeout}, ...
     */
    Params params();

    /** The global section's parameters. */
    Params globalParams();

    /** The servers in {@code servers=}, in order. */
    List<Target> servers();

    /**
     * Publishes the states of this monitor's servers, all at once: readers see either the
     * previous states or these, never a mix. Operator bits ({@link ServerStatus#MAINT},
     * {@link ServerStatus#DRAINING}) are kept by the core whatever the monitor sends; every server
     * whose status text changes is logged ({@code server db2 changed state: Slave, Running -> Down}).
     * Servers not in {@link #servers()} are ignored.
     */
    void publish(List<ServerState> states);

    /** The current states of all servers, operator bits included. */
    ClusterSnapshot cluster();
}
