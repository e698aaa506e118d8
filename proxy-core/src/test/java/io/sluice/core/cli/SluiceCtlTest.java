package io.sluice.core.cli;

import io.sluice.core.admin.AdminFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sluicectl in-process against an in-process Sluice's admin API over real HTTP. */
class SluiceCtlTest
{
    private AdminFixture fixture;

    private record Run(int status, String out, String err)
    {
    }

    @BeforeEach
    void setUp() throws Exception
    {
        fixture = AdminFixture.start();
    }

    @AfterEach
    void tearDown()
    {
        fixture.close();
    }

    private Run ctl(final String... args)
    {
        final String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = "http://127.0.0.1:" + fixture.port();
        return raw(all);
    }

    private static Run raw(final String... args)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = SluiceCtl.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListServersAsATableWithTheirStates()
    {
        final Run run = ctl("list", "servers");

        assertEquals(0, run.status(), run.err());
        final String[] lines = run.out().split("\n");
        assertEquals(5, lines.length, run.out());
        assertTrue(lines[0].matches("Server\\s+Address\\s+Port\\s+Connections\\s+State\\s+GTID\\s+Lag\\s+Monitor"),
                lines[0]);
        assertTrue(lines[2].matches("db1\\s+127\\.0\\.0\\.1\\s+3306\\s+0\\s+Master, "
                + "Running\\s+0-1-42\\s+0\\s+Cluster-Monitor"),
            lines[2]);
        assertTrue(lines[3].matches("db2\\s+127\\.0\\.0\\.1\\s+3307\\s+0\\s+Slave, "
                + "Running\\s+0-1-41\\s+3\\s+Cluster-Monitor"),
            lines[3]);
    }

