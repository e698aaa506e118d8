package io.sluice.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters a section accepts. Immutable. {@link #validate} turns an {@link IniSection} into
 * {@link Params}, refusing unknown names and bad values with the line of the entry, applying defaults, and
 * reporting missing mandatory parameters at the section header line.
 *
 * <p>A plugin declares its own parameters as a SectionSpec; the loader {@link #merge merges} it with the
 * core parameters of the section type (e.g. {@code router}, {@code servers} for a service).
 */
public final class SectionSpec {

    /** A spec with no parameters. */
    public static final SectionSpec EMPTY = new SectionSpec(new LinkedHashMap<>());

    private final Map<String, ParamSpec> params;

    private SectionSpec(LinkedHashMap<String, ParamSpec> params) {
        this.params = params;
    }

    /** A spec of these parameters, in this order. @throws IllegalArgumentException on a repeated name */
    public static SectionSpec of(ParamSpec... params) {
        return of(List.of(params));
    }

    /** A spec of these parameters, in this order. @throws IllegalArgumentException on a repeated name */
    public static SectionSpec of(List<ParamSpec> params) {
        LinkedHashMap<String, ParamSpec> map = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            if (map.put(p.name(), p) != null) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' declared twice");
            }
        }
        return new SectionSpec(map);
    }

    /** This spec's parameters followed by {@code other}'s. @throws IllegalArgumentException if both declare a name */
    public SectionSpec merge(SectionSpec other) {
        List<ParamSpec> all = new ArrayList<>(params.values());
        all.addAll(other.params.values());
        return of(all);
    }

    /** The parameters in declaration order. */
    public List<ParamSpec> params() {
        return List.copyOf(params.values());
    }

    /** The parameter with this name, if declared. */
    public Optional<ParamSpec> find(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /**
     * Checks a section against this spec.
     *
     * <p>Entries are checked in file order (the first unknown name or bad value is reported), then missing
     * mandatory parameters are reported at the header line: checking entries first means a misspelt
     * mandatory name is reported with a "did you mean" hint rather than as missing.
     *
     * @param file the file name for error messages
     * @throws ConfigException on the first problem
     */
    public Params validate(String file, IniSection section) throws ConfigException {
        Params.Builder b = new Params.Builder(file, section.name(), section.line());
        for (IniEntry e : section.entries()) {
            ParamSpec spec = params.get(e.key());
            if (spec == null) {
                throw new ConfigException(file, e.line(), "unknown parameter '" + e.key() + "' in section ["
                        + section.name() + "]" + NameSuggester.hint(e.key(), params.keySet()));
            }
            Object value;
            try {
                value = spec.type().parse(e.value());
            } catch (IllegalArgumentException ex) {
                String shown = spec.type().kind() == ParamType.Kind.PASSWORD ? "*****" : e.value();
                throw new ConfigException(file, e.line(),
                        "invalid value '" + shown + "' for '" + e.key() + "': " + ex.getMessage());
            }
            b.set(spec, e.value(), value, e.line());
        }
        List<String> missing = new ArrayList<>();
        for (ParamSpec spec : params.values()) {
            if (spec.mandatory() && section.entry(spec.name()).isEmpty()) {
                missing.add("'" + spec.name() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new ConfigException(file, section.line(), "missing mandatory parameter"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " in section [" + section.name() + "]");
        }
        for (ParamSpec spec : params.values()) {
            if (section.entry(spec.name()).isEmpty()) {
                b.unset(spec);
            }
        }
        return b.build(params.values());
    }

    @Override
    public String toString() {
        return "SectionSpec" + params.values();
    }
}
