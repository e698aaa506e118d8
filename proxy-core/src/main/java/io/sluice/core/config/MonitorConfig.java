package io.sluice.core.config;

import io.sluice.api.config.Params;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A {@code type=monitor} section.
 *
 * @param name                  section name
 * @param module                {@code module}, a known monitor module
 * @param servers               {@code servers}, in declared order
 * @param user                  {@code user}
 * @param password              {@code password}
 * @param monitorInterval       {@code monitor_interval} (default 2s)
 * @param backendConnectTimeout {@code backend_connect_timeout} (default 3s)
 * @param backendReadTimeout    {@code backend_read_timeout} (default 3s)
 * @param backendWriteTimeout   {@code backend_write_timeout} (default 3s)
 * @param params                the validated section, including the module's own parameters
 */
public record MonitorConfig(String name, String module, List<ServerConfig> servers, Optional<String> user,
                            Optional<String> password, Duration monitorInterval, Duration backendConnectTimeout,
                            Duration backendReadTimeout, Duration backendWriteTimeout, Params params)
{
    public MonitorConfig
    {
        servers = List.copyOf(servers);
    }

    /** Masks the password. */
    @Override
    public String toString()
    {
        return "MonitorConfig[name=" + name + ", module=" + module + ", servers=" + servers.size()
                + ", user=" + user.orElse("") + ", monitorInterval=" + monitorInterval + "]";
    }
}
