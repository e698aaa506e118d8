package io.sluice.protocol.mysql.auth;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable snapshot of a service's user accounts, as loaded from the servers' grant tables by
 * {@link UserAccountLoader} (or built by hand with {@link #builder()}).
 *
 * <p><b>Which account.</b> {@link #find} picks the account MariaDB 10.4+ would pick
 * (sql_acl.cc {@code find_by_username_or_anon}): among the accounts with the client's user name,
 * the first whose host matches in {@link HostPattern#MOST_SPECIFIC_FIRST} order; an anonymous
 * account ({@code ''@host}) wins instead only if its host is strictly more specific. So, as on the
 * server, {@code ''@localhost} shadows {@code 'app'@'%'} for a client on 127.0.0.1 when loopback
 * matches localhost ({@link #localhostMatchesLoopback}: as the servers' {@code skip_name_resolve}
 * says, unless {@code localhost_match_loopback} overrides it). (MaxScale differs: it tries named
 * accounts first and anonymous ones only if none matches.) Roles are never chosen.
 *
 * <p><b>Which database.</b> {@link Account#canUseDatabase} answers from the grants, {@link
 * #databaseExists} from {@code SHOW DATABASES}. The server checks the name's character set first
 * (1300), then access: a client without access gets 1044 even for a database that does not exist,
 * one with access gets 1049 for a missing database ({@code mysql_change_db}); {@link #checkDatabase}
 * follows that order, and leaves what only the server can know (a database created since the
 * accounts were read, the wording of 1300) to the server.
 *
 * <p>Thread-safe: published through a volatile field by {@link UserAccountsCache} and read by any
 * worker. {@link #find} allocates a little (the client's address as text), once per login.
 */
public final class UserAccounts
{
    /** The answer to "may this account use this database", in the server's order of checks. */
    public enum DatabaseCheck
    {
        /** Access allowed and the database exists (or the list of databases is unknown). */
        OK,
        /** No grant allows it: the server answers ER_DBACCESS_DENIED_ERROR (1044, 42000). */
        ACCESS_DENIED,
        /**
         * Allowed but not among the databases listed when the accounts were read: it may have been
         * created since, so the server judges (ER_BAD_DB_ERROR, 1049, if it is missing there too).
         */
        UNKNOWN_DATABASE,
        /**
         * A name the server refuses before it looks at grants: not valid utf8mb3 (a 4-byte
         * character, or bytes that are not UTF-8), ER_INVALID_CHARACTER_STRING (1300); left to the
         * server, which words the error.
         */
        INVALID_NAME
    }

    /** The server's error for an unknown database. */
    public static final int ER_BAD_DB_ERROR = 1049;
    /** The server's error for a database the account may not use. */
    public static final int ER_DBACCESS_DENIED_ERROR = 1044;
    /** The server's error for a wrong password or an unknown user. */
    public static final int ER_ACCESS_DENIED_ERROR = 1045;
    /** The server's error for a locked account. */
    public static final int ER_ACCOUNT_HAS_BEEN_LOCKED = 4151;

    private static final Account[] NO_ACCOUNTS = new Account[0];
    private static final String PUBLIC_ROLE = "PUBLIC";

    private final Map<String, Account[]> byUser;
    private final Account[] anonymous;
    private final Set<String> databases;
    private final boolean databaseListComplete;
    private final boolean lowerCaseNames;
    private final boolean skipNameResolve;
    private final boolean localhostMatchesLoopback;
    private final UserAccountSettings settings;
    private final List<String> sources;
    private final int size;

    private UserAccounts(final Map<String, Account[]> byUser, final Account[] anonymous, final Set<String> databases,
                         final boolean databaseListComplete, final boolean lowerCaseNames,
                         final boolean skipNameResolve, final UserAccountSettings settings, final List<String> sources,
                         final int size)
    {
        this.byUser = byUser;
        this.anonymous = anonymous;
        this.databases = databases;
        this.databaseListComplete = databaseListComplete;
        this.lowerCaseNames = lowerCaseNames;
        this.skipNameResolve = skipNameResolve;
        this.localhostMatchesLoopback = settings.localhostMatchLoopback().matches(skipNameResolve);
        this.settings = settings;
        this.sources = sources;
        this.size = size;
    }

    /** No accounts: every login fails. What a cache holds before its first load. */
    public static UserAccounts empty(final UserAccountSettings settings)
    {
        return new UserAccounts(Map.of(), NO_ACCOUNTS, Set.of(), false, false, false, settings, List.of(), 0);
    }

    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * The account MariaDB would authenticate this client as, or empty if none matches. Also empty for
     * the user {@code root} unless {@code enable_root_user} is set (see {@link #isBlockedRoot}).
     */
    public Optional<Account> find(final String user, final InetAddress clientAddress)
    {
        if (isBlockedRoot(user))
        {
            return Optional.empty();
        }
        final HostPattern.ClientHost client = HostPattern.ClientHost.of(clientAddress, localhostMatchesLoopback);
        Account named = null;
        for (final Account a : byUser.getOrDefault(user, NO_ACCOUNTS))
        {
            if (a.host().matches(client))
            {
                named = a;
                break;
            }
        }
        for (final Account a : anonymous)
        {
            // An anonymous account wins only with a strictly more specific host (its sort number
            // carries an extra "anonymous" bit that loses ties).
            if (named != null && a.host().sortKey() >= named.host().sortKey())
            {
                break;
            }
            if (a.host().matches(client))
            {
                return Optional.of(a);
            }
        }
        return Optional.ofNullable(named);
    }

    /**
     * True if {@code user} is root and {@code enable_root_user} is off: {@link #find} refuses it, and a
     * refused root is no reason to reload the accounts.
     */
    public boolean isBlockedRoot(final String user)
    {
        return !settings.enableRootUser() && "root".equals(user);
    }

    /**
     * True if the database exists on the server the accounts came from (information_schema always).
     * Also true for any name when the list is incomplete (the service user lacks SHOW DATABASES):
     * the server will then report a missing database itself.
     */
    public boolean databaseExists(final String db)
    {
        if (!databaseListComplete || db.equalsIgnoreCase(Account.INFORMATION_SCHEMA))
        {
            return true;
        }
        return databases.contains(lowerCaseNames ? db.toLowerCase(Locale.ROOT) : db);
    }

    /** The name first, then access, then existence, like the server (see the class comment). */
    public DatabaseCheck checkDatabase(final Account account, final String db)
    {
        if (!isUtf8mb3(db))
        {
            return DatabaseCheck.INVALID_NAME;
        }
        if (!account.canUseDatabase(db))
        {
            return DatabaseCheck.ACCESS_DENIED;
        }
        return databaseExists(db) ? DatabaseCheck.OK : DatabaseCheck.UNKNOWN_DATABASE;
    }

    /**
     * True if the name, decoded from the client's UTF-8, fits the server's system character set
     * (utf8mb3: no character beyond U+FFFF, and no U+FFFD, which stands for bytes that were not UTF-8).
     */
    static boolean isUtf8mb3(final String db)
    {
        for (int i = 0; i < db.length(); i++)
        {
            final char c = db.charAt(i);
            if (Character.isSurrogate(c) || c == '\uFFFD')
            {
                return false;
            }
        }
        return true;
    }

    /**
     * True if clients on 127.0.0.1 and ::1 match 'localhost' accounts: {@code localhost_match_loopback},
     * or with {@code auto} (the default), true unless the servers run with {@code skip_name_resolve}.
     */
    public boolean localhostMatchesLoopback()
    {
        return localhostMatchesLoopback;
    }

    /** The servers' {@code @@skip_name_resolve} as read with the accounts (the first server's). */
    public boolean skipNameResolve()
    {
        return skipNameResolve;
    }

    /** False if SHOW DATABASES may not have listed every database (see {@link #databaseExists}). */
    public boolean databaseListComplete()
    {
        return databaseListComplete;
    }

    /** The databases SHOW DATABASES listed (lower case when the server has lower_case_table_names). */
    public Set<String> databases()
    {
        return databases;
    }

    /** Every account, by user name, each user's accounts most specific first. */
    public List<Account> accounts()
    {
        final List<Account> all = new ArrayList<>(size);
        all.addAll(Arrays.asList(anonymous));
        for (final Account[] list : new TreeMap<>(byUser).values())
        {
            all.addAll(Arrays.asList(list));
        }
        return all;
    }

    /** How many accounts (roles excluded). */
    public int size()
    {
        return size;
    }

    /** The servers the accounts were read from. */
    public List<String> sources()
    {
        return sources;
    }

    public UserAccountSettings settings()
    {
        return settings;
    }

    @Override
    public String toString()
    {
        return "UserAccounts[" + size + " accounts, " + databases.size() + " databases"
            + (databaseListComplete ? "" : " (incomplete)") + ", from " + sources + "]";
    }

    /**
     * Collects rows from one or more servers' grant tables; {@link #build} resolves them. With rows from
     * several servers ({@code auth_all_servers}), the first row of each {@code user@host} wins and the
     * grants and databases are united. Not thread-safe.
     */
    public static final class Builder
    {
        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final Map<String, Long> roleAccess = new HashMap<>();
        private final Map<String, List<String>> databaseGrants = new HashMap<>();
        private final Map<String, List<String>> objectGrants = new HashMap<>();
        private final Map<String, Set<String>> roleGrants = new HashMap<>();
        private final Set<String> databases = new LinkedHashSet<>();
        private final List<String> sources = new ArrayList<>();
        private boolean databaseListComplete;
        private boolean lowerCaseNames;
        private boolean skipNameResolve;

        private Builder()
        {
        }

        /**
         * One row of mysql.global_priv (or mysql.user).
         *
         * @param plugin       the authentication plugin; null or empty means mysql_native_password
         * @param authString   the plugin's string: for mysql_native_password "" or "*" + 40 hex
         * @param globalAccess the global privilege bits ({@link Privileges})
         * @param defaultRole  the default role, null or empty for none
         */
        public Builder addAccount(final String user, final String host, final String plugin, final String authString,
                                  final boolean locked, final boolean isRole, final String defaultRole,
                                  final long globalAccess)
        {
            if (isRole)
            {
                roleAccess.merge(user, globalAccess, (a, b) -> a | b);
            }
            else
            {
                rows.putIfAbsent(key(user, host), new Row(user, host == null ? "" : host, plugin, authString, locked,
                    defaultRole == null ? "" : defaultRole, globalAccess));
            }
            return this;
        }

        /** A row of mysql.db: {@code db} is a pattern ('%', '_', '\' escapes). */
        public Builder addDatabaseGrant(final String user, final String host, final String db)
        {
            databaseGrants.computeIfAbsent(key(user, host), k -> new ArrayList<>()).add(db);
            return this;
        }

        /** A table, column or routine grant in {@code db} (tables_priv, columns_priv, procs_priv). */
        public Builder addObjectGrant(final String user, final String host, final String db)
        {
            objectGrants.computeIfAbsent(key(user, host), k -> new ArrayList<>()).add(db);
            return this;
        }

        /** A row of mysql.roles_mapping: {@code role} granted to {@code user@host} (host '' for a role). */
        public Builder addRoleGrant(final String user, final String host, final String role)
        {
            roleGrants.computeIfAbsent(key(user, host), k -> new LinkedHashSet<>()).add(role);
            return this;
        }

        /** A name from SHOW DATABASES. */
        public Builder addDatabase(final String db)
        {
            databases.add(db);
            return this;
        }

        /** Whether SHOW DATABASES listed every database (the loading user had SHOW DATABASES). */
        public Builder databaseListComplete(final boolean complete)
        {
            databaseListComplete = complete;
            return this;
        }

        /** The server's lower_case_table_names: non-zero makes database names case-insensitive. */
        public Builder lowerCaseTableNames(final int value)
        {
            lowerCaseNames = value != 0;
            return this;
        }

        /**
         * The server's {@code @@skip_name_resolve}: on, it never names a client on loopback
         * "localhost", so with {@code localhost_match_loopback=auto} neither does the proxy.
         */
        public Builder skipNameResolve(final boolean value)
        {
            skipNameResolve = value;
            return this;
        }

        /** A server the rows came from (for diagnostics). */
        public Builder addSource(final String server)
        {
            sources.add(server);
            return this;
        }

        public UserAccounts build(final UserAccountSettings settings)
        {
            final Map<String, List<Account>> lists = new HashMap<>();
            final List<Account> anonymousList = new ArrayList<>();
            for (final Row row : rows.values())
            {
                final Account account = resolve(row, settings);
                if (row.user.isEmpty())
                {
                    anonymousList.add(account);
                }
                else
                {
                    lists.computeIfAbsent(row.user, u -> new ArrayList<>()).add(account);
                }
            }
            final Map<String, Account[]> byUser = new HashMap<>();
            for (final Map.Entry<String, List<Account>> e : lists.entrySet())
            {
                byUser.put(e.getKey(), sorted(e.getValue()));
            }
            final Set<String> names = new HashSet<>();
            for (final String db : databases)
            {
                names.add(normalize(db));
            }
            return new UserAccounts(Map.copyOf(byUser), sorted(anonymousList), Collections.unmodifiableSet(names),
                databaseListComplete, lowerCaseNames, skipNameResolve, settings, List.copyOf(sources), rows.size());
        }

        private Account resolve(final Row row, final UserAccountSettings settings)
        {
            final String plugin = row.plugin == null || row.plugin.isEmpty()
                ? NativePassword.PLUGIN_NAME : row.plugin.toLowerCase(Locale.ROOT);
            byte[] stored = null;
            boolean nativeUsable = false;
            if (plugin.equals(NativePassword.PLUGIN_NAME))
            {
                try
                {
                    stored = NativePassword.parseStoredHash(row.authString);
                    nativeUsable = true;
                }
                catch (final IllegalArgumentException e)
                {
                    // e.g. "invalid" (root with unix_socket OR native): no password can match
                    nativeUsable = false;
                }
            }

            final Set<String> exact = new HashSet<>();
            final List<LikePattern> patterns = new ArrayList<>();
            boolean any = Privileges.allowsAnyDatabase(row.globalAccess);
            long sessionAccess = row.globalAccess;
            addGrants(key(row.user, row.host), settings, exact, patterns);

            // The default role (only while it is still granted), the roles granted to it, and PUBLIC.
            final ArrayDeque<String> open = new ArrayDeque<>();
            final Set<String> seen = new HashSet<>();
            if (!row.defaultRole.isEmpty()
                && roleGrants.getOrDefault(key(row.user, row.host), Set.of()).contains(row.defaultRole))
            {
                open.add(row.defaultRole);
            }
            open.add(PUBLIC_ROLE);
            while (!open.isEmpty())
            {
                final String role = open.poll();
                if (!seen.add(role))
                {
                    continue;
                }
                final long access = roleAccess.getOrDefault(role, 0L);
                any |= Privileges.allowsAnyDatabase(access);
                sessionAccess |= access;
                addGrants(key(role, ""), settings, exact, patterns);
                open.addAll(roleGrants.getOrDefault(key(role, ""), Set.of()));
            }

            return new Account(row.user, HostPattern.parse(row.host), plugin, stored, nativeUsable, row.locked,
                row.globalAccess, sessionAccess, row.defaultRole, any, Set.copyOf(exact),
                patterns.toArray(new LikePattern[0]), lowerCaseNames);
        }

        /** Adds the database-level patterns and the object-grant databases of one grantee. */
        private void addGrants(final String grantee, final UserAccountSettings settings, final Set<String> exact,
                                  final List<LikePattern> patterns)
        {
            for (final String db : databaseGrants.getOrDefault(grantee, List.of()))
            {
                final LikePattern p = LikePattern.compile(normalize(db));
                if (p.hasWildcards())
                {
                    patterns.add(p);
                }
                else
                {
                    exact.add(LikePattern.stripEscapes(p.text()));
                }
            }
            for (final String db : objectGrants.getOrDefault(grantee, List.of()))
            {
                // Object grants name a database literally; strip_db_esc undoes "test\_db".
                exact.add(normalize(settings.stripDbEsc() ? LikePattern.stripEscapes(db) : db));
            }
        }

        private String normalize(final String db)
        {
            return lowerCaseNames ? db.toLowerCase(Locale.ROOT) : db;
        }

        private static Account[] sorted(final List<Account> accounts)
        {
            final Account[] array = accounts.toArray(NO_ACCOUNTS);
            Arrays.sort(array, (a, b) -> HostPattern.MOST_SPECIFIC_FIRST.compare(a.host(), b.host()));
            return array;
        }

        private static String key(final String user, final String host)
        {
            return user + '\0' + (host == null ? "" : host);
        }
    }

    private record Row(String user, String host, String plugin, String authString, boolean locked,
                       String defaultRole, long globalAccess)
    {
    }
}
