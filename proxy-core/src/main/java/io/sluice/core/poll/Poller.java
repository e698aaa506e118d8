package io.sluice.core.poll;

import java.io.IOException;
import java.nio.channels.SelectableChannel;

/**
 * Readiness notification for the channels of one worker: epoll through JNA ({@link EpollPoller})
 * or a JDK {@link java.nio.channels.Selector} ({@link NioPoller}). Both are level-triggered and
 * behave the same; the shared contract test holds them to it.
 *
 * <p>A registration is named by a {@code long} token, {@code (generation << 32) | slot}: once a
 * registration is removed its token is dead, even if the slot is reused in the same event batch,
 * so a late event for a closed connection can never reach the connection that replaced it.
 *
 * <p>Threading: single owner. Only {@link #wakeup()} may be called from other threads.
 * Waiting and dispatching are two calls so the worker can time the wait alone (the load meter
 * counts time inside {@link #await} as idle).
 */
public interface Poller extends AutoCloseable
{
    /** Interest: tell me when the channel can be read (or accepted from). */
    int READ = 1;
    /** Interest: tell me when the channel can be written (or has finished connecting). */
    int WRITE = 2;

    /** Ready: read, accept, or read the end of stream / error. */
    int READABLE = 1;
    /** Ready: write, or finish a connect. */
    int WRITABLE = 2;
    /** The peer hung up (both directions, or a reset); reading will return end of stream. */
    int HANGUP = 4;
    /** The socket has an error pending; the next read or write reports it. */
    int ERROR = 8;

    /** {@code epoll} or {@code nio}. */
    String name();

    /** Registers a non-blocking channel. An interest of 0 is allowed (registered but silent). */
    long register(SelectableChannel channel, int interest, IoHandler handler) throws IOException;

    /** Changes the interest of a registration; free when unchanged. */
    void setInterest(long token, int interest) throws IOException;

    /** The current interest of a live registration. */
    int interest(long token);

    /** Removes a registration; its token is dead from now on. Call before closing the channel. */
    void deregister(long token);

    /**
     * Waits for readiness.
     *
     * @param timeoutMs 0 returns at once, a negative value waits until something happens
     * @return how many events are ready for {@link #dispatch(int)}
     */
    int await(int timeoutMs) throws IOException;

    /** Calls the handlers of the events the last {@link #await} returned. */
    void dispatch(int readyCount);

    /** Makes a blocked or the next {@link #await} return at once. Any thread. */
    void wakeup();

    /** Live registrations. */
    int registrations();

    @Override
    void close();
}
