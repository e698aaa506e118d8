package io.sluice.protocol.mysql.auth;

import io.sluice.protocol.mysql.admin.AdminClient;
import io.sluice.protocol.mysql.admin.BackendAddress;
import io.sluice.protocol.mysql.admin.ServerErrorException;
import io.sluice.protocol.mysql.auth.UserAccounts.DatabaseCheck;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.StandaloneServer;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UserAccountLoader against the real MariaDB 11.4 test cluster (its primary, and a replica for
 * auth_all_servers), with the proxy's decisions (which account, which database error) compared with
 * what the server itself answers to real logins. The cluster is shared with other test classes:
 * every account, role and database made here starts with {@code ual_} and is dropped at the end.
 */
@ExtendWith(MariaDbClusterExtension.class)
class UserAccountLoaderIT
{
    private static final String FULL_USER = "ual_full";      // a service user with SHOW DATABASES
    private static final String OLD_USER = "ual_old";        // may read mysql.user but not mysql.global_priv
    private static final String NO_SHOW_USER = "ual_noshow"; // SELECT on mysql.* only
    private static final String PW = "it_pw";
    private static TestCluster cluster;
    private static ServerInfo db;
    private static InetAddress loopback;
    private static boolean localhostMatchesLoopback;

    @BeforeAll
    static void setUp(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        db = cluster.primary();
        loopback = InetAddress.getByName(db.host());
        // The proxy should see 127.0.0.1 the way this server does.
        localhostMatchesLoopback = "0".equals(rootQuery("SELECT @@skip_name_resolve").get(0).get(0));
        rootSql(
            "CREATE OR REPLACE USER " + FULL_USER + "@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT SELECT ON mysql.* TO " + FULL_USER + "@'%'",
            "GRANT SHOW DATABASES ON *.* TO " + FULL_USER + "@'%'",
            "CREATE OR REPLACE USER " + OLD_USER + "@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT SELECT ON mysql.user TO " + OLD_USER + "@'%'",
            "GRANT SELECT ON mysql.db TO " + OLD_USER + "@'%'",
            "GRANT SELECT ON mysql.tables_priv TO " + OLD_USER + "@'%'",
            "GRANT SELECT ON mysql.roles_mapping TO " + OLD_USER + "@'%'",
            "GRANT SHOW DATABASES ON *.* TO " + OLD_USER + "@'%'",
            "CREATE OR REPLACE USER " + NO_SHOW_USER + "@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT SELECT ON mysql.* TO " + NO_SHOW_USER + "@'%'",
            // accounts and grants for the database cross-check
            "CREATE DATABASE IF NOT EXISTS ual_other",
            "CREATE DATABASE IF NOT EXISTS ual_test_x",
            "CREATE DATABASE IF NOT EXISTS ual_shop_eu",
            "CREATE OR REPLACE TABLE ual_other.t (a INT)",
            "CREATE OR REPLACE USER ual_tg@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT SELECT ON ual_other.t TO ual_tg@'%'",
            "GRANT SELECT ON `ual\\_shop\\_%`.* TO ual_tg@'%'",
            "CREATE OR REPLACE USER ual_reader@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT SELECT ON *.* TO ual_reader@'%'",
            "CREATE OR REPLACE USER ual_proc@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT PROCESS, SHOW DATABASES ON *.* TO ual_proc@'%'",
            "CREATE OR REPLACE ROLE ual_r2",
            "GRANT SELECT ON ual_other.* TO ual_r2",
            "CREATE OR REPLACE ROLE ual_r1",
            "GRANT ual_r2 TO ual_r1",
            "CREATE OR REPLACE USER ual_ru@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT ual_r1 TO ual_ru@'%'",
            "SET DEFAULT ROLE ual_r1 FOR ual_ru@'%'",
            "CREATE OR REPLACE USER ual_ru2@'%' IDENTIFIED BY '" + PW + "'",
            "GRANT ual_r1 TO ual_ru2@'%'",
            "CREATE OR REPLACE USER ual_locked@'%' IDENTIFIED BY '" + PW + "' ACCOUNT LOCK",
            // host ordering: one user, several hosts, a password per host
            "CREATE OR REPLACE USER ual_u1@'127.0.0._' IDENTIFIED BY 'pw-127.0.0._'",
            "CREATE OR REPLACE USER ual_u1@'12_.0.0.1' IDENTIFIED BY 'pw-12_.0.0.1'",
            "CREATE OR REPLACE USER ual_u1@'%' IDENTIFIED BY 'pw-%'",
            "CREATE OR REPLACE USER ual_u2@'127.0.0.%' IDENTIFIED BY 'pw-127.0.0.%'",
            "CREATE OR REPLACE USER ual_u2@'127.0.%' IDENTIFIED BY 'pw-127.0.%'",
            "CREATE OR REPLACE USER ual_u3@'127.0.0.0/255.255.255.0' IDENTIFIED BY 'pw-127.0.0.0/255.255.255.0'",
            "CREATE OR REPLACE USER ual_u3@'127.0.0.%' IDENTIFIED BY 'pw-127.0.0.%'",
            "CREATE OR REPLACE USER ual_u4@'127.0.0.0/255.255.255.0' IDENTIFIED BY 'pw-127.0.0.0/255.255.255.0'",
            "CREATE OR REPLACE USER ual_u4@'127.0.0.1' IDENTIFIED BY 'pw-127.0.0.1'",
            "CREATE OR REPLACE USER ual_u5@'localhost' IDENTIFIED BY 'pw-localhost'",
            "CREATE OR REPLACE USER ual_u5@'127.0.0.1' IDENTIFIED BY 'pw-127.0.0.1'",
            "CREATE OR REPLACE USER ual_u5@'%' IDENTIFIED BY 'pw-%'");
        // The replica must have the accounts too (the auth_all_servers test reads it).
        cluster.awaitReplicaSync(Duration.ofSeconds(30));
    }

