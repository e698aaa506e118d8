package io.sluice.api.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of one configuration parameter: name, type, default, whether it is mandatory, and a
 * one-line description. Immutable; create with {@link #mandatory}, {@link #withDefault} or {@link #optional}.
 *
 * <pre>{@code
 * SectionSpec spec = SectionSpec.of(
 *     ParamSpec.mandatory("address", ParamType.STRING, "host name or IP of the server"),
 *     ParamSpec.withDefault("port", ParamType.PORT, "3306", "TCP port of the server"),
 *     ParamSpec.optional("protocol", ParamType.STRING, "protocol module (accepted for MaxScale compatibility)"));
 * }</pre>
 *
 * <p>Default values are written as the operator would write them ({@code "10s"}, {@code "64Ki"}) and are
 * checked against the type when the spec is created.
 */
public final class ParamSpec
{
    private final String name;
    private final ParamType type;
    private final String defaultValue;
    private final boolean mandatory;
    private final String description;

    private ParamSpec(String name, ParamType type, String defaultValue, boolean mandatory, String description)
    {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.mandatory = mandatory;
        this.description = Objects.requireNonNull(description, "description");
        if (name.isEmpty() || !name.equals(name.strip()) || name.contains("="))
        {
            throw new IllegalArgumentException("bad parameter name '" + name + "'");
        }
        if (defaultValue != null)
        {
            try
            {
                type.parse(defaultValue);
            }
            catch (IllegalArgumentException e)
            {
                throw new IllegalArgumentException("bad default '" + defaultValue + "' for '" + name + "': "
                        + e.getMessage(), e);
            }
        }
    }

    /** A parameter that must be set; a section without it is refused. */
    public static ParamSpec mandatory(String name, ParamType type, String description)
    {
        return new ParamSpec(name, type, null, true, description);
    }

    /** A parameter that takes {@code defaultValue} (operator syntax, e.g. {@code "10s"}) when not set. */
    public static ParamSpec withDefault(String name, ParamType type, String defaultValue, String description)
    {
        return new ParamSpec(name, type, Objects.requireNonNull(defaultValue, "defaultValue"), false, description);
    }

    /** A parameter with no default: when not set, {@link Params#isSet} is false and the value is absent. */
    public static ParamSpec optional(String name, ParamType type, String description)
    {
        return new ParamSpec(name, type, null, false, description);
    }

    /** The parameter name as written in the configuration file. */
    public String name()
    {
        return name;
    }

    /** How the value is checked and converted. */
    public ParamType type()
    {
        return type;
    }

    /** The default in operator syntax, if any (never present for a mandatory parameter). */
    public Optional<String> defaultValue()
    {
        return Optional.ofNullable(defaultValue);
    }

    /** Whether a section must set this parameter. */
    public boolean mandatory()
    {
        return mandatory;
    }

    /** One-line human description, for documentation and admin output. */
    public String description()
    {
        return description;
    }

    @Override
    public String toString()
    {
        return name + " (" + type
                + (mandatory ? ", mandatory" : defaultValue != null ? ", default " + defaultValue : "") + ")";
    }
}
