package io.sluice.plugins.hintfilter;

import java.nio.ByteBuffer;

/**
 * Finds the comments of a statement's text, as MaxScale's hintfilter does ({@code get_comment} in
 * {@code hintparser.cc}): {@code # ...} and {@code -- ...} (a space after the dashes) to the end of
 * the line, {@code /* ... *}{@code /} blocks; quoted strings and identifiers ({@code '...'},
 * {@code "..."}, {@code `...`}) are skipped, and a backslash escapes the next byte both inside and
 * outside them. An unterminated quote or block ends the scan. Each comment is reported as the range
 * of its text without the comment marks; empty ones are not reported. Stateless; reads the buffer
 * with absolute gets only.
 */
final class CommentScanner
{
    /** Receives each comment's text as a byte range of the scanned buffer. */
    @FunctionalInterface
    interface Sink
    {
        void comment(ByteBuffer text, int start, int end);
    }

    private CommentScanner()
    {
    }

    /**
     * Reports every comment in [from, to) of text, in order.
     */
    // hot path: no allocation
    static void scan(final ByteBuffer text, final int from, final int to, final Sink sink)
    {
        int i = from;
        while (i < to)
        {
            final byte c = text.get(i);
            switch (c)
            {
                case '\\' -> i += 2;
                case '\'', '"', '`' ->
                {
                    final int close = skipUntil(text, i + 1, to, c);
                    i = close >= to ? to : close + 1;
                }
                case '#' -> i = lineComment(text, i + 1, to, sink);
                case '-' ->
                {
                    if (i + 1 < to && text.get(i + 1) == '-')
                    {
                        // "-- " only (MaxScale, MXS-2289): "--x" and "--<tab>" are no comments
                        i = i + 2 < to && text.get(i + 2) == ' ' ? lineComment(text, i + 3, to, sink) : i + 2;
                    }
                    else
                    {
                        i++;
                    }
                }
                case '/' ->
                {
                    if (i + 1 < to && text.get(i + 1) == '*')
                    {
                        i = i + 2 < to ? blockComment(text, i + 2, to, sink) : to;
                    }
                    else
                    {
                        i++;
                    }
                }
                default -> i++;
            }
        }
    }

    /** A comment from start to the end of the line; returns where the scan goes on (the newline). */
    private static int lineComment(final ByteBuffer text, final int start, final int to, final Sink sink)
    {
        final int end = skipUntil(text, start, to, (byte)'\n');
        if (end > start)
        {
            sink.comment(text, start, end);
        }
        return end;
    }

    /** A block from start (after its opening mark) to its closing mark; returns where the scan goes on. */
    private static int blockComment(final ByteBuffer text, final int start, final int to, final Sink sink)
    {
        int at = start;
        while (at < to)
        {
            final int star = skipUntil(text, at, to, (byte)'*');
            at = star + 1;
            if (at < to && text.get(at) == '/')
            {
                if (star > start)
                {
                    sink.comment(text, start, star);
                }
                return at + 1;
            }
        }
        return to; // unterminated: the rest is comment, not a hint
    }

    /** The index of the first unescaped byte c in [at, to), or to. */
    private static int skipUntil(final ByteBuffer text, final int from, final int to, final byte c)
    {
        int at = from;
        while (at < to)
        {
            final byte b = text.get(at);
            if (b == '\\')
            {
                at++;
            }
            else if (b == c)
            {
                return at;
            }
            at++;
        }
        return to;
    }
}
