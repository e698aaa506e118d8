package io.sluice.api;

import java.util.function.Function;

/**
 * A filter module's entry point: create an instance for a {@code type=filter} section (MaxScale's
 * {@code createInstance}). A service lists its filters in {@code filters=a|b}; each session gets a
 * chain of {@link FilterSession}s in that order in front of the router session: a query passes
 * a, then b, then the router; a reply passes the router, then b, then a, then goes to the client.
 * Throwing from createInstance refuses the filter with the exception's message.
 */
public record FilterApi(Function<FilterContext, Filter> createInstance)
{
    public FilterApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
