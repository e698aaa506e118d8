package io.sluice.api;

import io.sluice.api.config.Params;

/** What the core tells a filter instance about its {@code type=filter} section. */
public interface FilterContext
{
    /** The filter's section name. */
    String name();

    /** The section's validated parameters, the module's own included. */
    Params params();

    /** The global section's parameters. */
    Params globalParams();
}
