package io.sluice.protocol.mysql.classify;

import java.util.List;
import java.util.Locale;

import static io.sluice.protocol.mysql.classify.TableNames.isName;
import static io.sluice.protocol.mysql.classify.TableNames.skipParens;
import static io.sluice.protocol.mysql.classify.TableNames.tableList;

/**
 * One walk over a statement's expressions: the functions it calls (built-in, primary-only, lock and
 * sequence functions, stored ones), the user and system variables it reads or assigns, the tables of its
 * FROM and JOIN lists, and for a SELECT its INTO and locking clauses and common table expressions. Stateless.
 */
final class Expressions
{
    private Expressions()
    {
    }

    static void select(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        a.op = Operation.SELECT;
        scan(t, from, to, a, true);
        if (t.is(from, "WITH"))
        {
            removeCommonTableExpressions(t, from, to, a.tables);
        }
        if ((a.flags & Classification.FLAG_SELECT_INTO) == 0)
        {
            a.mask |= QueryType.READ;
        }
    }

    /** WITH [RECURSIVE] name [(columns)] AS (...), ...: the names are not tables. */
    private static void removeCommonTableExpressions(final Tokens t, final int from, final int to,
        final List<String> tables)
    {
        int i = t.is(from + 1, "RECURSIVE") ? from + 2 : from + 1;
        while (i < to && isName(t, i))
        {
            tables.remove(t.text(i));
            i++;
            if (t.isPunct(i, '('))
            {
                i = skipParens(t, i, to);
            }
            if (!t.is(i, "AS") || !t.isPunct(i + 1, '('))
            {
                return;
            }
            i = skipParens(t, i + 1, to);
            if (!t.isPunct(i, ','))
            {
                return;
            }
            i++;
        }
    }

    /**
     * One walk over [from, to): functions, variables, FROM/JOIN table lists; for a SELECT also INTO and
     * locking clauses.
     */
    static void scan(final Tokens t, final int from, final int to, final ClassBuilder a, final boolean isSelect)
    {
        long functionParens = 0;
        int depth = 0;
        boolean withList = t.is(from, "WITH");
        boolean intoList = false;
        for (int i = from; i < to; i++)
        {
            final int type = t.type(i);
            if (intoList && type != SqlLexer.USER_VAR && !t.isPunct(i, ','))
            {
                intoList = false;
            }
            if (type == SqlLexer.PUNCT)
            {
                if (t.isPunct(i, '('))
                {
                    final boolean fn = i > from && t.type(i - 1) == SqlLexer.WORD && isFunctionName(t, i - 1, from);
                    if (depth < 64)
                    {
                        functionParens = fn ? functionParens | (1L << depth) : functionParens & ~(1L << depth);
                    }
                    depth++;
                }
                else if (t.isPunct(i, ')'))
                {
                    depth = Math.max(0, depth - 1);
                }
            }
            else if (type == SqlLexer.USER_VAR && intoList)
            {
                a.mask |= QueryType.USERVAR_WRITE;
            }
            else if (type == SqlLexer.USER_VAR)
            {
                final boolean assigned = t.isPunct(i + 1, ':') && t.isPunct(i + 2, '=') && t.adjacent(i + 2);
                a.mask |= assigned ? QueryType.USERVAR_WRITE : QueryType.USERVAR_READ;
            }
            else if (type == SqlLexer.SYS_VAR)
            {
                final int read = sysVarRead(t, i);
                a.mask |= read & ~RELATES_TO_PREVIOUS_BIT;
                if ((read & QueryType.MASTER_READ) != 0)
                {
                    a.flags |= Classification.FLAG_PRIMARY_FUNCTION;
                }
                if ((read & RELATES_TO_PREVIOUS_BIT) != 0)
                {
                    a.flags |= Classification.FLAG_RELATES_TO_PREVIOUS; // the previous statement's server counted them
                }
            }
            else if (type == SqlLexer.WORD)
            {
                final boolean inFunction = depth > 0 && depth <= 64 && (functionParens & (1L << (depth - 1))) != 0;
                if (withList && depth == 0 && (t.is(i, "SELECT") || t.is(i, "UPDATE") || t.is(i, "DELETE")
                    || t.is(i, "INSERT") || t.is(i, "REPLACE")))
                {
                    withList = false;
                    if (!t.is(i, "SELECT"))
                    {
                        a.mask |= QueryType.WRITE;
                    }
                }
                if (withList && depth == 0 && t.isPunct(i + 1, '(') && (t.isPunct(i - 1, ',') || t.is(i - 1, "WITH")
                    || t.is(i - 1, "RECURSIVE")))
                {
                    // WITH name (columns) AS (...): a common table expression, not a call
                    i = skipParens(t, i + 1, to) - 1;
                }
                else if (t.isPunct(i + 1, '(') && isFunctionName(t, i, from))
                {
                    function(t, i, a);
                }
                else if ((t.is(i, "FROM") || t.is(i, "JOIN") || t.is(i, "STRAIGHT_JOIN")) && !inFunction)
                {
                    tableList(t, i + 1, to, a.tables);
                }
                else if ((t.is(i, "NEXT") || t.is(i, "PREVIOUS")) && t.is(i + 1, "VALUE") && t.is(i + 2, "FOR"))
                {
                    a.mask |= QueryType.WRITE;
                    a.flags |= Classification.FLAG_PRIMARY_FUNCTION;
                }
                else if (isSelect && !inFunction)
                {
                    intoList = selectClause(t, i, to, a);
                }
            }
        }
    }

