package io.sluice.api;

import java.util.Locale;

/** What a module is, which decides the type of its entry points. */
public enum ModuleType
{
    PROTOCOL(ProtocolApi.class),
    ROUTER(RouterApi.class),
    FILTER(FilterApi.class),
    MONITOR(MonitorApi.class),
    AUTHENTICATOR(AuthenticatorApi.class);

    private final Class<?> entryPointsType;

    ModuleType(final Class<?> entryPointsType)
    {
        this.entryPointsType = entryPointsType;
    }

    /** The record a module of this type gives as its entry points. */
    public Class<?> entryPointsType()
    {
        return entryPointsType;
    }

    @Override
    public String toString()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
