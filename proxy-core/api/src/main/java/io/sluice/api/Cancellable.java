package io.sluice.api;

/** A scheduled task that has not run yet. */
@FunctionalInterface
public interface Cancellable
{
    /** The task will not run (if it has not already); calling this again does nothing. */
    void cancel();
}
