package io.sluice.protocol.mysql.classify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.sluice.protocol.mysql.classify.TableNames.isName;
import static io.sluice.protocol.mysql.classify.TableNames.lockTables;
import static io.sluice.protocol.mysql.classify.TableNames.renameTables;
import static io.sluice.protocol.mysql.classify.TableNames.skipIfExists;
import static io.sluice.protocol.mysql.classify.TableNames.skipWords;
import static io.sluice.protocol.mysql.classify.TableNames.tableList;
import static io.sluice.protocol.mysql.classify.TableNames.tableName;

/**
 * Decides a statement's {@link Classification} from its {@link Tokens}: keyword-driven, no grammar.
 * MaxScale's bits are decided by the leading keywords, a few clauses (FROM and JOIN lists, INTO,
 * FOR UPDATE, SET assignments) and the functions and variables a statement uses; that is what is
 * read here. Whatever is not recognised is a write to the primary ({@link Classification#FLAG_UNPARSED}),
 * never an exception. Each statement of a multi-statement text is classified and the bits combined.
 *
 * <p>This is the cache's miss path: it allocates (the result, table names). Stateless; any thread.
 */
public final class QueryClassifier
{
    private QueryClassifier()
    {
    }

    /** Classifies a SQL text (allocates; tests, tools and uncached callers). */
    public static Classification classify(final String sql, final int sqlMode)
    {
        final byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        final Canonicalizer c = new Canonicalizer();
        c.canonicalize(ByteBuffer.wrap(bytes), 0, bytes.length, sqlMode);
        return classify(c.tokens(), c.canonical(), sqlMode);
    }

    /**
     * Classifies the tokens of one SQL text; never throws (an internal failure classifies as an
     * unparsed write).
     *
     * @param canonical the text's canonical form, stored in the result
     */
    public static Classification classify(final Tokens t, final String canonical, final int sqlMode)
    {
        try
        {
            return classifyText(t, canonical, sqlMode);
        }
        catch (final RuntimeException | StackOverflowError e)
        {
            return new Classification(QueryType.WRITE, Classification.FLAG_UNPARSED, Operation.UNDEFINED, List.of(),
                List.of(), null, null, canonical);
        }
    }

    private static Classification classifyText(final Tokens t, final String canonical, final int sqlMode)
    {
        final int count = t.count();
        final ClassBuilder first = new ClassBuilder();
        int from = 0;
        while (from < count && t.type(from) == SqlLexer.SEMICOLON)
        {
            from++;
        }
        if (from >= count)
        {
            first.unparsed();
            return first.build(canonical);
        }
        if (isCompound(t, from))
        {
            // a stored program's body holds its own semicolons: one statement
            classifyStatement(t, from, count, first, sqlMode);
            return first.build(canonical);
        }
        int to = nextSemicolon(t, from, count);
        classifyStatement(t, from, to, first, sqlMode);
        from = to + 1;
        while (from < count)
        {
            to = nextSemicolon(t, from, count);
            if (to > from)
            {
                final ClassBuilder next = new ClassBuilder();
                if (isCompound(t, from))
                {
                    to = count;
                }
                classifyStatement(t, from, to, next, sqlMode);
                first.mask |= next.mask | QueryType.WRITE;
                first.flags |= next.flags | Classification.FLAG_MULTI_STATEMENT;
                addAll(first.tables, next.tables);
                addAll(first.temp, next.temp);
            }
            from = to + 1;
        }
        return first.build(canonical);
    }

    private static void addAll(final List<String> to, final List<String> from)
    {
        for (final String s : from)
        {
            if (!to.contains(s))
            {
                to.add(s);
            }
        }
    }

    private static int nextSemicolon(final Tokens t, final int from, final int count)
    {
        int i = from;
        while (i < count && t.type(i) != SqlLexer.SEMICOLON)
        {
            i++;
        }
        return i;
    }

