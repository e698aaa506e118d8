package io.sluice.core.plugins;

import java.util.function.IntConsumer;

/**
 * The worker threads that modules' per-worker hooks ({@code threadInit}, {@code threadFinish})
 * run on. The plugin loader gets them once the workers exist.
 */
public interface WorkerThreads
{
    /**
     * Runs the hook on every worker thread with that worker's index, and waits for all of them.
     *
     * @throws Exception the first hook's failure, or a timeout
     */
    void runOnEach(IntConsumer hook) throws Exception;

    /** True on a worker thread, where {@link #runOnEach} must not be called (it would wait for itself). */
    boolean isWorkerThread();
}
