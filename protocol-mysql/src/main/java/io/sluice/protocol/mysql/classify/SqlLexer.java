package io.sluice.protocol.mysql.classify;

/**
 * A single-pass tokenizer over the UTF-8 bytes of one SQL text, as MariaDB's lexer reads them.
 * {@link #next()} returns the next token's type and leaves its extent in {@link #start()} and
 * {@link #end()} (positions in the array, quotes and {@code @} included). Comments and
 * white space are skipped; {@link #spaceBefore()} says whether any preceded the token.
 *
 * <ul>
 *   <li>{@code #} and {@code -- } (two dashes and a space or control character) comment to the end
 *       of the line; {@code /* ... *}{@code /} comments, {@code /*+ ... *}{@code /} optimizer hints
 *       are skipped.</li>
 *   <li>Executable comments {@code /*! ... *}{@code /}, {@code /*!50700 ... *}{@code /},
 *       {@code /*M! ... *}{@code /}, {@code /*M!100500 ... *}{@code /}: their content is lexed as
 *       SQL when the version (5 or 6 digits) is at most {@link #serverVersion}, else skipped.</li>
 *   <li>{@code '...'} strings; {@code "..."} strings, or identifiers under {@code ANSI_QUOTES};
 *       {@code `...`} identifiers. A doubled quote is one quote; {@code \} escapes the next byte
 *       unless {@code NO_BACKSLASH_ESCAPES}. An unterminated quote runs to the end.</li>
 *   <li>Numbers: decimal, exponent, {@code 0x..}, {@code 0b..}, {@code X'..'}, {@code B'..'};
 *       {@code N'..'} is a string. An identifier may start with digits ({@code 1t}).</li>
 *   <li>{@code @name}, {@code @'name'}, {@code @`name`} user variables; {@code @@name},
 *       {@code @@global.name}, {@code @@session.name} system variables.</li>
 * </ul>
 * Never throws on any input. Owned by one thread; reused for every statement.
 */
public final class SqlLexer
{
    /** sql_mode flag: {@code "..."} quotes identifiers. */
    public static final int ANSI_QUOTES = 1;
    /** sql_mode flag: {@code \} is an ordinary character inside strings. */
    public static final int NO_BACKSLASH_ESCAPES = 2;

    /** The version executable comments are compared with: 11.4.0. */
    public static final int DEFAULT_SERVER_VERSION = 110400;

    /** No more tokens. */
    public static final int END = 0;
    /** An unquoted word: keyword or identifier. */
    public static final int WORD = 1;
    /** A quoted identifier: backticks, or double quotes under ANSI_QUOTES. */
    public static final int QUOTED_ID = 2;
    /** A string literal. */
    public static final int STRING = 3;
    /** A numeric, hexadecimal or bit literal. */
    public static final int NUMBER = 4;
    /** A user variable: {@code @name}. */
    public static final int USER_VAR = 5;
    /** A system variable: {@code @@name}, {@code @@global.name}. */
    public static final int SYS_VAR = 6;
    /** A {@code ?} placeholder. */
    public static final int PARAM = 7;
    /** Any other single character. */
    public static final int PUNCT = 8;
    /** {@code ;} */
    public static final int SEMICOLON = 9;

    private byte[] src;
    private int pos;
    private int limit;
    private int sqlMode;
    private int serverVersion = DEFAULT_SERVER_VERSION;
    private boolean inExecutableComment;

    private int start;
    private int end;
    private boolean spaceBefore;
    private int previousType;

    /** Sets the version executable comments are compared with (e.g. 110400 for 11.4.0). */
    public void serverVersion(final int version)
    {
        serverVersion = version;
    }

    /**
     * Starts on the bytes [offset, offset + length) of src.
     *
     * @param sqlMode {@link #ANSI_QUOTES} and {@link #NO_BACKSLASH_ESCAPES}, or'ed
     */
    public void reset(final byte[] src, final int offset, final int length, final int sqlMode)
    {
        this.src = src;
        this.pos = offset;
        this.limit = offset + length;
        this.sqlMode = sqlMode;
        this.inExecutableComment = false;
        this.previousType = END;
        this.start = offset;
        this.end = offset;
    }

    /** The bytes being lexed. */
    public byte[] source()
    {
        return src;
    }

    /** First byte of the current token (absolute). */
    public int start()
    {
        return start;
    }

    /** One past the last byte of the current token (absolute). */
    public int end()
    {
        return end;
    }

    /** Whether white space or a comment came before the current token. */
    public boolean spaceBefore()
    {
        return spaceBefore;
    }

