package io.sluice.protocol.mysql.admin;

/**
 * Where a server listens, with the name it has in the configuration (for log lines).
 *
 * @param name the server's section name
 * @param host host name or IP address
 * @param port TCP port
 */
public record BackendAddress(String name, String host, int port)
{
    public BackendAddress
    {
        if (port < 1 || port > 65535)
        {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    @Override
    public String toString()
    {
        return name + " (" + host + ":" + port + ")";
    }
}
