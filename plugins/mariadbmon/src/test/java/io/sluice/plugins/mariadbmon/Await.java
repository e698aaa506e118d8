package io.sluice.plugins.mariadbmon;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Polling with a deadline instead of fixed sleeps: the machine may be slow and shared. */
final class Await
{
    private Await()
    {
    }

    static void pause()
    {
        try
        {
            Thread.sleep(50);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds; fails with the description (evaluated at the end) otherwise. */
    static void until(final BooleanSupplier condition, final Duration timeout, final Supplier<String> description)
    {
        final long deadlineNs = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                fail("not within " + timeout.toMillis() + " ms: " + description.get());
            }
            pause();
        }
    }
}
