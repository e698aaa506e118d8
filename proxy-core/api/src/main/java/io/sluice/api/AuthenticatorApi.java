package io.sluice.api;

import java.util.function.Function;

/**
 * A authenticator module's entry point. Provisional: the core does not run authenticator modules yet (the protocol
 * and monitor issues define their contracts and may change this record, bumping the API version).
 * The loader already finds, checks and lists authenticator modules.
 */
public record AuthenticatorApi(Function<ServiceContext, Object> createInstance)
{
    public AuthenticatorApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
