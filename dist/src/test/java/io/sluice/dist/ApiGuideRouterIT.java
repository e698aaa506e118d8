package io.sluice.dist;

import io.sluice.api.ServerStatus;
import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.launcher.PluginModules;
import io.sluice.core.launcher.Sluice;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module author's guide is true: the router {@code twin} printed in the javadoc of
 * {@code io.sluice.api} is cut out of {@code package-info.java}, compiled against the distribution's
 * {@code sluice-api} jar alone, loaded from a plugins directory next to the distribution's modules,
 * and run in front of the real test cluster. Through it, each thing module API 2 gives a router
 * (issue 11, items 1 to 8) is checked end to end with MariaDB Connector/J and a raw client: a late
 * replica starts in the session's database with its variables (history replay), a prepared
 * statement keeps one client id while each server has its own, a replayed command that fails is
 * reported as a history mismatch, an endpoint closed by the router leaves the session, and a
 * COM_STMT_CLOSE pipelined before a query leaves nothing waiting.
 */
@ExtendWith(MariaDbClusterExtension.class)
class ApiGuideRouterIT
{
    private static final Path GUIDE = Path.of(System.getProperty("user.dir")).resolve(
        "../proxy-core/api/src/main/java/io/sluice/api/package-info.java");

    @TempDir
    Path work;

    private Sluice sluice;
    private PluginModules modules;
    private int port;
    private TestCluster cluster;

    /**
     * The example's source: the {@code <pre>{@code ...}</pre>} block of the package javadoc, without the javadoc
     * margin.
     */
    static String guideSource() throws Exception
    {
        final String text = Files.readString(GUIDE);
        final Matcher block = Pattern.compile("<pre>\\{@code\\n(.*)\\n \\* }</pre>", Pattern.DOTALL).matcher(text);
        assertTrue(block.find(), "the package javadoc has a <pre>{@code ...}</pre> example");
        final StringBuilder source = new StringBuilder();
        for (final String line : block.group(1).split("\n"))
        {
            source.append(line.startsWith(" * ") ? line.substring(3) : line.startsWith(" *") ? line.substring(2) : line)
                .append('\n');
        }
        return source.toString();
    }

