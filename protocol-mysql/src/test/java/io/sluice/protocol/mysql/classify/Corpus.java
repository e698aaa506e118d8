package io.sluice.protocol.mysql.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The corpus of MariaDB regression-suite statements and their expected classes (src/test/resources/classify). */
final class Corpus
{
    static final String CORPUS = "/classify/corpus.sql";
    static final String EXPECTED = "/classify/expected.txt";

    private Corpus()
    {
    }

    static List<String> statements()
    {
        final List<String> out = new ArrayList<>();
        for (final String line : lines(CORPUS))
        {
            if (!line.isEmpty())
            {
                out.add(unescape(line));
            }
        }
        return out;
    }

    /** Statement (unescaped) to its expected {@link Classification#describe()}. */
    static Map<String, String> expected()
    {
        final Map<String, String> out = new LinkedHashMap<>();
        for (final String line : lines(EXPECTED))
        {
            final int tab = line.indexOf('\t');
            if (line.isEmpty() || line.startsWith("#") || tab < 0)
            {
                continue;
            }
            out.put(unescape(line.substring(tab + 1)), unescape(line.substring(0, tab)));
        }
        return out;
    }

    static List<String> lines(final String resource)
    {
        try (InputStream in = Corpus.class.getResourceAsStream(resource))
        {
            if (null == in)
            {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(final String s)
    {
        final StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++)
        {
            final char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length())
            {
                final char e = s.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String escape(final String s)
    {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
