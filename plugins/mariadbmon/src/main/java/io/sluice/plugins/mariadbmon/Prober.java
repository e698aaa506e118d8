package io.sluice.plugins.mariadbmon;

import io.sluice.protocol.mysql.admin.AdminClient;
import io.sluice.protocol.mysql.admin.ServerErrorException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Probes one server over the monitor's connection: its identity, {@code read_only}, GTID positions
 * and binary log settings in one query, then {@code SHOW ALL SLAVES STATUS} (MaxScale's
 * mariadbmon reads the same).
 */
final class Prober
{
    /** MariaDB's "Access denied for user" at login. */
    static final int ER_ACCESS_DENIED = 1045;

    static final String VARIABLES_SQL = "SELECT @@server_id, @@read_only, @@gtid_current_pos, @@gtid_binlog_pos, "
        + "@@log_bin, @@log_slave_updates, @@version";
    static final String SLAVES_SQL = "SHOW ALL SLAVES STATUS";

    private Prober()
    {
    }

    /**
     * One probe. Never throws: a server that cannot be reached, refuses the login or fails the
     * queries is described by the probe ({@link ServerProbe#reachable()}, {@link ServerProbe#authError()},
     * {@link ServerProbe#error()}).
     */
    static ServerProbe probe(final ServerConnection connection)
    {
        // A connection the server closed while idle (wait_timeout, a KILL, a restart) fails its first
        // query: try again at once over a new one, as MaxScale does, rather than report a running
        // server Down for a tick.
        final boolean wasOpen = connection.connectionId() >= 0;
        final ServerProbe first = probeOnce(connection);
        if (first.reachable() || first.authError() || !wasOpen)
        {
            return first;
        }
        return probeOnce(connection);
    }

    private static ServerProbe probeOnce(final ServerConnection connection)
    {
        final String name = connection.name();
        try
        {
            connection.client();
        }
        catch (final ServerErrorException e)
        {
            return ServerProbe.down(name, e.code() == ER_ACCESS_DENIED, e.getMessage(), System.nanoTime());
        }
        catch (final IOException | RuntimeException e)
        {
            return ServerProbe.down(name, false, describe(e), System.nanoTime());
        }
        final List<String> row;
        try
        {
            final List<List<String>> rows = connection.query(VARIABLES_SQL);
            if (rows.size() != 1 || rows.get(0).size() != 7)
            {
                return partial(name, "unexpected answer to " + VARIABLES_SQL + ": " + rows);
            }
            row = rows.get(0);
        }
        catch (final ServerErrorException e)
        {
            return partial(name, VARIABLES_SQL + " failed: " + e.getMessage());
        }
        catch (final IOException | RuntimeException e)
        {
            return ServerProbe.down(name, false, describe(e), System.nanoTime());
        }
        final List<ReplicaStatus> replication;
        try
        {
            replication = replicaStatus(connection.queryWithColumns(SLAVES_SQL));
        }
        catch (final ServerErrorException e)
        {
            return partial(name, SLAVES_SQL + " failed: " + e.getMessage());
        }
        catch (final IOException | RuntimeException e)
        {
            return ServerProbe.down(name, false, describe(e), System.nanoTime());
        }
        return new ServerProbe(name, true, false, "", parseLong(row.get(0), 0), isOn(row.get(1)),
                nullToEmpty(row.get(2)),
            nullToEmpty(row.get(3)), isOn(row.get(4)), isOn(row.get(5)), nullToEmpty(row.get(6)), replication,
            System.nanoTime());
    }

    /** Reached and logged in, but a query failed (e.g. a missing privilege): running, roles unknown. */
    private static ServerProbe partial(final String name, final String error)
    {
        return new ServerProbe(name, true, false, error, 0, false, "", "", false, false, "",
                List.of(), System.nanoTime());
    }

    /** The rows of {@code SHOW ALL SLAVES STATUS}, read by column name. */
    static List<ReplicaStatus> replicaStatus(final AdminClient.ResultSet rs)
    {
        final List<ReplicaStatus> out = new ArrayList<>(rs.rows().size());
        for (final List<String> row : rs.rows())
        {
            out.add(new ReplicaStatus(
                text(rs, row, "Connection_name"),
                text(rs, row, "Master_Host"),
                (int)number(rs, row, "Master_Port", 0),
                text(rs, row, "Slave_IO_Running"),
                "Yes".equals(text(rs, row, "Slave_SQL_Running")),
                number(rs, row, "Seconds_Behind_Master", -1),
                text(rs, row, "Gtid_IO_Pos"),
                text(rs, row, "Using_Gtid"),
                number(rs, row, "Master_Server_Id", 0),
                text(rs, row, "Last_IO_Error"),
                text(rs, row, "Last_SQL_Error"),
                (int)number(rs, row, "Connect_Retry", -1),
                "Yes".equalsIgnoreCase(text(rs, row, "Master_SSL_Allowed")),
                number(rs, row, "Slave_received_heartbeats", -1)));
        }
        return out;
    }

    private static String text(final AdminClient.ResultSet rs, final List<String> row, final String column)
    {
        final int i = rs.columns().indexOf(column);
        return i < 0 || row.get(i) == null ? "" : row.get(i);
    }

    private static long number(final AdminClient.ResultSet rs, final List<String> row, final String column,
        final long missing)
    {
        final int i = rs.columns().indexOf(column);
        return i < 0 ? missing : parseLong(row.get(i), missing);
    }

    private static long parseLong(final String text, final long missing)
    {
        if (text == null || text.isEmpty())
        {
            return missing;
        }
        try
        {
            return Long.parseLong(text.trim());
        }
        catch (final NumberFormatException e)
        {
            return missing;
        }
    }

    private static boolean isOn(final String value)
    {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("ON"));
    }

    private static String nullToEmpty(final String value)
    {
        return value == null ? "" : value;
    }

    static String describe(final Throwable e)
    {
        final String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
