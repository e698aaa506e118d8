package io.sluice.core.service;

import io.sluice.core.worker.Worker;

import java.nio.channels.SocketChannel;

/**
 * A configured service ({@code type=service}): what a listener hands each accepted client to.
 * Until routers are modules (issue 3) the only implementation is the TCP pass-through.
 */
public interface Service
{
    String name();

    /**
     * Starts a session for a freshly accepted client on the worker that will own it, calling
     * {@link Worker#sessionStarted} and, when it ends, {@link Worker#sessionEnded}. Worker thread.
     */
    void startSession(Worker worker, SocketChannel client);
}
