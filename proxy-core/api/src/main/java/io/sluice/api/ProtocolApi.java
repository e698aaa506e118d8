package io.sluice.api;

import java.util.function.Function;

/**
 * A protocol module's entry point (MaxScale's {@code create_client_protocol},
 * {@code create_backend_protocol} and {@code create_user_data_manager}, gathered in one instance
 * per service): {@code createInstance} builds the {@link Protocol} of a service that a listener
 * with {@code protocol=<module>} feeds. Throwing refuses the listener with the exception's message.
 */
public record ProtocolApi(Function<ServiceContext, Protocol> createInstance)
{
    public ProtocolApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
