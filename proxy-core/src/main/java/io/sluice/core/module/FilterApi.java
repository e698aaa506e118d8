package io.sluice.core.module;

import java.util.function.Function;

/**
 * A filter module's entry point. Provisional: the core does not run filter modules yet (the protocol
 * and monitor issues define their contracts and may change this record, bumping the API version).
 * The loader already finds, checks and lists filter modules.
 */
public record FilterApi(Function<ServiceContext, Object> createInstance)
{
    public FilterApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
