package io.sluice.protocol.mysql.classify;

/**
 * MaxScale's statement type bits ({@code mxs::sql::Type} in {@code include/maxscale/parser.hh}, the
 * {@code QUERY_TYPE_*} of older releases), same names and same values, so masks compare one to one.
 */
public final class QueryType
{
    /** No bit: the initial value. */
    public static final int UNKNOWN = 0;
    /** Reads database data: any server. */
    public static final int READ = 1 << 1;
    /** Modifies data: the primary. */
    public static final int WRITE = 1 << 2;
    /** A read that must run on the primary (LAST_INSERT_ID(), {@code @@last_insert_id}, ...). */
    public static final int MASTER_READ = 1 << 3;
    /** Modifies session state (SET, SET NAMES, USE, SET ROLE, ...): every server. */
    public static final int SESSION_WRITE = 1 << 4;
    /** Writes a user variable. */
    public static final int USERVAR_WRITE = 1 << 5;
    /** Reads a user variable. */
    public static final int USERVAR_READ = 1 << 6;
    /** Reads a session system variable. */
    public static final int SYSVAR_READ = 1 << 7;
    /** Reads a global system variable. */
    public static final int GSYSVAR_READ = 1 << 8;
    /** Writes a global system variable. */
    public static final int GSYSVAR_WRITE = 1 << 9;
    /** BEGIN, START TRANSACTION, XA START, SET autocommit=0. */
    public static final int BEGIN_TRX = 1 << 10;
    /** SET autocommit=1. */
    public static final int ENABLE_AUTOCOMMIT = 1 << 11;
    /** SET autocommit=0. */
    public static final int DISABLE_AUTOCOMMIT = 1 << 12;
    /** ROLLBACK, XA ROLLBACK. */
    public static final int ROLLBACK = 1 << 13;
    /** COMMIT, XA COMMIT, SET autocommit=1, and the implicit commit of DDL and LOCK TABLES. */
    public static final int COMMIT = 1 << 14;
    /** PREPARE name FROM ... */
    public static final int PREPARE_NAMED_STMT = 1 << 15;
    /** COM_STMT_PREPARE. */
    public static final int PREPARE_STMT = 1 << 16;
    /** EXECUTE name. */
    public static final int EXEC_STMT = 1 << 17;
    /** CREATE TEMPORARY TABLE. */
    public static final int CREATE_TMP_TABLE = 1 << 18;
    /** DEALLOCATE PREPARE, DROP PREPARE. */
    public static final int DEALLOC_PREPARE = 1 << 22;
    /** START TRANSACTION READ ONLY, SET TRANSACTION READ ONLY. */
    public static final int READONLY = 1 << 23;
    /** START TRANSACTION READ WRITE, SET TRANSACTION READ WRITE. */
    public static final int READWRITE = 1 << 24;
    /** SET TRANSACTION without SESSION or GLOBAL: only for the next transaction. */
    public static final int NEXT_TRX = 1 << 25;

    private static final int[] BITS = {READ, WRITE, MASTER_READ, SESSION_WRITE, USERVAR_WRITE, USERVAR_READ,
        SYSVAR_READ, GSYSVAR_READ, GSYSVAR_WRITE, BEGIN_TRX, ENABLE_AUTOCOMMIT, DISABLE_AUTOCOMMIT, ROLLBACK, COMMIT,
        PREPARE_NAMED_STMT, PREPARE_STMT, EXEC_STMT, CREATE_TMP_TABLE, DEALLOC_PREPARE, READONLY, READWRITE, NEXT_TRX};
    private static final String[] NAMES = {"READ", "WRITE", "MASTER_READ", "SESSION_WRITE", "USERVAR_WRITE",
        "USERVAR_READ", "SYSVAR_READ", "GSYSVAR_READ", "GSYSVAR_WRITE", "BEGIN_TRX", "ENABLE_AUTOCOMMIT",
        "DISABLE_AUTOCOMMIT", "ROLLBACK", "COMMIT", "PREPARE_NAMED_STMT", "PREPARE_STMT", "EXEC_STMT",
        "CREATE_TMP_TABLE", "DEALLOC_PREPARE", "READONLY", "READWRITE", "NEXT_TRX"};

    private QueryType()
    {
    }

    /** The bits' names joined by {@code |} (MaxScale's order), or {@code UNKNOWN}. */
    public static String toString(final int mask)
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BITS.length; i++)
        {
            if ((mask & BITS[i]) != 0)
            {
                sb.append(sb.length() == 0 ? "" : "|").append(NAMES[i]);
            }
        }
        return sb.length() == 0 ? "UNKNOWN" : sb.toString();
    }

    /** The mask named by {@link #toString(int)}'s output. */
    public static int parse(final String names)
    {
        int mask = 0;
        for (final String name : names.split("\\|"))
        {
            for (int i = 0; i < NAMES.length; i++)
            {
                if (NAMES[i].equals(name))
                {
                    mask |= BITS[i];
                }
            }
        }
        return mask;
    }
}