    /** CREATE [...] PROCEDURE|FUNCTION|TRIGGER|EVENT|PACKAGE, BEGIN NOT ATOMIC, IF, WHILE, ...: semicolons inside. */
    private static boolean isCompound(final Tokens t, final int i)
    {
        if (t.is(i, "BEGIN"))
        {
            return t.is(i + 1, "NOT") || t.type(i + 1) == SqlLexer.WORD && t.is(i + 2, "ATOMIC");
        }
        if ((t.is(i, "FOR") && t.type(i + 1) == SqlLexer.WORD && t.is(i + 2, "IN")) || t.is(i, "IF")
            || t.is(i, "WHILE") || t.is(i, "LOOP") || t.is(i, "REPEAT") || t.is(i, "CASE")
            || (t.type(i) == SqlLexer.WORD && t.isPunct(i + 1, ':') && t.type(i + 2) == SqlLexer.WORD))
        {
            return true;
        }
        if (!t.is(i, "CREATE") && !t.is(i, "ALTER"))
        {
            return false;
        }
        final int end = Math.min(t.count(), i + 16);
        for (int k = i + 1; k < end; k++)
        {
            if (t.is(k, "PROCEDURE") || t.is(k, "FUNCTION") || t.is(k, "TRIGGER") || t.is(k, "EVENT")
                || t.is(k, "PACKAGE"))
            {
                return true;
            }
            if (t.is(k, "TABLE") || t.is(k, "VIEW") || t.is(k, "INDEX") || t.is(k, "DATABASE") || t.is(k, "SCHEMA")
                || t.is(k, "USER") || t.is(k, "ROLE") || t.is(k, "SEQUENCE") || t.is(k, "SERVER"))
            {
                return false;
            }
        }
        return false;
    }

    /** The statement [from, to) (no semicolon inside unless compound). */
    static void classifyStatement(final Tokens t, final int from, final int to, final ClassBuilder a, final int sqlMode)
    {
        int i = from;
        while (i < to && t.isPunct(i, '('))
        {
            i++;
        }
        if (i >= to || t.type(i) != SqlLexer.WORD)
        {
            a.unparsed();
            return;
        }
        if (i > from)
        {
            // (SELECT ...) UNION (SELECT ...)
            if (t.is(i, "SELECT") || t.is(i, "WITH") || t.is(i, "VALUES"))
            {
                Expressions.select(t, from, to, a);
            }
            else
            {
                a.unparsed();
            }
            return;
        }
        final int length = t.length(i);
        switch (length)
        {
            case 2:
                if (t.is(i, "DO"))
                {
                    a.op = Operation.DO;
                    a.mask |= QueryType.READ | QueryType.WRITE;
                    Expressions.scan(t, i + 1, to, a, false);
                    return;
                }
                if (t.is(i, "XA"))
                {
                    xa(t, i + 1, to, a);
                    return;
                }
                break;
            case 3:
                if (t.is(i, "SET"))
                {
                    SetStatement.set(t, i + 1, to, a, sqlMode);
                    return;
                }
                if (t.is(i, "USE"))
                {
                    a.op = Operation.CHANGE_DB;
                    a.mask |= QueryType.SESSION_WRITE;
                    return;
                }
                if (t.is(i, "GET"))
                {
                    getDiagnostics(t, i + 1, to, a);
                    return;
                }
                break;
            default:
                break;
        }
        if (t.is(i, "SELECT") || t.is(i, "WITH") || t.is(i, "VALUES"))
        {
            Expressions.select(t, i, to, a);
        }
        else if (t.is(i, "INSERT") || t.is(i, "REPLACE"))
        {
            insert(t, i + 1, to, a);
        }
        else if (t.is(i, "UPDATE"))
        {
            a.op = Operation.UPDATE;
            a.mask |= QueryType.WRITE;
            int k = skipWords(t, i + 1, to, "LOW_PRIORITY", "IGNORE");
            k = tableList(t, k, to, a.tables);
            Expressions.scan(t, k, to, a, false);
        }
        else if (t.is(i, "DELETE"))
        {
            a.op = Operation.DELETE;
            a.mask |= QueryType.WRITE;
            int k = skipWords(t, i + 1, to, "LOW_PRIORITY", "QUICK", "IGNORE");
            if (!t.is(k, "FROM"))
            {
                // DELETE t1, t2 FROM t1 JOIN t2 ...
                k = tableList(t, k, to, a.tables);
            }
            Expressions.scan(t, k, to, a, false);
        }
        else if (t.is(i, "SHOW"))
        {
            show(t, i + 1, to, a);
        }
        else if (!transactionOrSchema(t, i, to, a) && !otherStatement(t, i, to, a, sqlMode))
        {
            a.unparsed();
        }
    }

