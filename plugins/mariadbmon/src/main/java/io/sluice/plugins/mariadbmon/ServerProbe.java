package io.sluice.plugins.mariadbmon;

import java.util.List;

/**
 * What one tick learned about one server. Immutable.
 *
 * @param name            the server's section name
 * @param reachable       the monitor connected and its queries succeeded
 * @param authError       the server refused the monitor's credentials
 * @param error           why it is not reachable, empty otherwise
 * @param serverId        {@code @@server_id}
 * @param readOnly        {@code @@read_only}
 * @param gtidCurrentPos  {@code @@gtid_current_pos}
 * @param gtidBinlogPos   {@code @@gtid_binlog_pos}
 * @param logBin          {@code @@log_bin}
 * @param logSlaveUpdates {@code @@log_slave_updates}
 * @param version         {@code @@version}
 * @param replication     its replication connections ({@code SHOW ALL SLAVES STATUS}), empty if none
 * @param probedAtNs      {@code System.nanoTime()} when the probe ended
 */
public record ServerProbe(String name, boolean reachable, boolean authError, String error,
        long serverId, boolean readOnly,
    String gtidCurrentPos, String gtidBinlogPos, boolean logBin, boolean logSlaveUpdates, String version,
    List<ReplicaStatus> replication, long probedAtNs)
{
    public ServerProbe
    {
        replication = List.copyOf(replication);
    }

    /** A server that could not be probed. */
    public static ServerProbe down(final String name, final boolean authError, final String error, final long nowNs)
    {
        return new ServerProbe(name, false, authError, error, 0, false, "", "", false, false, "", List.of(), nowNs);
    }

    /** {@link #gtidCurrentPos()} parsed. */
    public GtidList currentPos()
    {
        return GtidList.parseLenient(gtidCurrentPos);
    }

    /** {@link #gtidBinlogPos()} parsed. */
    public GtidList binlogPos()
    {
        return GtidList.parseLenient(gtidBinlogPos);
    }

    /** The same probe with another read_only value (after the monitor changed it). */
    public ServerProbe withReadOnly(final boolean value)
    {
        return new ServerProbe(name, reachable, authError, error, serverId, value, gtidCurrentPos,
                gtidBinlogPos, logBin,
            logSlaveUpdates, version, replication, probedAtNs);
    }
}
