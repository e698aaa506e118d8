package io.sluice.dist;

import io.sluice.core.launcher.Sluice;
import io.sluice.core.worker.Worker;
import io.sluice.router.rwsplit.ReadWriteSplitModule;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "no allocation on the data path" rule through readwritesplit: Sluice in this JVM (one worker,
 * the MariaDB protocol and readwritesplit taken straight from their providers) in front of the whole
 * test cluster, driven by MariaDB Connector/J with autocommit on, so reads go to the replicas and
 * writes to the primary; the worker thread's allocated bytes over thousands of warmed-up statements
 * must stay at fixed noise. Covers classification (cached), the routing decision, replica choice,
 * the responses owed per server, the read kept for retry_failed_reads and the write kept for a
 * switchover, and pipelined writes to the primary.
 */
@ExtendWith(MariaDbClusterExtension.class)
class ReadWriteSplitAllocationIT
{
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;

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
    void shouldNotAllocatePerStatementOnTheWorker(final TestCluster cluster) throws Exception
    {
        measure(cluster, false);
    }

    /**
     * transaction_replay=true, every statement inside a transaction (autocommit off, a COMMIT every
     * 10 rounds): each is kept in the transaction's log, each answer checksummed, the log emptied at
     * each COMMIT, in buffers the session reuses.
     */
    @Test
    void shouldNotAllocatePerStatementWhileKeepingTransactionsForReplay(final TestCluster cluster) throws Exception
    {
        measure(cluster, true);
    }

    private void measure(final TestCluster cluster, final boolean replay) throws Exception
    {
        final int port = SluiceProcess.freePort();
        final ServerInfo primary = cluster.primary();
        cluster.execute(primary, "CREATE OR REPLACE TABLE test.rw_alloc (id INT PRIMARY KEY, v VARCHAR(40))",
            "INSERT INTO test.rw_alloc SELECT seq, CONCAT('value-', seq) FROM test.seq_1_to_100");
        cluster.awaitReplicaSync(java.time.Duration.ofSeconds(30));
        final StringBuilder servers = new StringBuilder();
        for (final ServerInfo s : cluster.servers())
        {
            servers.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final String cnf = "[sluice]\nthreads=1\n\n" + servers
            + "[RW-Service]\ntype=service\nrouter=readwritesplit\nservers=db1,db2,db3\nuser="
            + ClusterAccounts.SLUICE_USER + "\npassword=" + ClusterAccounts.SLUICE_PASSWORD + "\n"
            + "transaction_replay=" + replay + "\n\n"
            + "[RW-Listener]\ntype=listener\nservice=RW-Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\n"
            + "port=" + port + "\n";
        sluice = MariaDbSteadyStateAllocationIT.startInThisJvm("rw-alloc.cnf", cnf,
                new ReadWriteSplitModule().module());
        final Worker worker = sluice.pool().worker(0);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
            + "/test?useServerPrepStmts=true&useBulkStmts=false",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD))
        {
            c.setAutoCommit(!replay);
            try (PreparedStatement select = c.prepareStatement("SELECT v FROM rw_alloc WHERE id = ?");
                 PreparedStatement update = c.prepareStatement("UPDATE rw_alloc SET v = ? WHERE id = ?");
                 Statement text = c.createStatement())
            {
                MariaDbSteadyStateAllocationIT.run(select, update, text, "rw_alloc", WARM_UP);
                final long before = threads.getThreadAllocatedBytes(worker.thread().getId());
                final long sum = MariaDbSteadyStateAllocationIT.run(select, update, text, "rw_alloc", MEASURED);
                final long allocated = threads.getThreadAllocatedBytes(worker.thread().getId()) - before;
                assertTrue(sum > 0);
                final double perStatement = (double)allocated / (MEASURED * 3L);
                System.out.printf("readwritesplit (transaction_replay=%b): worker allocated %d bytes over %d statements"
                    + " (%.3f B/statement)%n", replay, allocated, MEASURED * 3L, perStatement);
                // A per-statement object of even 16 bytes would give >= 16 B per statement.
                assertTrue(perStatement < 1.0, allocated + " bytes over " + MEASURED * 3L + " statements");
                if (replay)
                {
                    c.commit();
                    final Object kept = ((java.util.Map<?, ?>)sluice.services().get("RW-Service").diagnostics()
                        .get("router_diagnostics")).get("trx_max_size_exceeded");
                    assertTrue(Long.valueOf(0).equals(kept), "every transaction was kept whole: " + kept);
                    return;
                }
                try (ResultSet rs = text.executeQuery("SELECT @@server_id"))
                {
                    assertTrue(rs.next());
                    final String primaryId = cluster.query(primary, "SELECT @@server_id").get(0).get(0);
                    assertTrue(rs.getLong(1) != Long.parseLong(primaryId), "the reads went to a replica");
                }
            }
        }
    }
}
