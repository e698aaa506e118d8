package io.sluice.core.plugins;

import io.sluice.core.config.SectionValidator;

import io.sluice.core.config.ConfigException;
import io.sluice.core.config.IniSection;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ClusterSnapshot;
import io.sluice.api.ServiceContext;
import io.sluice.api.Target;

import java.util.List;
import java.util.Map;

/** A service with no parameters and no servers, for calling a router's createInstance in tests. */
record TestServiceContext(String name) implements ServiceContext
{
    @Override
    public Params params()
    {
        try
        {
            return SectionValidator.validate(SectionSpec.EMPTY, "test.cnf", new IniSection(name, 1, List.of()));
        }
        catch (final ConfigException e)
        {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Params globalParams()
    {
        return params();
    }

    @Override
    public List<Target> targets()
    {
        return List.of();
    }

    @Override
    public ClusterSnapshot cluster()
    {
        return new ClusterSnapshot(1, Map.of());
    }
}
