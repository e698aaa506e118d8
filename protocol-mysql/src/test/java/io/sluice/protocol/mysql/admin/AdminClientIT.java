package io.sluice.protocol.mysql.admin;

import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AdminClient against a real MariaDB 11.4: the test cluster's primary. */
@ExtendWith(MariaDbClusterExtension.class)
class AdminClientIT
{
    private static TestCluster cluster;
    private static ServerInfo db;

    @BeforeAll
    static void startServer(final TestCluster testCluster)
    {
        cluster = testCluster;
        db = cluster.primary();
    }

    @Test
    void shouldLogInAndRunQueries() throws Exception
    {
        try (AdminClient c = app())
        {
            assertTrue(c.serverVersion().startsWith("11.4"), c.serverVersion());
            assertTrue(c.isMariaDb());
            assertEquals(String.valueOf(c.connectionId()), c.query("SELECT CONNECTION_ID()").get(0).get(0));
            assertEquals(Arrays.asList("1", null, "x", "é", ""), c.query("SELECT 1, NULL, 'x', 'é', ''").get(0));
            assertEquals(List.of("app@%"), c.query("SELECT CURRENT_USER()").get(0));

            final AdminClient.ResultSet rs = c.queryWithColumns("SELECT 1 AS one, 2 AS `Two`");
            assertEquals(List.of("one", "Two"), rs.columns());
            assertEquals(1, rs.column("two"));
            assertTrue(c.query("DO 1").isEmpty());
        }
    }

    @Test
    void shouldNegotiateNoCompressionTlsOrDeprecateEof() throws Exception
    {
        try (AdminClient c = app())
        {
            final long caps = c.capabilities();
            for (final long banned : new long[] {Capabilities.COMPRESS, Capabilities.SSL, Capabilities.DEPRECATE_EOF,
                Capabilities.OPTIONAL_RESULTSET_METADATA, Capabilities.LOCAL_FILES, Capabilities.MULTI_STATEMENTS,
                Capabilities.MARIADB_CLIENT_CACHE_METADATA})
            {
                assertFalse(Capabilities.has(caps, banned), "negotiated " + Long.toHexString(banned));
            }
            assertTrue(Capabilities.has(c.serverCapabilities(), Capabilities.DEPRECATE_EOF), "the server offers it");
            assertTrue(c.serverCapabilities() >>> 32 != 0, "MariaDB's extended capabilities are read");
            assertTrue(Capabilities.has(caps, Capabilities.PLUGIN_AUTH));
            assertEquals("mysql_native_password", c.authPlugin());
        }
    }

    @Test
    void shouldExecuteAndReportAffectedRows() throws Exception
    {
        try (AdminClient c = app())
        {
            c.execute("CREATE OR REPLACE TABLE test.admin_it (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(10))");
            assertEquals(3, c.execute("INSERT INTO test.admin_it (v) VALUES ('a'), ('b'), (NULL)"));
            assertEquals(1, c.lastInsertId());
            assertEquals(2, c.execute("UPDATE test.admin_it SET v = 'z' WHERE v IS NOT NULL"));
            assertEquals(List.of(List.of("1", "z"), List.of("2", "z"), Arrays.asList("3", null)),
                c.query("SELECT id, v FROM test.admin_it ORDER BY id"));
            assertThrows(java.net.ProtocolException.class, () -> c.execute("SELECT 1"));
            c.ping();
            c.execute("DROP TABLE test.admin_it");
        }
    }

    @Test
    void shouldRefuseAWrongPasswordWith1045() throws Exception
    {
        final ServerErrorException e = assertThrows(ServerErrorException.class,
            () -> AdminClient.connect(db.host(), db.port(), ClusterAccounts.APP_USER, "wrong",
                AdminClient.Options.DEFAULTS));
        assertEquals(1045, e.code());
        assertEquals("28000", e.sqlState());
        assertTrue(e.serverMessage().contains("Access denied for user 'app'"), e.serverMessage());

        assertEquals(1045, assertThrows(ServerErrorException.class,
            () -> AdminClient.connect(db.host(), db.port(), "nobody_here", "", AdminClient.Options.DEFAULTS)).code());
    }

    @Test
    void shouldConnectWithADatabaseOrReportWhyNot() throws Exception
    {
        try (AdminClient c = AdminClient.connect(db.host(), db.port(), ClusterAccounts.APP_USER,
            ClusterAccounts.APP_PASSWORD, AdminClient.Options.DEFAULTS.withDatabase("test")))
        {
            assertEquals("test", c.query("SELECT DATABASE()").get(0).get(0));
        }
        assertEquals(1044, assertThrows(ServerErrorException.class, () -> AdminClient.connect(db.host(), db.port(),
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD,
            AdminClient.Options.DEFAULTS.withDatabase("mysql"))).code());
        assertEquals(1049, assertThrows(ServerErrorException.class, () -> AdminClient.connect(db.host(), db.port(),
            "root", ClusterAccounts.ROOT_PASSWORD, AdminClient.Options.DEFAULTS.withDatabase("no_such_db"))).code());
    }

