package io.sluice.core.config;

import io.sluice.api.config.Params;
import io.sluice.core.poll.PollerKind;

import java.time.Duration;

/**
 * The global section ({@code [sluice]}, or MaxScale's {@code [maxscale]}); all defaults when absent.
 *
 * @param threadsSetting   configured worker count, or 0 for {@code auto} (see {@link #threads(int)})
 * @param loadPeriod       {@code load_period}
 * @param poller           {@code poller}
 * @param writeqHighWater  {@code writeq_high_water} in bytes
 * @param writeqLowWater   {@code writeq_low_water} in bytes, less than the high water mark
 * @param adminEnabled     {@code admin_enabled}
 * @param adminHost        {@code admin_host}
 * @param adminPort        {@code admin_port}
 * @param shutdownTimeout  {@code shutdown_timeout}
 * @param params           the validated section, for lines in later error reports
 */
public record GlobalConfig(int threadsSetting, Duration loadPeriod, PollerKind poller, long writeqHighWater,
                           long writeqLowWater, boolean adminEnabled, String adminHost, int adminPort,
                           Duration shutdownTimeout, Params params)
{
    static GlobalConfig from(Params p)
    {
        return new GlobalConfig(
                p.isAuto("threads") ? 0 : p.integer("threads"),
                p.duration("load_period"),
                p.enumValue("poller", PollerKind.class),
                p.sizeBytes("writeq_high_water"),
                p.sizeBytes("writeq_low_water"),
                p.bool("admin_enabled"),
                p.string("admin_host"),
                p.integer("admin_port"),
                p.duration("shutdown_timeout"),
                p);
    }

    /** Whether {@code threads=auto}. */
    public boolean threadsAuto()
    {
        return threadsSetting == 0;
    }

    /** The worker count: the configured number, or {@code availableCores} (at least 1) for {@code auto}. */
    public int threads(int availableCores)
    {
        return threadsSetting == 0 ? Math.max(1, availableCores) : threadsSetting;
    }
}
