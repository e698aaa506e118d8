package io.sluice.api;

import java.util.Locale;

/**
 * What is known about one server at one moment: its status bits and what its monitor measured.
 * Immutable; a {@link ClusterSnapshot} holds one per server.
 *
 * @param name              the server's section name
 * @param status            {@link ServerStatus} bits
 * @param replicationLagSec seconds behind its primary ({@code Seconds_Behind_Master}), 0 for a primary,
 *                          {@link #LAG_UNKNOWN} when not replicating or not measured
 * @param gtidPos           the server's {@code @@gtid_current_pos}, empty when unknown
 * @param serverId          {@code @@server_id}, 0 when unknown
 * @param readOnly          {@code @@read_only}
 * @param replicatesFrom    the name of the server it replicates from, empty if none (or not monitored)
 */
public record ServerState(String name, int status, long replicationLagSec, String gtidPos, long serverId,
    boolean readOnly, String replicatesFrom)
{
    /** MaxScale's RLAG_UNDEFINED. */
    public static final long LAG_UNKNOWN = -1;

    public ServerState
    {
        if (name == null || gtidPos == null || replicatesFrom == null)
        {
            throw new IllegalArgumentException("name, gtidPos and replicatesFrom must not be null");
        }
    }

    /**
     * The state of a server no monitor watches, from its configured {@code role}: {@code master}
     * is Master+Running, {@code slave} Slave+Running, {@code running} Running.
     */
    public static ServerState configured(final String name, final String role)
    {
        final int bits = switch (role.toLowerCase(Locale.ROOT))
        {
            case "master" -> ServerStatus.bits(ServerStatus.MASTER, ServerStatus.RUNNING);
            case "slave" -> ServerStatus.bits(ServerStatus.SLAVE, ServerStatus.RUNNING);
            case "running" -> ServerStatus.RUNNING.bit();
            default -> throw new IllegalArgumentException("unknown role '" + role + "'");
        };
        return new ServerState(name, bits, role.equalsIgnoreCase("master") ? 0 : LAG_UNKNOWN, "", 0, false, "");
    }

    /** True when the bit is set. */
    public boolean has(final ServerStatus bit)
    {
        return (status & bit.bit()) != 0;
    }

    /** Running and not in maintenance: may be connected to. */
    public boolean isUsable()
    {
        return has(ServerStatus.RUNNING) && !has(ServerStatus.MAINT);
    }

    /** Usable and not draining: may take new sessions. */
    public boolean takesNewSessions()
    {
        return isUsable() && !has(ServerStatus.DRAINING);
    }

    /** A usable primary. */
    public boolean isMaster()
    {
        return isUsable() && has(ServerStatus.MASTER);
    }

    /** A usable replica. */
    public boolean isSlave()
    {
        return isUsable() && has(ServerStatus.SLAVE);
    }

    /** MaxScale's status text, e.g. {@code Slave, Running}. */
    public String statusText()
    {
        return ServerStatus.describe(status);
    }

    /** A copy with other status bits. */
    public ServerState withStatus(final int bits)
    {
        return new ServerState(name, bits, replicationLagSec, gtidPos, serverId, readOnly, replicatesFrom);
    }
}
