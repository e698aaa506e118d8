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

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session rebalancing end to end: bin/sluice with two workers in front of the real test cluster,
 * readconnroute and readwritesplit, MariaDB Connector/J with server-side prepared statements and
 * text statements. Sessions are moved between the workers through MaxScale's REST triggers while
 * they run queries: every result must be right, no statement may fail, and sessions must have moved.
 */
@ExtendWith(MariaDbClusterExtension.class)
class SessionRebalanceIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;
    private static final int ROWS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SluiceProcess sluice;
    private static int rcrPort;
    private static int rwsPort;
    private static int adminPort;

    @BeforeAll
    static void startSluice(final TestCluster cluster) throws Exception
    {
        final StringBuilder rows = new StringBuilder();
        for (int id = 1; id <= ROWS; id++)
        {
            rows.append(id == 1 ? "" : ",").append('(').append(id).append(",'v").append(id).append("')");
        }
        cluster.execute(cluster.primary(),
            "CREATE OR REPLACE TABLE test.rebal (id INT PRIMARY KEY, v VARCHAR(20))",
            "INSERT INTO test.rebal VALUES " + rows);
        cluster.awaitReplicaSync(Duration.ofSeconds(30));
        rcrPort = SluiceProcess.freePort();
        rwsPort = SluiceProcess.freePort();
        adminPort = SluiceProcess.freePort();
        // round_robin: the sessions alternate between the workers, whatever their load
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nsession_placement=round_robin\n"
            + "rebalance_period=0s\nrebalance_window=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String servers = String.join(",", cluster.servers().stream().map(ServerInfo::name).toList());
        final String account = "\nuser=" + ClusterAccounts.SLUICE_USER + "\npassword=" + ClusterAccounts.SLUICE_PASSWORD
            + "\n\n";
        config.append("[RCR-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=")
            .append(servers).append(account);
        config.append("[RW-Service]\ntype=service\nrouter=readwritesplit\nservers=").append(servers).append(account);
        config.append("[RCR-Listener]\ntype=listener\nservice=RCR-Service\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(rcrPort).append("\n\n");
        config.append("[RW-Listener]\ntype=listener\nservice=RW-Service\nprotocol=MariaDBProtocol\n"
            + "address=127.0.0.1\nport=").append(rwsPort).append('\n');
        sluice = SluiceProcess.start(Path.of("target", "session-rebalance-it"), config.toString());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    private static Connection connect(final int port) throws SQLException
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test?useServerPrepStmts=true",
            APP, APP_PW);
    }

    /** Per worker: {sessions_moved_out, sessions_moved_in}. */
    private static long[][] moved() throws Exception
    {
        final HttpResponse<String> answer = SluiceProcess.admin(adminPort, "GET", "/v1/maxscale/threads",
                Duration.ofSeconds(10));
        assertEquals(200, answer.statusCode(), answer.body());
        final JsonNode data = JSON.readTree(answer.body()).get("data");
        final long[][] moved = new long[data.size()][2];
        for (int i = 0; i < data.size(); i++)
        {
            final JsonNode stats = data.get(i).get("attributes").get("stats");
            moved[i][0] = stats.get("sessions_moved_out").asLong();
            moved[i][1] = stats.get("sessions_moved_in").asLong();
        }
        return moved;
    }

    private static long totalMovedOut() throws Exception
    {
        long total = 0;
        for (final long[] w : moved())
        {
            total += w[0];
        }
        return total;
    }

    /** The worker a session is on, by its id (the connection id Sluice gives the client). */
    private static int threadOf(final long sessionId) throws Exception
    {
        final HttpResponse<String> answer = SluiceProcess.admin(adminPort, "GET", "/v1/sessions/" + sessionId,
                Duration.ofSeconds(10));
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).get("data").get("attributes").get("thread").asInt();
    }

    /**
     * 5,000 statements of one session, each result checked: a server-side prepared SELECT of a row,
     * a text SELECT of a computed value, a user variable set (a session command: on every server of a
     * readwritesplit session) and read back with a prepared statement.
     */
    private static int runSession(final int session, final int port, final AtomicBoolean stop) throws SQLException
    {
        int statements = 0;
        try (Connection c = connect(port);
            PreparedStatement row = c.prepareStatement("SELECT id, v FROM test.rebal WHERE id = ?");
            PreparedStatement variable = c.prepareStatement("SELECT @s + ?");
            Statement text = c.createStatement())
        {
            for (int k = 0; k < 5_000 && !stop.get(); k++)
            {
                switch (k % 4)
                {
                    case 0 ->
                    {
                        final int id = (session * 7 + k) % ROWS + 1;
                        row.setInt(1, id);
                        try (ResultSet rs = row.executeQuery())
                        {
                            assertTrue(rs.next(), "row " + id);
                            assertEquals(id, rs.getInt(1));
                            assertEquals("v" + id, rs.getString(2));
                            assertTrue(!rs.next());
                        }
                    }
                    case 1 ->
                    {
                        try (ResultSet rs = text.executeQuery("SELECT " + k + " * 1000 + " + session))
                        {
                            assertTrue(rs.next());
                            assertEquals(k * 1000L + session, rs.getLong(1), "session " + session + " k " + k);
                        }
                    }
                    case 2 -> text.execute("SET @s = " + k);
                    default ->
                    {
                        variable.setInt(1, session);
                        try (ResultSet rs = variable.executeQuery())
                        {
                            assertTrue(rs.next());
                            assertEquals(k - 1L + session, rs.getLong(1), "@s of session " + session + " at " + k);
                        }
                    }
                }
                statements++;
            }
        }
        return statements;
    }

    @Test
    void shouldMoveSessionsWhileTheyRunQueriesWithoutAnErrorOrAWrongResult() throws Exception
    {
        final long movedBefore = totalMovedOut();
        final int sessions = 8;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<String> moverFailure = new AtomicReference<>();
        final AtomicInteger triggers = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(sessions + 1);
        try
        {
            final List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < sessions; i++)
            {
                final int session = i;
                results.add(pool.submit(() ->
                {
                    try
                    {
                        return runSession(session, session % 2 == 0 ? rcrPort : rwsPort, stop);
                    }
                    catch (final Throwable e)
                    {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            // Every few ms one worker is told to give two of its movable sessions to the other.
            final Future<?> mover = pool.submit(() ->
            {
                int from = 0;
                while (!stop.get())
                {
                    try
                    {
                        final HttpResponse<String> answer = SluiceProcess.admin(adminPort, "POST",
                                "/v1/maxscale/threads/" + from
                            + "/rebalance?recipient=" + (1 - from) + "&sessions=2", Duration.ofSeconds(10));
                        if (answer.statusCode() != 204)
                        {
                            moverFailure.compareAndSet(null, answer.statusCode() + " " + answer.body());
                        }
                        triggers.incrementAndGet();
                        from = 1 - from;
                        Thread.sleep(5);
                    }
                    catch (final Exception e)
                    {
                        moverFailure.compareAndSet(null, e.toString());
                    }
                }
            });
            int total = 0;
            for (final Future<Integer> result : results)
            {
                total += result.get(10, TimeUnit.MINUTES);
            }
            stop.set(true);
            mover.get(1, TimeUnit.MINUTES);
            assertNull(moverFailure.get(), "every trigger answered 204");
            assertEquals(sessions * 5_000, total, "every statement of every session ran and was right");
            assertTrue(triggers.get() > 10, "triggers: " + triggers.get());
        }
        finally
        {
            stop.set(true);
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
        final long movedDuring = totalMovedOut() - movedBefore;
        assertTrue(movedDuring > 0, "sessions moved while running: " + movedDuring);
        final long[][] moved = moved();
        assertEquals(moved[0][0], moved[1][1], "what worker 0 gave, worker 1 got");
        assertEquals(moved[1][0], moved[0][1], "what worker 1 gave, worker 0 got");
        System.out.println("SessionRebalanceIT: " + movedDuring + " moves");
    }

    /**
     * A session that waits for its reply (a SLEEP running on the server) is not movable: asked to
     * move every movable session of its worker, the worker leaves it where it is; once the reply has
     * come, the same request moves it, and it goes on. Both routers.
     */
    @Test
    void shouldNotMoveASessionWhileItWaitsForAReply() throws Exception
    {
        for (final int port : new int[] {rcrPort, rwsPort})
        {
            try (Connection c = connect(port))
            {
                final long id;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()"))
                {
                    assertTrue(rs.next());
                    id = rs.getLong(1);
                }
                final int home = threadOf(id);
                final long movedBefore = totalMovedOut();
                final ExecutorService single = Executors.newSingleThreadExecutor();
                try
                {
                    final Future<Long> sleeping = single.submit(() ->
                    {
                        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SLEEP(2), 7"))
                        {
                            assertTrue(rs.next());
                            return rs.getLong(2);
                        }
                    });
                    Thread.sleep(500); // the SLEEP is running on the server
                    for (int i = 0; i < 5; i++)
                    {
                        final HttpResponse<String> answer = SluiceProcess.admin(adminPort, "POST",
                                "/v1/maxscale/threads/" + home
                            + "/rebalance?recipient=" + (1 - home) + "&sessions=100", Duration.ofSeconds(10));
                        assertEquals(204, answer.statusCode(), answer.body());
                        Thread.sleep(100);
                    }
                    assertEquals(home, threadOf(id), "a session waiting for its reply stays");
                    assertEquals(movedBefore, totalMovedOut(), "nothing was movable on worker " + home);
                    assertEquals(7L, sleeping.get(10, TimeUnit.SECONDS));
                }
                finally
                {
                    single.shutdownNow();
                }
                final HttpResponse<String> answer = SluiceProcess.admin(adminPort, "POST",
                        "/v1/maxscale/threads/" + home
                    + "/rebalance?recipient=" + (1 - home), Duration.ofSeconds(10));
                assertEquals(204, answer.statusCode(), answer.body());
                final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (threadOf(id) == home && System.nanoTime() < deadlineNs)
                {
                    Thread.sleep(20);
                }
                assertEquals(1 - home, threadOf(id), "idle now: it moved");
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 6 * 7"))
                {
                    assertTrue(rs.next());
                    assertEquals(42, rs.getInt(1));
                }
            }
        }
    }

    /**
     * The threshold trigger: a busy session makes its worker the busiest over the window; asked with
     * a threshold of 5, that worker gives its most active movable session, the busy one, to the other,
     * which carries on there without an error.
     */
    @Test
    void shouldMoveTheBusiestWorkersMostActiveSessionBeyondTheThreshold() throws Exception
    {
        try (Connection idle1 = connect(rcrPort);
            Connection idle2 = connect(rcrPort);
            Connection busy = connect(rwsPort))
        {
            final long id;
            try (Statement s = busy.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()"))
            {
                assertTrue(rs.next());
                id = rs.getLong(1);
            }
            final int before = threadOf(id);
            final AtomicBoolean stop = new AtomicBoolean();
            final AtomicReference<Throwable> failure = new AtomicReference<>();
            final AtomicInteger done = new AtomicInteger();
            final Thread load = new Thread(() ->
            {
                try (PreparedStatement ps = busy.prepareStatement("SELECT v FROM test.rebal WHERE id = ?"))
                {
                    for (int k = 0; !stop.get(); k++)
                    {
                        final int rowId = k % ROWS + 1;
                        ps.setInt(1, rowId);
                        try (ResultSet rs = ps.executeQuery())
                        {
                            assertTrue(rs.next());
                            assertEquals("v" + rowId, rs.getString(1));
                        }
                        done.incrementAndGet();
                    }
                }
                catch (final Throwable e)
                {
                    failure.set(e);
                }
            });
            load.start();
            int after = before;
            try
            {
                final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (after == before && System.nanoTime() < deadlineNs && failure.get() == null)
                {
                    Thread.sleep(1_000); // a sample a second
                    final HttpResponse<String> answer = SluiceProcess.admin(adminPort, "POST",
                            "/v1/maxscale/threads/rebalance?threshold=5", Duration.ofSeconds(10));
                    assertEquals(204, answer.statusCode(), answer.body());
                    Thread.sleep(200);
                    after = threadOf(id);
                }
                final int countAtMove = done.get();
                final long waitEndNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (done.get() < countAtMove + 500 && System.nanoTime() < waitEndNs && failure.get() == null)
                {
                    Thread.sleep(50);
                }
                assertTrue(done.get() >= countAtMove + 500, "the moved session goes on: " + done.get());
            }
            finally
            {
                stop.set(true);
                load.join(30_000);
            }
            assertNull(failure.get(), () -> "the busy session failed: " + failure.get());
            assertNotEquals(before, after, "the busy session moved from worker " + before);
            for (final Connection idle : new Connection[] {idle1, idle2})
            {
                try (Statement s = idle.createStatement(); ResultSet rs = s.executeQuery("SELECT 41 + 1"))
                {
                    assertTrue(rs.next());
                    assertEquals(42, rs.getInt(1));
                }
            }
        }
    }
}
