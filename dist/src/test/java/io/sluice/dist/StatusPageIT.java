package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin port's status page (GET /) rendered by a real headless browser (Debian's chromium) against
 * bin/sluice in front of the real cluster: every server with its role, and a worker's load chart that
 * rises while a load runs.
 */
@ExtendWith(MariaDbClusterExtension.class)
class StatusPageIT
{
    private static final Pattern WORKER = Pattern.compile(
        "<div id=\"worker-(\\d+)\" class=\"worker\" data-period=\"[^\"]*\" data-minute=\"[^\"]*\" data-hour=\"[^\"]*\""
            + " data-max-period=\"([^\"]+)\" data-samples=\"(\\d+)\">");

    private static Path chromium()
    {
        for (final String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"))
        {
            if (Files.isExecutable(Path.of(candidate)))
            {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** The DOM after the page ran for budgetMs of virtual time (fetches wait for the real answers). */
    private static String render(final Path browser, final String url, final int budgetMs) throws Exception
    {
        final Path profile = Files.createTempDirectory("sluice-chromium");
        final Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget="
                    + budgetMs, "--dump-dom", url)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final String dom = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return dom;
    }

    /** The highest period load each worker's chart has seen, by worker, and the fewest samples a chart has. */
    private static double maxLoad(final String dom, final int[] minSamples)
    {
        final Matcher m = WORKER.matcher(dom);
        double max = -1;
        int workers = 0;
        minSamples[0] = Integer.MAX_VALUE;
        while (m.find())
        {
            workers++;
            max = Math.max(max, Double.parseDouble(m.group(2)));
            minSamples[0] = Math.min(minSamples[0], Integer.parseInt(m.group(3)));
        }
        assertEquals(2, workers, dom);
        return max;
    }

    @Test
    void shouldShowServersWithRolesAndAWorkerLoadChartThatRisesUnderLoad(final TestCluster cluster) throws Exception
    {
        final Path browser = chromium();
        Assumptions.assumeTrue(browser != null, "needs Debian's chromium (apt-get install chromium)");
        final int adminPort = SluiceProcess.freePort();
        final int readPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[maxscale]\nthreads=2\nload_period=1s\nadmin_auth=false\n"
                + "admin_port="
            + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\n"
                    + "port=").append(s.port()).append("\n\n");
        }
        config.append("[Monitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\n"
                + "user=").append(ClusterAccounts.MONITOR_USER)
            .append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD).append("\nmonitor_interval=1s\n\n");
        config.append("[Read-Service]\ntype=service\nrouter=readconnroute\nrouter_options=slave\nservers=db1,db2,db3\n"
                + "user=")
            .append(ClusterAccounts.SLUICE_USER).append("\n"
            + "password=").append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[Read-Listener]\ntype=listener\nservice=Read-Service\nprotocol=MariaDBClient\n"
                + "address=127.0.0.1\nport=")
            .append(readPort).append("\n");
        try (SluiceProcess sluice = SluiceProcess.start(Path.of("target", "status-page-it"), config.toString()))
        {
            final String url = "http://127.0.0.1:" + adminPort + "/";
            final String idle = render(browser, url, 3_000);
            assertTrue(idle.matches("(?s).*<tr data-server=\"db1\" data-state=\"Master, Running\"><td>db1</td>.*"),
                    idle);
            assertTrue(idle.matches("(?s).*<tr data-server=\"db2\" data-state=\"Slave, Running\"><td>db2</td>.*"),
                    idle);
            assertTrue(idle.matches("(?s).*<tr data-server=\"db3\" data-state=\"Slave, Running\"><td>db3</td>.*"),
                    idle);
            assertTrue(idle.matches("(?s).*<tr "
                    + "data-service=\"Read-Service\"><td>Read-Service</td><td>readconnroute</td>.*"), idle);
            final int[] samples = new int[1];
            final double idleLoad = maxLoad(idle, samples);
            assertTrue(samples[0] >= 1, idle);
            assertTrue(idleLoad < 5.0, "idle workers: " + idleLoad);

            final AtomicBoolean stop = new AtomicBoolean();
            final List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 6; i++)
            {
                final Thread t = new Thread(() ->
                {
                    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + readPort + "/test",
                             ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
                    {
                        while (!stop.get())
                        {
                            s.executeQuery("SELECT 1").close();
                        }
                    }
                    catch (final SQLException e)
                    {
                        // the assertions below say what happened
                    }
                });
                t.start();
                clients.add(t);
            }
            try
            {
                assertTrue(Poll.waitFor(() -> maxPeriodLoadViaApi(adminPort) >= 5.0, 30_000), "the load did not rise");
                final String busy = render(browser, url, 5_000);
                final double busyLoad = maxLoad(busy, samples);
                assertTrue(samples[0] >= 2, "the chart keeps samples: " + samples[0]);
                assertTrue(busyLoad >= 5.0 && busyLoad > idleLoad, "idle " + idleLoad + ", busy "
                        + busyLoad + "\n" + busy);
                assertTrue(busy.contains("<polyline class=\"period\""), busy);
            }
            finally
            {
                stop.set(true);
                for (final Thread t : clients)
                {
                    t.join(10_000);
                }
            }
        }
    }

    private static double maxPeriodLoadViaApi(final int adminPort) throws Exception
    {
        final String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + adminPort + "/v1/maxscale/threads")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        final Matcher m = Pattern.compile("\"last_second\":([0-9.]+)").matcher(body);
        double max = 0;
        while (m.find())
        {
            max = Math.max(max, Double.parseDouble(m.group(1)));
        }
        return max;
    }
}