    /** BEGIN, START, COMMIT, ROLLBACK, SAVEPOINT, CREATE, DROP, ALTER, RENAME, TRUNCATE, GRANT, REVOKE. */
    private static boolean transactionOrSchema(final Tokens t, final int i, final int to, final ClassBuilder a)
    {
        if (t.is(i, "BEGIN"))
        {
            a.op = Operation.TRANSACTION;
            if (t.is(i + 1, "WORK") || i + 1 >= to)
            {
                a.mask |= QueryType.BEGIN_TRX;
            }
            else
            {
                // BEGIN NOT ATOMIC ... END: a compound statement
                a.op = Operation.OTHER;
                a.mask |= QueryType.WRITE;
            }
        }
        else if (t.is(i, "START"))
        {
            start(t, i + 1, to, a);
        }
        else if (t.is(i, "COMMIT"))
        {
            a.op = Operation.TRANSACTION;
            a.mask |= QueryType.COMMIT | chain(t, i + 1, to);
        }
        else if (t.is(i, "ROLLBACK"))
        {
            a.op = Operation.TRANSACTION;
            final int k = skipWords(t, i + 1, to, "WORK");
            if (t.is(k, "TO"))
            {
                // ROLLBACK TO SAVEPOINT: the transaction goes on
                a.mask |= QueryType.WRITE;
            }
            else
            {
                a.mask |= QueryType.ROLLBACK | chain(t, k, to);
            }
        }
        else if (t.is(i, "SAVEPOINT") || (t.is(i, "RELEASE") && t.is(i + 1, "SAVEPOINT")))
        {
            a.op = Operation.TRANSACTION;
            a.mask |= QueryType.WRITE;
        }
        else if (t.is(i, "CREATE"))
        {
            create(t, i + 1, to, a);
        }
        else if (t.is(i, "DROP"))
        {
            drop(t, i + 1, to, a);
        }
        else if (t.is(i, "ALTER"))
        {
            a.implicitCommit();
            final int k = skipWords(t, i + 1, to, "ONLINE", "IGNORE");
            if (t.is(k, "TABLE"))
            {
                a.op = Operation.ALTER_TABLE;
                tableName(t, skipIfExists(t, k + 1, to), to, a.tables);
            }
            else
            {
                a.op = Operation.ALTER;
            }
        }
        else if (t.is(i, "RENAME"))
        {
            a.implicitCommit();
            if (t.is(i + 1, "TABLE") || t.is(i + 1, "TABLES"))
            {
                a.op = Operation.ALTER_TABLE;
                renameTables(t, i + 2, to, a.tables);
            }
            else
            {
                a.op = Operation.ALTER;
            }
        }
        else if (t.is(i, "TRUNCATE"))
        {
            a.implicitCommit();
            a.op = Operation.TRUNCATE;
            tableName(t, skipWords(t, i + 1, to, "TABLE"), to, a.tables);
        }
        else if (t.is(i, "GRANT") || t.is(i, "REVOKE"))
        {
            a.implicitCommit();
            a.op = t.is(i, "GRANT") ? Operation.GRANT : Operation.REVOKE;
        }
        else
        {
            return false;
        }
        return true;
    }

