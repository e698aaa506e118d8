package io.sluice.protocol.mysql.auth;

import io.sluice.protocol.mysql.admin.AdminClient;
import io.sluice.protocol.mysql.admin.BackendAddress;
import io.sluice.protocol.mysql.admin.ServerErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the user accounts of a service from its servers' grant tables with the service's own
 * account ({@code user}/{@code password} of the service), over a blocking {@link AdminClient}. Runs
 * on the {@link UserAccountsCache}'s thread, never on a worker.
 *
 * <p>What it reads (MaxScale's user_data.cc reads the same tables):
 * <ul>
 * <li>accounts and roles from {@code mysql.global_priv} (MariaDB 10.4+: the JSON {@code Priv}
 *     column's {@code plugin}, {@code authentication_string}, {@code account_locked},
 *     {@code is_role}, {@code default_role}, {@code access}), or else from {@code mysql.user}
 *     (older MariaDB, MySQL);</li>
 * <li>database grants from {@code mysql.db}; table, column and routine grants from
 *     {@code mysql.tables_priv}, {@code columns_priv} and {@code procs_priv} (each counts as access
 *     to its database); roles from {@code mysql.roles_mapping}. A table the service user may not
 *     read is skipped with a warning;</li>
 * <li>{@code SHOW DATABASES}, {@code @@lower_case_table_names}, {@code @@skip_name_resolve} (with
 *     {@code localhost_match_loopback=auto}, whether a client on loopback matches 'localhost'
 *     accounts; the first server's value counts), and whether the service user can
 *     see every database (SHOW DATABASES or a global database-level privilege): without it the
 *     list is marked incomplete and unknown databases are left for the server to refuse.</li>
 * </ul>
 * The service user therefore needs SELECT on those mysql tables and SHOW DATABASES, as with MaxScale.
 *
 * <p>Servers come from a supplier, primary first: with {@code auth_all_servers=false} the first
 * server that answers is used, otherwise the union over all that answer.
 *
 * <p>Thread-safe if the supplier is; each {@link #load()} opens its own connections.
 */
public final class UserAccountLoader
{
    private static final Logger LOG = LoggerFactory.getLogger(UserAccountLoader.class);

    private static final int ER_TABLEACCESS_DENIED_ERROR = 1142;
    private static final int ER_COLUMNACCESS_DENIED_ERROR = 1143;
    private static final int ER_NO_SUCH_TABLE = 1146;
    private static final int ER_SP_DOES_NOT_EXIST = 1305;
    private static final int ER_PARSE_ERROR = 1064;
    private static final int ER_BAD_FIELD_ERROR = 1054;

    static final String GLOBAL_PRIV_QUERY = "SELECT User, Host, JSON_VALUE(Priv, '$.plugin'),"
        + " JSON_VALUE(Priv, '$.authentication_string'), JSON_VALUE(Priv, '$.account_locked'),"
        + " JSON_VALUE(Priv, '$.is_role'), JSON_VALUE(Priv, '$.default_role'), JSON_VALUE(Priv, '$.access')"
        + " FROM mysql.global_priv";
    static final String USER_TABLE_QUERY = "SELECT * FROM mysql.user";
    static final String DB_GRANTS_QUERY = "SELECT User, Host, Db FROM mysql.db";
    static final String[] OBJECT_GRANT_TABLES = {"tables_priv", "columns_priv", "procs_priv"};
    static final String ROLES_QUERY = "SELECT User, Host, Role FROM mysql.roles_mapping";
    /** Who the service user is, and the server settings that decide database names and host matching. */
    static final String SELF_QUERY = "SELECT CURRENT_USER(), @@lower_case_table_names, @@skip_name_resolve";

    /** Opens an admin connection to a server with the service's credentials. */
    @FunctionalInterface
    public interface Connector
    {
        AdminClient connect(BackendAddress server) throws IOException;
    }

    private final String serviceName;
    private final Supplier<List<BackendAddress>> servers;
    private final Connector connector;
    private final UserAccountSettings settings;

    /**
     * @param serviceName for log lines
     * @param servers     the service's servers, primary first (the monitor's view at call time)
     * @param user        the service user
     * @param password    its password
     * @param options     connect and read timeouts
     * @param settings    the service's account settings
     */
    public UserAccountLoader(final String serviceName, final Supplier<List<BackendAddress>> servers, final String user,
                             final String password, final AdminClient.Options options,
                             final UserAccountSettings settings)
    {
        this(serviceName, servers, server -> AdminClient.connect(server, user, password, options), settings);
    }

    public UserAccountLoader(final String serviceName, final Supplier<List<BackendAddress>> servers,
                             final Connector connector, final UserAccountSettings settings)
    {
        this.serviceName = Objects.requireNonNull(serviceName);
        this.servers = Objects.requireNonNull(servers);
        this.connector = Objects.requireNonNull(connector);
        this.settings = Objects.requireNonNull(settings);
    }

    public UserAccountSettings settings()
    {
        return settings;
    }

    /**
     * Loads a new snapshot. Blocking: connects, runs about eight queries per server, disconnects.
     *
     * @throws IOException if no server gave its accounts (the failures are attached as suppressed)
     */
    public UserAccounts load() throws IOException
    {
        final List<BackendAddress> candidates = servers.get();
        final UserAccounts.Builder builder = UserAccounts.builder();
        IOException failure = null;
        int loaded = 0;
        boolean complete = true;
        int lowerCaseTableNames = 0;
        Boolean skipNameResolve = null;
        for (final BackendAddress server : candidates)
        {
            try (AdminClient client = connector.connect(server))
            {
                final ServerInfo info = readInto(client, builder, server.name());
                complete &= info.databaseListComplete;
                lowerCaseTableNames |= info.lowerCaseTableNames;
                if (skipNameResolve == null)
                {
                    skipNameResolve = info.skipNameResolve; // primary first: the first server's
                }
                loaded++;
                if (!info.databaseListComplete)
                {
                    LOG.warn("Service '{}': user '{}' cannot see every database on '{}' (no SHOW DATABASES); "
                        + "unknown databases will be refused by the servers, not the proxy", serviceName,
                        info.currentUser, server.name());
                }
                if (!settings.authAllServers())
                {
                    break;
                }
            }
            catch (final IOException e)
            {
                LOG.warn("Service '{}': failed to read user accounts from '{}': {}", serviceName, server.name(),
                    e.toString());
                if (failure == null)
                {
                    failure = new IOException("no server gave the user accounts of service '" + serviceName + "'");
                }
                failure.addSuppressed(e);
            }
        }
        if (loaded == 0)
        {
            throw failure != null ? failure
                : new IOException("service '" + serviceName + "' has no server to read user accounts from");
        }
        builder.databaseListComplete(complete).lowerCaseTableNames(lowerCaseTableNames)
            .skipNameResolve(Boolean.TRUE.equals(skipNameResolve));
        final UserAccounts accounts = builder.build(settings);
        LOG.info("Service '{}': read {} user@host entries from {} (skip_name_resolve {}: clients on loopback {}"
            + " 'localhost' accounts)", serviceName, accounts.size(), accounts.sources(),
            accounts.skipNameResolve() ? "on" : "off", accounts.localhostMatchesLoopback() ? "match" : "do not match");
        return accounts;
    }

    /** What one server said about itself while its rows were read. */
    static final class ServerInfo
    {
        final String currentUser;
        final boolean databaseListComplete;
        final int lowerCaseTableNames;
        final boolean skipNameResolve;

        ServerInfo(final String currentUser, final boolean databaseListComplete, final int lowerCaseTableNames,
            final boolean skipNameResolve)
        {
            this.currentUser = currentUser;
            this.databaseListComplete = databaseListComplete;
            this.lowerCaseTableNames = lowerCaseTableNames;
            this.skipNameResolve = skipNameResolve;
        }
    }

    /** Reads one server's grant tables into the builder (which may already hold other servers' rows). */
    ServerInfo readInto(final AdminClient client, final UserAccounts.Builder builder, final String serverName)
        throws IOException
    {
        // Global access of this server's accounts and roles, to judge the service user's own view.
        final Map<String, Long> access = new HashMap<>();
        final Map<String, String> defaultRoles = new HashMap<>();
        try
        {
            for (final List<String> r : client.query(GLOBAL_PRIV_QUERY))
            {
                final String user = nz(r.get(0));
                final String host = nz(r.get(1));
                final boolean isRole = jsonTrue(r.get(5));
                final long globalAccess = parseAccess(r.get(7));
                builder.addAccount(user, host, r.get(2), nz(r.get(3)), jsonTrue(r.get(4)), isRole, r.get(6),
                    globalAccess);
                access.put(isRole ? user : user + '@' + host, globalAccess);
                defaultRoles.put(user + '@' + host, nz(r.get(6)));
            }
        }
        catch (final ServerErrorException e)
        {
            if (!isMissingOrForbidden(e) && e.code() != ER_SP_DOES_NOT_EXIST && e.code() != ER_PARSE_ERROR)
            {
                throw e;
            }
            LOG.debug("mysql.global_priv unusable on '{}' ({}), reading mysql.user", serverName, e.getMessage());
            readUserTable(client, builder, access, defaultRoles);
        }
        for (final List<String> r : client.query(DB_GRANTS_QUERY))
        {
            builder.addDatabaseGrant(nz(r.get(0)), nz(r.get(1)), nz(r.get(2)));
        }
        for (final String table : OBJECT_GRANT_TABLES)
        {
            final List<List<String>> rows = optionalQuery(client, "SELECT User, Host, Db FROM mysql." + table,
                serverName);
            for (final List<String> r : rows)
            {
                builder.addObjectGrant(nz(r.get(0)), nz(r.get(1)), nz(r.get(2)));
            }
        }
        for (final List<String> r : optionalQuery(client, ROLES_QUERY, serverName))
        {
            builder.addRoleGrant(nz(r.get(0)), nz(r.get(1)), nz(r.get(2)));
        }
        for (final List<String> r : client.query("SHOW DATABASES"))
        {
            builder.addDatabase(r.get(0));
        }
        final List<String> self = client.query(SELF_QUERY).get(0);
        final String currentUser = nz(self.get(0));
        final int lowerCaseTableNames = self.get(1) == null ? 0 : Integer.parseInt(self.get(1));
        final boolean skipNameResolve = "1".equals(self.get(2));
        builder.addSource(serverName);
        return new ServerInfo(currentUser, seesAllDatabases(currentUser, access, defaultRoles), lowerCaseTableNames,
            skipNameResolve);
    }

    private static void readUserTable(final AdminClient client, final UserAccounts.Builder builder,
                                      final Map<String, Long> access, final Map<String, String> defaultRoles)
        throws IOException
    {
        final AdminClient.ResultSet users = client.queryWithColumns(USER_TABLE_QUERY);
        final Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < users.columns().size(); i++)
        {
            index.put(users.columns().get(i).toLowerCase(Locale.ROOT), i);
        }
        if (!index.containsKey("user") || !index.containsKey("host"))
        {
            throw new IOException("mysql.user has no User/Host columns");
        }
        for (final List<String> r : users.rows())
        {
            final Function<String, String> col = name ->
            {
                final Integer i = index.get(name);
                return i == null ? null : r.get(i);
            };
            final String user = nz(col.apply("user"));
            final String host = nz(col.apply("host"));
            final String plugin = nz(col.apply("plugin"));
            final String password = nz(col.apply("password"));
            final String authString = nz(col.apply("authentication_string"));
            // Before 10.4 (and in MySQL 5.6) a native account may keep its hash in Password.
            final boolean nativePlugin = plugin.isEmpty() || plugin.equalsIgnoreCase(NativePassword.PLUGIN_NAME);
            final String auth = nativePlugin && !password.isEmpty() ? password : authString;
            final boolean locked = "Y".equalsIgnoreCase(nz(col.apply("account_locked")));
            final boolean isRole = "Y".equalsIgnoreCase(nz(col.apply("is_role")));
            final String defaultRole = nz(col.apply("default_role"));
            final long globalAccess = Privileges.fromUserColumns(col);
            builder.addAccount(user, host, plugin, auth, locked, isRole, defaultRole, globalAccess);
            access.put(isRole ? user : user + '@' + host, globalAccess);
            defaultRoles.put(user + '@' + host, defaultRole);
        }
    }

    /** SHOW DATABASES lists everything only with SHOW DATABASES or a global database-level privilege. */
    private static boolean seesAllDatabases(final String currentUser, final Map<String, Long> access,
                                            final Map<String, String> defaultRoles)
    {
        final long own = access.getOrDefault(currentUser, 0L);
        final String role = defaultRoles.getOrDefault(currentUser, "");
        final long viaRole = role.isEmpty() ? 0 : access.getOrDefault(role, 0L);
        final long mask = Privileges.SHOW_DB | Privileges.DB_LEVEL;
        return ((own | viaRole) & mask) != 0;
    }

    private static List<List<String>> optionalQuery(final AdminClient client, final String sql, final String server)
        throws IOException
    {
        try
        {
            return client.query(sql);
        }
        catch (final ServerErrorException e)
        {
            if (!isMissingOrForbidden(e))
            {
                throw e;
            }
            LOG.warn("User accounts from '{}': skipping '{}': {}", server, sql, e.getMessage());
            return List.of();
        }
    }

    private static boolean isMissingOrForbidden(final ServerErrorException e)
    {
        return e.code() == ER_NO_SUCH_TABLE || e.code() == ER_TABLEACCESS_DENIED_ERROR
            || e.code() == ER_COLUMNACCESS_DENIED_ERROR || e.code() == ER_BAD_FIELD_ERROR;
    }

    /** The JSON {@code access} field: an unsigned 64-bit number (all bits for root). */
    static long parseAccess(final String value)
    {
        if (value == null || value.isEmpty())
        {
            return 0;
        }
        try
        {
            return Long.parseUnsignedLong(value);
        }
        catch (final NumberFormatException e)
        {
            return 0;
        }
    }

    /** A JSON boolean through JSON_VALUE: MariaDB 11.4 returns "1" for true (older versions "true"). */
    static boolean jsonTrue(final String value)
    {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    private static String nz(final String s)
    {
        return s == null ? "" : s;
    }
}
