package io.sluice.core.module;

import java.net.InetSocketAddress;

/** A server a service may route to ({@code type=server}). */
public record Target(String name, InetSocketAddress address)
{
}