    /** CALL, LOAD, PREPARE, EXECUTE, DEALLOCATE, KILL, LOCK, EXPLAIN, ANALYZE, HELP, table maintenance, others. */
    private static boolean otherStatement(final Tokens t, final int i, final int to, final ClassBuilder a,
        final int sqlMode)
    {
        if (t.is(i, "CALL"))
        {
            a.op = Operation.CALL;
            a.mask |= QueryType.WRITE;
            a.flags |= Classification.FLAG_CALL;
        }
        else if (t.is(i, "LOAD"))
        {
            load(t, i + 1, to, a);
        }
        else if (t.is(i, "PREPARE"))
        {
            prepare(t, i + 1, to, a, sqlMode);
        }
        else if (t.is(i, "EXECUTE"))
        {
            execute(t, i + 1, to, a, sqlMode);
        }
        else if (t.is(i, "DEALLOCATE") && t.is(i + 1, "PREPARE"))
        {
            a.op = Operation.DEALLOCATE;
            a.mask |= QueryType.DEALLOC_PREPARE;
            a.name = name(t, i + 2, to);
        }
        else if (t.is(i, "KILL"))
        {
            a.op = Operation.KILL;
            a.mask |= QueryType.WRITE;
            a.flags |= Classification.FLAG_KILL;
        }
        else if (t.is(i, "LOCK"))
        {
            a.op = Operation.LOCK;
            a.implicitCommit();
            if (t.is(i + 1, "TABLE") || t.is(i + 1, "TABLES"))
            {
                lockTables(t, i + 2, to, a.tables);
            }
        }
        else if (t.is(i, "UNLOCK"))
        {
            a.op = Operation.LOCK;
            a.implicitCommit();
        }
        else if (t.is(i, "EXPLAIN") || t.is(i, "DESCRIBE") || t.is(i, "DESC"))
        {
            explain(t, i + 1, to, a, sqlMode);
        }
        else if (t.is(i, "ANALYZE"))
        {
            analyze(t, i + 1, to, a, sqlMode);
        }
        else if (t.is(i, "HELP"))
        {
            a.op = Operation.OTHER;
            a.mask |= QueryType.READ;
        }
        else if (t.is(i, "OPTIMIZE") || t.is(i, "REPAIR") || t.is(i, "CHECK") || t.is(i, "CHECKSUM"))
        {
            a.op = Operation.OTHER;
            if (t.is(i, "CHECKSUM"))
            {
                a.mask |= QueryType.WRITE;
            }
            else
            {
                a.implicitCommit();
            }
            final int k = skipWords(t, i + 1, to, "NO_WRITE_TO_BINLOG", "LOCAL");
            if (t.is(k, "TABLE") || t.is(k, "TABLES"))
            {
                tableList(t, k + 1, to, a.tables);
            }
        }
        else if (isOtherKnown(t, i))
        {
            a.op = Operation.OTHER;
            a.mask |= QueryType.WRITE;
        }
        else
        {
            return false;
        }
        return true;
    }

    private static boolean isOtherKnown(final Tokens t, final int i)
    {
        return t.is(i, "FLUSH") || t.is(i, "RESET") || t.is(i, "PURGE") || t.is(i, "CHANGE") || t.is(i, "STOP")
            || t.is(i, "INSTALL") || t.is(i, "UNINSTALL") || t.is(i, "SHUTDOWN") || t.is(i, "BINLOG")
            || t.is(i, "HANDLER") || t.is(i, "CACHE") || t.is(i, "SIGNAL") || t.is(i, "RESIGNAL")
            || t.is(i, "DECLARE") || t.is(i, "BACKUP") || t.is(i, "IF") || t.is(i, "WHILE") || t.is(i, "REPEAT")
            || t.is(i, "LOOP") || t.is(i, "CASE") || t.is(i, "RELEASE") || t.is(i, "DEALLOCATE")
            || t.is(i, "LEAVE") || t.is(i, "ITERATE") || t.is(i, "RETURN") || t.is(i, "OPEN") || t.is(i, "CLOSE")
            || t.is(i, "FETCH") || t.is(i, "BEGIN") || t.is(i, "FOR");
    }

    // ---------------------------------------------------------------- statements

    private static void insert(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        a.op = Operation.INSERT;
        a.mask |= QueryType.WRITE;
        int i = skipWords(t, from, to, "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO");
        i = tableName(t, i, to, a.tables);
        Expressions.scan(t, i, to, a, false);
    }

