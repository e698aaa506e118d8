package io.sluice.router.rwsplit;

import java.util.Arrays;

/**
 * Reads a MariaDB GTID list ({@code @@gtid_slave_pos}: {@code domain-server-sequence} triples,
 * comma-separated, e.g. {@code 0-1-1234,3-2-9}) into one sequence per replication domain, as
 * {@link CausalPositions} keeps them. Nothing is allocated: the text is scanned in place.
 */
final class GtidList
{
    private GtidList()
    {
    }

    /**
     * Fills {@code into} (one slot per domain, {@link CausalPositions#DOMAINS} of them) with the
     * list's sequence of each domain, 0 for a domain it does not name; a domain beyond the table is
     * skipped (causal reads of such a domain go to the primary anyway). Returns false, with
     * {@code into} all zeros, for text that is not a GTID list: nothing is then learned from it.
     */
    static boolean parse(final CharSequence text, final long[] into)
    {
        Arrays.fill(into, 0);
        if (text == null)
        {
            return false;
        }
        final int length = text.length();
        int at = skipSpaces(text, 0);
        if (at == length)
        {
            return true; // an empty list: the server has applied nothing yet
        }
        while (true)
        {
            long domain = 0;
            long sequence = 0;
            int field = 0;
            int digits = 0;
            for (; at < length; at++)
            {
                final char ch = text.charAt(at);
                if (ch >= '0' && ch <= '9')
                {
                    if (digits == 18)
                    {
                        return fail(into); // beyond a long
                    }
                    digits++;
                    if (field == 0)
                    {
                        domain = domain * 10 + (ch - '0');
                    }
                    else if (field == 2)
                    {
                        sequence = sequence * 10 + (ch - '0');
                    }
                }
                else if (ch == '-' && digits > 0 && field < 2)
                {
                    field++;
                    digits = 0;
                }
                else
                {
                    break;
                }
            }
            if (field != 2 || digits == 0)
            {
                return fail(into);
            }
            if (domain < into.length && sequence > into[(int)domain])
            {
                into[(int)domain] = sequence;
            }
            at = skipSpaces(text, at);
            if (at == length)
            {
                return true;
            }
            if (text.charAt(at) != ',')
            {
                return fail(into);
            }
            at = skipSpaces(text, at + 1);
        }
    }

    private static int skipSpaces(final CharSequence text, final int from)
    {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at)))
        {
            at++;
        }
        return at;
    }

    private static boolean fail(final long[] into)
    {
        Arrays.fill(into, 0);
        return false;
    }
}
