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
 * @param usingGtid           {@code Using_Gtid} is not {@code No}
 * @param masterServerId      {@code Master_Server_Id}, 0 when unknown
 * @param lastIoError         {@code Last_IO_Error}
 * @param lastSqlError        {@code Last_SQL_Error}
 */
public record ReplicaStatus(String connectionName, String masterHost, int masterPort, String ioState, boolean sqlRunning,
    long secondsBehindMaster, String gtidIoPos, boolean usingGtid, long masterServerId, String lastIoError,
    String lastSqlError)
{
    /** Both threads run: the IO thread is connected ({@code Yes}) and the SQL thread applies. */
    public boolean isReplicating()
    {
        return "Yes".equals(ioState) && sqlRunning;
    }
}