    @Test
    void shouldStayUsableAfterAnError() throws Exception
    {
        try (AdminClient c = app())
        {
            final ServerErrorException e = assertThrows(ServerErrorException.class, () -> c.query("SELEC 1"));
            assertEquals(1064, e.code());
            assertEquals("42000", e.sqlState());
            assertEquals(1146,
                    assertThrows(ServerErrorException.class, () -> c.query("SELECT * FROM test.nope")).code());
            assertEquals(List.of(List.of("2")), c.query("SELECT 2"));
        }
    }

    @Test
    void shouldReadTheFirstOfSeveralResultSets() throws Exception
    {
        try (AdminClient c = app())
        {
            c.execute("CREATE OR REPLACE PROCEDURE test.admin_it_two_results() BEGIN SELECT 1; SELECT 2, 3; END");
            assertEquals(List.of(List.of("1")), c.query("CALL test.admin_it_two_results()"));
            assertEquals(List.of(List.of("4")), c.query("SELECT 4"), "the rest was drained");
            c.execute("DROP PROCEDURE test.admin_it_two_results");
        }
    }

    @Test
    void shouldKillTheQueryOfAnotherConnection() throws Exception
    {
        try (AdminClient sleeper = app(); AdminClient killer = app())
        {
            final long startNs = System.nanoTime();
            final CompletableFuture<Object> sleeping = CompletableFuture.supplyAsync(() ->
            {
                try
                {
                    return sleeper.query("SELECT SLEEP(30)");
                }
                catch (final ServerErrorException e)
                {
                    return e.code();
                }
                catch (final Exception e)
                {
                    return e;
                }
            });
            awaitState(killer, sleeper.connectionId(), "User sleep");
            killer.killQuery(sleeper.connectionId());
            final Object result = sleeping.get(10, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - startNs < TimeUnit.SECONDS.toNanos(10));
            // MariaDB ends an interrupted SLEEP with 1 (or error 1317 for other statements)
            assertTrue(result.equals(List.of(List.of("1"))) || result.equals(1317), String.valueOf(result));
            sleeper.ping();
            assertEquals(List.of(List.of("5")), sleeper.query("SELECT 5"), "KILL QUERY keeps the connection");
        }
    }

    @Test
    void shouldReadAndWritePacketsOf16MiBAndMore() throws Exception
    {
        // The cluster's servers run with max_allowed_packet=64M (a SET GLOBAL here would outlive the test).
        assertEquals(List.of(List.of(String.valueOf(64 * 1024 * 1024))),
            cluster.query(db, "SELECT @@global.max_allowed_packet"));
        try (AdminClient c = AdminClient.connect(db.host(), db.port(), "root", ClusterAccounts.ROOT_PASSWORD,
            AdminClient.Options.DEFAULTS.withReadTimeoutMs(60_000)))
        {
            // a row of exactly 0xFFFFFF bytes (4-byte length prefix + data): followed by an empty packet
            final int exact = 0xFFFFFF - 4;
            final String v1 = c.query("SELECT REPEAT('a', " + exact + ")").get(0).get(0);
            assertEquals(exact, v1.length());
            final String v2 = c.query("SELECT REPEAT('b', 17000000), 'tail'").get(0).get(0);
            assertEquals(17_000_000, v2.length());
            assertTrue(v2.chars().allMatch(ch -> ch == 'b'));
            // and a query longer than one packet
            final String big = "x".repeat(17_000_000);
            assertEquals(List.of(List.of("17000000")), c.query("SELECT LENGTH('" + big + "')"));
            assertEquals(List.of(List.of("ok")), c.query("SELECT 'ok'"));
        }
    }

    @Test
    void shouldGiveNullForNullColumns() throws Exception
    {
        try (AdminClient c = app())
        {
            final List<String> row = c.query("SELECT NULL, NULL").get(0);
            assertNull(row.get(0));
            assertNull(row.get(1));
        }
    }

    private static AdminClient app() throws Exception
    {
        return AdminClient.connect(db.host(), db.port(), ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD,
            AdminClient.Options.DEFAULTS.withReadTimeoutMs(30_000));
    }

    private static void awaitState(final AdminClient c, final long id, final String state) throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() - deadlineNs < 0)
        {
            final List<List<String>> rows = c.query("SELECT STATE FROM information_schema.PROCESSLIST WHERE ID = "
                    + id);
            if (!rows.isEmpty() && state.equals(rows.get(0).get(0)))
            {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("connection " + id + " never reached state " + state);
    }
}
