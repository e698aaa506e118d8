package io.sluice.core.config;

import io.sluice.api.config.Params;

/**
 * A {@code type=filter} section.
 *
 * @param name   section name
 * @param module {@code module}, a known filter module
 * @param params the validated section, including the module's own parameters
 */
public record FilterConfig(String name, String module, Params params)
{
    static FilterConfig from(Params p)
    {
        return new FilterConfig(p.section(), p.string("module"), p);
    }
}
