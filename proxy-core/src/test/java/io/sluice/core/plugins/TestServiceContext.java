package io.sluice.core.plugins;

import io.sluice.core.config.ConfigException;
import io.sluice.core.config.IniSection;
import io.sluice.core.config.Params;
import io.sluice.core.config.SectionSpec;
import io.sluice.core.module.ClusterSnapshot;
import io.sluice.core.module.ServiceContext;
import io.sluice.core.module.Target;

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
            return SectionSpec.EMPTY.validate("test.cnf", new IniSection(name, 1, List.of()));
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
