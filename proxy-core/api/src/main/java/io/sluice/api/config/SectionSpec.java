package io.sluice.api.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters a section accepts. Immutable. The core checks each configuration section against its
 * spec and turns it into {@link Params}, refusing unknown names and bad values with the line of the
 * entry, applying defaults, and reporting missing mandatory parameters at the section header line.
 *
 * <p>A plugin declares its own parameters as a SectionSpec; the loader {@link #merge merges} it with the
 * core parameters of the section type (e.g. {@code router}, {@code servers} for a service).
 */
public final class SectionSpec
{
    /** A spec with no parameters. */
    public static final SectionSpec EMPTY = new SectionSpec(new LinkedHashMap<>());

    private final Map<String, ParamSpec> params;

    private SectionSpec(LinkedHashMap<String, ParamSpec> params)
    {
        this.params = params;
    }

    /** A spec of these parameters, in this order. @throws IllegalArgumentException on a repeated name */
    public static SectionSpec of(ParamSpec... params)
    {
        return of(List.of(params));
    }

    /** A spec of these parameters, in this order. @throws IllegalArgumentException on a repeated name */
    public static SectionSpec of(List<ParamSpec> params)
    {
        LinkedHashMap<String, ParamSpec> map = new LinkedHashMap<>();
        for (ParamSpec p : params)
        {
            if (map.put(p.name(), p) != null)
            {
                throw new IllegalArgumentException("parameter '" + p.name() + "' declared twice");
            }
        }
        return new SectionSpec(map);
    }

    /** This spec's parameters followed by {@code other}'s. @throws IllegalArgumentException if both declare a name */
    public SectionSpec merge(SectionSpec other)
    {
        List<ParamSpec> all = new ArrayList<>(params.values());
        all.addAll(other.params.values());
        return of(all);
    }

    /** The parameters in declaration order. */
    public List<ParamSpec> params()
    {
        return List.copyOf(params.values());
    }

    /** The parameter with this name, if declared. */
    public Optional<ParamSpec> find(String name)
    {
        return Optional.ofNullable(params.get(name));
    }

    @Override
    public String toString()
    {
        return "SectionSpec" + params.values();
    }
}
