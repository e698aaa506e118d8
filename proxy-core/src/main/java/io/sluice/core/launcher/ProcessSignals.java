package io.sluice.core.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGHUP as a request to reload the configuration, and SIGTERM and SIGINT as a request to stop
 * gracefully, rather than the JVM's default of running
 * shutdown hooks and exiting with 128 + signal. Uses {@code sun.misc.Signal} from the
 * {@code jdk.unsupported} module, which every JDK from 17 to 25 exports without flags.
 */
final class ProcessSignals
{
    private static final Logger LOG = LoggerFactory.getLogger(ProcessSignals.class);

    private ProcessSignals()
    {
    }

    /** SIGHUP: reload the configuration (MaxScale users know it from other daemons). */
    static void onHangup(final Runnable reload)
    {
        try
        {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal ->
            {
                LOG.info("SIGHUP received: reloading the configuration");
                reload.run();
            });
        }
        catch (final IllegalArgumentException e)
        {
            LOG.warn("cannot handle SIGHUP: {}", e.getMessage());
        }
    }

    static void onTermOrInt(final Runnable stop)
    {
        for (final String name : new String[] {"TERM", "INT"})
        {
            try
            {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal ->
                {
                    LOG.info("SIG{} received: shutting down", signal.getName());
                    stop.run();
                });
            }
            catch (final IllegalArgumentException e)
            {
                // The JVM keeps this signal (e.g. -Xrs): the shutdown hook still stops Sluice.
                LOG.warn("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }
}
