package io.sluice.core.admin;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON from maps, collections, strings, numbers, booleans and null (anything else as its
 * string). Enough for the admin API's answers; not a parser.
 */
public final class Json
{
    private Json()
    {
    }

    /** The value as JSON text. */
    public static String write(final Object value)
    {
        final StringBuilder out = new StringBuilder(256);
        append(out, value);
        return out.toString();
    }

    private static void append(final StringBuilder out, final Object value)
    {
        if (value == null)
        {
            out.append("null");
        }
        else if (value instanceof Map<?, ?> map)
        {
            out.append('{');
            boolean first = true;
            for (final Map.Entry<?, ?> e : map.entrySet())
            {
                if (!first)
                {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                append(out, e.getValue());
            }
            out.append('}');
        }
        else if (value instanceof Collection<?> list)
        {
            out.append('[');
            boolean first = true;
            for (final Object item : list)
            {
                if (!first)
                {
                    out.append(',');
                }
                first = false;
                append(out, item);
            }
            out.append(']');
        }
        else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short)
        {
            out.append(value);
        }
        else if (value instanceof Number n)
        {
            final double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d))
            {
                out.append("null");
            }
            else
            {
                out.append(n);
            }
        }
        else
        {
            string(out, value.toString());
        }
    }

    private static void string(final StringBuilder out, final String s)
    {
        out.append('"');
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            switch (c)
            {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default ->
                {
                    if (c < 0x20)
                    {
                        out.append(String.format("\\u%04x", (int)c));
                    }
                    else
                    {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
