package io.sluice.core.config;

import io.sluice.api.config.Params;
import java.util.List;
import java.util.Optional;

/**
 * A {@code type=service} section.
 *
 * @param name     section name
 * @param router   {@code router}, a known router module
 * @param servers  {@code servers}, in declared order
 * @param user     {@code user}
 * @param password {@code password}
 * @param filters  {@code filters}, in declared (chain) order
 * @param params   the validated section, including the router's own parameters
 */
public record ServiceConfig(String name, String router, List<ServerConfig> servers, Optional<String> user,
                            Optional<String> password, List<FilterConfig> filters, Params params)
{
    public ServiceConfig
    {
        servers = List.copyOf(servers);
        filters = List.copyOf(filters);
    }

    /** Masks the password. */
    @Override
    public String toString()
    {
        return "ServiceConfig[name=" + name + ", router=" + router + ", servers=" + servers.size()
                + ", user=" + user.orElse("") + ", filters=" + filters.size() + "]";
    }
}
