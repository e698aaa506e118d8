package io.sluice.core.module;

import java.util.function.Function;

/**
 * A monitor module's entry point. Provisional: the core does not run monitor modules yet (the protocol
 * and monitor issues define their contracts and may change this record, bumping the API version).
 * The loader already finds, checks and lists monitor modules.
 */
public record MonitorApi(Function<ServiceContext, Object> createInstance)
{
    public MonitorApi
    {
        if (createInstance == null)
        {
            throw new IllegalArgumentException("createInstance is required");
        }
    }
}
