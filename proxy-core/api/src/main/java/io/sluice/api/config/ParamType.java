package io.sluice.api.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The type of a configuration parameter: how its text is checked and converted. Immutable.
 *
 * <p>Value syntax follows MaxScale:
 * <ul>
 *   <li>{@link #BOOL}: {@code true/false}, {@code yes/no}, {@code on/off}, {@code 1/0}, any case.</li>
 *   <li>{@link #DURATION}: a whole number with a unit {@code h}, {@code m} (or {@code min}), {@code s} or
 *       {@code ms}, e.g. {@code 10s}, {@code 500ms}; a bare number is refused.</li>
 *   <li>{@link #SIZE}: bytes, optionally suffixed {@code K M G T} (powers of 1000) or {@code Ki Mi Gi Ti}
 *       (powers of 1024), any case, e.g. {@code 64Ki}.</li>
 *   <li>{@link #LIST}: comma-separated, items trimmed, no empty items ({@code servers=db1, db2}).</li>
 *   <li>{@link #PORT}: 1..65535. {@link #integer(int, int)}: a whole number in a range.
 *       {@link #enumeration(String...)}: one of a fixed set of words, any case.</li>
 *   <li>{@link #STRING}, {@link #PASSWORD}: any text; a password is never echoed in messages.</li>
 * </ul>
 */
public final class ParamType
{
    /** The family of a type; {@link ParamType} adds the bounds or allowed values. */
    public enum Kind
    {
        STRING, PASSWORD, INT, BOOL, DURATION, SIZE, ENUM, LIST, PORT
    }

    /** Any text. */
    public static final ParamType STRING = new ParamType(Kind.STRING, 0, 0, false, List.of());
    /** Any text, kept out of messages and dumps. */
    public static final ParamType PASSWORD = new ParamType(Kind.PASSWORD, 0, 0, false, List.of());
    /** A boolean. */
    public static final ParamType BOOL = new ParamType(Kind.BOOL, 0, 0, false, List.of());
    /** A non-negative duration with a unit, stored in nanoseconds. */
    public static final ParamType DURATION = new ParamType(Kind.DURATION, 0, Long.MAX_VALUE, false, List.of());
    /** A non-negative size in bytes. */
    public static final ParamType SIZE = new ParamType(Kind.SIZE, 0, Long.MAX_VALUE, false, List.of());
    /** A comma-separated list of non-empty words. */
    public static final ParamType LIST = new ParamType(Kind.LIST, 0, 0, false, List.of());
    /** A TCP port, 1..65535. */
    public static final ParamType PORT = new ParamType(Kind.PORT, 1, 65535, false, List.of());

    private final Kind kind;
    private final long min;
    private final long max;
    private final boolean autoAllowed;
    private final List<String> allowed;

    private ParamType(Kind kind, long min, long max, boolean autoAllowed, List<String> allowed)
    {
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.autoAllowed = autoAllowed;
        this.allowed = List.copyOf(allowed);
    }

    /** A whole number in {@code [min, max]}. */
    public static ParamType integer(int min, int max)
    {
        checkRange(min, max);
        return new ParamType(Kind.INT, min, max, false, List.of());
    }

    /**
     * A whole number in {@code [min, max]} or the word {@code auto} (see {@link Params#isAuto(String)}),
     * like MaxScale's {@code threads}.
     */
    public static ParamType integerOrAuto(int min, int max)
    {
        checkRange(min, max);
        return new ParamType(Kind.INT, min, max, true, List.of());
    }

    /** A duration in {@code [min, max]}. */
    public static ParamType duration(Duration min, Duration max)
    {
        checkRange(min.toNanos(), max.toNanos());
        if (min.isNegative())
        {
            throw new IllegalArgumentException("negative minimum " + min);
        }
        return new ParamType(Kind.DURATION, min.toNanos(), max.toNanos(), false, List.of());
    }

    /** One of {@code allowed} (matched ignoring case; the value is the spelling given here). */
    public static ParamType enumeration(String... allowed)
    {
        if (allowed.length == 0)
        {
            throw new IllegalArgumentException("an enumeration needs at least one value");
        }
        return new ParamType(Kind.ENUM, 0, 0, false, List.of(allowed));
    }

    private static void checkRange(long min, long max)
    {
        if (min > max)
        {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    /** The family of this type. */
    public Kind kind()
    {
        return kind;
    }

    /** Smallest accepted value (INT, PORT, DURATION in ns); 0 for other kinds. */
    public long min()
    {
        return min;
    }

    /** Largest accepted value (INT, PORT, DURATION in ns, SIZE); 0 for STRING-like kinds. */
    public long max()
    {
        return max;
    }

    /** Whether the word {@code auto} is accepted (INT only). */
    public boolean autoAllowed()
    {
        return autoAllowed;
    }

    /** The allowed words of an ENUM, empty otherwise. */
    public List<String> allowed()
    {
        return allowed;
    }

    /**
     * Checks and converts a value: STRING, PASSWORD, ENUM give a {@code String}; INT and PORT an
     * {@code Integer} (or an internal marker for {@code auto}, see {@link Params#isAuto}); BOOL a {@code Boolean};
     * DURATION a
     * {@code Long} of nanoseconds; SIZE a {@code Long} of bytes; LIST an unmodifiable {@code List<String>}.
     *
     * @throws IllegalArgumentException when the text is not valid; the message says why (without the value)
     */
    public Object parse(String text)
    {
        Objects.requireNonNull(text, "text");
        switch (kind)
        {
            case STRING:
            case PASSWORD:
                return text;
            case BOOL:
                return Values.parseBool(text);
            case LIST:
                return Values.parseList(text);
            case SIZE:
                return Values.parseSize(text);
            case DURATION:
                return checkDuration(Values.parseDurationNs(text));
            case ENUM:
                return parseEnum(text);
            case PORT:
                return (int) checkRange(Values.parseLong(text, portExpectation()), portExpectation());
            case INT:
                if (autoAllowed && text.equalsIgnoreCase("auto"))
                {
                    return Params.AUTO;
                }
                return (int) checkRange(Values.parseLong(text, intExpectation()), intExpectation());
            default:
                throw new AssertionError(kind);
        }
    }

    private String portExpectation()
    {
        return "expected a port number between 1 and 65535";
    }

    private String intExpectation()
    {
        return (autoAllowed ? "expected 'auto' or an integer" : "expected an integer") + " between "
                + min + " and " + max;
    }

    private long checkRange(long value, String expectation)
    {
        if (value < min || value > max)
        {
            throw new IllegalArgumentException(expectation);
        }
        return value;
    }

    private long checkDuration(long ns)
    {
        if (ns < min || ns > max)
        {
            if (max == Long.MAX_VALUE)
            {
                throw new IllegalArgumentException("must be at least " + Values.formatDuration(min));
            }
            throw new IllegalArgumentException("must be between " + Values.formatDuration(min)
                    + " and " + Values.formatDuration(max));
        }
        return ns;
    }

    private String parseEnum(String text)
    {
        for (String a : allowed)
        {
            if (a.equalsIgnoreCase(text))
            {
                return a;
            }
        }
        throw new IllegalArgumentException("expected one of: " + String.join(", ", allowed)
                + NameSuggester.closest(text, allowed).map(s -> "; did you mean '" + s + "'?").orElse(""));
    }

    @Override
    public String toString()
    {
        switch (kind)
        {
            case INT:
                return (autoAllowed ? "auto|" : "") + "int[" + min + ".." + max + "]";
            case ENUM:
                return "enum" + allowed;
            default:
                return kind.name().toLowerCase(Locale.ROOT);
        }
    }
}