    private static void show(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        a.op = Operation.SHOW;
        final boolean global = t.is(skipWords(t, from, to, "FULL", "EXTENDED", "ALL"), "GLOBAL");
        final int i = skipWords(t, from, to, "FULL", "EXTENDED", "GLOBAL", "SESSION", "LOCAL", "ALL");
        if (i >= to)
        {
            a.unparsed();
        }
        else if (t.is(i, "DATABASES") || t.is(i, "SCHEMAS"))
        {
            a.op = Operation.SHOW_DATABASES;
            a.mask |= QueryType.READ;
        }
        else if (t.is(i, "VARIABLES"))
        {
            a.mask |= global ? QueryType.GSYSVAR_READ : QueryType.SYSVAR_READ;
        }
        else if (t.is(i, "WARNINGS") || t.is(i, "ERRORS")
            || (t.is(i, "COUNT") && t.isPunct(i + 1, '(') && (t.is(i + 4, "WARNINGS") || t.is(i + 4, "ERRORS"))))
        {
            a.mask |= QueryType.READ;
            a.flags |= Classification.FLAG_RELATES_TO_PREVIOUS;
        }
        else if ((t.is(i, "MASTER") || t.is(i, "BINLOG") || t.is(i, "BINARY")) && !t.is(i + 1, "SERVERS"))
        {
            // the primary's binary log coordinates and events
            a.mask |= QueryType.MASTER_READ;
        }
        else if (t.is(i, "CREATE") || t.is(i, "COLUMNS") || t.is(i, "FIELDS") || t.is(i, "INDEX")
            || t.is(i, "INDEXES") || t.is(i, "KEYS"))
        {
            a.mask |= QueryType.READ;
            int k = i + 1;
            if (t.is(i, "CREATE"))
            {
                if (t.is(k, "TABLE") || t.is(k, "VIEW") || t.is(k, "SEQUENCE"))
                {
                    tableName(t, k + 1, to, a.tables);
                }
            }
            else if (t.is(k, "FROM") || t.is(k, "IN"))
            {
                k = tableName(t, k + 1, to, a.tables);
                if ((t.is(k, "FROM") || t.is(k, "IN")) && isName(t, k + 1) && a.tables.size() == 1
                    && a.tables.get(0).indexOf('.') < 0)
                {
                    a.tables.set(0, t.text(k + 1) + "." + a.tables.get(0));
                }
            }
        }
        else
        {
            a.mask |= QueryType.READ;
        }
    }

    private static void getDiagnostics(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        final int i = skipWords(t, from, to, "CURRENT", "STACKED");
        if (!t.is(i, "DIAGNOSTICS"))
        {
            a.unparsed();
            return;
        }
        a.op = Operation.OTHER;
        a.mask |= QueryType.READ;
        a.flags |= Classification.FLAG_RELATES_TO_PREVIOUS;
        for (int k = i + 1; k < to; k++)
        {
            if (t.type(k) == SqlLexer.USER_VAR)
            {
                a.mask |= QueryType.USERVAR_WRITE;
            }
        }
    }

    private static void start(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        if (!t.is(from, "TRANSACTION"))
        {
            // START SLAVE, START REPLICA, START ALL SLAVES
            a.op = Operation.OTHER;
            a.mask |= QueryType.WRITE;
            return;
        }
        a.op = Operation.TRANSACTION;
        a.mask |= QueryType.BEGIN_TRX;
        for (int i = from + 1; i + 1 < to; i++)
        {
            if (t.is(i, "READ") && t.is(i + 1, "ONLY"))
            {
                a.mask |= QueryType.READONLY;
            }
            else if (t.is(i, "READ") && t.is(i + 1, "WRITE"))
            {
                a.mask |= QueryType.READWRITE;
            }
        }
    }

    /** AND CHAIN starts the next transaction at once. */
    private static int chain(final Tokens t, final int from, final int to)
    {
        final int i = skipWords(t, from, to, "WORK");
        return t.is(i, "AND") && t.is(i + 1, "CHAIN") ? QueryType.BEGIN_TRX : 0;
    }

    private static void xa(final Tokens t, final int i, final int to, final ClassBuilder a)
    {
        a.op = Operation.TRANSACTION;
        a.flags |= Classification.FLAG_XA;
        if (t.is(i, "START") || t.is(i, "BEGIN"))
        {
            a.mask |= QueryType.BEGIN_TRX;
        }
        else if (t.is(i, "COMMIT"))
        {
            a.mask |= QueryType.COMMIT;
        }
        else if (t.is(i, "ROLLBACK"))
        {
            a.mask |= QueryType.ROLLBACK;
        }
        else
        {
            // XA END, XA PREPARE, XA RECOVER: the primary's transaction
            a.mask |= QueryType.WRITE;
        }
    }

