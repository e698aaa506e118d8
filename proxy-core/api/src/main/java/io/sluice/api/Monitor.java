package io.sluice.api;

import java.util.Map;

/**
 * A running monitor instance (see {@link MonitorApi}). Every method is called on the monitor's
 * own thread, one at a time, so an instance needs no locking of its own.
 */
public interface Monitor
{
    /** Once, before the first tick: e.g. open connections. Throwing stops the monitor. */
    default void start()
    {
    }

    /**
     * One round: look at every server and {@link MonitorContext#publish publish} their states.
     * A tick that throws is logged and the next one runs on schedule.
     */
    void tick();

    /** Once, at the end: close connections. */
    default void stop()
    {
    }

    /** What an operator sees for this monitor (JSON-ready: maps, lists, strings, numbers, booleans). */
    Map<String, Object> diagnostics();

    /**
     * The commands an operator may call, by name (MaxScale: {@code maxctrl call command mariadbmon
     * switchover MyMonitor db2}). They run on the monitor's thread, between ticks.
     */
    default Map<String, MonitorCommand> commands()
    {
        return Map.of();
    }
}
