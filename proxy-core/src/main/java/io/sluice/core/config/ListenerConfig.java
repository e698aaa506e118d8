package io.sluice.core.config;

import io.sluice.api.config.Params;

/**
 * A {@code type=listener} section.
 *
 * @param name     section name
 * @param service  the service named by {@code service}
 * @param address  {@code address} (default {@code ::}, all addresses)
 * @param port     {@code port}
 * @param protocol {@code protocol} (default {@code MariaDBProtocol})
 * @param params   the validated section
 */
public record ListenerConfig(String name, ServiceConfig service, String address, int port, String protocol,
                             Params params)
{
}
