package io.sluice.core.admin;

import io.sluice.core.launcher.Sluice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin REST API over real HTTP, in front of an in-process Sluice with a test monitor module. */
class AdminServerTest
{
    private AdminFixture fixture;
    private Sluice sluice;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws Exception
    {
        fixture = AdminFixture.start();
        sluice = fixture.sluice();
    }

    @AfterEach
    void tearDown()
    {
        if (fixture != null)
        {
            fixture.close();
        }
    }

    private HttpResponse<String> send(final String method, final String path, final boolean auth) throws Exception
    {
        return send(method, path, auth ? "admin:mariadb" : null, null);
    }

    private HttpResponse<String> send(final String method, final String path,
            final String credentials, final String body)
        throws Exception
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + fixture.port() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null)
        {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRefuseRequestsWithoutTheAdminCredentials() throws Exception
    {
        final HttpResponse<String> response = send("GET", "/v1/servers", false);

        assertEquals(401, response.statusCode());
        assertEquals("{\"errors\":[{\"detail\":\"authentication required\"}]}", response.body());
    }

    @Test
    void shouldListServersWithTheMonitorsStatesAndTheConfiguredOnes() throws Exception
    {
        final HttpResponse<String> response = send("GET", "/v1/servers", true);

        assertEquals(200, response.statusCode());
        final String body = response.body();
        assertTrue(body.contains("{\"id\":\"db1\",\"type\":\"servers\",\"attributes\":{\"state\":\"Master, Running\","
            + "\"status\":[\"MASTER\",\"RUNNING\"],\"replication_lag\":0,\"gtid_current_pos\":\"0-1-42\","
            + "\"server_id\":1,"
            + "\"read_only\":false,\"master_name\":\"\",\"parameters\":{"), body);
        assertTrue(body.contains("\"state\":\"Slave, "
                + "Running\",\"status\":[\"SLAVE\",\"RUNNING\"],\"replication_lag\":3,"
            + "\"gtid_current_pos\":\"0-1-41\",\"server_id\":2,\"read_only\":true,\"master_name\":\"db1\""), body);
        assertTrue(body.contains("{\"id\":\"db3\",\"type\":\"servers\",\"attributes\":{\"state\":\"Master, Running\""),
                body);
        assertEquals(404, send("GET", "/v1/servers/db9", true).statusCode());
    }

    @Test
    void shouldSetAndClearMaintenanceAndDrain() throws Exception
    {
        assertEquals(204, send("PUT", "/v1/servers/db2/set?state=maintenance", true).statusCode());
        assertEquals("Maintenance, Slave, Running", sluice.cluster().snapshot().state("db2").statusText());
        assertTrue(send("GET", "/v1/servers/db2", true).body().contains("\"state\":\"Maintenance, Slave, Running\""));

        assertEquals(204, send("PUT", "/v1/servers/db2/clear?state=maintenance", true).statusCode());
        assertEquals("Slave, Running", sluice.cluster().snapshot().state("db2").statusText());

        assertEquals(204, send("PUT", "/v1/servers/db1/set?state=drain", true).statusCode());
        assertEquals("Draining, Master, Running", sluice.cluster().snapshot().state("db1").statusText());

        final HttpResponse<String> bad = send("PUT", "/v1/servers/db1/set?state=sleepy", true);
        assertEquals(400, bad.statusCode());
        assertEquals("{\"errors\":[{\"detail\":\"state must be maintenance or drain, not 'sleepy'\"}]}", bad.body());
    }

    @Test
    void shouldShowMonitorsAndRunTheirCommands() throws Exception
    {
        final String monitor = send("GET", "/v1/monitors/Cluster-Monitor", true).body();
        assertTrue(monitor.contains("\"module\":\"fixedmon\""), monitor);
        assertTrue(monitor.contains("\"monitor_diagnostics\":{\"primary\":\"db1\"}"), monitor);
        assertTrue(monitor.contains("\"commands\":{\"promote\":{"), monitor);

        final HttpResponse<String> promoted = send("POST",
                "/v1/maxscale/modules/fixedmon/promote?Cluster-Monitor&db2", true);
        assertEquals(200, promoted.statusCode(), promoted.body());
        assertEquals("{\"meta\":{\"primary\":\"db2\"}}", promoted.body());
        assertTrue(sluice.cluster().snapshot().state("db2").isMaster());
        assertTrue(sluice.cluster().snapshot().state("db1").isSlave());

        final HttpResponse<String> bad = send("POST",
                "/v1/maxscale/modules/fixedmon/promote?Cluster-Monitor&db7", true);
        assertEquals(400, bad.statusCode());
        assertEquals("{\"errors\":[{\"detail\":\"promote needs one server of db1, db2; got [db7]\"}]}", bad.body());
        assertEquals(404, send("POST", "/v1/maxscale/modules/fixedmon/promote?Nobody&db2", true).statusCode());
        final HttpResponse<String> unknown = send("POST",
                "/v1/maxscale/modules/fixedmon/explode?Cluster-Monitor", true);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("has no command 'explode'"), unknown.body());
    }

    @Test
    void shouldReportEachWorkersLoad() throws Exception
    {
        final String body = send("GET", "/v1/maxscale/threads", true).body();

        assertTrue(body.startsWith("{\"data\":[{"), body);
        assertEquals(2, body.split("\"type\":\"threads\"", -1).length - 1, body);
        assertTrue(body.contains("\"last_minute\":"), body);
        for (final String counter : new String[] {"polls", "blocking_polls", "empty_polls", "events",
            "avg_event_queue_length", "wakeups"})
        {
            assertTrue(body.contains("\"" + counter + "\":"), counter + " in " + body);
        }
        // MaxScale's per-thread I/O statistics, next to the loads: nothing is connected to this Sluice yet
        for (final JsonNode thread : JSON.readTree(body).path("data"))
        {
            final JsonNode stats = thread.path("attributes").path("stats");
            assertEquals(0, stats.path("reads").asLong(-1), body);
            assertEquals(0, stats.path("writes").asLong(-1), body);
            assertEquals(0, stats.path("accepts").asLong(-1), body);
            assertEquals(0, stats.path("inbox_depth").asInt(-1), body);
        }
    }

    @Test
    void shouldCountRoutedPacketsAndResponsesPerServerFromZero() throws Exception
    {
        final JsonNode statistics = JSON.readTree(send("GET", "/v1/servers/db1", true).body()).path("data")
            .path("attributes").path("statistics");

        assertEquals(0, statistics.path("routed_packets").asLong(-1), statistics.toString());
        assertEquals(0, statistics.path("responses").asLong(-1), statistics.toString());
        assertEquals(0.0, statistics.path("mean_response_time_us").asDouble(-1), statistics.toString());
        final String text = send("GET", "/metrics", true).body();
        assertTrue(text.contains("sluice_server_routed_packets_total{server=\"db1\"} 0.0\n"), text);
        assertTrue(text.contains("sluice_server_responses_total{server=\"db2\"} 0.0\n"), text);
        assertTrue(text.contains("sluice_server_mean_response_time_seconds{server=\"db1\"} 0.0\n"), text);
        assertTrue(text.contains("sluice_worker_reads_total{worker=\"0\"} 0.0\n"), text);
        assertTrue(text.contains("sluice_worker_accepts_total{worker=\"1\"} 0.0\n"), text);
        assertTrue(text.contains("sluice_worker_inbox_depth{worker=\"0\"} 0.0\n"), text);
    }

    @Test
    void shouldLoadAModuleJarByPathAndRefuseABrokenOneChangingNothing() throws Exception
    {
        final java.nio.file.Path work = java.nio.file.Files.createTempDirectory("admin-module-jar");
        final java.nio.file.Path jar = new io.sluice.core.plugins.TestPluginJars(work.resolve("build"))
            .routerJar(work.resolve("extra-router.jar"), "extra", "1.4.0", "");
        final java.nio.file.Path broken = java.nio.file.Files.writeString(work.resolve("broken.jar"), "not a jar");
        final String modulesBefore = send("GET", "/v1/maxscale/modules", true).body();

        final HttpResponse<String> refused = send("POST", "/v1/maxscale/modules", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"path\":\"" + broken + "\"}}}");
        assertEquals(400, refused.statusCode(), refused.body());
        final String detail = JSON.readTree(refused.body()).path("errors").get(0).path("detail").asText();
        assertTrue(detail.startsWith("plugin broken.jar refused: not a readable jar"), detail);
        assertEquals(modulesBefore, send("GET", "/v1/maxscale/modules", true).body());
        assertEquals(400, send("POST", "/v1/maxscale/modules", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"path\":\"relative/x.jar\"}}}").statusCode());
        assertEquals(400, send("POST", "/v1/maxscale/modules", "admin:mariadb", "{}").statusCode());
        assertEquals(401, send("POST", "/v1/maxscale/modules", "nobody:x", "{}").statusCode());

        final HttpResponse<String> loaded = send("POST", "/v1/maxscale/modules", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"path\":\"" + jar + "\"}}}");
        assertEquals(200, loaded.statusCode(), loaded.body());
        final JsonNode answer = JSON.readTree(loaded.body()).path("data");
        assertEquals(1, answer.size(), loaded.body());
        assertEquals("extra", answer.get(0).path("id").asText());
        final JsonNode listed = JSON.readTree(send("GET", "/v1/maxscale/modules/extra", true).body()).path("data");
        assertEquals("router", listed.path("attributes").path("module_type").asText());
        assertEquals("1.4.0", listed.path("attributes").path("version").asText());
        assertEquals(jar.toString(), listed.path("attributes").path("source").asText());
        assertEquals(2, JSON.readTree(send("GET", "/v1/maxscale/modules", true).body()).path("data").size());
        assertEquals(List.of(jar), io.sluice.core.config.ModuleJars.load(sluice.dataDir()));

        // the same module name from another jar is refused as a duplicate, and the loaded one stays
        final java.nio.file.Path twin = new io.sluice.core.plugins.TestPluginJars(work.resolve("build2"))
            .routerJar(work.resolve("twin.jar"), "extra", "9.0.0", "");
        final HttpResponse<String> duplicate = send("POST", "/v1/maxscale/modules", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"path\":\"" + twin + "\"}}}");
        assertEquals(400, duplicate.statusCode(), duplicate.body());
        assertTrue(duplicate.body().contains("extra"), duplicate.body());
        assertEquals("1.4.0", JSON.readTree(send("GET", "/v1/maxscale/modules/extra", true).body()).path("data")
            .path("attributes").path("version").asText());
        assertEquals(List.of(jar), io.sluice.core.config.ModuleJars.load(sluice.dataDir()));
    }

    @Test
    void shouldRefuseGlobalParametersThatCannotChangeWhileRunning() throws Exception
    {
        final HttpResponse<String> live = send("PATCH", "/v1/maxscale", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"parameters\":{\"users_refresh_time\":\"10s\"}}}}");
        assertEquals(400, live.statusCode(), live.body());
        assertEquals("parameter 'users_refresh_time' of [maxscale] cannot be changed while Sluice runs (it is 30s): "
            + "set it in sluice.cnf and restart Sluice", JSON.readTree(live.body()).path("errors").get(0)
            .path("detail").asText());
        final HttpResponse<String> misspelt = send("PATCH", "/v1/maxscale", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"parameters\":{\"thread\":\"4\"}}}}");
        assertEquals(400, misspelt.statusCode());
        assertTrue(misspelt.body().contains("unknown parameter 'thread' in section [maxscale] (did you mean "
            + "'threads'?)"), misspelt.body());
        final HttpResponse<String> maxscales = send("PATCH", "/v1/maxscale", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"parameters\":{\"log_info\":\"true\"}}}}");
        assertEquals(400, maxscales.statusCode());
        assertTrue(maxscales.body().contains("is MaxScale's but not supported yet by Sluice"), maxscales.body());
        final HttpResponse<String> bad = send("PATCH", "/v1/maxscale", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"parameters\":{\"max_auth_failures\":\"-3\"}}}}");
        assertEquals(400, bad.statusCode());
        assertEquals(204, send("PATCH", "/v1/maxscale", "admin:mariadb",
            "{\"data\":{\"attributes\":{\"parameters\":{\"threads\":\"2\"}}}}").statusCode(),
            "the value in force: nothing to change");
        assertEquals("30s", JSON.readTree(send("GET", "/v1/maxscale", true).body()).path("data").path("attributes")
            .path("parameters").path("users_refresh_time").asText());
    }

    @Test
    void shouldAnswer404ForUnknownResourcesAnd405ForWrongMethods() throws Exception
    {
        final HttpResponse<String> unknown = send("GET", "/v1/gadgets", true);
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"errors\":[{\"detail\":\"no resource /v1/gadgets\"}]}", unknown.body());
        assertEquals("{\"errors\":[{\"detail\":\"no service named 'Nope'\"}]}",
                send("GET", "/v1/services/Nope", true).body());
        assertEquals(404, send("GET", "/v1/listeners/Nope", true).statusCode());
        assertEquals(404, send("GET", "/v1/filters/Nope", true).statusCode());
        assertEquals(404, send("GET", "/v1/monitors/Nope", true).statusCode());
        assertEquals(404, send("GET", "/v1/sessions/12345", true).statusCode());
        assertEquals(404, send("DELETE", "/v1/sessions/12345", true).statusCode());
        assertEquals(404, send("PUT", "/v1/servers/db9/set?state=maintenance", true).statusCode());
        assertEquals(405, send("POST", "/v1/servers/db1", true).statusCode());
        assertEquals(405, send("PUT", "/v1/services", true).statusCode());
        assertEquals(401, send("GET", "/v1/gadgets", false).statusCode());
    }

    @Test
    void shouldDescribeTheProcessItsModulesAndItsUsers() throws Exception
    {
        final HttpResponse<String> maxscale = send("GET", "/v1/maxscale", true);
        assertEquals(200, maxscale.statusCode());
        final JsonNode attributes = JSON.readTree(maxscale.body()).path("data").path("attributes");
        assertEquals(sluice.version(), attributes.path("version").asText());
        assertTrue(attributes.path("uptime").asLong() >= 0, maxscale.body());
        assertEquals("2", attributes.path("parameters").path("threads").asText());
        assertEquals(2, attributes.path("threads").asInt());

        final JsonNode modules = JSON.readTree(send("GET", "/v1/maxscale/modules", true).body()).path("data");
        assertEquals(1, modules.size());
        assertEquals("fixedmon", modules.get(0).path("id").asText());
        assertEquals("monitor", modules.get(0).path("attributes").path("module_type").asText());
        assertEquals("/plugins/fixedmon.jar", modules.get(0).path("attributes").path("source").asText());
        assertEquals(200, send("GET", "/v1/maxscale/modules/fixedmon", true).statusCode());

        final JsonNode users = JSON.readTree(send("GET", "/v1/users/inet", true).body()).path("data");
        assertEquals("admin", users.get(0).path("id").asText());
        assertEquals("admin", users.get(0).path("attributes").path("account").asText());
    }

    @Test
    void shouldRelateServersToTheirMonitorAndListNoSessionsWhenIdle() throws Exception
    {
        final JsonNode db1 = JSON.readTree(send("GET", "/v1/servers/db1", true).body()).path("data");
        assertEquals("Cluster-Monitor",
                db1.path("relationships").path("monitors").path("data").get(0).path("id").asText());
        assertEquals(0, db1.path("attributes").path("statistics").path("connections").asInt());
        assertEquals("3306", db1.path("attributes").path("parameters").path("port").asText());
        final JsonNode monitor = JSON.readTree(send("GET", "/v1/monitors/Cluster-Monitor", true).body()).path("data");
        assertEquals("*****", monitor.path("attributes").path("parameters").path("password").asText());
        assertEquals(0, JSON.readTree(send("GET", "/v1/sessions", true).body()).path("data").size());
        assertEquals(0, JSON.readTree(send("GET", "/v1/services", true).body()).path("data").size());
    }

    @Test
    void shouldExposePrometheusMetricsOfServersWorkersAndTheJvm() throws Exception
    {
        assertEquals(401, send("GET", "/metrics", false).statusCode());
        final HttpResponse<String> response = send("GET", "/metrics", true);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        final String text = response.body();
        assertTrue(text.contains("sluice_server_up{server=\"db1\"} 1.0\n"), text);
        assertTrue(text.contains("sluice_server_status{server=\"db2\",status=\"slave\"} 1.0\n"), text);
        assertTrue(text.contains("sluice_server_status{server=\"db2\",status=\"master\"} 0.0\n"), text);
        assertTrue(text.contains("sluice_server_replication_lag_seconds{server=\"db2\"} 3.0\n"), text);
        assertTrue(text.contains("sluice_server_connections{server=\"db3\"} 0.0\n"), text);
        assertTrue(text.matches("(?s).*\nsluice_worker_load_percent\\{window=\"hour\",worker=\"1\"} \\d.*"), text);
        assertTrue(text.contains("sluice_worker_sessions{worker=\"0\"} 0.0\n"), text);
        assertTrue(text.contains("# TYPE sluice_worker_wakeups_total counter\n"), text);
        assertTrue(text.contains("sluice_build_info{version=\"" + sluice.version() + "\"} 1\n"), text);
        assertTrue(text.contains("jvm_memory_used_bytes{area=\"heap\"}"), text);
        assertTrue(text.contains("jvm_threads_current"), text);

        assertEquals(204, send("PUT", "/v1/servers/db2/set?state=maintenance", true).statusCode());
        assertTrue(send("GET", "/metrics",
                true).body().contains("sluice_server_status{server=\"db2\",status=\"maint\"} 1.0\n"));
    }

    private static String newUser(final String name, final String password, final String account)
    {
        return "{\"data\":{\"id\":\"" + name + "\",\"type\":\"inet\",\"attributes\":{\"password\":\"" + password
            + "\",\"account\":\"" + account + "\"}}}";
    }

    @Test
    void shouldKeepHashedAccountsWithReadOnlyAndAdminRolesAcrossARestart() throws Exception
    {
        assertEquals(204,
                send("POST", "/v1/users/inet", "admin:mariadb", newUser("bob", "bob_pw", "basic")).statusCode());
        assertEquals(200, send("GET", "/v1/servers", "bob:bob_pw", null).statusCode());
        final HttpResponse<String> refused = send("PUT", "/v1/servers/db2/set?state=maintenance", "bob:bob_pw", null);
        assertEquals(403, refused.statusCode());
        assertEquals("{\"errors\":[{\"detail\":\"user 'bob' has a basic (read-only) account: it may not change "
                + "anything\"}]}",
            refused.body());
        assertEquals("Slave, Running", sluice.cluster().snapshot().state("db2").statusText(),
                "a refused change changes nothing");
        assertEquals(401, send("GET", "/v1/servers", "bob:wrong", null).statusCode());
        assertEquals(200, send("GET", "/v1/servers", "admin:mariadb", null).statusCode(),
            "admin:mariadb still works while no other admin exists");

        assertEquals(400, send("POST", "/v1/users/inet", "admin:mariadb", newUser("bob", "x", "basic")).statusCode());
        assertEquals(400, send("POST", "/v1/users/inet", "admin:mariadb", newUser("eve", "", "admin")).statusCode());
        assertEquals(400, send("POST", "/v1/users/inet", "admin:mariadb", "not json").statusCode());
        assertEquals(204,
                send("POST", "/v1/users/inet", "admin:mariadb", newUser("alice", "alice_pw", "admin")).statusCode());
        assertEquals(401, send("GET", "/v1/servers", "admin:mariadb", null).statusCode(),
                "the default account is gone");
        assertEquals(204, send("PUT", "/v1/servers/db2/set?state=maintenance", "alice:alice_pw", null).statusCode());

        final java.nio.file.Path file = sluice.dataDir().resolve("admin-users.json");
        final String stored = java.nio.file.Files.readString(file);
        assertTrue(stored.contains("\"password_hash\" : \"$2a$10$"), stored);
        assertTrue(!stored.contains("alice_pw") && !stored.contains("bob_pw"), stored);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
            java.nio.file.Files.getPosixFilePermissions(file)));

        final java.nio.file.Path dataDir = sluice.dataDir();
        fixture.close();
        fixture = AdminFixture.start(dataDir);
        sluice = fixture.sluice();
        assertEquals(200, send("GET", "/v1/servers", "alice:alice_pw", null).statusCode(), "kept across a restart");
        assertEquals(401, send("GET", "/v1/servers", "admin:mariadb", null).statusCode());
        final JsonNode listed = JSON.readTree(send("GET", "/v1/users/inet", "bob:bob_pw", null).body()).path("data");
        assertEquals(2, listed.size());
        assertEquals("basic", listed.get(0).path("attributes").path("account").asText());
        assertEquals("admin", listed.get(1).path("attributes").path("account").asText());

        assertEquals(204, send("PATCH", "/v1/users/inet/bob", "alice:alice_pw",
            "{\"data\":{\"attributes\":{\"password\":\"bob_pw2\"}}}").statusCode());
        assertEquals(401, send("GET", "/v1/servers", "bob:bob_pw", null).statusCode());
        assertEquals(200, send("GET", "/v1/servers", "bob:bob_pw2", null).statusCode());
        final HttpResponse<String> last = send("DELETE", "/v1/users/inet/alice", "alice:alice_pw", null);
        assertEquals(400, last.statusCode());
        assertTrue(last.body().contains("last admin account"), last.body());
        assertEquals(204, send("DELETE", "/v1/users/inet/bob", "alice:alice_pw", null).statusCode());
        assertEquals(404, send("DELETE", "/v1/users/inet/bob", "alice:alice_pw", null).statusCode());
    }

    @Test
    void shouldServeTheStatusPageBehindTheSameAuthentication() throws Exception
    {
        assertEquals(401, send("GET", "/", false).statusCode());
        final HttpResponse<String> page = send("GET", "/", true);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (final String used : new String[] {"/v1/servers", "/v1/services", "/v1/maxscale/threads", "<svg"})
        {
            assertTrue(page.body().contains(used), used);
        }
    }

    @Test
    void shouldServeHttpsWithAdminSslCertAndKey() throws Exception
    {
        final java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sluice-tls");
        final java.nio.file.Path[] pem = AdminFixture.selfSignedCertificate(dir);
        fixture.close();
        fixture = AdminFixture.start(dir, "admin_ssl_cert=" + pem[0], "admin_ssl_key=" + pem[1]);
        final HttpClient https = HttpClient.newBuilder().sslContext(AdminTls.clientContext(pem[0])).build();
        final HttpResponse<String> response = https.send(HttpRequest.newBuilder(
            URI.create("https://127.0.0.1:" + fixture.port() + "/v1/servers/db1"))
            .header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString("admin:mariadb".getBytes(StandardCharsets.UTF_8)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"state\":\"Master, Running\""), response.body());
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> send("GET", "/v1/servers", true),
            "plain HTTP is not served on an HTTPS port");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + fixture.port() + "/v1/servers")).build(),
            HttpResponse.BodyHandlers.ofString()), "an untrusted certificate is refused by a default client");

        final java.nio.file.Path onlyCert = dir.resolve("only.cnf");
        final Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
            () -> AdminFixture.start(dir, "admin_ssl_cert=" + pem[0]).close());
        assertTrue(String.valueOf(refused.getMessage()).contains("admin_ssl_cert and admin_ssl_key go together"),
            String.valueOf(refused.getMessage()) + onlyCert);
    }
}
