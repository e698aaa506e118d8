package io.sluice.dist;

import io.sluice.core.launcher.Sluice;
import io.sluice.core.worker.Worker;
import io.sluice.plugins.readconnroute.ReadConnRouteModule;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCertificates;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.sluice.core.tls.Pem;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data path with TLS on the client side: Sluice in this JVM (one worker) with a TLS listener, driven by MariaDB
 * Connector/J over TLS, as {@link MariaDbSteadyStateAllocationIT} does in plain text. Sluice's own TLS code
 * allocates nothing per statement (its buffers are the connection's, made when TLS starts); what the worker
 * allocates is the JDK's {@code SSLEngine}'s: about 1.3 KB per record wrapped or unwrapped on JDK 17 (its result,
 * record and cipher objects), measured here on the same engines without Sluice. The worker's allocation per
 * statement must stay within 1.5 times the engine's cost of one record each way (it measured 1.0).
 */
@ExtendWith(MariaDbClusterExtension.class)
class TlsSteadyStateAllocationIT
{
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;
    /**
     * Per statement, in units of what the JDK's engine allocates to wrap one record and unwrap another: a statement
     * costs the worker about one such pair (its query unwrapped, its response wrapped; measured 1.0). A buffer or copy
     * per statement in Sluice's code would add kilobytes.
     */
    private static final double MAX_ENGINE_PAIRS_PER_STATEMENT = 1.5;

    private Sluice sluice;

    @AfterEach
    void stop()
    {
        if (sluice != null)
        {
            sluice.shutdown(5_000);
        }
    }

    @Test
    void shouldAllocateOnlyTheJdkEnginesResultsPerStatement(final TestCluster cluster) throws Exception
    {
        final TestCertificates certs = cluster.certificates();
        final int port = SluiceProcess.freePort();
        final ServerInfo primary = cluster.primary();
        cluster.execute(primary, "CREATE OR REPLACE TABLE test.tls_alloc (id INT PRIMARY KEY, v VARCHAR(40))",
            "INSERT INTO test.tls_alloc SELECT seq, CONCAT('value-', seq) FROM test.seq_1_to_100");
        final String cnf = "[sluice]\nthreads=1\n\n"
            + "[db1]\ntype=server\naddress=127.0.0.1\nport=" + primary.port() + "\nrole=master\n\n"
            + "[Write-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=db1\nuser="
            + ClusterAccounts.SLUICE_USER + "\npassword=" + ClusterAccounts.SLUICE_PASSWORD + "\n\n"
            + "[TLS-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\n"
            + "port=" + port + "\nssl=true\nssl_cert=" + certs.serverCert() + "\nssl_key=" + certs.serverKey() + "\n";
        sluice = MariaDbSteadyStateAllocationIT.startInThisJvm("tls-alloc.cnf", cnf,
            new ReadConnRouteModule().module());
        final Worker worker = sluice.pool().worker(0);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
            + "/test?useServerPrepStmts=true&useBulkStmts=false&sslMode=verify-full&serverSslCert="
            + certs.caCert(), ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD))
        {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT v FROM tls_alloc WHERE id = ?");
                 PreparedStatement update = c.prepareStatement("UPDATE tls_alloc SET v = ? WHERE id = ?");
                 Statement text = c.createStatement())
            {
                MariaDbSteadyStateAllocationIT.run(select, update, text, "tls_alloc", WARM_UP);
                final long before = threads.getThreadAllocatedBytes(worker.thread().getId());
                final long sum = MariaDbSteadyStateAllocationIT.run(select, update, text, "tls_alloc", MEASURED);
                final long allocated = threads.getThreadAllocatedBytes(worker.thread().getId()) - before;
                assertTrue(sum > 0);
                final double perStatement = (double)allocated / (MEASURED * 3L);
                System.out.printf("MariaDB path over TLS: worker allocated %d bytes over %d statements"
                    + " (%.1f B/statement)%n", allocated, MEASURED * 3L, perStatement);
                final double pairBytes = engineBytesPerRecordPair(certs);
                System.out.printf("the JDK's SSLEngine alone: %.1f B to wrap one record and unwrap another%n",
                    pairBytes);
                assertTrue(pairBytes > 0);
                assertTrue(perStatement < MAX_ENGINE_PAIRS_PER_STATEMENT * pairBytes, allocated + " bytes over "
                    + MEASURED * 3L + " statements (" + perStatement + " B/statement; the engine's record pair "
                    + pairBytes + " B)");
            }
            c.rollback();
        }
    }

    /**
     * What the JDK's engine allocates, with no Sluice code around it: a client and a server engine with the test
     * certificates in memory, heap buffers as Sluice uses, 100-byte records (a statement's size) wrapped by one and
     * unwrapped by the other, on this thread.
     */
    private static double engineBytesPerRecordPair(final TestCertificates certs) throws Exception
    {
        final SSLContext server = SSLContext.getInstance("TLS");
        server.init(Pem.keyManagers(certs.serverCert(), certs.serverKey()), null, null);
        final SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, Pem.trustManagers(certs.caCert()), null);
        final SSLEngine s = server.createSSLEngine();
        s.setUseClientMode(false);
        final SSLEngine c = client.createSSLEngine("localhost", 3306);
        c.setUseClientMode(true);
        final ByteBuffer toServer = ByteBuffer.allocate(c.getSession().getPacketBufferSize());
        final ByteBuffer toClient = ByteBuffer.allocate(s.getSession().getPacketBufferSize());
        final ByteBuffer serverApp = ByteBuffer.allocate(s.getSession().getApplicationBufferSize());
        final ByteBuffer clientApp = ByteBuffer.allocate(c.getSession().getApplicationBufferSize());
        final ByteBuffer none = ByteBuffer.allocate(0);
        c.beginHandshake();
        s.beginHandshake();
        for (int i = 0; i < 50 && (c.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING
            || s.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING); i++)
        {
            step(c, none, toServer, s, serverApp);
            step(s, none, toClient, c, clientApp);
        }
        final ByteBuffer record = ByteBuffer.allocate(100);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final int n = 100_000;
        long before = 0;
        for (int i = 0; i < 2 * n; i++)
        {
            if (i == n)
            {
                before = threads.getThreadAllocatedBytes(Thread.currentThread().getId()); // after n to warm up
            }
            record.clear();
            c.wrap(record, toServer);
            toServer.flip();
            s.unwrap(toServer, serverApp);
            toServer.clear();
            serverApp.clear();
        }
        return (double)(threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / n;
    }

    private static void step(final SSLEngine from, final ByteBuffer none, final ByteBuffer wire, final SSLEngine to,
        final ByteBuffer app) throws Exception
    {
        from.wrap(none, wire);
        runTasks(from);
        wire.flip();
        to.unwrap(wire, app);
        wire.compact();
        runTasks(to);
    }

    private static void runTasks(final SSLEngine engine)
    {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null)
        {
            task.run();
        }
    }
}