    private static void create(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        int i = skipWords(t, from, to, "OR", "REPLACE");
        boolean temporary = false;
        boolean progress = true;
        while (progress && i < to)
        {
            progress = false;
            if (t.is(i, "TEMPORARY"))
            {
                temporary = true;
                i++;
                progress = true;
            }
            else if (t.is(i, "DEFINER") && t.isPunct(i + 1, '='))
            {
                i = skipDefiner(t, i + 2, to);
                progress = true;
            }
            else if (t.is(i, "ALGORITHM") && t.isPunct(i + 1, '='))
            {
                i += 3;
                progress = true;
            }
            else if (t.is(i, "SQL") && t.is(i + 1, "SECURITY"))
            {
                i += 3;
                progress = true;
            }
            else if (t.is(i, "ONLINE") || t.is(i, "OFFLINE") || t.is(i, "UNIQUE") || t.is(i, "FULLTEXT")
                || t.is(i, "SPATIAL") || t.is(i, "AGGREGATE") || t.is(i, "NONBLOCKING"))
            {
                i++;
                progress = true;
            }
        }
        if (t.is(i, "TABLE"))
        {
            a.op = Operation.CREATE_TABLE;
            a.mask |= QueryType.WRITE;
            final int k = tableName(t, skipIfExists(t, i + 1, to), to, temporary ? a.temp : a.tables);
            if (temporary)
            {
                a.mask |= QueryType.CREATE_TMP_TABLE;
                addAll(a.tables, a.temp);
            }
            else
            {
                a.implicitCommit();
            }
            // CREATE TABLE t LIKE s, CREATE TABLE t AS SELECT ... FROM s
            for (int j = k; j < to; j++)
            {
                if (t.is(j, "LIKE") && (j == k || t.isPunct(j - 1, '(')))
                {
                    tableName(t, j + 1, to, a.tables);
                }
                else if (t.is(j, "SELECT"))
                {
                    final ClassBuilder inner = new ClassBuilder();
                    Expressions.scan(t, j, to, inner, true);
                    addAll(a.tables, inner.tables);
                    break;
                }
            }
            return;
        }
        a.implicitCommit();
        if (t.is(i, "USER"))
        {
            a.op = Operation.CREATE_USER;
        }
        else if (t.is(i, "ROLE"))
        {
            a.op = Operation.CREATE_ROLE;
        }
        else
        {
            a.op = Operation.CREATE;
        }
    }

    private static int skipDefiner(final Tokens t, final int from, final int to)
    {
        int i = from + 1;
        if (t.isPunct(i, '(') && t.isPunct(i + 1, ')'))
        {
            return i + 2;
        }
        if (t.type(i) == SqlLexer.USER_VAR)
        {
            return i + 1;
        }
        if (t.isPunct(i, '@'))
        {
            return i + 2;
        }
        return i;
    }

    private static void drop(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        final boolean temporary = t.is(from, "TEMPORARY");
        final int i = temporary ? from + 1 : from;
        if (t.is(i, "TABLE") || t.is(i, "TABLES"))
        {
            a.op = Operation.DROP_TABLE;
            a.mask |= QueryType.WRITE;
            if (temporary)
            {
                a.flags |= Classification.FLAG_DROP_TMP_TABLE;
            }
            else
            {
                a.implicitCommit();
            }
            final List<String> names = temporary ? a.temp : a.tables;
            int k = skipIfExists(t, i + 1, to);
            while (k < to)
            {
                k = tableName(t, k, to, names);
                if (!t.isPunct(k, ','))
                {
                    break;
                }
                k++;
            }
            if (temporary)
            {
                addAll(a.tables, a.temp);
            }
            return;
        }
        if (t.is(i, "PREPARE"))
        {
            a.op = Operation.DEALLOCATE;
            a.mask |= QueryType.DEALLOC_PREPARE;
            a.name = name(t, i + 1, to);
            return;
        }
        a.op = Operation.DROP;
        if (temporary)
        {
            // DROP TEMPORARY SEQUENCE: no implicit commit
            a.mask |= QueryType.WRITE;
        }
        else
        {
            a.implicitCommit();
        }
    }

    private static void load(final Tokens t, final int from, final int to, final ClassBuilder a)
    {
        a.mask |= QueryType.WRITE;
        if (!t.is(from, "DATA") && !t.is(from, "XML"))
        {
            // LOAD INDEX INTO CACHE
            a.op = Operation.OTHER;
            return;
        }
        final int i = skipWords(t, from + 1, to, "LOW_PRIORITY", "CONCURRENT");
        if (t.is(i, "LOCAL"))
        {
            a.op = Operation.LOAD_LOCAL;
            a.flags |= Classification.FLAG_LOAD_LOCAL;
        }
        else
        {
            a.op = Operation.LOAD;
        }
        for (int k = i; k < to; k++)
        {
            if (t.is(k, "INTO") && t.is(k + 1, "TABLE"))
            {
                tableName(t, k + 2, to, a.tables);
                break;
            }
        }
    }

