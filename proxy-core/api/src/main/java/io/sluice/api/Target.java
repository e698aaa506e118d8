package io.sluice.api;

import java.net.InetSocketAddress;

/**
 * A server a service may route to ({@code type=server}).
 *
 * @param role {@code running}, {@code master} or {@code slave}: the configured role, until a
 *             monitor publishes the servers' states
 * @param tls  how to speak TLS to the server ({@code ssl=true}), or null: plain TCP. Added in API 2.3
 */
public record Target(String name, InetSocketAddress address, String role, TlsSettings tls)
{
    public Target(final String name, final InetSocketAddress address)
    {
        this(name, address, "running", null);
    }

    public Target(final String name, final InetSocketAddress address, final String role)
    {
        this(name, address, role, null);
    }
}
