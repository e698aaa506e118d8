package io.sluice.api;

import io.sluice.api.config.Params;

import java.util.List;

/** What the core tells a router (or filter) instance about its service. */
public interface ServiceContext
{
    /** The service's section name. */
    String name();

    /** The service's validated parameters, the module's own included. */
    Params params();

    /** The global section's parameters ({@code [sluice]} / {@code [maxscale]}). */
    Params globalParams();

    /** The servers in {@code servers=}, in order. */
    List<Target> targets();

    /**
     * The current states of all servers (roles, health, replication lag), as the monitors last
     * published them; servers no monitor watches have their configured {@code role}. One volatile
     * read: take it once per routing decision and read all states from that snapshot.
     */
    ClusterSnapshot cluster();
}
