package io.sluice.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validated configuration, built by {@link ConfigLoader}. Maps are by section name, in file order.
 *
 * @param file      the configuration file name
 * @param global    the global parameters
 * @param servers   {@code type=server} sections
 * @param services  {@code type=service} sections
 * @param listeners {@code type=listener} sections
 * @param monitors  {@code type=monitor} sections
 * @param filters   {@code type=filter} sections
 */
public record SluiceConfig(String file, GlobalConfig global, Map<String, ServerConfig> servers,
                           Map<String, ServiceConfig> services, Map<String, ListenerConfig> listeners,
                           Map<String, MonitorConfig> monitors, Map<String, FilterConfig> filters)
{
    public SluiceConfig
    {
        servers = frozen(servers);
        services = frozen(services);
        listeners = frozen(listeners);
        monitors = frozen(monitors);
        filters = frozen(filters);
    }

    private static <V> Map<String, V> frozen(Map<String, V> map)
    {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
