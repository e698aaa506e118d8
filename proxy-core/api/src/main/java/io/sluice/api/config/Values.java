package io.sluice.api.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parsers and formatters for MaxScale's value syntax. Parsers throw {@link IllegalArgumentException}
 * whose message is the reason, phrased to follow {@code invalid value 'x' for 'name': }.
 */
final class Values
{
    static final String DURATION_HELP = "h, m, s or ms (e.g. 10s, 500ms)";
    static final String SIZE_HELP = "K, M, G, T (x1000) or Ki, Mi, Gi, Ti (x1024), e.g. 64Ki";

    private static final long NS_PER_MS = 1_000_000L;
    private static final long NS_PER_S = 1_000_000_000L;
    private static final long NS_PER_M = 60 * NS_PER_S;
    private static final long NS_PER_H = 60 * NS_PER_M;

    private Values()
    {
    }

    static boolean parseBool(String text)
    {
        switch (text.toLowerCase(Locale.ROOT))
        {
            case "true": case "yes": case "on": case "1":
                return true;
            case "false": case "no": case "off": case "0":
                return false;
            default:
                throw new IllegalArgumentException("expected a boolean: true/false, yes/no, on/off or 1/0");
        }
    }

    /** A duration with a mandatory unit, in nanoseconds. */
    static long parseDurationNs(String text)
    {
        if (text.startsWith("-"))
        {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
        int digits = countDigits(text);
        if (digits == 0 || digits == text.length())
        {
            throw new IllegalArgumentException("a duration needs a unit: " + DURATION_HELP);
        }
        String unit = text.substring(digits);
        if (unit.startsWith("."))
        {
            throw new IllegalArgumentException("a duration is a whole number with a unit; use a smaller unit (e.g. "
                    + "1500ms)");
        }
        long scale;
        switch (unit.toLowerCase(Locale.ROOT))
        {
            case "h": scale = NS_PER_H; break;
            case "m": case "min": scale = NS_PER_M; break;
            case "s": scale = NS_PER_S; break;
            case "ms": scale = NS_PER_MS; break;
            default:
                throw new IllegalArgumentException("unknown duration unit '" + unit + "': use " + DURATION_HELP);
        }
        try
        {
            return Math.multiplyExact(Long.parseLong(text.substring(0, digits)), scale);
        }
        catch (ArithmeticException | NumberFormatException e)
        {
            throw new IllegalArgumentException("duration too large");
        }
    }

    /** A size in bytes: plain, or with a K/M/G/T (x1000) or Ki/Mi/Gi/Ti (x1024) suffix. */
    static long parseSize(String text)
    {
        if (text.startsWith("-"))
        {
            throw new IllegalArgumentException("a size cannot be negative");
        }
        int digits = countDigits(text);
        if (digits == 0)
        {
            throw new IllegalArgumentException("a size is a whole number of bytes, optionally with a suffix "
                    + SIZE_HELP);
        }
        String suffix = text.substring(digits);
        long scale;
        switch (suffix.toLowerCase(Locale.ROOT))
        {
            case "": scale = 1L; break;
            case "k": scale = 1000L; break;
            case "m": scale = 1000L * 1000; break;
            case "g": scale = 1000L * 1000 * 1000; break;
            case "t": scale = 1000L * 1000 * 1000 * 1000; break;
            case "ki": scale = 1L << 10; break;
            case "mi": scale = 1L << 20; break;
            case "gi": scale = 1L << 30; break;
            case "ti": scale = 1L << 40; break;
            default:
                throw new IllegalArgumentException("unknown size suffix '" + suffix + "': use " + SIZE_HELP);
        }
        try
        {
            return Math.multiplyExact(Long.parseLong(text.substring(0, digits)), scale);
        }
        catch (ArithmeticException | NumberFormatException e)
        {
            throw new IllegalArgumentException("size too large");
        }
    }

    /** A whole number; the caller checks the range. */
    static long parseLong(String text, String expected)
    {
        try
        {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        }
        catch (NumberFormatException e)
        {
            throw new IllegalArgumentException(expected);
        }
    }

    /** Comma-separated items, trimmed; an empty value is an empty list, an empty item an error. */
    static List<String> parseList(String text)
    {
        List<String> items = new ArrayList<>();
        if (text.isBlank())
        {
            return List.of();
        }
        for (String item : text.split(",", -1))
        {
            String trimmed = item.strip();
            if (trimmed.isEmpty())
            {
                throw new IllegalArgumentException("empty item in comma-separated list");
            }
            items.add(trimmed);
        }
        return List.copyOf(items);
    }

    /** The shortest exact spelling of a duration, for messages (e.g. 100ms, 1h). */
    static String formatDuration(long ns)
    {
        if (ns != 0 && ns % NS_PER_H == 0)
        {
            return ns / NS_PER_H + "h";
        }
        if (ns != 0 && ns % NS_PER_M == 0)
        {
            return ns / NS_PER_M + "m";
        }
        if (ns % NS_PER_S == 0)
        {
            return ns / NS_PER_S + "s";
        }
        if (ns % NS_PER_MS == 0)
        {
            return ns / NS_PER_MS + "ms";
        }
        return ns + "ns";
    }

    private static int countDigits(String text)
    {
        int i = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9')
        {
            i++;
        }
        return i;
    }
}
