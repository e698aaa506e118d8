package io.sluice.api;

import java.util.function.Function;

/**
 * A router's entry point: create an instance for a service (MaxScale's {@code createInstance}).
 * The instance opens sessions ({@link Router#newSession}); a session routes the client's bytes
 * ({@link RouterSession#routeQuery}), takes the servers' replies ({@link RouterSession#clientReply}),
 * and handles backend errors ({@link RouterSession#handleError}). Throwing from createInstance
 * refuses the service with the exception's message.
 */
public record RouterApi(Function<ServiceContext, Router> createInstance)
{
    public RouterApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
