package io.sluice.api;

import java.util.Map;

/**
 * A protocol instance for one service: it makes the client side of each session and the backend
 * side of each of the session's server connections, and owns what they share (the service's user
 * accounts, for a database protocol). Shared by every worker: keep it thread-safe.
 */
public interface Protocol
{
    /** The client side of a new session; it speaks first if its protocol wants (a server greeting). */
    ClientProtocol newClient(ClientContext context);

    /**
     * The backend side of a connection the session's router opened to a server. {@code client} is
     * the same session's client side, made by this instance, so the backend can log in as the
     * client's user.
     */
    BackendProtocol newBackend(BackendContext context, ClientProtocol client);

    /** Statistics and settings for the admin interface. */
    Map<String, Object> diagnostics();

    /** The service is going away: stop background work. */
    default void destroy()
    {
    }
}
