package io.sluice.api;

import java.io.IOException;
import java.util.Map;

/** A router instance, one per service. Shared by sessions on every worker: keep it thread-safe. */
public interface Router
{
    /**
     * Opens a router session for a new client, on the worker that owns the client. Throwing
     * closes the client's connection and logs the message.
     */
    RouterSession newSession(SessionContext session) throws IOException;

    /** Statistics and settings for the admin interface: values are strings, numbers, booleans, lists or maps. */
    Map<String, Object> diagnostics();

    /** The service is being removed: release what the instance holds. */
    default void destroy()
    {
    }
}
