package io.sluice.core.admin;

import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.api.config.SectionSpec;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.launcher.Modules;
import io.sluice.core.launcher.Sluice;
import io.sluice.api.ApiVersion;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.api.Monitor;
import io.sluice.api.MonitorApi;
import io.sluice.api.MonitorCommand;
import io.sluice.api.MonitorContext;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.core.plugins.ModuleUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin REST API over real HTTP, in front of an in-process Sluice with a test monitor module. */
class AdminServerTest
{
    private Sluice sluice;
    private AdminServer admin;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Publishes db1 as primary and db2 as replica 3 s behind; "promote X" makes X the primary. */
    private static final class FixedMonitor implements Monitor
    {
        private final MonitorContext context;
        private String primary = "db1";

        FixedMonitor(final MonitorContext context)
        {
            this.context = context;
        }

        @Override
        public void tick()
        {
            final int master = ServerStatus.bits(ServerStatus.MASTER, ServerStatus.RUNNING);
            final int slave = ServerStatus.bits(ServerStatus.SLAVE, ServerStatus.RUNNING);
            final boolean one = primary.equals("db1");
            context.publish(List.of(new ServerState("db1", one ? master : slave, one ? 0 : 3, "0-1-42", 1,
                    !one, one ? "" : "db2"),
                new ServerState("db2", one ? slave : master, one ? 3 : 0, "0-1-41", 2, one, one ? "db1" : "")));
        }

        @Override
        public Map<String, Object> diagnostics()
        {
            return Map.of("primary", primary);
        }

        @Override
        public Map<String, MonitorCommand> commands()
        {
            return Map.of("promote", new MonitorCommand("<server>", "make a server the primary", args ->
            {
                if (args.size() != 1 || !Set.of("db1", "db2").contains(args.get(0)))
                {
                    throw new IllegalArgumentException("promote needs one server of db1, db2; got " + args);
                }
                primary = args.get(0);
                tick();
                return Map.of("primary", primary);
            }));
        }
    }

    private static final ModuleInfo MONITOR = new ModuleInfo("fixedmon", ModuleType.MONITOR,
            ApiVersion.CURRENT, "1.0.0",
        "test monitor", Set.of(), SectionSpec.EMPTY, Lifecycle.NONE, new MonitorApi(FixedMonitor::new));

    private static int freePort() throws Exception
    {
        try (ServerSocket s = new ServerSocket(0))
        {
            return s.getLocalPort();
        }
    }

    @BeforeEach
    void setUp() throws Exception
    {
        final String cnf = String.join("\n",
            "[sluice]", "threads=2", "admin_port=" + freePort(),
            "[db1]", "type=server", "address=127.0.0.1", "port=3306",
            "[db2]", "type=server", "address=127.0.0.1", "port=3307", "role=slave",
            "[db3]", "type=server", "address=127.0.0.1", "port=3308", "role=master",
            "[Cluster-Monitor]", "type=monitor", "module=fixedmon", "servers=db1,db2", "user=mon", "password=pw",
            "monitor_interval=60s", "");
        final SluiceConfig config = ConfigLoader.load(IniFile.parse("sluice.cnf", cnf),
            ModuleSpecs.of(Map.of(), Map.of("fixedmon", SectionSpec.EMPTY), Map.of()));
        final Modules modules = (type, name) -> type == ModuleType.MONITOR && name.equals("fixedmon")
            ? Optional.of(new Modules.Choice(MONITOR, ModuleUsage.NONE)) : Optional.empty();
        sluice = Sluice.start(config, modules);
        admin = AdminServer.start(sluice, "127.0.0.1", config.global().adminPort(), true);
    }

    @AfterEach
    void tearDown()
    {
        if (admin != null)
        {
            admin.close();
        }
        if (sluice != null)
        {
            sluice.shutdown(1_000);
        }
    }

    private HttpResponse<String> send(final String method, final String path, final boolean auth) throws Exception
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + admin.address().getPort()
                    + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (auth)
        {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("admin:mariadb".getBytes(StandardCharsets.UTF_8)));
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
    }
}
