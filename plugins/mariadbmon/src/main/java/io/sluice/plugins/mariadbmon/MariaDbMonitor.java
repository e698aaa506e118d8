package io.sluice.plugins.mariadbmon;

import io.sluice.core.module.Monitor;
import io.sluice.core.module.MonitorContext;

import java.util.Map;

/** Placeholder until the monitoring work lands (branch mon-base only; never merged as is). */
final class MariaDbMonitor implements Monitor
{
    MariaDbMonitor(final MonitorContext context)
    {
        throw new UnsupportedOperationException("mariadbmon is being written");
    }

    @Override
    public void tick()
    {
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        return Map.of();
    }
}