    @Test
    void shouldPrintTheApisJsonWithJson()
    {
        final Run run = ctl("list", "threads", "--json");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"type\" : \"threads\""), run.out());
        assertEquals(2, run.out().split("\"last_hour\"", -1).length - 1, run.out());
    }

    @Test
    void shouldListOneThreadRowPerWorkerWithThreeLoads()
    {
        final Run run = ctl("list", "threads");

        assertEquals(0, run.status(), run.err());
        final String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].matches("Id\\s+Sessions\\s+Load \\(period\\)\\s+Load \\(minute\\)\\s+Load \\(hour\\)"
            + "\\s+Reads\\s+Writes\\s+Accepts\\s+Inbox\\s+Moved out\\s+Moved in"), lines[0]);
        // nothing connected yet: no reads, writes or accepts, an empty inbox, nothing moved
        final String load = "\\d+(\\.\\d+)?";
        assertTrue(lines[2].matches("0\\s+0\\s+" + load + "\\s+" + load + "\\s+" + load
                + "\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0"),
            lines[2]);
    }

    @Test
    void shouldTriggerRebalancingAsMaxctrlDoes()
    {
        final Run thread = ctl("rebalance", "thread", "0", "1", "--sessions", "2");
        assertEquals(0, thread.status(), thread.err());
        assertEquals("OK\n", thread.out());
        final Run threads = ctl("rebalance", "threads", "--threshold", "5");
        assertEquals(0, threads.status(), threads.err());
        assertEquals(0, ctl("rebalance", "threads").status());

        final Run itself = ctl("rebalance", "thread", "0", "0");
        assertEquals(1, itself.status());
        assertEquals("sluicectl: thread 0 cannot rebalance to itself (HTTP 400)\n", itself.err());
        final Run unknown = ctl("rebalance", "thread", "9", "0");
        assertEquals(1, unknown.status());
        assertEquals("sluicectl: no thread 9 (HTTP 404)\n", unknown.err());
        final Run threshold = ctl("rebalance", "threads", "--threshold", "101");
        assertEquals(1, threshold.status());
        assertEquals("sluicectl: threshold must be a number from 0 to 100: '101' (HTTP 400)\n", threshold.err());
        assertEquals(2, ctl("rebalance", "sideways").status());
        assertEquals(2, ctl("rebalance", "thread", "0").status());
    }

    @Test
    void shouldSetAndClearMaintenance()
    {
        assertEquals(0, ctl("set", "server", "db2", "maintenance").status());
        assertEquals("Maintenance, Slave, Running", fixture.sluice().cluster().snapshot().state("db2").statusText());
        final Run show = ctl("show", "server", "db2");
        assertTrue(show.out().matches("(?s).*\\nstate\\s+Maintenance, Slave, Running\\n.*"), show.out());

        assertEquals(0, ctl("clear", "server", "db2", "maintenance").status());
        assertEquals("Slave, Running", fixture.sluice().cluster().snapshot().state("db2").statusText());
    }

    @Test
    void shouldCallAMonitorCommand()
    {
        final Run run = ctl("call", "command", "fixedmon", "promote", "Cluster-Monitor", "db2");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*\\nprimary\\s+db2\\n.*"), run.out());
        assertTrue(fixture.sluice().cluster().snapshot().state("db2").isMaster());
        final Run refused = ctl("call", "command", "fixedmon", "promote", "Cluster-Monitor", "db7");
        assertEquals(1, refused.status());
        assertEquals("sluicectl: promote needs one server of db1, db2; got [db7] (HTTP 400)\n", refused.err());
    }

    @Test
    void shouldFailWithOneLineForAnUnknownResourceWrongCredentialsOrNoSluice() throws Exception
    {
        final Run missing = ctl("show", "server", "db9");
        assertEquals(1, missing.status());
        assertEquals("sluicectl: no server named 'db9' (HTTP 404)\n", missing.err());
        assertEquals("", missing.out());

        final Run wrong = ctl("list", "servers", "--password", "nope");
        assertEquals(1, wrong.status());
        assertEquals("sluicectl: wrong user or password for http://127.0.0.1:" + fixture.port() + " (HTTP 401)\n",
            wrong.err());

        final int closedPort;
        try (ServerSocket s = new ServerSocket(0))
        {
            closedPort = s.getLocalPort();
        }
        final Run down = raw("list", "servers", "--url", "http://127.0.0.1:" + closedPort);
        assertEquals(1, down.status());
        assertTrue(down.err().startsWith("sluicectl: cannot reach Sluice at http://127.0.0.1:" + closedPort + " ("),
            down.err());
        assertEquals(1, down.err().split("\n").length, down.err());

        assertEquals(1, ctl("kill", "session", "999999").status());
        assertEquals(2, ctl("list", "gadgets").status());
        assertEquals(2, ctl("set", "server", "db1", "sleepy").status());
    }

    @Test
    void shouldLoadAModuleJarByPathAndFailWithOneLineForABrokenOne() throws Exception
    {
        final java.nio.file.Path work = java.nio.file.Files.createTempDirectory("sluicectl-load");
        final String api = java.util.regex.Pattern.quote(io.sluice.api.ApiVersion.CURRENT.toString());
        final java.nio.file.Path jar = new io.sluice.core.plugins.TestPluginJars(work.resolve("build"))
            .routerJar(work.resolve("extra-router.jar"), "extra", "1.4.0", "");
        final java.nio.file.Path broken = java.nio.file.Files.writeString(work.resolve("broken.jar"), "not a jar");

        final Run refused = ctl("load", "module", broken.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().matches("sluicectl: plugin broken\\.jar refused: not a readable jar: [^\\n]*"
            + " \\(HTTP 400\\)\\n"), refused.err());
        assertEquals("", refused.out());
        assertEquals(3, ctl("list", "modules").out().split("\n").length, "header, rule and fixedmon only");

        final Run loaded = ctl("load", "module", jar.toString());
        assertEquals(0, loaded.status(), loaded.err());
        assertTrue(loaded.out().matches("(?s)Module\\s+Type\\s+Version\\s+API\\s+Source\\n[-\\s]+\\n"
            + "extra\\s+router\\s+1\\.4\\.0\\s+" + api + "\\s+"
            + java.util.regex.Pattern.quote(jar.toString()) + "\\n"),
            loaded.out());
        final Run list = ctl("list", "modules");
        assertTrue(list.out().matches("(?s).*\\nextra\\s+router\\s+1\\.4\\.0\\s+" + api + "\\s+"
            + java.util.regex.Pattern.quote(jar.toString()) + "\\n.*"), list.out());
        assertEquals(2, ctl("load", "gadget", jar.toString()).status());
    }

    @Test
    void shouldAlterMaxscaleOrSayWhyNot()
    {
        final Run refused = ctl("alter", "maxscale", "users_refresh_time=5s");
        assertEquals(1, refused.status());
        assertEquals("sluicectl: parameter 'users_refresh_time' of [maxscale] cannot be changed while Sluice runs "
            + "(it is 30s): set it in sluice.cnf and restart Sluice (HTTP 400)\n", refused.err());
        final Run same = ctl("alter", "maxscale", "threads=2", "max_auth_failures=10");
        assertEquals(0, same.status(), same.err());
        assertEquals("OK\n", same.out());
    }

    @Test
    void shouldShowOneUser()
    {
        final Run run = ctl("show", "user", "admin");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*\\naccount\\s+admin\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\ndefault\\s+true\\n.*"), run.out());
        assertEquals("sluicectl: no user named 'nobody' (HTTP 404)\n", ctl("show", "user", "nobody").err());
    }

    @Test
    void shouldGenerateABashCompletionScript()
    {
        final Run run = raw("generate-completion");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("complete -F _complete_sluicectl"), run.out().substring(0, 200));
        assertTrue(run.out().contains("(\"maintenance\" \"drain\")"), "completion offers the operator states");
        assertTrue(run.out().contains("\"servers\" \"services\" \"listeners\""), "completion offers the list types");
    }

    @Test
    void shouldCreateAlterAndDestroyUsersWithRoles()
    {
        assertEquals(0, ctl("create", "user", "ro", "ro_pw").status());
        final Run list = ctl("list", "users");
        assertTrue(list.out().matches("(?s).*\\nro\\s+inet\\s+basic\\n.*"), list.out());
        final Run refused = ctl("set", "server", "db2", "maintenance", "-u", "ro", "-p", "ro_pw");
        assertEquals(1, refused.status());
        assertEquals("sluicectl: user ro may not change anything (a read-only account; HTTP 403)\n", refused.err());
        assertEquals(0, ctl("list", "servers", "-u", "ro", "-p", "ro_pw").status());

        assertEquals(0, ctl("create", "user", "boss", "boss_pw", "--type", "admin").status());
        assertEquals(1, ctl("list", "servers").status(), "the default admin/mariadb is gone");
        assertEquals(0, ctl("alter", "user", "ro", "ro_pw2", "-u", "boss", "-p", "boss_pw").status());
        assertEquals(1, ctl("list", "servers", "-u", "ro", "-p", "ro_pw").status());
        assertEquals(0, ctl("destroy", "user", "ro", "-u", "boss", "-p", "boss_pw").status());
        final Run gone = ctl("destroy", "user", "ro", "-u", "boss", "-p", "boss_pw");
        assertEquals("sluicectl: no user named 'ro' (HTTP 404)\n", gone.err());
    }

    @Test
    void shouldTalkHttpsWithTheCertificateItIsGiven() throws Exception
    {
        final java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sluicectl-tls");
        final java.nio.file.Path[] pem = AdminFixture.selfSignedCertificate(dir);
        fixture.close();
        fixture = AdminFixture.start(dir, "admin_ssl_cert=" + pem[0], "admin_ssl_key=" + pem[1]);
        final String url = "https://127.0.0.1:" + fixture.port();

        final Run trusted = raw("list", "servers", "--url", url, "--tls-ca-cert", pem[0].toString());
        assertEquals(0, trusted.status(), trusted.err());
        assertTrue(trusted.out().contains("Master, Running"), trusted.out());
        final Run untrusted = raw("list", "servers", "--url", url);
        assertEquals(1, untrusted.status());
        assertTrue(untrusted.err().startsWith("sluicectl: cannot reach Sluice at " + url + " ("), untrusted.err());
    }
}