    private static Path distJar(final String dir, final String glob) throws Exception
    {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(SluiceProcess.HOME.resolve(dir), glob))
        {
            return jars.iterator().next();
        }
    }

    @BeforeEach
    void start(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        final Path plugins = Files.createDirectories(work.resolve("plugins"));
        final Path twin = RouterJars.jar(work, distJar("lib", "sluice-api-*.jar"), "twin",
            List.of(new RouterJars.Source("example/twin/TwinProvider.java",
                    guideSource())), "example.twin.TwinProvider");
        Files.copy(twin, plugins.resolve("twin.jar"));
        Files.copy(distJar("plugins", "sluice-protocol-mysql.jar"), plugins.resolve("sluice-protocol-mysql.jar"));
        modules = PluginModules.load(plugins);
        port = SluiceProcess.freePort();
        final List<ServerInfo> servers = cluster.servers();
        final StringBuilder cnf = new StringBuilder("[sluice]\nthreads=1\nadmin_enabled=false\n\n");
        for (int i = 0; i < servers.size(); i++)
        {
            cnf.append("[db").append(i
                    + 1).append("]\ntype=server\naddress=127.0.0.1\nport=").append(servers.get(i).port())
                .append("\nrole=").append(i == 0 ? "master" : "slave").append("\n\n");
        }
        cnf.append("[Twin-Service]\ntype=service\nrouter=twin\nreplica_delay=400ms\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n")
            .append("[Twin-Listener]\ntype=listener\nservice=Twin-Service\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=")
            .append(port).append('\n');
        sluice = Sluice.start(ConfigLoader.load(IniFile.parse("twin.cnf", cnf.toString()), modules.specs()), modules);
    }

    @AfterEach
    void stop()
    {
        if (sluice != null)
        {
            sluice.shutdown(5_000);
        }
        if (modules != null)
        {
            modules.close();
        }
    }

    private Connection connect(final String database) throws Exception
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database
            // disablePipeline: the guide's router sends a prepare to the primary and the execute behind it to
            // a replica; it does not hold the replica's answer back until the primary's has come (readwritesplit
            // must: MaxScale's query queue), so a pipelined PREPARE + EXECUTE could reach the client out of order.
            + "?useServerPrepStmts=true&cachePrepStmts=false&disablePipeline=true", ClusterAccounts.APP_USER,
            ClusterAccounts.APP_PASSWORD);
    }

    private Map<String, Object> diagnostics()
    {
        @SuppressWarnings("unchecked")
        final Map<String, Object> router = (Map<String, Object>)sluice.services().get("Twin-Service").diagnostics()
            .get("router_diagnostics");
        return router;
    }

    private static String one(final Statement s, final String sql) throws Exception
    {
        try (ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private long preparedStatements(final ServerInfo server) throws Exception
    {
        return Long.parseLong(cluster.query(server, "SHOW GLOBAL STATUS LIKE 'Prepared_stmt_count'").get(0).get(1));
    }

    /** Waits until the session's reads land on a replica: its replica has opened and replayed the history. */
    private static String awaitReplica(final Statement s) throws Exception
    {
        final String[] id = new String[1];
        assertTrue(Poll.waitFor(() -> !"1".equals(id[0] = one(s, "SELECT @@server_id")), 10_000),
            "reads never moved to a replica");
        return id[0];
    }

    @Test
    void shouldBringALateReplicaUpToTheSessionAndMapPreparedStatementIds() throws Exception
    {
        try (Connection c = connect("test"); Statement s = c.createStatement())
        {
            // Before the replica opens: session commands on the primary alone, recorded in the history.
            s.execute("USE test2");
            s.execute("SET @marker = 'from the history'");
            final PreparedStatement a = c.prepareStatement("SELECT 'a', ?");
            final PreparedStatement b = c.prepareStatement("SELECT 'b', ?");
            final PreparedStatement kept = c.prepareStatement("SELECT @@server_id, ?");
            a.close();
            b.close(); // closed: no longer in the history, never prepared on the replica

            final String replicaId = awaitReplica(s);
            assertTrue(replicaId.equals("2") || replicaId.equals("3"), replicaId);
            // The replica replayed USE and SET (it logged in to the session's database too).
            try (ResultSet rs = s.executeQuery("SELECT DATABASE(), @marker, @@server_id"))
            {
                assertTrue(rs.next());
                assertEquals("test2", rs.getString(1));
                assertEquals("from the history", rs.getString(2));
                assertEquals(replicaId, rs.getString(3));
            }
            // The replica prepared only 'kept' (its id 1 there, 3 for the client and the primary): the
            // execute carries the replica's id, and the answer is the replica's.
            kept.setString(1, "param");
            try (ResultSet rs = kept.executeQuery())
            {
                assertTrue(rs.next());
                assertEquals(replicaId, rs.getString(1));
                assertEquals("param", rs.getString(2));
            }

            // Prepared now, with both open: one statement on each server, one id for the client.
            final ServerInfo replica = cluster.servers().get(Integer.parseInt(replicaId) - 1);
            final long primaryBefore = preparedStatements(cluster.primary());
            final long replicaBefore = preparedStatements(replica);
            final PreparedStatement both = c.prepareStatement("SELECT @@server_id, ? + 1");
            for (int i = 0; i < 20; i++)
            {
                // (Connector/J prepares at the first execute.)
                both.setInt(1, i);
                try (ResultSet rs = both.executeQuery())
                {
                    assertTrue(rs.next());
                    assertEquals(replicaId, rs.getString(1));
                    assertEquals(i + 1, rs.getInt(2));
                }
            }
            // Each server prepared it (the replica's answer is not the client's: it may come a moment later).
            assertTrue(Poll.waitFor(() -> preparedStatements(cluster.primary()) == primaryBefore + 1
                && preparedStatements(replica) == replicaBefore + 1, 5_000),
                "prepared on the primary: " + preparedStatements(cluster.primary()) + " (was " + primaryBefore
                    + "), on the replica: " + preparedStatements(replica) + " (was " + replicaBefore + ")");
            both.close();
            kept.close();
            // COM_STMT_CLOSE reached each server with its own id (it gets no answer: poll).
            assertTrue(Poll.waitFor(() -> preparedStatements(cluster.primary()) == primaryBefore - 1
                && preparedStatements(replica) == replicaBefore - 1, 5_000),
                "statements left: primary " + preparedStatements(cluster.primary()) + " (was " + primaryBefore
                    + "), replica " + preparedStatements(replica) + " (was " + replicaBefore + ")");
            assertTrue((Long)diagnostics().get("replica_reads") >= 22, diagnostics().toString());
        }
    }

    @Test
    void shouldReportAReplayedCommandWhoseOutcomeDiffersAsAHistoryMismatch() throws Exception
    {
        // A table on the primary only (not written to the binary log): the replica has no such table.
        cluster.execute(cluster.primary(), "SET SESSION sql_log_bin = 0",
                "CREATE OR REPLACE TABLE test.primary_only (id INT)");
        try (Connection c = connect("test"); Statement s = c.createStatement())
        {
            s.execute("SET @n = (SELECT COUNT(*) FROM test.primary_only)"); // OK for the client
            assertTrue(Poll.waitFor(() -> (Long)diagnostics().get("history_mismatches") == 1, 10_000),
                    diagnostics().toString());
            // The session carries on without the replica: reads are the primary's.
            assertEquals("1", one(s, "SELECT @@server_id"));
            assertEquals("0", one(s, "SELECT @n"));
        }
        finally
        {
            cluster.execute(cluster.primary(), "SET SESSION sql_log_bin = 0", "DROP TABLE IF EXISTS test.primary_only");
        }
    }

    @Test
    void shouldLetTheRouterCloseAnEndpointAndOpenAnother() throws Exception
    {
        try (Connection c = connect("test"); Statement s = c.createStatement())
        {
            assertEquals("2", awaitReplica(s)); // the first replica in servers=
            sluice.cluster().setOperatorStatus("db2", ServerStatus.MAINT, true);
            try
            {
                // The router closes db2's connection at the next read, then opens db3 (history replayed).
                assertTrue(Poll.waitFor(() -> "3".equals(one(s, "SELECT @@server_id")), 10_000),
                        diagnostics().toString());
                assertEquals(1L, diagnostics().get("replicas_closed"));
                assertEquals(2L, diagnostics().get("most_endpoints"), "the closed endpoint left the session");
            }
            finally
            {
                sluice.cluster().setOperatorStatus("db2", ServerStatus.MAINT, false);
            }
        }
    }

    @Test
    void shouldAnswerAQueryPipelinedBehindStatementClosesWithNothingWaiting() throws Exception
    {
        try (RawClient raw = RawClient.loggedIn(port, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD))
        {
            for (int round = 0; round < 200; round++)
            {
                final byte[] prepare = packet(0, 0x16, "SELECT 42".getBytes(StandardCharsets.UTF_8));
                raw.out.write(prepare);
                raw.out.flush();
                final RawClient.Packet ok = raw.next();
                assertEquals(0, ok.payload()[0], "PREPARE OK");
                final int id = (ok.payload()[1] & 0xFF) | (ok.payload()[2] & 0xFF) << 8;
                // one column definition and, without DEPRECATE_EOF, its EOF
                raw.next();
                raw.next();
                // Three closes (one of an id nobody knows) and a query in one write: no answer to wait for.
                final byte[] close = packet(0, 0x19, new byte[] {(byte)id, (byte)(id >> 8), 0, 0});
                final byte[] unknown = packet(0, 0x19, new byte[] {(byte)0xEE, (byte)0xEE, 0, 0});
                final byte[] query = packet(0, 0x03, ("SELECT " + round).getBytes(StandardCharsets.UTF_8));
                raw.out.write(concat(close, unknown, close, query));
                raw.out.flush();
                assertEquals(1, raw.next().payload()[0], "one column");
                raw.next(); // its definition
                raw.next(); // EOF
                assertEquals(String.valueOf(round), rowValue(raw.next()));
                assertEquals((byte)0xFE, raw.next().payload()[0], "the result's EOF");
            }
        }
    }

    private static String rowValue(final RawClient.Packet row)
    {
        final int length = row.payload()[0] & 0xFF;
        return new String(row.payload(), 1, length, StandardCharsets.UTF_8);
    }

    private static byte[] packet(final int sequence, final int command, final byte[] body)
    {
        final byte[] p = new byte[5 + body.length];
        final int length = 1 + body.length;
        p[0] = (byte)length;
        p[1] = (byte)(length >> 8);
        p[2] = (byte)(length >> 16);
        p[3] = (byte)sequence;
        p[4] = (byte)command;
        System.arraycopy(body, 0, p, 5, body.length);
        return p;
    }

    private static byte[] concat(final byte[]... parts)
    {
        int length = 0;
        for (final byte[] part : parts)
        {
            length += part.length;
        }
        final byte[] all = new byte[length];
        int at = 0;
        for (final byte[] part : parts)
        {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void shouldCompileTheGuideAgainstTheApiAlone() throws Exception
    {
        final String source = guideSource();
        assertTrue(source.startsWith("package example.twin;"), source.substring(0, 40));
        assertTrue(!source.contains("io.sluice.core"), "the guide uses the API only");
        assertNotEquals(null, modules.find(io.sluice.api.ModuleType.ROUTER, "twin").orElse(null), "twin is loaded");
    }
}
