package io.sluice.core.worker;

/**
 * Whether to rebalance, and between which workers (MaxScale's {@code MainWorker::balance_workers}):
 * when the busiest worker's average load exceeds the least busy one's by more than the threshold,
 * the busiest gives a session to the least busy. Ties go to the lower index. Allocation-free.
 */
public final class RebalanceDecision
{
    /** No move: the loads are within the threshold (or there is one worker). */
    public static final long NONE = -1;

    private RebalanceDecision()
    {
    }

    /**
     * @param loads            each worker's average load in percent, by worker index
     * @param thresholdPercent {@code rebalance_threshold}: the difference that must be exceeded
     * @return {@link #NONE}, or the busiest worker's index in the high 32 bits and the least busy
     *         one's in the low 32 ({@link #from}, {@link #to})
     */
    public static long decide(final double[] loads, final int thresholdPercent)
    {
        if (loads.length < 2)
        {
            return NONE;
        }
        int busiest = 0;
        int idlest = 0;
        for (int i = 1; i < loads.length; i++)
        {
            if (loads[i] > loads[busiest])
            {
                busiest = i;
            }
            if (loads[i] < loads[idlest])
            {
                idlest = i;
            }
        }
        if (busiest == idlest || loads[busiest] - loads[idlest] <= thresholdPercent)
        {
            return NONE;
        }
        return ((long)busiest << 32) | idlest;
    }

    /** The worker that gives a session, of a decision other than {@link #NONE}. */
    public static int from(final long decision)
    {
        return (int)(decision >>> 32);
    }

    /** The worker that receives it. */
    public static int to(final long decision)
    {
        return (int)decision;
    }
}
