package io.sluice.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hintfilter module of the distribution end to end: bin/sluice (a real process) runs a service
 * with {@code filters=Hint} ({@code module=hintfilter}) in front of a test router built at test time,
 * {@code hintroute} ({@link RouterJars#hintRoute}), which routes each statement by
 * {@code Query.hint()} and otherwise to the primary, in front of the real test cluster. MariaDB
 * Connector/J's statements with MaxScale hint comments come back from the server the hint names
 * (their {@code @@server_id}), so the filter parsed the comment and the hint reached the router:
 * route to server, master, slave, last, the lag limit, the begin/end stack, named hints, and a
 * prepared statement's hint on its executions. A malformed hint is ignored and logged once per
 * session; the filter's counters are in the admin API ({@code GET /v1/filters/Hint}). The same
 * filter section in front of readwritesplit sends reads it would give a replica where their hints
 * say, prepared statements' executions included.
 */
@ExtendWith(MariaDbClusterExtension.class)
class HintFilterIT
{
    private static final Path DIR = Path.of("target", "hintfilter-it");

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int port;
    private static int splitPort;
    private static int adminPort;
    /** Each server's @@server_id, by name. */
    private static final Map<String, String> SERVER_IDS = new HashMap<>();
    private static String primaryId;
    private static String firstReplicaId;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        final Path plugins = Files.createDirectories(DIR.resolve("plugins"));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(plugins))
        {
            for (final Path jar : old)
            {
                Files.delete(jar);
            }
        }
        for (final String jar : List.of("sluice-protocol-mysql.jar", "sluice-hintfilter.jar",
            "sluice-router-readwritesplit.jar"))
        {
            Files.copy(SluiceProcess.HOME.resolve("plugins").resolve(jar), plugins.resolve(jar));
        }
        final Path apiJar;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(SluiceProcess.HOME.resolve("lib"),
            "sluice-api-*.jar"))
        {
            apiJar = jars.iterator().next();
        }
        Files.copy(RouterJars.hintRoute(Files.createDirectories(DIR.resolve("build")), apiJar),
            plugins.resolve("hintroute.jar"));

        port = SluiceProcess.freePort();
        splitPort = SluiceProcess.freePort();
        adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        final List<ServerInfo> servers = cluster.servers();
        // the primary first: unhinted statements go to the router's first server
        final List<ServerInfo> ordered = new ArrayList<>(List.of(cluster.primary()));
        ordered.addAll(cluster.replicas());
        for (final ServerInfo s : servers)
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
            SERVER_IDS.put(s.name(), cluster.query(s, "SELECT @@server_id").get(0).get(0));
        }
        primaryId = SERVER_IDS.get(cluster.primary().name());
        firstReplicaId = SERVER_IDS.get(ordered.get(1).name());
        config.append("[Hint]\ntype=filter\nmodule=hintfilter\n\n");
        config.append("[Hinted]\ntype=service\nrouter=hintroute\nfilters=Hint\nservers=")
            .append(String.join(",", ordered.stream().map(ServerInfo::name).toList()))
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER)
            .append("\npassword=").append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[Hinted-Listener]\ntype=listener\nservice=Hinted\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(port).append("\n\n");
        // the product's router that honours hints, behind the same filter section
        config.append("[Split]\ntype=service\nrouter=readwritesplit\nfilters=Hint\nservers=")
            .append(String.join(",", ordered.stream().map(ServerInfo::name).toList()))
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER)
            .append("\npassword=").append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[Split-Listener]\ntype=listener\nservice=Split\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(splitPort).append('\n');
        sluice = SluiceProcess.start(DIR, config.toString(), plugins);
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    private static Connection connect() throws SQLException
    {
        // disablePipeline: hintroute does not keep two servers' answers in order (a pipelined PREPARE to all
        // servers and an EXECUTE to another could be answered out of order)
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test"
            + "?useServerPrepStmts=true&cachePrepStmts=false&disablePipeline=true", ClusterAccounts.APP_USER,
            ClusterAccounts.APP_PASSWORD);
    }

    private static String one(final Statement s, final String sql) throws SQLException
    {
        try (ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static String id(final String server)
    {
        return SERVER_IDS.get(server);
    }

    private static JsonNode admin(final String path) throws Exception
    {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "admin:mariadb".getBytes(StandardCharsets.UTF_8))).build();
        final HttpResponse<String> response = HttpClient.newHttpClient().send(request,
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static JsonNode filterDiagnostics() throws Exception
    {
        final JsonNode filter = admin("/v1/filters/Hint").path("data");
        assertEquals("hintfilter", filter.path("attributes").path("module").asText(), filter.toString());
        return filter.path("attributes").path("filter_diagnostics").path("Hinted");
    }

    @Test
    void shouldRouteEachStatementWhereItsHintSays() throws Exception
    {
        try (Connection c = connect(); Statement s = c.createStatement())
        {
            assertEquals(primaryId, one(s, "SELECT @@server_id"), "no hint: the router's first server");
            assertEquals(id("db2"), one(s, "SELECT @@server_id -- maxscale route to server db2"));
            assertEquals(id("db3"), one(s, "SELECT @@server_id /* maxscale route to server db3 */"));
            assertEquals(id("db3"), one(s, "SELECT @@server_id # maxscale route to last"));
            assertEquals(id("db2"), one(s, "/* MaxScale Route To Server DB2 */ SELECT @@server_id"));
            assertEquals(primaryId, one(s, "SELECT @@server_id -- maxscale route to master"));
            assertEquals(firstReplicaId, one(s, "SELECT @@server_id -- maxscale route to slave"));
            assertEquals(firstReplicaId, one(s, "SELECT @@server_id -- maxscale max_slave_replication_lag=5"));
            final String hint = admin("/v1/services/Hinted").path("data").path("attributes")
                .path("router_diagnostics").path("last_hint").asText();
            assertEquals("command 3: RoutingHint[route=NONE, serverName=, maxReplicationLagSec=5]", hint);
            // a hint in a string literal is no hint
            try (ResultSet rs = s.executeQuery("SELECT '-- maxscale route to server db2', @@server_id"))
            {
                assertTrue(rs.next());
                assertEquals("-- maxscale route to server db2", rs.getString(1));
                assertEquals(primaryId, rs.getString(2));
            }
        }
    }

    @Test
    void shouldKeepStackedAndNamedHintsForTheSession() throws Exception
    {
        try (Connection c = connect(); Statement s = c.createStatement())
        {
            assertEquals(id("db3"), one(s, "SELECT @@server_id -- maxscale begin route to server db3"));
            assertEquals(id("db3"), one(s, "SELECT @@server_id"), "the hint on the stack");
            assertEquals(id("db2"), one(s, "SELECT @@server_id -- maxscale route to server db2"), "its own first");
            assertEquals(primaryId, one(s, "SELECT @@server_id -- maxscale end"));
            assertEquals(primaryId, one(s, "SELECT @@server_id"));

            assertEquals(primaryId, one(s, "SELECT @@server_id -- maxscale reads prepare route to server db2"));
            assertEquals(id("db2"), one(s, "SELECT @@server_id -- maxscale reads begin"));
            assertEquals(id("db2"), one(s, "SELECT @@server_id"));
            try (Connection other = connect(); Statement o = other.createStatement())
            {
                assertEquals(primaryId, one(o, "SELECT @@server_id"), "another session has its own stack");
            }
            assertEquals(primaryId, one(s, "SELECT @@server_id /* maxscale end */"));
        }
    }

    @Test
    void shouldGiveAPreparedStatementsHintToEachOfItsExecutions() throws Exception
    {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT @@server_id, ? -- maxscale route to server db3"))
        {
            for (int i = 0; i < 5; i++)
            {
                ps.setInt(1, i);
                try (ResultSet rs = ps.executeQuery())
                {
                    assertTrue(rs.next());
                    assertEquals(id("db3"), rs.getString(1));
                    assertEquals(i, rs.getInt(2));
                }
            }
            try (PreparedStatement plain = c.prepareStatement("SELECT @@server_id, ?"))
            {
                plain.setInt(1, 1);
                try (ResultSet rs = plain.executeQuery())
                {
                    assertTrue(rs.next());
                    assertEquals(primaryId, rs.getString(1));
                }
            }
        }
    }

    @Test
    void shouldSteerReadWriteSplitByTheHints() throws Exception
    {
        final List<String> replicaIds = cluster.replicas().stream().map(r -> id(r.name())).toList();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + splitPort
                + "/test?useServerPrepStmts=true", ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement s = c.createStatement())
        {
            final String read = one(s, "SELECT @@server_id");
            assertTrue(replicaIds.contains(read), "unhinted, a read goes to a replica: " + read);
            assertEquals(primaryId, one(s, "SELECT @@server_id -- maxscale route to master"));
            for (final ServerInfo replica : cluster.replicas())
            {
                assertEquals(id(replica.name()),
                    one(s, "SELECT @@server_id /* maxscale route to server " + replica.name() + " */"));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT @@server_id, ? -- maxscale route to master"))
            {
                for (int i = 0; i < 3; i++)
                {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery())
                    {
                        assertTrue(rs.next());
                        assertEquals(primaryId, rs.getString(1), "execution " + i);
                        assertEquals(i, rs.getInt(2));
                    }
                }
            }
        }
        final JsonNode split = admin("/v1/filters/Hint").path("data").path("attributes").path("filter_diagnostics")
            .path("Split");
        assertEquals(4, split.path("hinted_queries").path("master").asLong(), split.toString());
        assertEquals(replicaIds.size(), split.path("hinted_queries").path("server").asLong(), split.toString());
        assertEquals(1, split.path("hinted_prepares").asLong(), split.toString());
    }

    @Test
    void shouldIgnoreAMalformedHintLogItOnceAndCountItAll() throws Exception
    {
        final JsonNode before = filterDiagnostics();
        try (Connection c = connect(); Statement s = c.createStatement())
        {
            assertEquals(primaryId, one(s, "SELECT @@server_id -- maxscale route to nowhere"));
            assertEquals(primaryId, one(s, "SELECT @@server_id -- maxscale route to venus"));
            assertEquals(id("db2"), one(s, "SELECT @@server_id -- maxscale route to server db2"));
        }
        final JsonNode after = filterDiagnostics();
        assertEquals(2, after.path("malformed_hints").asLong() - before.path("malformed_hints").asLong(),
            after.toString());
        assertEquals(1, after.path("hinted_queries").path("server").asLong()
            - before.path("hinted_queries").path("server").asLong(), after.toString());
        final String log = sluice.log();
        assertEquals(1, log.lines().filter(l -> l.contains("malformed hint ignored")).count(), log);
        assertTrue(log.lines().anyMatch(l -> l.contains("WARN") && l.contains("filter Hint: session ")
            && l.endsWith("malformed hint ignored (logged once per session): maxscale route to nowhere")), log);
    }
}
