package io.sluice.core.load;

/**
 * A fixed ring of time slots, each holding how long a worker was busy and how long the slot lasted,
 * with running sums so that the load over the whole ring is one division.
 *
 * <p>The load over the ring is {@code 100 * sum(busyNs) / sum(lengthNs)}: every slot weighs by its
 * true length, so a late (longer) period counts for exactly the time it covered. While fewer slots
 * than the capacity have been filled, the ring covers what exists.
 *
 * <p>Owned by one thread (the worker that measures); it is never read by others directly, the
 * {@link WorkerLoad} publishes results. Hot path: no allocation after construction.
 */
final class LoadAverageRing
{
    private final long[] busyNs;
    private final long[] lengthNs;
    private int newest = -1;
    private int count;
    private long sumBusyNs;
    private long sumLengthNs;

    LoadAverageRing(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        busyNs = new long[capacity];
        lengthNs = new long[capacity];
    }

    /** Starts a new slot holding this value, evicting the oldest slot when the ring is full. */
    void add(final long busy, final long length)
    {
        newest = newest + 1 == busyNs.length ? 0 : newest + 1;
        if (count == busyNs.length)
        {
            sumBusyNs -= busyNs[newest];
            sumLengthNs -= lengthNs[newest];
        }
        else
        {
            count++;
        }
        busyNs[newest] = busy;
        lengthNs[newest] = length;
        sumBusyNs += busy;
        sumLengthNs += length;
    }

    /** Adds this value into the newest slot (a slot still in progress); starts one if the ring is empty. */
    void addToNewest(final long busy, final long length)
    {
        if (count == 0)
        {
            add(busy, length);
            return;
        }
        busyNs[newest] += busy;
        lengthNs[newest] += length;
        sumBusyNs += busy;
        sumLengthNs += length;
    }

    /** Load in percent over every slot held, 0 when empty. */
    double percent()
    {
        return sumLengthNs == 0 ? 0.0 : (100.0 * sumBusyNs) / sumLengthNs;
    }

    int count()
    {
        return count;
    }

    int capacity()
    {
        return busyNs.length;
    }
}