    /**
     * The next token's type; {@link #END} at the end.
     */
    // hot path: no allocation
    public int next()
    {
        spaceBefore = skipSpaceAndComments();
        start = pos;
        if (pos >= limit)
        {
            end = pos;
            return previousType = END;
        }
        final int c = byteAt(pos);
        final int type;
        if (isIdentStart(c))
        {
            type = word(c);
        }
        else if (c >= '0' && c <= '9')
        {
            type = numberOrWord();
        }
        else if (c == '\'')
        {
            pos = skipQuoted(pos + 1, '\'', true);
            type = STRING;
        }
        else if (c == '"')
        {
            final boolean ansi = (sqlMode & ANSI_QUOTES) != 0;
            pos = skipQuoted(pos + 1, '"', !ansi);
            type = ansi ? QUOTED_ID : STRING;
        }
        else if (c == '`')
        {
            pos = skipQuoted(pos + 1, '`', false);
            type = QUOTED_ID;
        }
        else if (c == '@')
        {
            type = variable();
        }
        else if (c == '.' && pos + 1 < limit && isDigit(byteAt(pos + 1))
            && (spaceBefore || (previousType != WORD && previousType != QUOTED_ID)))
        {
            pos = skipNumberTail(pos);
            type = NUMBER;
        }
        else if (c == '?')
        {
            pos++;
            type = PARAM;
        }
        else if (c == ';')
        {
            pos++;
            type = SEMICOLON;
        }
        else
        {
            pos++;
            type = PUNCT;
        }
        end = pos;
        return previousType = type;
    }

    private int byteAt(final int i)
    {
        return src[i] & 0xFF;
    }

    private static final byte IDENT_START = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 4;
    /** Character classes of every byte value. */
    private static final byte[] CLASSES = new byte[256];

