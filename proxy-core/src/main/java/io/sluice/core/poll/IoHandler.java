package io.sluice.core.poll;

/**
 * Called by a {@link Poller} on its owning worker thread when a registered channel is ready.
 * A handler must make progress on what it is told (read on {@link Poller#READABLE}, write on
 * {@link Poller#WRITABLE}), or change its interest: pollers are level-triggered.
 */
@FunctionalInterface
public interface IoHandler
{
    /**
     * @param readyFlags a combination of {@link Poller#READABLE}, {@link Poller#WRITABLE},
     *                   {@link Poller#HANGUP} and {@link Poller#ERROR}
     */
    void onReady(int readyFlags);
}