    @AfterAll
    static void tearDown() throws Exception
    {
        rootSql("DROP USER IF EXISTS " + FULL_USER + "@'%', " + OLD_USER + "@'%', " + NO_SHOW_USER + "@'%',"
                + " ual_tg@'%', ual_reader@'%', ual_proc@'%', ual_ru@'%', ual_ru2@'%', ual_locked@'%',"
                + " ual_u1@'127.0.0._', ual_u1@'12_.0.0.1', ual_u1@'%', ual_u2@'127.0.0.%', ual_u2@'127.0.%',"
                + " ual_u3@'127.0.0.0/255.255.255.0', ual_u3@'127.0.0.%', ual_u4@'127.0.0.0/255.255.255.0',"
                + " ual_u4@'127.0.0.1', ual_u5@'localhost', ual_u5@'127.0.0.1', ual_u5@'%'",
            "DROP ROLE IF EXISTS ual_r1",
            "DROP ROLE IF EXISTS ual_r2",
            "DROP DATABASE IF EXISTS ual_other",
            "DROP DATABASE IF EXISTS ual_test_x",
            "DROP DATABASE IF EXISTS ual_shop_eu");
    }

    /** Statements run as root on the primary, in order. */
    private static void rootSql(final String... sql) throws Exception
    {
        cluster.execute(db, sql);
    }

    /** A query's rows, run as root on the primary. */
    private static List<List<String>> rootQuery(final String sql) throws Exception
    {
        return cluster.query(db, sql);
    }

    @Test
    void shouldLoadTheAccountsWithTheirStoredHashes() throws Exception
    {
        final UserAccounts accounts = loader(ClusterAccounts.SLUICE_USER, ClusterAccounts.SLUICE_PASSWORD,
            settings().withEnableRootUser(true)).load();
        // What the server stores, read through its own client
        final Map<String, String> stored = new HashMap<>();
        for (final List<String> r : rootQuery("SELECT User, Host, JSON_VALUE(Priv, '$.authentication_string')"
            + " FROM mysql.global_priv WHERE User IN ('app', 'root', 'sluice')"))
        {
            stored.put(r.get(0) + "@" + r.get(1), r.get(2));
        }
        assertEquals(NativePassword.storedHash(bytes("app_pw")), stored.get("app@%"));
        for (final String user : List.of("app", "sluice", "root"))
        {
            final Account a = accounts.find(user, loopback).orElseThrow(() -> new AssertionError(user));
            final String key = user + "@" + a.host().text();
            assertArrayEquals(NativePassword.parseStoredHash(stored.get(key)), a.storedDoubleSha1(), key);
            assertEquals("mysql_native_password", a.plugin());
            assertTrue(a.usesNativePassword());
            assertFalse(a.isLocked());
        }
        assertEquals(accounts.size(), Integer.parseInt(rootQuery(
            "SELECT COUNT(*) FROM mysql.global_priv WHERE JSON_VALUE(Priv, '$.is_role') IS NULL").get(0).get(0)));
        assertEquals(List.of("db1"), accounts.sources());
    }

