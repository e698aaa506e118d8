package io.sluice.core.load;

/**
 * A worker's load over the last {@code rebalance_window} seconds (MaxScale's {@code AverageN}): a
 * ring of that many 1-second samples and their running sum. Before the ring is full, the average
 * covers the samples there are.
 *
 * <p>One writer (the rebalancer's sampler) calls {@link #add}; the average is published through a
 * volatile field, so any thread may read {@link #average()} without a lock. Allocation-free after
 * construction.
 */
public final class LoadWindow
{
    private final double[] samples;
    private int newest = -1;
    private int count;
    private double sum;
    private volatile double average;

    /** @param capacity the samples the window holds ({@code rebalance_window}), at least 1 */
    public LoadWindow(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("a load window holds at least 1 sample: " + capacity);
        }
        samples = new double[capacity];
    }

    /** A new sample (a load in percent), evicting the oldest once the window is full. Writer thread. */
    public void add(final double loadPercent)
    {
        // hot path: no allocation
        newest = newest + 1 == samples.length ? 0 : newest + 1;
        if (count == samples.length)
        {
            sum -= samples[newest];
        }
        else
        {
            count++;
        }
        samples[newest] = loadPercent;
        sum += loadPercent;
        // The running sum drifts by rounding over days; recompute it once per turn of the ring.
        if (newest == samples.length - 1)
        {
            double exact = 0;
            for (final double sample : samples)
            {
                exact += sample;
            }
            sum = exact;
        }
        average = sum / count;
    }

    /** The average of the samples held, 0 with none. Any thread. */
    public double average()
    {
        return average;
    }

    /** Samples held. Writer thread. */
    public int count()
    {
        return count;
    }

    /** The samples the window holds when full. */
    public int capacity()
    {
        return samples.length;
    }
}
