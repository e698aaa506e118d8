package io.sluice.core.net;

import io.sluice.core.worker.Worker;

import java.nio.channels.SocketChannel;

/**
 * Where a {@link Listener} hands each accepted client: a service's entry for the listener's protocol
 * (built in {@code core.session}), which starts a session on the worker that will own it.
 */
public interface ClientHandoff
{
    /** The service's name, for logs. */
    String name();

    /**
     * Starts a session for a freshly accepted client on the worker that will own it, calling
     * {@link Worker#sessionStarted} and, when it ends, {@link Worker#sessionEnded}. Worker thread.
     */
    void startSession(Worker worker, SocketChannel client);
}
