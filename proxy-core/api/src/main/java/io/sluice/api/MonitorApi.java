package io.sluice.api;

import java.util.function.Function;

/**
 * A monitor module's entry point: create an instance for a {@code type=monitor} section
 * (MaxScale's {@code createInstance}). The core runs each instance on a thread of its own:
 * {@link Monitor#start()}, then {@link Monitor#tick()} every {@code monitor_interval} (the first
 * tick completes before services start), operator {@link Monitor#commands() commands} between
 * ticks, and {@link Monitor#stop()} when the monitor is removed or Sluice stops. A monitor may
 * block its own thread (with timeouts) but never a worker's. Throwing from createInstance refuses
 * the monitor with the exception's message.
 */
public record MonitorApi(Function<MonitorContext, Monitor> createInstance)
{
    public MonitorApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
