package io.sluice.protocol.mysql.auth;

import java.util.Locale;
import java.util.Set;

/**
 * One user account ({@code 'user'@'host'}) of a {@link UserAccounts} snapshot, with what the proxy
 * needs to authenticate a client as it and to decide whether it may use a database. The database
 * access (own grants, the default role and the roles it includes, the PUBLIC role) is resolved when
 * the snapshot is built.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the password hash.
 */
public final class Account
{
    static final String INFORMATION_SCHEMA = "information_schema";

    private final String user;
    private final HostPattern host;
    private final String plugin;
    private final byte[] storedDoubleSha1;
    private final boolean nativeUsable;
    private final boolean locked;
    private final long globalAccess;
    private final long sessionAccess;
    private final String defaultRole;
    private final boolean anyDatabase;
    private final Set<String> databases;
    private final LikePattern[] databasePatterns;
    private final boolean lowerCaseNames;

    Account(final String user, final HostPattern host, final String plugin, final byte[] storedDoubleSha1,
            final boolean nativeUsable, final boolean locked, final long globalAccess, final long sessionAccess,
            final String defaultRole, final boolean anyDatabase, final Set<String> databases,
            final LikePattern[] databasePatterns, final boolean lowerCaseNames)
    {
        this.user = user;
        this.host = host;
        this.plugin = plugin;
        this.storedDoubleSha1 = storedDoubleSha1;
        this.nativeUsable = nativeUsable;
        this.locked = locked;
        this.globalAccess = globalAccess;
        this.sessionAccess = sessionAccess;
        this.defaultRole = defaultRole;
        this.anyDatabase = anyDatabase;
        this.databases = databases;
        this.databasePatterns = databasePatterns;
        this.lowerCaseNames = lowerCaseNames;
    }

    /** The user name; empty for an anonymous account, which matches any client user name. */
    public String user()
    {
        return user;
    }

    public boolean isAnonymous()
    {
        return user.isEmpty();
    }

    public HostPattern host()
    {
        return host;
    }

    /** The authentication plugin, in lower case ({@code mysql_native_password} when the row names none). */
    public String plugin()
    {
        return plugin;
    }

    /**
     * True if a client can log in to this account with mysql_native_password: the plugin is
     * mysql_native_password and the stored string is empty or a valid hash. False for other plugins
     * and for placeholder strings such as "invalid" (which no password matches).
     */
    public boolean usesNativePassword()
    {
        return nativeUsable;
    }

    /**
     * {@code SHA1(SHA1(pw))} as 20 bytes (a copy), or null when the account has no password or does not
     * use mysql_native_password; check {@link #usesNativePassword()} first.
     */
    public byte[] storedDoubleSha1()
    {
        return storedDoubleSha1 == null ? null : storedDoubleSha1.clone();
    }

    /** True for a mysql_native_password account with an empty password. */
    public boolean hasEmptyPassword()
    {
        return nativeUsable && storedDoubleSha1 == null;
    }

    /**
     * Verifies a client token against this account's password (see {@link NativePassword#verify});
     * false for accounts that do not use mysql_native_password.
     */
    public boolean verifyNativeToken(final byte[] token, final byte[] seed20)
    {
        return nativeUsable && NativePassword.verify(token, seed20, storedDoubleSha1);
    }

    /** {@code ACCOUNT LOCK}: the server refuses such logins with error 4151. */
    public boolean isLocked()
    {
        return locked;
    }

    /** The global privilege bits ({@link Privileges}). */
    public long globalAccess()
    {
        return globalAccess;
    }

    /**
     * The global privilege bits a session of this account has after logging in: its own, and those of
     * its default role (while still granted), the roles granted to that role, and PUBLIC. A later
     * {@code SET ROLE} changes the server's view, not this one.
     */
    public long sessionGlobalAccess()
    {
        return sessionAccess;
    }

    /** The default role (empty if none), activated at login. */
    public String defaultRole()
    {
        return defaultRole;
    }

    /**
     * True if this account may {@code USE db}: information_schema always; any database with a global
     * privilege from the database-level set; else a database-level grant whose pattern matches, or a
     * table, column or routine grant in that database, for the account itself, its default role (and
     * the roles granted to that role) and PUBLIC. It says nothing about whether the database exists.
     */
    public boolean canUseDatabase(final String db)
    {
        if (db.equalsIgnoreCase(INFORMATION_SCHEMA) || anyDatabase)
        {
            return true;
        }
        final String name = lowerCaseNames ? db.toLowerCase(Locale.ROOT) : db;
        if (databases.contains(name))
        {
            return true;
        }
        for (final LikePattern p : databasePatterns)
        {
            if (p.matches(name, false))
            {
                return true;
            }
        }
        return false;
    }

    /** True if a global privilege (direct or through the roles) allows every database. */
    public boolean canUseAnyDatabase()
    {
        return anyDatabase;
    }

    @Override
    public String toString()
    {
        return "'" + user + "'@'" + host.text() + "' (" + plugin + (locked ? ", locked" : "") + ")";
    }
}