    private static String name(final Tokens t, final int i, final int to)
    {
        return i < to && (isName(t, i) || t.type(i) == SqlLexer.STRING) ? t.text(i) : null;
    }

    private static void prepare(final Tokens t, final int from, final int to, final ClassBuilder a, final int sqlMode)
    {
        a.op = Operation.PREPARE;
        a.name = name(t, from, to);
        if (null == a.name)
        {
            a.unparsed();
            return;
        }
        a.mask |= QueryType.PREPARE_NAMED_STMT;
        if (t.is(from + 1, "FROM"))
        {
            final int k = from + 2;
            if (t.type(k) == SqlLexer.STRING && k + 1 >= to)
            {
                a.inner = innerClass(t, k, sqlMode);
            }
            else
            {
                Expressions.scan(t, k, to, a, false);
            }
        }
    }

    private static Classification innerClass(final Tokens t, final int k, final int sqlMode)
    {
        final String text = t.text(k);
        // N'...' and _charset'...' prefixes: text() keeps them only for N; strip a leading N
        final String sql = t.byteAt(k, 0) == '\'' || t.byteAt(k, 0) == '"' ? text
            : Tokens.unquote(text.substring(1), '\'', (sqlMode & SqlLexer.NO_BACKSLASH_ESCAPES) == 0);
        return classify(sql, sqlMode);
    }

    private static void execute(final Tokens t, final int from, final int to, final ClassBuilder a, final int sqlMode)
    {
        a.op = Operation.EXECUTE;
        if (t.is(from, "IMMEDIATE"))
        {
            final int k = from + 1;
            if (t.type(k) == SqlLexer.STRING && (k + 1 >= to || t.is(k + 1, "USING")))
            {
                a.inner = innerClass(t, k, sqlMode);
                a.mask |= a.inner.typeMask();
                a.flags |= a.inner.flags() & ~Classification.FLAG_MULTI_STATEMENT;
                addAll(a.tables, a.inner.tables());
                // the USING arguments are evaluated too
                Expressions.scan(t, k + 1, to, a, false);
            }
            else
            {
                a.mask |= QueryType.WRITE;
                Expressions.scan(t, k, to, a, false);
            }
            return;
        }
        a.mask |= QueryType.EXEC_STMT;
        a.name = name(t, from, to);
        Expressions.scan(t, from + 1, to, a, false);
    }

    private static void explain(final Tokens t, final int from, final int to, final ClassBuilder a, final int sqlMode)
    {
        a.op = Operation.EXPLAIN;
        a.mask |= QueryType.READ;
        int i = skipWords(t, from, to, "EXTENDED", "PARTITIONS");
        if (t.is(i, "FORMAT") && t.isPunct(i + 1, '='))
        {
            i += 3;
        }
        if (t.is(i, "SELECT") || t.is(i, "INSERT") || t.is(i, "UPDATE") || t.is(i, "DELETE")
            || t.is(i, "REPLACE") || t.is(i, "WITH") || t.is(i, "VALUES") || t.isPunct(i, '('))
        {
            // EXPLAIN does not run the statement, but the server treats EXPLAIN of a write as a write (refused
            // with 1792 in a READ ONLY transaction): the primary
            final ClassBuilder inner = new ClassBuilder();
            classifyStatement(t, i, to, inner, sqlMode);
            addAll(a.tables, inner.tables);
            if (inner.op == Operation.INSERT || inner.op == Operation.UPDATE || inner.op == Operation.DELETE)
            {
                a.mask |= QueryType.WRITE;
            }
        }
        else if (!t.is(i, "FOR"))
        {
            tableName(t, i, to, a.tables);
        }
    }

    private static void analyze(final Tokens t, final int from, final int to, final ClassBuilder a, final int sqlMode)
    {
        int i = skipWords(t, from, to, "NO_WRITE_TO_BINLOG", "LOCAL", "PERSISTENT");
        if (t.is(i, "TABLE") || t.is(i, "TABLES"))
        {
            a.op = Operation.OTHER;
            a.implicitCommit();
            tableList(t, i + 1, to, a.tables);
            return;
        }
        if (t.is(i, "FORMAT") && t.isPunct(i + 1, '='))
        {
            i += 3;
        }
        // ANALYZE stmt runs the statement
        classifyStatement(t, i, to, a, sqlMode);
    }
}
