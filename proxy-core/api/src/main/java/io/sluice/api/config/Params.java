package io.sluice.api.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The validated parameters of one section, produced by {@link SectionSpec#validate}. Immutable.
 *
 * <p>Every parameter declared in the spec is present: set in the file, defaulted, or (for
 * {@link ParamSpec#optional optional} ones) absent. Accessors take the parameter name and throw
 * {@link IllegalArgumentException} for a name the spec does not declare or a type mismatch (a programming
 * error), and {@link NoSuchElementException} for an optional parameter that has no value; use
 * {@link #isSet} or the {@code optional*} accessors for those.
 *
 * <p>{@link #file()} and {@link #line(String)} let later stages report their own errors as
 * an error naming {@code params.file()} and {@code params.line("x")}.
 */
public final class Params
{
    /** The value of an {@link ParamType#integerOrAuto integerOrAuto} parameter set to {@code auto}. */
    static final Object AUTO = new Object()
    {
        @Override
        public String toString()
        {
            return "auto";
        }
    };

    /** One parameter: its spec, text as written (or default text), converted value, line, and whether set. */
    private record Value(ParamSpec spec, String text, Object value, int line, boolean set)
    {
    }

    private final String file;
    private final String section;
    private final int sectionLine;
    private final Map<String, Value> values;

    private Params(String file, String section, int sectionLine, Map<String, Value> values)
    {
        this.file = file;
        this.section = section;
        this.sectionLine = sectionLine;
        this.values = values;
    }

    /** Collects a section's values; the core's configuration loader uses it, modules never need it. */
    public static final class Builder
    {
        private final String file;
        private final String section;
        private final int sectionLine;
        private final Map<String, Value> values = new LinkedHashMap<>();

        public Builder(String file, String section, int sectionLine)
        {
            this.file = file;
            this.section = section;
            this.sectionLine = sectionLine;
        }

        public void set(ParamSpec spec, String text, Object value, int line)
        {
            values.put(spec.name(), new Value(spec, text, value, line, true));
        }

        public void unset(ParamSpec spec)
        {
            String text = spec.defaultValue().orElse(null);
            Object value = text == null ? null : spec.type().parse(text);
            values.put(spec.name(), new Value(spec, text, value, sectionLine, false));
        }

        /** The parameters in {@code order} (the spec's declaration order). */
        public Params build(Iterable<ParamSpec> order)
        {
            Map<String, Value> ordered = new LinkedHashMap<>();
            for (ParamSpec spec : order)
            {
                ordered.put(spec.name(), values.get(spec.name()));
            }
            return new Params(file, section, sectionLine, ordered);
        }
    }

    /** The configuration file name. */
    public String file()
    {
        return file;
    }

    /** The section name (without brackets). */
    public String section()
    {
        return section;
    }

    /** The line of the section header (0 for a section absent from the file). */
    public int sectionLine()
    {
        return sectionLine;
    }

    /** The declared parameter names, in spec order. */
    public List<String> names()
    {
        return new ArrayList<>(values.keySet());
    }

    /** The declaration of a parameter. */
    public ParamSpec spec(String name)
    {
        return get(name).spec();
    }

    /** Whether the parameter was written in the file (false when defaulted or absent). */
    public boolean isSet(String name)
    {
        return get(name).set();
    }

    /** Whether the parameter has a value, from the file or a default. */
    public boolean hasValue(String name)
    {
        return get(name).value() != null;
    }

    /** The line of the entry, or of the section header when the value was not written in the file. */
    public int line(String name)
    {
        return get(name).line();
    }

    /** The value as written (or the default text); absent when the parameter has no value. */
    public Optional<String> text(String name)
    {
        return Optional.ofNullable(get(name).text());
    }

    /** A STRING, PASSWORD or ENUM value. */
    public String string(String name)
    {
        return (String) value(name, ParamType.Kind.STRING, ParamType.Kind.PASSWORD, ParamType.Kind.ENUM);
    }

    /** A STRING, PASSWORD or ENUM value, absent when unset without default. */
    public Optional<String> optionalString(String name)
    {
        return hasValue(name) ? Optional.of(string(name)) : Optional.empty();
    }

    /**
     * An INT or PORT value. For an {@code integerOrAuto} parameter set to {@code auto}, check {@link #isAuto} first.
     */
    public int integer(String name)
    {
        Object v = value(name, ParamType.Kind.INT, ParamType.Kind.PORT);
        if (v == AUTO)
        {
            throw new IllegalStateException("'" + name + "' in [" + section + "] is 'auto', not a number");
        }
        return (Integer) v;
    }

    /** Whether an {@code integerOrAuto} parameter has the value {@code auto}. */
    public boolean isAuto(String name)
    {
        return value(name, ParamType.Kind.INT, ParamType.Kind.PORT) == AUTO;
    }

    /** A BOOL value. */
    public boolean bool(String name)
    {
        return (Boolean) value(name, ParamType.Kind.BOOL);
    }

    /** A DURATION value in nanoseconds. */
    public long durationNs(String name)
    {
        return (Long) value(name, ParamType.Kind.DURATION);
    }

    /** A DURATION value in milliseconds (truncated). */
    public long durationMs(String name)
    {
        return durationNs(name) / 1_000_000L;
    }

    /** A DURATION value as a {@link java.time.Duration}. */
    public java.time.Duration duration(String name)
    {
        return java.time.Duration.ofNanos(durationNs(name));
    }

    /** A SIZE value in bytes. */
    public long sizeBytes(String name)
    {
        return (Long) value(name, ParamType.Kind.SIZE);
    }

    /** A LIST value; an unset list without default is empty. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name)
    {
        Value v = get(name);
        requireKind(v, ParamType.Kind.LIST);
        return v.value() == null ? List.of() : (List<String>) v.value();
    }

    /** An ENUM value, spelt as in the type's allowed values. */
    public String enumValue(String name)
    {
        return (String) value(name, ParamType.Kind.ENUM);
    }

    /** An ENUM value mapped to the Java enum constant of the same name (upper-cased, '-' as '_'). */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type)
    {
        return Enum.valueOf(type, enumValue(name).toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private Value get(String name)
    {
        Value v = values.get(name);
        if (v == null)
        {
            throw new IllegalArgumentException("parameter '" + name + "' is not declared for [" + section + "]");
        }
        return v;
    }

    private Object value(String name, ParamType.Kind... kinds)
    {
        Value v = get(name);
        requireKind(v, kinds);
        if (v.value() == null)
        {
            throw new NoSuchElementException("parameter '" + name + "' of [" + section
                    + "] is not set and has no default");
        }
        return v.value();
    }

    private static void requireKind(Value v, ParamType.Kind... kinds)
    {
        for (ParamType.Kind k : kinds)
        {
            if (v.spec().type().kind() == k)
            {
                return;
            }
        }
        throw new IllegalArgumentException("parameter '" + v.spec().name() + "' is of type " + v.spec().type());
    }

    /** Section name and the values as written; passwords are masked. */
    @Override
    public String toString()
    {
        StringBuilder b = new StringBuilder("[").append(section).append("]{");
        String sep = "";
        for (Value v : values.values())
        {
            if (v.text() == null)
            {
                continue;
            }
            boolean secret = v.spec().type().kind() == ParamType.Kind.PASSWORD;
            b.append(sep).append(v.spec().name()).append('=').append(secret ? "*****" : v.text());
            sep = ", ";
        }
        return b.append('}').toString();
    }
}
