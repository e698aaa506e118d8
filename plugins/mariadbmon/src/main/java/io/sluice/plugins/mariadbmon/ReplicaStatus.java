package io.sluice.plugins.mariadbmon;

/**
 * One replication connection of a server, one row of {@code SHOW ALL SLAVES STATUS}.
 *
 * @param connectionName      {@code Connection_name} (empty for the default connection)
 * @param masterHost          {@code Master_Host}
 * @param masterPort          {@code Master_Port}
 * @param ioState             {@code Slave_IO_Running}: {@code Yes}, {@code No} or {@code Connecting}
 * @param sqlRunning          {@code Slave_SQL_Running} is {@code Yes}
 * @param secondsBehindMaster {@code Seconds_Behind_Master}, -1 when NULL
 * @param gtidIoPos           {@code Gtid_IO_Pos}
 * @param usingGtid           {@code Using_Gtid}: {@code No}, {@code Slave_Pos} or {@code Current_Pos}
 * @param masterServerId      {@code Master_Server_Id}, 0 when unknown
 * @param lastIoError         {@code Last_IO_Error}
 * @param lastSqlError        {@code Last_SQL_Error}
 * @param connectRetry        {@code Connect_Retry} in seconds, -1 when not shown
 * @param masterSsl           {@code Master_SSL_Allowed} is {@code Yes}
 * @param receivedHeartbeats  {@code Slave_received_heartbeats}, -1 when not shown
 */
public record ReplicaStatus(String connectionName, String masterHost, int masterPort,
        String ioState, boolean sqlRunning,
    long secondsBehindMaster, String gtidIoPos, String usingGtid, long masterServerId, String lastIoError,
    String lastSqlError, int connectRetry, boolean masterSsl, long receivedHeartbeats)
{
    /** Both threads run: the IO thread is connected ({@code Yes}) and the SQL thread applies. */
    public boolean isReplicating()
    {
        return "Yes".equals(ioState) && sqlRunning;
    }

    /** The IO thread is connected. */
    public boolean ioRunning()
    {
        return "Yes".equals(ioState);
    }

    /** Either thread runs or tries to (a {@code STOP SLAVE} has not been issued for both). */
    public boolean isActive()
    {
        return !"No".equals(ioState) || sqlRunning;
    }

    /** Replicates by GTID ({@code Using_Gtid} is not {@code No}). */
    public boolean gtidMode()
    {
        return usingGtid != null && !usingGtid.equalsIgnoreCase("No");
    }
}