    /** FOR UPDATE, LOCK IN SHARE MODE, INTO; true when a list of INTO variables follows. */
    private static boolean selectClause(final Tokens t, final int i, final int to, final ClassBuilder a)
    {
        if ((t.is(i, "FOR") && t.is(i + 1, "UPDATE"))
            || (t.is(i, "LOCK") && t.is(i + 1, "IN") && t.is(i + 2, "SHARE"))
            || (t.is(i, "FOR") && t.is(i + 1, "SHARE")))
        {
            a.mask |= QueryType.WRITE;
            a.flags |= Classification.FLAG_LOCKING_READ;
        }
        else if (t.is(i, "INTO") && i + 1 < to)
        {
            a.flags |= Classification.FLAG_SELECT_INTO;
            if (t.is(i + 1, "OUTFILE") || t.is(i + 1, "DUMPFILE"))
            {
                a.mask |= QueryType.WRITE;
            }
            else
            {
                a.mask |= QueryType.USERVAR_WRITE;
                return true;
            }
        }
        return false;
    }

    private static boolean isFunctionName(final Tokens t, final int i, final int from)
    {
        if (i > from)
        {
            // a name in table position: INSERT INTO t1(a), CREATE TABLE t1(...), WITH cte(a) AS
            if (t.is(i - 1, "INTO") || t.is(i - 1, "TABLE") || t.is(i - 1, "WITH") || t.is(i - 1, "RECURSIVE")
                || t.is(i - 1, "INSERT") || t.is(i - 1, "REPLACE") || t.is(i - 1, "IGNORE") || t.is(i - 1, "JOIN")
                || t.is(i - 1, "FROM") || t.is(i - 1, "UPDATE") || t.is(i - 1, "EXISTS") || t.is(i - 1, "VIEW")
                || t.is(i - 1, "PROCEDURE") || t.is(i - 1, "FUNCTION") || t.is(i - 1, "CALL"))
            {
                return false;
            }
            if (t.isPunct(i - 1, '.') && t.adjacent(i))
            {
                // db.function(): a stored function
                return true;
            }
        }
        return !BuiltinFunctions.isKeywordBeforeParenthesis(t.raw(i));
    }

    private static void function(final Tokens t, final int i, final ClassBuilder a)
    {
        final boolean qualified = i > 0 && t.isPunct(i - 1, '.') && t.adjacent(i);
        final BuiltinFunctions.Kind kind = qualified ? BuiltinFunctions.Kind.STORED : BuiltinFunctions.kind(t.raw(i));
        switch (kind)
        {
            case PRIMARY_READ:
                a.mask |= QueryType.MASTER_READ;
                a.flags |= Classification.FLAG_PRIMARY_FUNCTION;
                break;
            case PREVIOUS:
                a.mask |= QueryType.MASTER_READ;
                a.flags |= Classification.FLAG_PRIMARY_FUNCTION | Classification.FLAG_RELATES_TO_PREVIOUS;
                break;
            case PRIMARY_WRITE:
                a.mask |= QueryType.WRITE;
                a.flags |= Classification.FLAG_PRIMARY_FUNCTION;
                break;
            case STORED:
                a.mask |= QueryType.WRITE;
                a.flags |= Classification.FLAG_STORED_FUNCTION;
                break;
            default:
                break;
        }
    }

    /** Not a type bit (none uses bit 31): marks a variable that belongs to the previous statement's server. */
    private static final int RELATES_TO_PREVIOUS_BIT = 1 << 31;

    /** @@name: which read bit (with {@link #RELATES_TO_PREVIOUS_BIT} for @@warning_count, @@error_count). */
    private static int sysVarRead(final Tokens t, final int i)
    {
        final String name = t.raw(i).substring(2).replace("`", "").toLowerCase(Locale.ROOT);
        final String bare = name.startsWith("global.") ? name.substring(7)
            : name.startsWith("session.") ? name.substring(8) : name.startsWith("local.") ? name.substring(6) : name;
        if (bare.equals("last_insert_id") || bare.equals("identity") || bare.equals("last_gtid"))
        {
            return QueryType.MASTER_READ;
        }
        if (bare.equals("warning_count") || bare.equals("error_count"))
        {
            return QueryType.SYSVAR_READ | RELATES_TO_PREVIOUS_BIT;
        }
        return name.startsWith("global.") ? QueryType.GSYSVAR_READ : QueryType.SYSVAR_READ;
    }
}
