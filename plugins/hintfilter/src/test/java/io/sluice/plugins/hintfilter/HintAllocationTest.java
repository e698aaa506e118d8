package io.sluice.plugins.hintfilter;

import io.sluice.api.FilterSession;
import io.sluice.api.Query;
import io.sluice.api.RoutingHint;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing, measured with the JVM's per-thread allocation counter (as
 * ClassifierAllocationTest does): statements without hint comments (with other comments and quoted
 * text), and statements with hints the session has seen before, prepared statement executions included.
 */
class HintAllocationTest
{
    private static final int WARM_UP_ROUNDS = 20_000;
    private static final int MEASURED_ROUNDS = 50_000;

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private static final String[] STATEMENTS = {
        "SELECT c FROM sbtest1 WHERE id=42",
        "/* app */ select `a`, b from db.t1 where c = 'x -- maxscale route to master' and d = 1 # done",
        "UPDATE t SET v = 'it''s' WHERE id = 7 -- not a hint",
        "SELECT @@server_id -- maxscale route to server db2",
        "SELECT 1 /* maxscale route to slave */ -- maxscale max_slave_replication_lag=10",
        "SELECT 2 # maxscale route to master",
    };

    private long hinted;

    @Test
    void shouldNotAllocateForUnhintedOrKnownHints() throws Exception
    {
        final HintFilter filter = new HintFilter(Packets.context("Hint"));
        final FilterSession session = filter.newSession(Packets.session(1), (data, query) ->
        {
            final RoutingHint hint = query.hint();
            if (hint != null)
            {
                hinted++;
            }
        }, (from, data, reply) ->
        {
        });
        final ByteBuffer[] packets = new ByteBuffer[STATEMENTS.length];
        for (int i = 0; i < STATEMENTS.length; i++)
        {
            packets[i] = Packets.packet(HintSession.COM_QUERY, STATEMENTS[i]);
        }
        final Packets.TestQuery query = new Packets.TestQuery();
        session.routeQuery(Packets.packet(HintSession.COM_STMT_PREPARE, "SELECT ? -- maxscale route to last"),
            query.command(HintSession.COM_STMT_PREPARE, 1));
        final ByteBuffer execute = Packets.statementPacket(HintSession.COM_STMT_EXECUTE, 1);

        run(session, packets, query, execute, WARM_UP_ROUNDS);
        final long hintedBefore = hinted;
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        run(session, packets, query, execute, MEASURED_ROUNDS);
        final long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertEquals(4L * MEASURED_ROUNDS, hinted - hintedBefore, "three hinted statements and an execute a round");
        assertTrue(allocated < 1024, allocated + " bytes allocated over " + MEASURED_ROUNDS * (STATEMENTS.length + 1)
            + " packets");
    }

    private static void run(final FilterSession session, final ByteBuffer[] packets, final Packets.TestQuery query,
        final ByteBuffer execute, final int rounds) throws Exception
    {
        for (int round = 0; round < rounds; round++)
        {
            for (final ByteBuffer packet : packets)
            {
                session.routeQuery(packet, query.command(HintSession.COM_QUERY, Query.NO_STATEMENT));
            }
            session.routeQuery(execute, query.command(HintSession.COM_STMT_EXECUTE, 1));
        }
    }
}
