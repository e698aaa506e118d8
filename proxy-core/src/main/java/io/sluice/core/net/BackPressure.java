package io.sluice.core.net;

/**
 * MaxScale's write-queue marks: {@code writeq_high_water} and {@code writeq_low_water}. When the
 * bytes queued for a socket pass the high mark, reading from the side that feeds it stops; it
 * resumes when the queue has drained to the low mark.
 */
public record BackPressure(long highWaterBytes, long lowWaterBytes)
{
    /** MaxScale's defaults in code: 64 KiB and 1 KiB. */
    public static final BackPressure DEFAULT = new BackPressure(65_536, 1_024);

    public BackPressure
    {
        if (lowWaterBytes < 0 || highWaterBytes <= lowWaterBytes)
        {
            throw new IllegalArgumentException("writeq_low_water (" + lowWaterBytes
                + ") must be below writeq_high_water (" + highWaterBytes + ")");
        }
    }
}
