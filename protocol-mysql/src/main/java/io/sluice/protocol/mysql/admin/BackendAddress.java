package io.sluice.protocol.mysql.admin;

import io.sluice.api.Target;
import io.sluice.api.TlsSettings;

/**
 * Where a server listens, with the name it has in the configuration (for log lines).
 *
 * @param name the server's section name
 * @param host host name or IP address
 * @param port TCP port
 * @param tls  TLS to the server ({@code ssl=true}), or null
 */
public record BackendAddress(String name, String host, int port, TlsSettings tls)
{
    /** Plain TCP. */
    public BackendAddress(final String name, final String host, final int port)
    {
        this(name, host, port, null);
    }

    /** A server of the configuration, with its TLS settings. */
    public static BackendAddress of(final Target target)
    {
        return new BackendAddress(target.name(), target.address().getHostString(), target.address().getPort(),
            target.tls());
    }

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
