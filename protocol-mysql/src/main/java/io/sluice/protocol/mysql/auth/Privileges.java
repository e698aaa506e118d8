package io.sluice.protocol.mysql.auth;

import java.util.Map;
import java.util.function.Function;

/**
 * MariaDB's privilege bits (privilege.h), as stored in the {@code access} field of
 * {@code mysql.global_priv.Priv} (10.4+) and as the {@code *_priv} Y/N columns of {@code mysql.user}.
 * Only what database access needs: {@link #DB_LEVEL} is the server's {@code DB_ACLS}, the privileges
 * that can also be granted on a database. A global privilege from that set lets the account use any
 * database ({@code mysql_change_db}: {@code db_access | master_access} must contain a DB_ACLS bit);
 * global-only privileges such as PROCESS, SHOW DATABASES or REPLICATION CLIENT do not. And who may
 * kill other users' connections ({@link #killsOthers}).
 */
public final class Privileges
{
    public static final long SELECT = 1L;
    public static final long INSERT = 1L << 1;
    public static final long UPDATE = 1L << 2;
    public static final long DELETE = 1L << 3;
    public static final long CREATE = 1L << 4;
    public static final long DROP = 1L << 5;
    public static final long RELOAD = 1L << 6;
    public static final long SHUTDOWN = 1L << 7;
    public static final long PROCESS = 1L << 8;
    public static final long FILE = 1L << 9;
    public static final long GRANT = 1L << 10;
    public static final long REFERENCES = 1L << 11;
    public static final long INDEX = 1L << 12;
    public static final long ALTER = 1L << 13;
    public static final long SHOW_DB = 1L << 14;
    public static final long SUPER = 1L << 15;
    public static final long CREATE_TMP = 1L << 16;
    public static final long LOCK_TABLES = 1L << 17;
    public static final long EXECUTE = 1L << 18;
    public static final long REPL_SLAVE = 1L << 19;
    public static final long BINLOG_MONITOR = 1L << 20;
    public static final long CREATE_VIEW = 1L << 21;
    public static final long SHOW_VIEW = 1L << 22;
    public static final long CREATE_PROC = 1L << 23;
    public static final long ALTER_PROC = 1L << 24;
    public static final long CREATE_USER = 1L << 25;
    public static final long EVENT = 1L << 26;
    public static final long TRIGGER = 1L << 27;
    public static final long CREATE_TABLESPACE = 1L << 28;
    public static final long DELETE_HISTORY = 1L << 29;
    /** 10.5.2+: KILL of other users' connections (SUPER did that before; both did until 10.11). */
    public static final long CONNECTION_ADMIN = 1L << 32;
    /** 11.3+ (also 10.11.? backports); 2^39, as read from a real 11.4 server. */
    public static final long SHOW_CREATE_ROUTINE = 1L << 39;

    /** The server's DB_ACLS: privileges that exist at database level. */
    public static final long DB_LEVEL = SELECT | INSERT | UPDATE | DELETE | CREATE | DROP | GRANT | REFERENCES
        | INDEX | ALTER | CREATE_TMP | LOCK_TABLES | EXECUTE | CREATE_VIEW | SHOW_VIEW | CREATE_PROC | ALTER_PROC
        | EVENT | TRIGGER | DELETE_HISTORY | SHOW_CREATE_ROUTINE;

    /** {@code mysql.user} column of each DB-level privilege (the pre-10.4 and MySQL table). */
    private static final Map<String, Long> USER_COLUMNS = Map.ofEntries(
        Map.entry("select_priv", SELECT), Map.entry("insert_priv", INSERT), Map.entry("update_priv", UPDATE),
        Map.entry("delete_priv", DELETE), Map.entry("create_priv", CREATE), Map.entry("drop_priv", DROP),
        Map.entry("grant_priv", GRANT), Map.entry("references_priv", REFERENCES), Map.entry("index_priv", INDEX),
        Map.entry("alter_priv", ALTER), Map.entry("create_tmp_table_priv", CREATE_TMP),
        Map.entry("lock_tables_priv", LOCK_TABLES), Map.entry("execute_priv", EXECUTE),
        Map.entry("create_view_priv", CREATE_VIEW), Map.entry("show_view_priv", SHOW_VIEW),
        Map.entry("create_routine_priv", CREATE_PROC), Map.entry("alter_routine_priv", ALTER_PROC),
        Map.entry("event_priv", EVENT), Map.entry("trigger_priv", TRIGGER),
        Map.entry("delete_history_priv", DELETE_HISTORY), Map.entry("show_db_priv", SHOW_DB),
        Map.entry("super_priv", SUPER),
        Map.entry("show_create_routine_priv", SHOW_CREATE_ROUTINE));

    private Privileges()
    {
    }

    /** True if a global privilege set lets its holder use every database. */
    public static boolean allowsAnyDatabase(final long globalAccess)
    {
        return (globalAccess & DB_LEVEL) != 0;
    }

    /**
     * True if a session with these global privileges may kill another user's connections and
     * statements (MariaDB's {@code PRIV_KILL_OTHER_USER_PROCESS}): CONNECTION ADMIN; SUPER too on
     * servers before 11.0 (11.4 refuses a SUPER-only account with 1095, checked on a real server).
     *
     * @param superKills whether the servers still let SUPER kill ({@link #superKillsOthers})
     */
    public static boolean killsOthers(final long globalAccess, final boolean superKills)
    {
        return (globalAccess & CONNECTION_ADMIN) != 0 || superKills && (globalAccess & SUPER) != 0;
    }

    /**
     * Whether SUPER alone lets a server's users kill others' connections, from its version string:
     * before MariaDB 11.0 (also MySQL, whose version is below 11). A MariaDB 10 server may announce
     * itself as {@code 5.5.5-10.x.y-MariaDB}; the prefix is skipped. An unreadable version: false.
     */
    public static boolean superKillsOthers(final String serverVersion)
    {
        final String v = serverVersion.startsWith("5.5.5-") ? serverVersion.substring(6) : serverVersion;
        int major = 0;
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i)) && major < 1000)
        {
            major = major * 10 + v.charAt(i) - '0';
            i++;
        }
        return i > 0 && major < 11;
    }

    /**
     * The access bits of a {@code mysql.user} row (old layout) from its Y/N columns, looked up by
     * lower-case column name. Only the DB-level columns, Show_db_priv and Super_priv are read.
     */
    public static long fromUserColumns(final Function<String, String> columnByLowerCaseName)
    {
        long access = 0;
        for (final Map.Entry<String, Long> e : USER_COLUMNS.entrySet())
        {
            final String v = columnByLowerCaseName.apply(e.getKey());
            if (v != null && (v.equals("Y") || v.equals("y")))
            {
                access |= e.getValue();
            }
        }
        return access;
    }
}
