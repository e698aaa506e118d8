package io.sluice.core.config;

import io.sluice.api.config.NameSuggester;
import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks a configuration section against a {@link SectionSpec} and turns it into {@link Params}.
 *
 * <p>Entries are checked in file order (the first unknown name or bad value is reported), then missing
 * mandatory parameters are reported at the header line: checking entries first means a misspelt
 * mandatory name is reported with a "did you mean" hint rather than as missing.
 */
public final class SectionValidator
{
    private static final Logger LOG = LoggerFactory.getLogger(SectionValidator.class);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");

    private SectionValidator()
    {
    }

    /**
     * The section's values by the spec, defaults applied.
     *
     * @param file the file name for error messages
     * @throws ConfigException on the first problem, with the file and line
     */
    public static Params validate(final SectionSpec spec, final String file, final IniSection section)
        throws ConfigException
    {
        return validate(spec, file, section, Set.of(), LOG::warn);
    }

    /**
     * The section's values by the spec, defaults applied, for a configuration that may have been written for
     * MaxScale: a parameter of {@code maxscaleNames} that the spec lacks is refused as "not supported yet"
     * (not as misspelt), and a duration written as a bare number takes MaxScale's unit for it, with MaxScale's
     * deprecation warning passed to {@code warnings} as {@code file:line: warning: ...}.
     *
     * @throws ConfigException on the first problem, with the file and line
     */
    public static Params validate(final SectionSpec spec, final String file, final IniSection section,
        final Set<String> maxscaleNames, final Consumer<String> warnings) throws ConfigException
    {
        final Params.Builder b = new Params.Builder(file, section.name(), section.line());
        for (final IniEntry e : section.entries())
        {
            final ParamSpec param = spec.find(e.key()).orElse(null);
            if (param == null && maxscaleNames.contains(e.key()))
            {
                throw new ConfigException(file, e.line(), "parameter '" + e.key() + "' in section [" + section.name()
                    + "] is MaxScale's but not supported yet by Sluice");
            }
            if (param == null)
            {
                throw new ConfigException(file, e.line(), "unknown parameter '" + e.key() + "' in section ["
                    + section.name() + "]" + NameSuggester.hint(e.key(), names(spec)));
            }
            String text = e.value();
            if (param.type().kind() == ParamType.Kind.DURATION && BARE_NUMBER.matcher(text).matches())
            {
                final String unit = MaxScaleCompat.bareDurationUnit(param.name());
                if (unit != null)
                {
                    warnings.accept(file + ":" + e.line() + ": warning: duration " + e.key() + "=" + text
                        + " has no unit; taken as " + text + unit + " as MaxScale does. Durations without a unit are"
                        + " deprecated: write " + e.key() + "=" + text + unit);
                    text = text + unit;
                }
            }
            final Object value;
            try
            {
                value = param.type().parse(text);
            }
            catch (final IllegalArgumentException ex)
            {
                final String shown = param.type().kind() == ParamType.Kind.PASSWORD ? "*****" : e.value();
                throw new ConfigException(file, e.line(),
                    "invalid value '" + shown + "' for '" + e.key() + "': " + ex.getMessage());
            }
            b.set(param, text, value, e.line());
        }
        final List<String> missing = new ArrayList<>();
        for (final ParamSpec param : spec.params())
        {
            if (param.mandatory() && section.entry(param.name()).isEmpty())
            {
                missing.add("'" + param.name() + "'");
            }
        }
        if (!missing.isEmpty())
        {
            throw new ConfigException(file, section.line(), "missing mandatory parameter"
                + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " in section ["
                + section.name() + "]");
        }
        for (final ParamSpec param : spec.params())
        {
            if (section.entry(param.name()).isEmpty())
            {
                b.unset(param);
            }
        }
        return b.build(spec.params());
    }

    private static List<String> names(final SectionSpec spec)
    {
        final List<String> names = new ArrayList<>();
        for (final ParamSpec param : spec.params())
        {
            names.add(param.name());
        }
        return names;
    }
}
