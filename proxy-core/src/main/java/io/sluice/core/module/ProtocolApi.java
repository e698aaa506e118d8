package io.sluice.core.module;

import java.util.function.Function;

/**
 * A protocol module's entry point. Provisional: the core does not run protocol modules yet (the protocol
 * and monitor issues define their contracts and may change this record, bumping the API version).
 * The loader already finds, checks and lists protocol modules.
 */
public record ProtocolApi(Function<ServiceContext, Object> createInstance)
{
    public ProtocolApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
