package io.sluice.protocol.mysql.auth;

import io.sluice.protocol.mysql.auth.UserAccounts.DatabaseCheck;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountsTest
{
    private static final String NATIVE = "mysql_native_password";
    private static final String APP_HASH = NativePassword.storedHash(bytes("app_pw"));
    private static final UserAccountSettings DEFAULTS = UserAccountSettings.DEFAULTS;

    @Test
    void shouldChooseTheMostSpecificHost() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addAccount("app", "10.0.0.%", NATIVE, "", false, false, null, 0)
            .addAccount("app", "10.0.0.7", NATIVE, "", false, false, null, 0)
            .build(DEFAULTS);
        assertEquals("10.0.0.7", host(accounts, "app", "10.0.0.7"));
        assertEquals("10.0.0.%", host(accounts, "app", "10.0.0.5"));
        assertEquals("%", host(accounts, "app", "10.1.0.1"));
        assertTrue(accounts.find("nobody", addr("10.0.0.7")).isEmpty());
        assertEquals(3, accounts.size());
    }

    @Test
    void shouldLetAMoreSpecificAnonymousAccountWinLikeTheServer() throws Exception
    {
        // mariadb-install-db creates ''@localhost: a loopback client logging in as app gets it, not app@'%'
        final UserAccounts.Builder b = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addAccount("", "localhost", NATIVE, "", false, false, null, 0);
        final UserAccounts resolving = b.build(DEFAULTS);
        assertEquals("", resolving.find("app", addr("127.0.0.1")).orElseThrow().user());
        assertEquals("app", resolving.find("app", addr("10.0.0.1")).orElseThrow().user());
        // With skip-name-resolve semantics the anonymous localhost account cannot match TCP clients.
        final UserAccounts skipNameResolve = b.build(DEFAULTS.withLocalhostMatchesLoopback(false));
        assertEquals("app", skipNameResolve.find("app", addr("127.0.0.1")).orElseThrow().user());
    }

    @Test
    void shouldMatchLoopbackAsTheServersSkipNameResolveSaysByDefault() throws Exception
    {
        // mariadb-install-db's root@localhost and root@127.0.0.1 (the latter with an empty password here)
        final UserAccounts.Builder b = UserAccounts.builder()
            .addAccount("root", "localhost", NATIVE, APP_HASH, false, false, null, 0)
            .addAccount("root", "127.0.0.1", NATIVE, "", false, false, null, 0);
        final UserAccountSettings auto = DEFAULTS.withEnableRootUser(true);
        assertEquals(UserAccountSettings.LoopbackMatch.AUTO, auto.localhostMatchLoopback());

        final UserAccounts resolving = b.skipNameResolve(false).build(auto);
        assertTrue(resolving.localhostMatchesLoopback());
        assertEquals("localhost", host(resolving, "root", "127.0.0.1"), "the server names loopback localhost");
        assertEquals("localhost", host(resolving, "root", "::1"));

        final UserAccounts skipping = b.skipNameResolve(true).build(auto);
        assertTrue(skipping.skipNameResolve());
        assertFalse(skipping.localhostMatchesLoopback());
        assertEquals("127.0.0.1", host(skipping, "root", "127.0.0.1"), "skip_name_resolve: the address only");
        assertTrue(skipping.find("root", addr("::1")).isEmpty(), "no account for ::1 without localhost");
        assertTrue(skipping.find("root", addr("127.0.0.1")).orElseThrow().hasEmptyPassword());

        // An explicit localhost_match_loopback overrides what the servers say, both ways.
        final UserAccounts forcedOn = b.skipNameResolve(true).build(auto.withLocalhostMatchesLoopback(true));
        assertEquals("localhost", host(forcedOn, "root", "127.0.0.1"));
        final UserAccounts forcedOff = b.skipNameResolve(false).build(auto.withLocalhostMatchesLoopback(false));
        assertEquals("127.0.0.1", host(forcedOff, "root", "127.0.0.1"));
        assertEquals("10.0.0.1", host(UserAccounts.builder()
            .addAccount("app", "10.0.0.1", NATIVE, "", false, false, null, 0)
            .addAccount("app", "localhost", NATIVE, "", false, false, null, 0)
            .build(auto), "app", "10.0.0.1"), "other addresses never match localhost");
    }

    @Test
    void shouldPreferTheNamedAccountOnEqualSpecificity() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("", "%", NATIVE, "", false, false, null, 0)
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addAccount("", "10.0.0.%", NATIVE, "", false, false, null, 0)
            .build(DEFAULTS);
        assertEquals("app", accounts.find("app", addr("10.1.1.1")).orElseThrow().user());
        assertEquals("10.0.0.%", host(accounts, "app", "10.0.0.1")); // anonymous, strictly more specific
        assertEquals("", accounts.find("app", addr("10.0.0.1")).orElseThrow().user());
        assertEquals("%", host(accounts, "someone", "10.1.1.1"));
        assertEquals("", accounts.find("", addr("10.1.1.1")).orElseThrow().user());
    }

    @Test
    void shouldNeverChooseARole() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("r1", "", null, "", false, true, null, Privileges.SELECT)
            .build(DEFAULTS);
        assertTrue(accounts.find("r1", addr("10.0.0.1")).isEmpty());
        assertEquals(0, accounts.size());
    }

    @Test
    void shouldGiveASessionTheGlobalPrivilegesOfItsDefaultRoleAndTheRolesUnderIt() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("ops", "%", NATIVE, "", false, false, "ops_role", Privileges.PROCESS)
            .addAccount("ops_role", "", null, "", false, true, null, Privileges.RELOAD)
            .addAccount("admin_role", "", null, "", false, true, null, Privileges.CONNECTION_ADMIN)
            .addRoleGrant("ops", "%", "ops_role")
            .addRoleGrant("ops_role", "", "admin_role")
            .addAccount("dev", "%", NATIVE, "", false, false, "admin_role", Privileges.SELECT)
            .addAccount("plain", "%", NATIVE, "", false, false, null, Privileges.SUPER)
            .build(DEFAULTS);
        final Account ops = accounts.find("ops", addr("10.0.0.1")).orElseThrow();
        assertEquals(Privileges.PROCESS, ops.globalAccess());
        assertEquals(Privileges.PROCESS | Privileges.RELOAD | Privileges.CONNECTION_ADMIN, ops.sessionGlobalAccess());
        final Account dev = accounts.find("dev", addr("10.0.0.1")).orElseThrow();
        assertEquals(Privileges.SELECT, dev.sessionGlobalAccess(), "a default role no longer granted gives nothing");
        final Account plain = accounts.find("plain", addr("10.0.0.1")).orElseThrow();
        assertEquals(Privileges.SUPER, plain.sessionGlobalAccess());
    }

    @Test
    void shouldRefuseRootUnlessEnabled() throws Exception
    {
        final UserAccounts.Builder b = UserAccounts.builder()
            .addAccount("root", "%", NATIVE, "", false, false, null, -1L);
        final UserAccounts blocked = b.build(DEFAULTS);
        assertTrue(blocked.isBlockedRoot("root"));
        assertTrue(blocked.find("root", addr("10.0.0.1")).isEmpty());

        final UserAccounts allowed = b.build(DEFAULTS.withEnableRootUser(true));
        final Account root = allowed.find("root", addr("10.0.0.1")).orElseThrow();
        assertTrue(root.hasEmptyPassword());
        assertTrue(root.verifyNativeToken(new byte[0], Seeds.newSeed()));
        assertFalse(root.verifyNativeToken(NativePassword.scramble(bytes("x"), Seeds.newSeed()), Seeds.newSeed()));
        assertTrue(root.canUseAnyDatabase());
    }

    @Test
    void shouldExposeTheAuthenticationData() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, true, false, null, 0)
            .addAccount("ed", "%", "ed25519", "ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY", false, false, null, 0)
            .addAccount("sock", "localhost", "mysql_native_password", "invalid", false, false, null, 0)
            .addAccount("old", "%", "", APP_HASH, false, false, null, 0)
            .build(DEFAULTS);
        final Account app = accounts.find("app", addr("10.0.0.1")).orElseThrow();
        assertTrue(app.isLocked());
        assertTrue(app.usesNativePassword());
        assertArrayEquals(NativePassword.doubleSha1(bytes("app_pw")), app.storedDoubleSha1());
        final byte[] seed = Seeds.newSeed();
        assertTrue(app.verifyNativeToken(NativePassword.scramble(bytes("app_pw"), seed), seed));
        assertFalse(app.verifyNativeToken(NativePassword.scramble(bytes("nope"), seed), seed));
        assertFalse(app.toString().contains("95BE"), "no hash in toString: " + app);

        final Account ed = accounts.find("ed", addr("10.0.0.1")).orElseThrow();
        assertEquals("ed25519", ed.plugin());
        assertFalse(ed.usesNativePassword());
        assertNull(ed.storedDoubleSha1());

        final Account sock = accounts.find("sock", addr("127.0.0.1")).orElseThrow();
        assertFalse(sock.usesNativePassword(), "'invalid' must not become an empty password");
        assertFalse(sock.hasEmptyPassword());
        assertFalse(sock.verifyNativeToken(new byte[0], seed));

        assertEquals(NATIVE, accounts.find("old", addr("10.0.0.1")).orElseThrow().plugin());
    }

    @Test
    void shouldDecideDatabaseAccessFromGrants() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addAccount("reader", "%", NATIVE, "", false, false, null, Privileges.SELECT)
            .addAccount("proc", "%", NATIVE, "", false, false, null, Privileges.PROCESS | Privileges.SHOW_DB)
            .addAccount("routines", "%", NATIVE, "", false, false, null, Privileges.SHOW_CREATE_ROUTINE)
            .addAccount("tg", "%", NATIVE, "", false, false, null, 0)
            .addAccount("PUBLIC", "", null, "", false, true, null, 0)
            .addDatabaseGrant("app", "%", "test")
            .addDatabaseGrant("app", "%", "oth_r")
            .addDatabaseGrant("PUBLIC", "", "test\\_%")
            .addDatabaseGrant("app", "10.%", "elsewhere") // another host of the same user: not this account
            .addObjectGrant("tg", "%", "test\\_y")
            .addObjectGrant("tg", "%", "other")
            .build(DEFAULTS);
        final Account app = accounts.find("app", addr("10.0.0.1")).orElseThrow();
        assertTrue(app.canUseDatabase("test"));
        assertTrue(app.canUseDatabase("othxr"), "'_' in a database grant is a wildcard");
        assertTrue(app.canUseDatabase("test_x"), "PUBLIC's test\\_% applies to everyone");
        assertFalse(app.canUseDatabase("testx"));
        assertFalse(app.canUseDatabase("TEST"));
        assertFalse(app.canUseDatabase("elsewhere"));
        assertFalse(app.canUseDatabase("mysql"));
        assertTrue(app.canUseDatabase("information_schema"));
        assertTrue(app.canUseDatabase("INFORMATION_SCHEMA"));

        assertTrue(accounts.find("reader", addr("10.0.0.1")).orElseThrow().canUseDatabase("mysql"));
        assertFalse(accounts.find("proc", addr("10.0.0.1")).orElseThrow().canUseDatabase("mysql"),
            "PROCESS and SHOW DATABASES are not database-level privileges");
        assertTrue(accounts.find("routines", addr("10.0.0.1")).orElseThrow().canUseDatabase("mysql"));

        final Account tg = accounts.find("tg", addr("10.0.0.1")).orElseThrow();
        assertTrue(tg.canUseDatabase("other"));
        assertTrue(tg.canUseDatabase("test_y"), "strip_db_esc=true: test\\_y means test_y");
        final Account tgNoStrip = UserAccounts.builder()
            .addAccount("tg", "%", NATIVE, "", false, false, null, 0)
            .addObjectGrant("tg", "%", "test\\_y")
            .build(DEFAULTS.withStripDbEsc(false))
            .find("tg", addr("10.0.0.1")).orElseThrow();
        assertFalse(tgNoStrip.canUseDatabase("test_y"));
        assertTrue(tgNoStrip.canUseDatabase("test\\_y"));
    }

    @Test
    void shouldFollowTheDefaultRoleAndTheRolesItIncludes() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("r1", "", null, "", false, true, null, 0)
            .addAccount("r2", "", null, "", false, true, null, 0)
            .addAccount("rg", "", null, "", false, true, null, Privileges.SELECT)
            .addAccount("ru", "%", NATIVE, "", false, false, "r1", 0)
            .addAccount("ru2", "%", NATIVE, "", false, false, null, 0)
            .addAccount("revoked", "%", NATIVE, "", false, false, "r1", 0)
            .addAccount("rgu", "%", NATIVE, "", false, false, "rg", 0)
            .addDatabaseGrant("r2", "", "other")
            .addRoleGrant("r1", "", "r2")
            .addRoleGrant("ru", "%", "r1")
            .addRoleGrant("ru2", "%", "r1")
            .addRoleGrant("rgu", "%", "rg")
            .addRoleGrant("r2", "", "r1") // a cycle must not loop
            .build(DEFAULTS);
        assertTrue(account(accounts, "ru").canUseDatabase("other"), "default role r1 includes r2");
        assertFalse(account(accounts, "ru2").canUseDatabase("other"), "r1 granted but not the default role");
        assertFalse(account(accounts, "revoked").canUseDatabase("other"), "default role no longer granted");
        assertTrue(account(accounts, "rgu").canUseDatabase("anything"), "role with global SELECT");
        assertEquals("r1", account(accounts, "ru").defaultRole());
    }

    @Test
    void shouldCheckAccessBeforeExistenceLikeTheServer() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addAccount("all", "%", NATIVE, "", false, false, null, Privileges.SELECT)
            .addDatabaseGrant("app", "%", "test%")
            .addDatabase("test").addDatabase("information_schema").addDatabase("mysql")
            .databaseListComplete(true)
            .build(DEFAULTS);
        final Account app = account(accounts, "app");
        final Account all = account(accounts, "all");
        assertEquals(DatabaseCheck.OK, accounts.checkDatabase(app, "test"));
        assertEquals(DatabaseCheck.UNKNOWN_DATABASE, accounts.checkDatabase(app, "test_missing"));
        assertEquals(DatabaseCheck.ACCESS_DENIED, accounts.checkDatabase(app, "mysql"));
        assertEquals(DatabaseCheck.ACCESS_DENIED, accounts.checkDatabase(app, "missing"), "1044 even if missing");
        assertEquals(DatabaseCheck.UNKNOWN_DATABASE, accounts.checkDatabase(all, "missing"));
        // The server refuses a name that is not utf8mb3 before it looks at grants (1300): it words that.
        assertEquals(DatabaseCheck.INVALID_NAME, accounts.checkDatabase(app, "d\uD83D\uDE00b"), "4-byte character");
        assertEquals(DatabaseCheck.INVALID_NAME, accounts.checkDatabase(all, "d\uFFFDb"), "not UTF-8");
        assertEquals(DatabaseCheck.ACCESS_DENIED, accounts.checkDatabase(app, "d\u00E9b\u20AC"), "3 bytes fit");
        assertTrue(accounts.databaseExists("information_schema"));
        assertFalse(accounts.databaseExists("TEST"));

        final UserAccounts incomplete = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addDatabaseGrant("app", "%", "test%")
            .addDatabase("test")
            .databaseListComplete(false)
            .build(DEFAULTS);
        assertEquals(DatabaseCheck.OK, incomplete.checkDatabase(account(incomplete, "app"), "test_missing"));
    }

    @Test
    void shouldCompareNamesCaseInsensitivelyWithLowerCaseTableNames() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addDatabaseGrant("app", "%", "Test")
            .addDatabaseGrant("app", "%", "Shop\\_%")
            .addDatabase("Test")
            .databaseListComplete(true)
            .lowerCaseTableNames(1)
            .build(DEFAULTS);
        final Account app = account(accounts, "app");
        assertTrue(app.canUseDatabase("TEST"));
        assertTrue(app.canUseDatabase("shop_eu"));
        assertTrue(accounts.databaseExists("tEsT"));
    }

    @Test
    void shouldKeepTheFirstRowOfAnAccountAcrossServers() throws Exception
    {
        final UserAccounts accounts = UserAccounts.builder()
            .addSource("db1")
            .addAccount("app", "%", NATIVE, APP_HASH, false, false, null, 0)
            .addDatabaseGrant("app", "%", "test")
            .addDatabase("test")
            .addSource("db2")
            .addAccount("app", "%", NATIVE, "", false, false, null, 0)
            .addDatabaseGrant("app", "%", "shop")
            .addDatabase("shop")
            .databaseListComplete(true)
            .build(DEFAULTS.withAuthAllServers(true));
        final Account app = account(accounts, "app");
        assertFalse(app.hasEmptyPassword(), "db1's row wins");
        assertTrue(app.canUseDatabase("test") && app.canUseDatabase("shop"), "grants are united");
        assertTrue(accounts.databaseExists("shop") && accounts.databaseExists("test"));
        assertEquals(1, accounts.size());
        assertEquals(java.util.List.of("db1", "db2"), accounts.sources());
    }

    @Test
    void shouldStartEmpty() throws Exception
    {
        final UserAccounts empty = UserAccounts.empty(DEFAULTS);
        assertTrue(empty.find("app", addr("10.0.0.1")).isEmpty());
        assertEquals(0, empty.size());
        assertTrue(empty.accounts().isEmpty());
    }

    private static Account account(final UserAccounts accounts, final String user) throws Exception
    {
        return accounts.find(user, addr("10.9.9.9")).orElseThrow();
    }

    private static String host(final UserAccounts accounts, final String user, final String client) throws Exception
    {
        return accounts.find(user, addr(client)).orElseThrow().host().text();
    }

    private static InetAddress addr(final String ip) throws Exception
    {
        return InetAddress.getByName(ip);
    }

    private static byte[] bytes(final String s)
    {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
