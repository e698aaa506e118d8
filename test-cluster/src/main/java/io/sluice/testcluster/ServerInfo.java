package io.sluice.testcluster;

import java.nio.file.Path;

/**
 * One server of a {@link TestCluster}, as it is when asked: a stopped server has pid 0 and keeps
 * its port, which it gets again when started.
 *
 * @param name    {@code db1} (the primary), {@code db2}, {@code db3}
 * @param host    always {@code 127.0.0.1}
 * @param port    its TCP port
 * @param role    primary or replica
 * @param pid     the mariadbd process, 0 while stopped
 * @param dataDir its data directory
 * @param socket  its UNIX socket
 */
public record ServerInfo(String name, String host, int port, Role role, long pid, Path dataDir, Path socket)
{
    /** A server's role in the replication topology. */
    public enum Role
    {
        PRIMARY,
        REPLICA
    }

    /** Whether the server was running when this snapshot was taken. */
    public boolean running()
    {
        return pid > 0;
    }

    /** {@code host:port}. */
    public String address()
    {
        return host + ":" + port;
    }
}