    static
    {
        for (int c = 0; c < 256; c++)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80)
            {
                CLASSES[c] = IDENT_START;
            }
            else if (c >= '0' && c <= '9')
            {
                CLASSES[c] = DIGIT;
            }
            else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B)
            {
                CLASSES[c] = SPACE;
            }
        }
    }

    private static boolean isDigit(final int c)
    {
        return CLASSES[c] == DIGIT;
    }

    private static boolean isIdentStart(final int c)
    {
        return CLASSES[c] == IDENT_START;
    }

    private static boolean isIdentPart(final int c)
    {
        return (CLASSES[c] & (IDENT_START | DIGIT)) != 0;
    }

    private static boolean isHexDigit(final int c)
    {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private int word(final int c)
    {
        // X'0A', B'01' and N'text' are literals, not a word followed by a string
        if (pos + 1 < limit && byteAt(pos + 1) == '\'')
        {
            final int lower = c | 0x20;
            if (lower == 'x' || lower == 'b')
            {
                pos = skipQuoted(pos + 2, '\'', false);
                return NUMBER;
            }
            if (lower == 'n')
            {
                pos = skipQuoted(pos + 2, '\'', true);
                return STRING;
            }
        }
        pos = skipIdent(pos + 1);
        return WORD;
    }

    private int skipIdent(final int from)
    {
        int i = from;
        while (i < limit && isIdentPart(byteAt(i)))
        {
            i++;
        }
        return i;
    }

    private int numberOrWord()
    {
        final int first = pos;
        if (byteAt(first) == '0' && first + 1 < limit)
        {
            final int x = byteAt(first + 1) | 0x20;
            if (x == 'x' && first + 2 < limit && isHexDigit(byteAt(first + 2)))
            {
                int i = first + 2;
                while (i < limit && isHexDigit(byteAt(i)))
                {
                    i++;
                }
                if (i >= limit || !isIdentPart(byteAt(i)))
                {
                    pos = i;
                    return NUMBER;
                }
            }
            else if (x == 'b' && first + 2 < limit && (byteAt(first + 2) == '0' || byteAt(first + 2) == '1'))
            {
                int i = first + 2;
                while (i < limit && (byteAt(i) == '0' || byteAt(i) == '1'))
                {
                    i++;
                }
                if (i >= limit || !isIdentPart(byteAt(i)))
                {
                    pos = i;
                    return NUMBER;
                }
            }
        }
        int i = first;
        while (i < limit && isDigit(byteAt(i)))
        {
            i++;
        }
        if (i < limit && isIdentStart(byteAt(i)) && (byteAt(i) | 0x20) != 'e')
        {
            pos = skipIdent(i);
            return WORD;
        }
        final int afterNumber = skipNumberTail(i);
        if (afterNumber < limit && isIdentStart(byteAt(afterNumber)) && afterNumber == i)
        {
            // digits then a letter that did not make an exponent: an identifier such as 1e or 2easy
            pos = skipIdent(i);
            return WORD;
        }
        pos = afterNumber;
        return NUMBER;
    }

    /** From i (at '.', 'e' or the end of the integer digits): the fraction and exponent. */
    private int skipNumberTail(final int from)
    {
        int i = from;
        if (i < limit && byteAt(i) == '.')
        {
            i++;
            while (i < limit && isDigit(byteAt(i)))
            {
                i++;
            }
        }
        if (i < limit && (byteAt(i) | 0x20) == 'e')
        {
            int j = i + 1;
            if (j < limit && (byteAt(j) == '+' || byteAt(j) == '-'))
            {
                j++;
            }
            if (j < limit && isDigit(byteAt(j)))
            {
                while (j < limit && isDigit(byteAt(j)))
                {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    /** From just after the opening quote to just after the closing one (or the end). */
    private int skipQuoted(final int from, final int quote, final boolean backslashEscapes)
    {
        final boolean escapes = backslashEscapes && (sqlMode & NO_BACKSLASH_ESCAPES) == 0;
        int i = from;
        while (i < limit)
        {
            final int c = byteAt(i);
            if (c == '\\' && escapes)
            {
                i += 2;
            }
            else if (c == quote)
            {
                if (i + 1 < limit && byteAt(i + 1) == quote)
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }
        return limit;
    }

    private int variable()
    {
        int i = pos + 1;
        if (i < limit && byteAt(i) == '@')
        {
            i++;
            if (i < limit && byteAt(i) == '`')
            {
                pos = skipQuoted(i + 1, '`', false);
                return SYS_VAR;
            }
            i = skipIdent(i);
            // @@global.name, @@session.name, @@local.name
            if (i + 1 < limit && byteAt(i) == '.' && isIdentStart(byteAt(i + 1)))
            {
                i = skipIdent(i + 1);
            }
            pos = i;
            return SYS_VAR;
        }
        if (i < limit)
        {
            final int c = byteAt(i);
            if (c == '\'' || c == '"' || c == '`')
            {
                pos = skipQuoted(i + 1, c, c != '`');
                return USER_VAR;
            }
            if (isIdentPart(c) || c == '.')
            {
                while (i < limit && (isIdentPart(byteAt(i)) || byteAt(i) == '.'))
                {
                    i++;
                }
                pos = i;
                return USER_VAR;
            }
        }
        pos = i;
        return PUNCT;
    }

    /** Skips white space, comments and executable-comment markers; true if anything was skipped. */
    private boolean skipSpaceAndComments()
    {
        boolean skipped = false;
        while (pos < limit)
        {
            final int c = byteAt(pos);
            if (CLASSES[c] == SPACE)
            {
                pos++;
            }
            else if (c == '#')
            {
                pos = lineEnd(pos + 1);
            }
            else if (c == '-' && pos + 2 <= limit && pos + 1 < limit && byteAt(pos + 1) == '-'
                && (pos + 2 == limit || byteAt(pos + 2) <= ' '))
            {
                pos = lineEnd(pos + 2);
            }
            else if (c == '/' && pos + 1 < limit && byteAt(pos + 1) == '*')
            {
                blockComment();
            }
            else if (c == '*' && inExecutableComment && pos + 1 < limit && byteAt(pos + 1) == '/')
            {
                inExecutableComment = false;
                pos += 2;
            }
            else
            {
                return skipped;
            }
            skipped = true;
        }
        return skipped;
    }

    private int lineEnd(final int from)
    {
        int i = from;
        while (i < limit && byteAt(i) != '\n')
        {
            i++;
        }
        return i;
    }

    /** At "/*": an executable comment opens (its content is lexed next) or the comment is skipped. */
    private void blockComment()
    {
        int i = pos + 2;
        final boolean mariaDbOnly = i + 1 < limit && (byteAt(i) | 0x20) == 'm' && byteAt(i + 1) == '!';
        if (!inExecutableComment && (mariaDbOnly || (i < limit && byteAt(i) == '!')))
        {
            i += mariaDbOnly ? 2 : 1;
            int digits = 0;
            int version = 0;
            while (i + digits < limit && digits < 6 && isDigit(byteAt(i + digits)))
            {
                version = version * 10 + byteAt(i + digits) - '0';
                digits++;
            }
            if (digits == 6 || digits == 5 || digits == 0)
            {
                if (digits == 0 || version <= serverVersion)
                {
                    inExecutableComment = true;
                    pos = i + digits;
                    return;
                }
            }
            else if (digits > 0)
            {
                // fewer than five digits: MariaDB reads them as part of the content
                inExecutableComment = true;
                pos = i;
                return;
            }
        }
        // a plain comment, an optimizer hint, or an executable one for a newer version
        i = pos + 2;
        while (i + 1 < limit && !(byteAt(i) == '*' && byteAt(i + 1) == '/'))
        {
            i++;
        }
        pos = i + 1 < limit ? i + 2 : limit;
    }
}
