package io.sluice.core.config;

import io.sluice.api.config.Params;
import java.util.Optional;

/**
 * A {@code type=server} section.
 *
 * @param name     section name
 * @param address  {@code address}
 * @param port     {@code port} (default 3306)
 * @param protocol {@code protocol}, accepted for MaxScale compatibility
 * @param params   the validated section
 */
public record ServerConfig(String name, String address, int port, Optional<String> protocol, Params params)
{
    static ServerConfig from(Params p)
    {
        return new ServerConfig(p.section(), p.string("address"), p.integer("port"), p.optionalString("protocol"), p);
    }
}
