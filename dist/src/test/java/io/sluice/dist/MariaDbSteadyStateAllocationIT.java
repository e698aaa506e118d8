package io.sluice.dist;

import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.launcher.Modules;
import io.sluice.core.launcher.Sluice;
import io.sluice.api.ModuleInfo;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.core.worker.Worker;
import io.sluice.plugins.readconnroute.ReadConnRouteModule;
import io.sluice.protocol.mysql.MariaDbProtocolModule;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "no allocation on the data path" rule for the MariaDB session path: Sluice in this JVM (one
 * worker, the MariaDB protocol and readconnroute taken straight from their providers) in front
 * of the test cluster's primary, driven by MariaDB Connector/J; the worker thread's allocated
 * bytes (the JVM's per-thread counter) over thousands of warmed-up statements must stay at
 * fixed noise. Covers the client framer, routing, the backend's reply tracking, write
 * coalescing of pipelined statements, polling and the load meter. The client runs on the test
 * thread, so its own allocations do not count.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MariaDbSteadyStateAllocationIT
{
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;
    private static final int BATCH = 50;

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
        final int port = SluiceProcess.freePort();
        final ServerInfo primary = cluster.primary();
        cluster.execute(primary, "CREATE OR REPLACE TABLE test.alloc (id INT PRIMARY KEY, v VARCHAR(40))",
            "INSERT INTO test.alloc SELECT seq, CONCAT('value-', seq) FROM test.seq_1_to_100");
        final String cnf = "[sluice]\nthreads=1\n\n"
            + "[db1]\ntype=server\naddress=127.0.0.1\nport=" + primary.port() + "\nrole=master\n\n"
            + "[Write-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=db1\nuser="
            + ClusterAccounts.SLUICE_USER + "\npassword=" + ClusterAccounts.SLUICE_PASSWORD + "\n\n"
            + "[Write-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\n"
            + "port="
            + port + "\n";
        sluice = startInThisJvm("alloc.cnf", cnf, new ReadConnRouteModule().module());
        final Worker worker = sluice.pool().worker(0);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
            + "/test?useServerPrepStmts=true&useBulkStmts=false",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD))
        {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT v FROM alloc WHERE id = ?");
                 PreparedStatement update = c.prepareStatement("UPDATE alloc SET v = ? WHERE id = ?");
                 Statement text = c.createStatement())
            {
                run(select, update, text, "alloc", WARM_UP);
                final long before = threads.getThreadAllocatedBytes(worker.thread().getId());
                final long sum = run(select, update, text, "alloc", MEASURED);
                final long allocated = threads.getThreadAllocatedBytes(worker.thread().getId()) - before;
                assertTrue(sum > 0);
                final double perStatement = (double)allocated / (MEASURED * 3L);
                System.out.printf("MariaDB path: worker allocated %d bytes over %d statements (%.3f B/statement)%n",
                    allocated, MEASURED * 3L, perStatement);
                // A per-statement object of even 16 bytes would give >= 16 B per statement.
                assertTrue(perStatement < 1.0, allocated + " bytes over " + MEASURED * 3L + " statements");
            }
            c.rollback();
        }
    }

    /** Sluice in this JVM with the MariaDB protocol and the router taken straight from their providers. */
    static Sluice startInThisJvm(final String fileName, final String cnf, final ModuleInfo router) throws Exception
    {
        final ModuleInfo protocol = new MariaDbProtocolModule().module();
        final ModuleSpecs specs = ModuleSpecs.of(Map.of(router.name(), router.parameters()), Map.of(), Map.of());
        final Map<String, ModuleInfo> byName = Map.of(protocol.name(), protocol, router.name(), router);
        final Modules modules = (type, name) -> Optional.ofNullable(byName.get(name))
            .filter(m -> m.type() == type)
            .map(m -> new Modules.Choice(m, ModuleUsage.NONE));
        return Sluice.start(ConfigLoader.load(IniFile.parse(fileName, cnf), specs), modules);
    }

    /**
     * Per round: a binary-protocol point select, a text-protocol select of {@code table} and, every {@link #BATCH}
     * rounds, a pipelined batch of {@link #BATCH} updates (Connector/J sends them in one go).
     */
    static long run(final PreparedStatement select, final PreparedStatement update, final Statement text,
        final String table, final int rounds) throws SQLException
    {
        long sum = 0;
        for (int i = 0; i < rounds; i++)
        {
            select.setInt(1, 1 + i % 100);
            try (ResultSet rs = select.executeQuery())
            {
                rs.next();
                sum += rs.getString(1).length();
            }
            try (ResultSet rs = text.executeQuery("SELECT id, v FROM " + table + " WHERE id = " + (1 + i % 100)))
            {
                rs.next();
                sum += rs.getInt(1);
            }
            update.setString(1, "v" + i);
            update.setInt(2, 1 + i % 100);
            update.addBatch();
            if (i % BATCH == BATCH - 1)
            {
                update.executeBatch();
                if (!select.getConnection().getAutoCommit())
                {
                    select.getConnection().commit();
                }
            }
        }
        update.executeBatch();
        return sum;
    }
}
