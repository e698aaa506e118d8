package io.sluice.plugins.hintfilter;

import io.sluice.api.RoutingHint;
import io.sluice.api.RoutingHint.Route;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One session's hint parser (MaxScale's {@code HintParser}, {@code hintparser.cc}): reads the hint
 * comments of a statement and keeps the session's named hints and its stack of active hints.
 *
 * <p>Every comment the {@link CommentScanner} finds is looked at; one whose first word is
 * {@code maxscale} is a hint comment, any other is not. A hint comment is one of:
 * <pre>
 * maxscale route to master | slave | last | server NAME     this statement only
 * maxscale max_slave_replication_lag=N                      (or max_replication_lag=N) likewise
 * maxscale NAME prepare DEFINITION                          defines the named hint NAME
 * maxscale NAME begin [DEFINITION]                          (re)defines NAME if given, pushes NAME
 * maxscale begin DEFINITION                                 pushes an anonymous hint
 * maxscale end                                              pops the top of the stack
 * </pre>
 * where DEFINITION is one of the first two forms without {@code maxscale}; {@code start} and
 * {@code stop} are {@code begin} and {@code end}. Keywords are matched in any case (MaxScale 24.02
 * matches them in lower case only), names as written; words are separated by white space, and
 * {@code =} separates itself. A statement gets the hints of its comments (a {@code begin} gives it
 * the hint it pushes); a statement with none gets the hint on top of the stack.
 *
 * <p>One {@link RoutingHint} comes out of several (MaxScale attaches them all and its
 * readwritesplit reads them in order): {@code route to master} wins at once; otherwise the last
 * route counts, except that a route to a server is not replaced by another route to a server (the
 * first name is tried first); the lag limit is the first one given.
 *
 * <p>A hint comment that is not valid, has anything after its hint, names an unknown named hint,
 * sets another parameter than the replication lag, or gives a lag that is not a positive number of
 * seconds is malformed: it is counted ({@link #malformedCount()}) and ignored (an unsupported
 * parameter still takes its place on the stack, as in MaxScale, but routes nothing). Worker thread
 * only.
 */
final class HintParser implements CommentScanner.Sink
{
    /** An unsupported or invalid parameter: a hint that routes nothing. */
    static final RoutingHint IGNORED = new RoutingHint(Route.NONE, "", RoutingHint.NO_LAG_LIMIT);

    private static final int TOK_END = 0;
    private static final int TOK_STRING = 1;
    private static final int TOK_EQUAL = 2;
    private static final int TOK_MAXSCALE = 3;
    private static final int TOK_PREPARE = 4;
    private static final int TOK_BEGIN = 5;
    private static final int TOK_STOP = 6;
    private static final int TOK_ROUTE = 7;
    private static final int TOK_TO = 8;
    private static final int TOK_MASTER = 9;
    private static final int TOK_SLAVE = 10;
    private static final int TOK_SERVER = 11;
    private static final int TOK_LAST = 12;

    // keywords in lower case, each with its token
    private static final byte[][] KEYWORDS = {
        ascii("maxscale"), ascii("prepare"), ascii("begin"), ascii("start"), ascii("end"), ascii("stop"),
        ascii("route"), ascii("to"), ascii("master"), ascii("slave"), ascii("server"), ascii("last")};
    private static final int[] KEYWORD_TOKENS = {
        TOK_MAXSCALE, TOK_PREPARE, TOK_BEGIN, TOK_BEGIN, TOK_STOP, TOK_STOP,
        TOK_ROUTE, TOK_TO, TOK_MASTER, TOK_SLAVE, TOK_SERVER, TOK_LAST};
    private static final byte[] MAX_SLAVE_REPLICATION_LAG = ascii("max_slave_replication_lag");
    private static final byte[] MAX_REPLICATION_LAG = ascii("max_replication_lag");
    private static final int MAX_LAG_DIGITS = 18;
    /** How much of a malformed hint a log line shows. */
    static final int MAX_LOGGED_CHARS = 200;

    private final HintCache cache;
    private final List<RoutingHint> stack = new ArrayList<>();
    private final Map<String, RoutingHint> named = new HashMap<>();

    // the comment being read
    private ByteBuffer text;
    private int commentStart;
    private int at;
    private int end;
    private int tokenStart;
    private int tokenEnd;

    // what the statement's comments gave so far
    private boolean found;
    private boolean masterRoute;
    private RoutingHint route;
    private RoutingHint lag;
    private int malformedCount;
    private int malformedStart;
    private int malformedEnd;

    HintParser(final HintCache cache)
    {
        this.cache = cache;
    }

    /**
     * The hint of the statement text[from, to), or null if it has none. Updates the named hints and
     * the stack as its comments say.
     */
    // hot path: no allocation (for text without hint comments; for hints seen before, too)
    RoutingHint parse(final ByteBuffer statement, final int from, final int to)
    {
        found = false;
        masterRoute = false;
        route = null;
        lag = null;
        malformedCount = 0;
        malformedStart = -1;
        malformedEnd = -1;
        CommentScanner.scan(statement, from, to, this);
        text = null;
        if (!found)
        {
            final RoutingHint top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            return top == IGNORED ? null : top;
        }
        if (route == null)
        {
            return lag; // null if the comments gave only ignored hints
        }
        if (lag == null || route.route() == Route.MASTER)
        {
            return route;
        }
        return cache.combined(route, lag.maxReplicationLagSec());
    }

    /** How many malformed hint comments the last statement had. */
    int malformedCount()
    {
        return malformedCount;
    }

    /**
     * The first malformed hint comment of the last statement, as text for a log line: control
     * characters (line breaks...) as spaces, at most {@link #MAX_LOGGED_CHARS} characters; null if
     * none. Allocates.
     */
    String malformedText(final ByteBuffer statement)
    {
        if (malformedStart < 0)
        {
            return null;
        }
        final byte[] bytes = new byte[malformedEnd - malformedStart];
        statement.get(malformedStart, bytes);
        final String text = new String(bytes, StandardCharsets.UTF_8).strip();
        final StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_LOGGED_CHARS + 3));
        for (int i = 0; i < text.length() && i < MAX_LOGGED_CHARS; i++)
        {
            final char c = text.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return text.length() > MAX_LOGGED_CHARS ? line.append("...").toString() : line.toString();
    }

    /** How deep the stack of active hints is. */
    int stackDepth()
    {
        return stack.size();
    }

    /** The named hint, or null. */
    RoutingHint named(final String name)
    {
        return named.get(name);
    }

    @Override
    public void comment(final ByteBuffer comment, final int start, final int stop)
    {
        text = comment;
        commentStart = start;
        at = start;
        end = stop;
        if (nextToken() != TOK_MAXSCALE)
        {
            return; // an ordinary comment
        }
        final RoutingHint hint = hintComment();
        if (hint == null)
        {
            return;
        }
        found = true;
        if (hint.route() == Route.NONE)
        {
            if (lag == null && hint.hasLagLimit())
            {
                lag = hint;
            }
        }
        else if (!masterRoute && (hint.route() != Route.SERVER || route == null || route.route() != Route.SERVER))
        {
            route = hint;
            masterRoute = hint.route() == Route.MASTER;
        }
    }

    /** After {@code maxscale}: the hint the comment gives its statement, or null. */
    private RoutingHint hintComment()
    {
        final int afterMaxscale = at;
        final int first = nextToken();
        if (first == TOK_BEGIN)
        {
            final RoutingHint hint = definition();
            if (hint == null)
            {
                return malformed();
            }
            stack.add(hint);
            return hint;
        }
        if (first == TOK_STOP)
        {
            if (!stack.isEmpty())
            {
                stack.remove(stack.size() - 1);
            }
            return null;
        }
        if (first != TOK_STRING)
        {
            at = afterMaxscale;
            final RoutingHint hint = definition();
            return hint == null ? malformed() : hint;
        }
        final int nameStart = tokenStart;
        final int nameEnd = tokenEnd;
        final int second = nextToken();
        if (second == TOK_EQUAL)
        {
            if (nextToken() != TOK_STRING)
            {
                return malformed();
            }
            final int valueStart = tokenStart;
            final int valueEnd = tokenEnd;
            return nextToken() == TOK_END ? parameter(nameStart, nameEnd, valueStart, valueEnd) : malformed();
        }
        if (second == TOK_PREPARE)
        {
            final RoutingHint hint = definition();
            if (hint == null)
            {
                return malformed();
            }
            named.put(string(nameStart, nameEnd), hint);
            return null;
        }
        if (second == TOK_BEGIN)
        {
            final String name = string(nameStart, nameEnd);
            final int afterBegin = at;
            RoutingHint hint;
            if (nextToken() == TOK_END)
            {
                hint = named.get(name);
            }
            else
            {
                at = afterBegin;
                hint = definition();
                if (hint != null)
                {
                    named.put(name, hint);
                }
            }
            if (hint == null)
            {
                return malformed();
            }
            stack.add(hint);
            return hint;
        }
        return malformed();
    }

    /** A hint definition that makes up the rest of the comment, or null. */
    private RoutingHint definition()
    {
        final int first = nextToken();
        if (first == TOK_ROUTE)
        {
            if (nextToken() != TOK_TO)
            {
                return null;
            }
            final RoutingHint hint = switch (nextToken())
            {
                case TOK_MASTER -> HintCache.MASTER;
                case TOK_SLAVE -> HintCache.SLAVE;
                case TOK_LAST -> HintCache.LAST;
                case TOK_SERVER -> nextToken() == TOK_STRING ? serverAtEnd() : null;
                default -> null;
            };
            return hint != null && nextToken() == TOK_END ? hint : null;
        }
        if (first == TOK_STRING)
        {
            final int nameStart = tokenStart;
            final int nameEnd = tokenEnd;
            if (nextToken() == TOK_EQUAL && nextToken() == TOK_STRING)
            {
                final int valueStart = tokenStart;
                final int valueEnd = tokenEnd;
                return nextToken() == TOK_END ? parameter(nameStart, nameEnd, valueStart, valueEnd) : null;
            }
        }
        return null;
    }

    /** The server hint of the name just read, if nothing follows it (else null, and nothing is cached). */
    private RoutingHint serverAtEnd()
    {
        final int nameStart = tokenStart;
        final int nameEnd = tokenEnd;
        final int afterName = at;
        if (nextToken() != TOK_END)
        {
            return null;
        }
        at = afterName;
        return cache.server(text, nameStart, nameEnd);
    }

    /** name=value: the replication lag limit, or {@link #IGNORED} (and malformed). */
    private RoutingHint parameter(final int nameStart, final int nameEnd, final int valueStart, final int valueEnd)
    {
        if (!equalsIgnoreCase(MAX_SLAVE_REPLICATION_LAG, nameStart, nameEnd)
            && !equalsIgnoreCase(MAX_REPLICATION_LAG, nameStart, nameEnd))
        {
            malformed();
            return IGNORED;
        }
        if (valueEnd - valueStart > MAX_LAG_DIGITS)
        {
            malformed();
            return IGNORED;
        }
        long seconds = 0;
        for (int i = valueStart; i < valueEnd; i++)
        {
            final byte b = text.get(i);
            if (b < '0' || b > '9')
            {
                malformed();
                return IGNORED;
            }
            seconds = seconds * 10 + (b - '0');
        }
        if (seconds <= 0)
        {
            malformed();
            return IGNORED;
        }
        return cache.lag(seconds);
    }

    /** Records the comment being read as malformed; returns null. */
    private RoutingHint malformed()
    {
        if (malformedCount++ == 0)
        {
            malformedStart = commentStart;
            malformedEnd = end;
        }
        return null;
    }

    /** Reads the next token of the comment: sets tokenStart and tokenEnd and returns its type. */
    private int nextToken()
    {
        while (at < end && isSpace(text.get(at)))
        {
            at++;
        }
        tokenStart = at;
        if (at == end)
        {
            tokenEnd = at;
            return TOK_END;
        }
        if (text.get(at) == '=')
        {
            tokenEnd = ++at;
            return TOK_EQUAL;
        }
        while (at < end && !isSpace(text.get(at)) && text.get(at) != '=')
        {
            at++;
        }
        tokenEnd = at;
        for (int k = 0; k < KEYWORDS.length; k++)
        {
            if (equalsIgnoreCase(KEYWORDS[k], tokenStart, tokenEnd))
            {
                return KEYWORD_TOKENS[k];
            }
        }
        return TOK_STRING;
    }

    /** True if text[start, stop) is the lower-case ASCII word, in any case. */
    private boolean equalsIgnoreCase(final byte[] word, final int start, final int stop)
    {
        if (stop - start != word.length)
        {
            return false;
        }
        for (int i = 0; i < word.length; i++)
        {
            int b = text.get(start + i);
            if (b >= 'A' && b <= 'Z')
            {
                b += 'a' - 'A';
            }
            if (b != word[i])
            {
                return false;
            }
        }
        return true;
    }

    private String string(final int start, final int stop)
    {
        final byte[] bytes = new byte[stop - start];
        text.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** C's isspace in the "C" locale. */
    private static boolean isSpace(final byte b)
    {
        return b == ' ' || b >= '\t' && b <= '\r';
    }

    private static byte[] ascii(final String word)
    {
        return word.getBytes(StandardCharsets.US_ASCII);
    }
}