    @Test
    void shouldVerifyTokensForTheRealPasswords() throws Exception
    {
        final UserAccounts accounts = loader(FULL_USER, PW, settings().withEnableRootUser(true)).load();
        final Account app = accounts.find("app", loopback).orElseThrow();
        final byte[] seed = Seeds.newSeed();
        assertTrue(NativePassword.verify(NativePassword.scramble(bytes("app_pw"), seed), seed, app.storedDoubleSha1()));
        assertFalse(NativePassword.verify(NativePassword.scramble(bytes("app_pW"), seed), seed,
                app.storedDoubleSha1()));
        final Account root = accounts.find("root", loopback).orElseThrow();
        assertTrue(root.verifyNativeToken(NativePassword.scramble(bytes(ClusterAccounts.ROOT_PASSWORD), seed), seed));
        assertTrue(accounts.find("ual_locked", loopback).orElseThrow().isLocked());
    }

    @Test
    void shouldRefuseRootUnlessEnabled() throws Exception
    {
        final UserAccounts accounts = loader(FULL_USER, PW, settings()).load();
        assertTrue(accounts.find("root", loopback).isEmpty());
        assertTrue(accounts.find("app", loopback).isPresent());
    }

    @Test
    void shouldDecideDatabasesAsTheServerDoes() throws Exception
    {
        final UserAccounts accounts = loader(FULL_USER, PW, settings()).load();
        assertTrue(accounts.databaseListComplete());
        final List<String> users = List.of("app", "ual_tg", "ual_reader", "ual_proc", "ual_ru", "ual_ru2");
        final List<String> dbs = List.of("test", "ual_test_x", "ual_testx", "ual_other", "ual_shop_eu",
            "ual_shop_missing", "mysql", "information_schema", "no_such_db");
        final List<String> mismatches = new ArrayList<>();
        for (final String user : users)
        {
            final String password = user.equals("app") ? "app_pw" : PW;
            final Account account = accounts.find(user, loopback).orElseThrow(() -> new AssertionError(user));
            for (final String dbName : dbs)
            {
                final DatabaseCheck proxy = accounts.checkDatabase(account, dbName);
                final DatabaseCheck server = serverAnswer(user, password, dbName);
                if (proxy != server)
                {
                    mismatches.add(user + " USE " + dbName + ": proxy " + proxy + ", server " + server);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void shouldMarkTheDatabaseListIncompleteWithoutShowDatabases() throws Exception
    {
        // SELECT on mysql.* only: SHOW DATABASES lists what it can see.
        final UserAccounts accounts = loader(NO_SHOW_USER, PW, settings()).load();
        assertFalse(accounts.databaseListComplete());
        final Account app = accounts.find("app", loopback).orElseThrow();
        assertEquals(DatabaseCheck.OK, accounts.checkDatabase(app, "test"));
        // ual_tg may use ual_shop_* (the cluster has no install-time grants to test_% for everyone)
        final Account tg = accounts.find("ual_tg", loopback).orElseThrow();
        assertEquals(DatabaseCheck.OK, accounts.checkDatabase(tg, "ual_shop_missing"), "left for the server to judge");
        assertEquals(DatabaseCheck.ACCESS_DENIED, accounts.checkDatabase(app, "mysql"));
    }

    @Test
    void shouldChooseTheAccountTheServerChooses() throws Exception
    {
        final UserAccounts accounts = loader(FULL_USER, PW, settings()).load();
        for (final String user : List.of("ual_u1", "ual_u2", "ual_u3", "ual_u4", "ual_u5"))
        {
            final Account chosen = accounts.find(user, loopback).orElseThrow(() -> new AssertionError(user));
            // The server must accept exactly the password of the account the proxy chose.
            try (AdminClient c = AdminClient.connect(db.host(), db.port(), user, "pw-" + chosen.host().text(),
                AdminClient.Options.DEFAULTS))
            {
                assertEquals(user + "@" + chosen.host().text(), c.query("SELECT CURRENT_USER()").get(0).get(0));
            }
        }
        assertEquals("12_.0.0.1", accounts.find("ual_u1", loopback).orElseThrow().host().text());
        assertEquals("127.0.0.%", accounts.find("ual_u2", loopback).orElseThrow().host().text());
        assertEquals("127.0.0.0/255.255.255.0", accounts.find("ual_u3", loopback).orElseThrow().host().text());
        assertEquals("127.0.0.1", accounts.find("ual_u4", loopback).orElseThrow().host().text());
        assertEquals(localhostMatchesLoopback ? "localhost" : "127.0.0.1",
            accounts.find("ual_u5", loopback).orElseThrow().host().text());
    }

    @Test
    void shouldReadTheServersSkipNameResolveWithTheAccounts() throws Exception
    {
        final boolean serverSkips = !localhostMatchesLoopback;
        final UserAccounts auto = loader(FULL_USER, PW, settings()).load();
        assertEquals(serverSkips, auto.skipNameResolve(), "@@skip_name_resolve of " + db.name());
        assertEquals(!serverSkips, auto.localhostMatchesLoopback(), "auto follows the server");
        // localhost_match_loopback=true/false overrides the server's setting
        final UserAccounts on = loader(FULL_USER, PW, settings().withLocalhostMatchesLoopback(true)).load();
        assertTrue(on.localhostMatchesLoopback());
        assertEquals("localhost", on.find("ual_u5", loopback).orElseThrow().host().text());
        final UserAccounts off = loader(FULL_USER, PW, settings().withLocalhostMatchesLoopback(false)).load();
        assertFalse(off.localhostMatchesLoopback());
        assertEquals("127.0.0.1", off.find("ual_u5", loopback).orElseThrow().host().text());
    }

    /** A real server with skip_name_resolve (started beside the cluster): auto stops matching loopback to localhost. */
    @Test
    void shouldFollowAServerWithSkipNameResolve() throws Exception
    {
        try (StandaloneServer snr = StandaloneServer.start(cluster, "ual-snr", "--skip-name-resolve"))
        {
            snr.execute("CREATE USER ual_u5@'localhost' IDENTIFIED BY 'pw-localhost'",
                "CREATE USER ual_u5@'127.0.0.1' IDENTIFIED BY 'pw-127.0.0.1'");
            final BackendAddress server = new BackendAddress("ual-snr", snr.info().host(), snr.info().port());
            final UserAccounts accounts = new UserAccountLoader("svc", () -> List.of(server),
                ClusterAccounts.SLUICE_USER, ClusterAccounts.SLUICE_PASSWORD, AdminClient.Options.DEFAULTS, settings())
                .load();
            assertTrue(accounts.skipNameResolve());
            assertFalse(accounts.localhostMatchesLoopback());
            final Account chosen = accounts.find("ual_u5", loopback).orElseThrow();
            assertEquals("127.0.0.1", chosen.host().text());
            // and the server agrees: that account's password logs in
            try (AdminClient c = AdminClient.connect(server, "ual_u5", "pw-" + chosen.host().text(),
                AdminClient.Options.DEFAULTS))
            {
                assertEquals("ual_u5@127.0.0.1", c.query("SELECT CURRENT_USER()").get(0).get(0));
            }
        }
    }

    @Test
    void shouldLetAnAnonymousLocalhostAccountShadowLikeTheServer() throws Exception
    {
        rootSql("CREATE USER ''@'localhost'");
        try
        {
            // root@localhost is as specific as ''@localhost and named: it still logs in (ual_full@'%' would not)
            final UserAccounts accounts = loader("root", ClusterAccounts.ROOT_PASSWORD, settings()).load();
            final Account chosen = accounts.find("app", loopback).orElseThrow();
            if (localhostMatchesLoopback)
            {
                assertTrue(chosen.isAnonymous(), chosen.toString());
                // and so does the server: app's real password is refused, the anonymous account's (none) accepted
                assertEquals(1045, assertThrows(ServerErrorException.class, () -> AdminClient.connect(db.host(),
                    db.port(), "app", "app_pw", AdminClient.Options.DEFAULTS)).code());
                try (AdminClient c = AdminClient.connect(db.host(), db.port(), "app", "", AdminClient.Options.DEFAULTS))
                {
                    assertEquals("@localhost", c.query("SELECT CURRENT_USER()").get(0).get(0));
                }
            }
            else
            {
                assertEquals("app", chosen.user());
            }
        }
        finally
        {
            rootSql("DROP USER ''@'localhost'");
        }
    }

    @Test
    void shouldFallBackToTheUserTable() throws Exception
    {
        final UserAccounts viaGlobalPriv = loader(FULL_USER, PW, settings()).load();
        final UserAccounts viaUserTable = loader(OLD_USER, PW, settings()).load();
        for (final String user : List.of("app", "ual_tg", "ual_ru", "ual_u4"))
        {
            final Account a = viaGlobalPriv.find(user, loopback).orElseThrow();
            final Account b = viaUserTable.find(user, loopback).orElseThrow();
            assertEquals(a.host().text(), b.host().text(), user);
            assertArrayEquals(a.storedDoubleSha1(), b.storedDoubleSha1(), user);
            assertEquals(a.defaultRole(), b.defaultRole(), user);
        }
        assertTrue(viaUserTable.find("ual_reader", loopback).orElseThrow().canUseAnyDatabase());
        assertTrue(viaUserTable.find("ual_ru", loopback).orElseThrow().canUseDatabase("ual_other"),
            "roles via mysql.user");
        assertTrue(viaUserTable.find("ual_tg", loopback).orElseThrow().canUseDatabase("ual_other"), "tables_priv");
    }

    @Test
    void shouldUseTheNextServerWhenTheFirstIsDownAndUniteWithAuthAllServers() throws Exception
    {
        cluster.awaitReplicaSync(Duration.ofSeconds(30)); // the other tests' accounts come and go
        final BackendAddress down = new BackendAddress("down", "127.0.0.1", closedPort());
        final BackendAddress up = new BackendAddress("db1", db.host(), db.port());
        final ServerInfo replica = cluster.replicas().get(0);
        final BackendAddress again = new BackendAddress("db2", replica.host(), replica.port());
        final UserAccounts first = new UserAccountLoader("svc", () -> List.of(down, up, again), FULL_USER, PW,
            AdminClient.Options.DEFAULTS, settings()).load();
        assertEquals(List.of("db1"), first.sources());

        final UserAccounts union = new UserAccountLoader("svc", () -> List.of(down, up, again), FULL_USER, PW,
            AdminClient.Options.DEFAULTS, settings().withAuthAllServers(true)).load();
        assertEquals(List.of("db1", "db2"), union.sources());
        assertEquals(first.size(), union.size());

        final IOException none = assertThrows(IOException.class, () -> new UserAccountLoader("svc", () -> List.of(down),
            FULL_USER, PW, AdminClient.Options.DEFAULTS, settings()).load());
        assertEquals(1, none.getSuppressed().length);
    }

    @Test
    void shouldSeeANewAccountAfterARefresh() throws Exception
    {
        final UserAccountLoader loader = loader(FULL_USER, PW, settings().withUsersRefreshTimeMs(0));
        try (UserAccountsCache cache = new UserAccountsCache("svc", loader))
        {
            cache.start();
            cache.firstLoad().get(30, TimeUnit.SECONDS);
            assertTrue(cache.current().find("ual_newcomer", loopback).isEmpty());
            rootSql("CREATE OR REPLACE USER ual_newcomer@'%' IDENTIFIED BY 'n'");
            final UserAccounts refreshed = cache.requestRefresh().orElseThrow().get(30, TimeUnit.SECONDS);
            assertTrue(refreshed.find("ual_newcomer", loopback).isPresent());
            assertTrue(cache.current().find("ual_newcomer", loopback).isPresent());
        }
        finally
        {
            rootSql("DROP USER IF EXISTS ual_newcomer@'%'");
        }
    }

    private static DatabaseCheck serverAnswer(final String user, final String password, final String dbName)
        throws IOException
    {
        try (AdminClient c = AdminClient.connect(db.host(), db.port(), user, password,
            AdminClient.Options.DEFAULTS.withDatabase(dbName)))
        {
            return c.isOpen() ? DatabaseCheck.OK : null;
        }
        catch (final ServerErrorException e)
        {
            if (e.code() == 1044)
            {
                return DatabaseCheck.ACCESS_DENIED;
            }
            if (e.code() == 1049)
            {
                return DatabaseCheck.UNKNOWN_DATABASE;
            }
            throw e;
        }
    }

    /** The defaults: localhost_match_loopback=auto, which must follow the server's skip_name_resolve. */
    private static UserAccountSettings settings()
    {
        return UserAccountSettings.DEFAULTS;
    }

    private static UserAccountLoader loader(final String user, final String password, final UserAccountSettings s)
    {
        final BackendAddress server = new BackendAddress("db1", db.host(), db.port());
        return new UserAccountLoader("svc", () -> List.of(server), user, password, AdminClient.Options.DEFAULTS, s);
    }

    private static int closedPort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0))
        {
            return s.getLocalPort();
        }
    }

    private static byte[] bytes(final String s)
    {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
