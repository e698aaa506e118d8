package io.sluice.api;

import java.net.InetSocketAddress;

/**
 * A server a service may route to ({@code type=server}).
 *
 * @param role {@code running}, {@code master} or {@code slave}: the configured role, until a
 *             monitor publishes the servers' states
 */
public record Target(String name, InetSocketAddress address, String role)
{
    public Target(final String name, final InetSocketAddress address)
    {
        this(name, address, "running");
    }
}
