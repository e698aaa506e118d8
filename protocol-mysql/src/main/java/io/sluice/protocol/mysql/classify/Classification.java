package io.sluice.protocol.mysql.classify;

import java.util.List;

/**
 * What one SQL text means for routing; immutable, so the cache hands the same instance to every
 * statement of the same canonical form.
 *
 * @param typeMask     MaxScale's type bits ({@link QueryType})
 * @param flags        what a router needs beyond them (the {@code FLAG_*} constants here)
 * @param operation    the first statement's operation
 * @param tables       tables the statement names (read or written), {@code db.table} or {@code table}
 *                     as written, without quotes, first appearance first
 * @param tempTables   the tables of CREATE TEMPORARY TABLE ({@link QueryType#CREATE_TMP_TABLE}) or
 *                     DROP TEMPORARY TABLE ({@link #FLAG_DROP_TMP_TABLE})
 * @param preparedName the statement name of PREPARE, EXECUTE or DEALLOCATE, else null
 * @param inner        for PREPARE ... FROM 'literal' and EXECUTE IMMEDIATE 'literal', the inner
 *                     statement's class; else null
 * @param canonical    the canonical form: comments dropped, white space runs made one space, literals
 *                     replaced by {@code ?} (kept in SET, PREPARE and EXECUTE statements, whose meaning
 *                     depends on them)
 */
public record Classification(int typeMask, int flags, Operation operation, List<String> tables,
    List<String> tempTables, String preparedName, Classification inner, String canonical)
{
    /** More than one statement (text after a {@code ;}): the primary; MaxScale's is_multi_stmt. */
    public static final int FLAG_MULTI_STATEMENT = 1;
    /**
     * Belongs to the server that ran the previous statement: SHOW WARNINGS, SHOW ERRORS, GET DIAGNOSTICS,
     * FOUND_ROWS(), ROW_COUNT() (MaxScale's relates_to_previous).
     */
    public static final int FLAG_RELATES_TO_PREVIOUS = 1 << 1;
    /** Calls a function that must run on the primary (LAST_INSERT_ID(), GET_LOCK(), NEXTVAL(), ...). */
    public static final int FLAG_PRIMARY_FUNCTION = 1 << 2;
    /** Calls a function that is not a built-in one: a stored or user-defined function (a write). */
    public static final int FLAG_STORED_FUNCTION = 1 << 3;
    /** SELECT ... FOR UPDATE, LOCK IN SHARE MODE, FOR SHARE: a write for routing. */
    public static final int FLAG_LOCKING_READ = 1 << 4;
    /** SELECT ... INTO @var, OUTFILE or DUMPFILE. */
    public static final int FLAG_SELECT_INTO = 1 << 5;
    /** CALL: may do anything (MaxScale: strict_sp_calls). */
    public static final int FLAG_CALL = 1 << 6;
    /** LOAD DATA LOCAL INFILE: the client sends the file next. */
    public static final int FLAG_LOAD_LOCAL = 1 << 7;
    /** KILL. */
    public static final int FLAG_KILL = 1 << 8;
    /** Ends an open transaction implicitly (DDL, LOCK TABLES, GRANT, ...); {@link QueryType#COMMIT} is set too. */
    public static final int FLAG_IMPLICIT_COMMIT = 1 << 9;
    /** An XA statement. */
    public static final int FLAG_XA = 1 << 10;
    /** DROP TEMPORARY TABLE: {@link #tempTables()} names them. */
    public static final int FLAG_DROP_TMP_TABLE = 1 << 11;
    /** Assigns sql_mode: the caller must update the lexer flags from the server's answer. */
    public static final int FLAG_SQL_MODE = 1 << 12;
    /** Not understood: classified as a write to the primary. */
    public static final int FLAG_UNPARSED = 1 << 13;

    private static final String[] FLAG_NAMES = {"MULTI", "PREVIOUS", "PRIMARY_FN", "STORED_FN", "LOCKING_READ", "INTO",
        "CALL", "LOAD_LOCAL", "KILL", "IMPLICIT_COMMIT", "XA", "DROP_TMP", "SQL_MODE", "UNPARSED"};

    /** Whether any of the bits is set. */
    public boolean is(final int queryTypeBits)
    {
        return (typeMask & queryTypeBits) != 0;
    }

    /** Whether the Sluice flag is set. */
    public boolean has(final int flag)
    {
        return (flags & flag) != 0;
    }

    /**
     * Whether any server may run it: it reads (data or variables) and nothing in it writes, changes the
     * session or transaction state, or must run on the primary.
     */
    public boolean isReadOnly()
    {
        final int reads = QueryType.READ | QueryType.USERVAR_READ | QueryType.SYSVAR_READ | QueryType.GSYSVAR_READ;
        final int others = ~reads & ~(QueryType.PREPARE_STMT);
        return (typeMask & reads) != 0 && (typeMask & others) == 0
            && (flags & (FLAG_MULTI_STATEMENT | FLAG_UNPARSED | FLAG_LOCKING_READ | FLAG_SELECT_INTO | FLAG_CALL)) == 0;
    }

    /** The flags' names joined by {@code |}, or {@code -}. */
    public static String flagsToString(final int flags)
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++)
        {
            if ((flags & (1 << i)) != 0)
            {
                sb.append(sb.length() == 0 ? "" : "|").append(FLAG_NAMES[i]);
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** The mask named by {@link #flagsToString(int)}'s output. */
    public static int parseFlags(final String names)
    {
        int mask = 0;
        for (final String name : names.split("\\|"))
        {
            for (int i = 0; i < FLAG_NAMES.length; i++)
            {
                if (FLAG_NAMES[i].equals(name))
                {
                    mask |= 1 << i;
                }
            }
        }
        return mask;
    }

    /**
     * One line in the stable text format of the corpus expectations:
     * {@code OPERATION TYPE|BITS FLAGS tables} ({@code -} for none), plus {@code name=} and the inner class.
     */
    public String describe()
    {
        final StringBuilder sb = new StringBuilder();
        sb.append(operation).append(' ').append(QueryType.toString(typeMask)).append(' ').append(flagsToString(flags))
            .append(' ').append(tables.isEmpty() ? "-" : String.join(",", tables));
        if (!tempTables.isEmpty())
        {
            sb.append(" tmp=").append(String.join(",", tempTables));
        }
        if (null != preparedName)
        {
            sb.append(" name=").append(preparedName);
        }
        if (null != inner)
        {
            sb.append(" inner=[").append(inner.describe()).append(']');
        }
        return sb.toString();
    }
}
