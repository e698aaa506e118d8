package io.sluice.protocol.mysql.auth;

/**
 * A pattern with the server's grant-table wildcards ({@code mysys wild_compare}): '%' matches any
 * run of characters, '_' exactly one, and '\' makes the next character literal (a trailing '\' is
 * itself literal). Used for account hosts and database-level grants.
 *
 * <p>Compiled once into tokens; {@link #matches} does not allocate. Compares UTF-16 chars where the
 * server compares bytes: the two differ only for '_' against a non-ASCII character.
 */
final class LikePattern
{
    private static final int ONE = -1;
    private static final int MANY = -2;

    private final String text;
    private final int[] tokens;
    private final boolean wildcards;

    private LikePattern(final String text, final int[] tokens, final boolean wildcards)
    {
        this.text = text;
        this.tokens = tokens;
        this.wildcards = wildcards;
    }

    static LikePattern compile(final String pattern)
    {
        final int[] tokens = new int[pattern.length()];
        int n = 0;
        boolean wildcards = false;
        for (int i = 0; i < pattern.length(); i++)
        {
            final char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length())
            {
                tokens[n++] = pattern.charAt(++i);
            }
            else if (c == '%')
            {
                wildcards = true;
                if (n == 0 || tokens[n - 1] != MANY) // "%%" is "%"
                {
                    tokens[n++] = MANY;
                }
            }
            else if (c == '_')
            {
                wildcards = true;
                tokens[n++] = ONE;
            }
            else
            {
                tokens[n++] = c;
            }
        }
        return new LikePattern(pattern, java.util.Arrays.copyOf(tokens, n), wildcards);
    }

    /** True if the pattern has an unescaped '%' or '_'. */
    boolean hasWildcards()
    {
        return wildcards;
    }

    String text()
    {
        return text;
    }

    boolean matches(final CharSequence subject, final boolean ignoreAsciiCase)
    {
        final int n = subject.length();
        final int m = tokens.length;
        int s = 0;
        int p = 0;
        int starP = -1;
        int starS = 0;
        while (s < n)
        {
            if (p < m && tokens[p] != MANY && (tokens[p] == ONE || same(tokens[p], subject.charAt(s), ignoreAsciiCase)))
            {
                s++;
                p++;
            }
            else if (p < m && tokens[p] == MANY)
            {
                starP = p++;
                starS = s;
            }
            else if (starP >= 0)
            {
                // Let the last '%' swallow one more character and retry from there.
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }
        while (p < m && tokens[p] == MANY)
        {
            p++;
        }
        return p == m;
    }

    /** The pattern with its escapes removed: {@code test\_db} becomes {@code test_db}. */
    static String stripEscapes(final String name)
    {
        if (name.indexOf('\\') < 0)
        {
            return name;
        }
        final StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++)
        {
            final char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length())
            {
                sb.append(name.charAt(++i));
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean same(final int token, final char c, final boolean ignoreAsciiCase)
    {
        return token == c || (ignoreAsciiCase && lower(token) == lower(c));
    }

    private static int lower(final int c)
    {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    @Override
    public String toString()
    {
        return text;
    }
}
