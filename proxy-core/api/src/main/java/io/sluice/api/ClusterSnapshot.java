package io.sluice.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The states of all servers at one moment, published as a whole: a reader that holds a snapshot
 * never sees half of a monitor's update. Immutable; the core swaps in a new one (a volatile
 * write) whenever a monitor publishes or an operator changes a server, with a higher
 * {@link #generation()}. Lookups allocate nothing.
 */
public final class ClusterSnapshot
{
    private final long generation;
    private final Map<String, ServerState> servers;

    public ClusterSnapshot(final long generation, final Map<String, ServerState> servers)
    {
        this.generation = generation;
        this.servers = Collections.unmodifiableMap(new LinkedHashMap<>(servers));
    }

    /** Increases with every published change. */
    public long generation()
    {
        return generation;
    }

    /** The state of a server, or null for a name the configuration does not know. */
    public ServerState state(final String serverName)
    {
        return servers.get(serverName);
    }

    /** The state of a target's server, or null. */
    public ServerState state(final Target target)
    {
        return servers.get(target.name());
    }

    /** Every server, in configuration order. */
    public Collection<ServerState> all()
    {
        return servers.values();
    }

    @Override
    public String toString()
    {
        final StringBuilder text = new StringBuilder("ClusterSnapshot#").append(generation).append('[');
        for (final ServerState s : servers.values())
        {
            text.append(s.name()).append(": ").append(s.statusText()).append("; ");
        }
        return text.append(']').toString();
    }
}
