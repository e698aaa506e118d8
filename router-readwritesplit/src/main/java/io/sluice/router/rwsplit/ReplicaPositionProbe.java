package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.ServerState;
import io.sluice.api.Target;
import io.sluice.protocol.mysql.admin.AdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Keeps what causal reads know of each replica's applied position fresh to milliseconds (issue 14):
 * a thread of its own per readwritesplit service (never a worker: it blocks on its sockets) that every
 * {@code causal_reads_probe_interval} asks each usable replica not already known to have applied the
 * write frontier for {@code @@gtid_slave_pos}, and hands the positions to {@link CausalPositions}, so
 * that a read finds a replica known current and goes there without a pipelined wait.
 *
 * <p>{@code @@gtid_slave_pos} is the right variable: the replica's SQL thread (or its parallel
 * applier) moves it when it commits a replicated transaction, and it is what {@code MASTER_GTID_WAIT}
 * waits for, so the probe claims no more than a wait would have. {@code @@gtid_current_pos} and
 * {@code @@gtid_binlog_pos} would also count the server's own binary log, written before the
 * transaction is visible to readers.
 *
 * <p>One persistent connection per replica (the monitor's {@link AdminClient}, with the service's
 * user), opened again after a failure with a back-off ({@link ProbeSchedule}). Allocates only what
 * reading the answer takes; {@link #stop()} ends the thread and closes its connections.
 */
final class ReplicaPositionProbe implements Runnable
{
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaPositionProbe.class);
    private static final String QUERY = "SELECT @@gtid_slave_pos";
    private static final int CONNECT_TIMEOUT_MS = 1_000;
    private static final int READ_TIMEOUT_MS = 1_000;

    private final String service;
    private final List<Target> targets;
    private final Supplier<ClusterSnapshot> cluster;
    private final CausalPositions causal;
    private final String user;
    private final String password;
    private final ProbeSchedule schedule;
    private final AdminClient[] clients;
    private final long[] positions = new long[CausalPositions.DOMAINS];
    private final long[] frontier = new long[CausalPositions.DOMAINS];
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    ReplicaPositionProbe(final String service, final List<Target> targets, final Supplier<ClusterSnapshot> cluster,
        final CausalPositions causal, final String user, final String password, final long intervalMs)
    {
        this.service = service;
        this.targets = targets;
        this.cluster = cluster;
        this.causal = causal;
        this.user = user;
        this.password = password;
        this.schedule = new ProbeSchedule(targets.size(), intervalMs);
        this.clients = new AdminClient[targets.size()];
        this.thread = new Thread(this, "causal-probe-" + service);
        thread.setDaemon(true);
    }

    void start()
    {
        thread.start();
    }

    /** Ends the thread (waiting for a probe in flight, at most its timeouts) and closes its connections. */
    void stop()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(CONNECT_TIMEOUT_MS + READ_TIMEOUT_MS + 1_000L);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive())
        {
            LOG.warn("service {}: the replica position probe did not stop in time", service);
        }
    }

    /** Whether the probe's thread is still alive. */
    boolean isAlive()
    {
        return thread.isAlive();
    }

    /** Positions read (a query answered). */
    long probes()
    {
        return probes.get();
    }

    /** Probes that failed (connection refused or lost, timeout, error). */
    long failures()
    {
        return failures.get();
    }

    @Override
    public void run()
    {
        try
        {
            while (running)
            {
                final long startNs = System.nanoTime();
                round(startNs);
                final long sleepNs = schedule.sleepNs(startNs, System.nanoTime());
                if (sleepNs > 0 && running)
                {
                    LockSupport.parkNanos(this, sleepNs);
                }
            }
        }
        finally
        {
            for (int i = 0; i < clients.length; i++)
            {
                close(i);
            }
        }
    }

    /** One round: each replica whose turn it is. */
    private void round(final long nowNs)
    {
        final ClusterSnapshot snapshot = cluster.get();
        final boolean tracked = causal.snapshot(frontier);
        for (int i = 0; i < clients.length && running; i++)
        {
            final ServerState state = snapshot.state(targets.get(i));
            if (!ProbeSchedule.isCandidate(state))
            {
                close(i); // down, in maintenance or now the primary: reconnect when it is a replica again
                continue;
            }
            if (schedule.shouldProbe(i, state, tracked && causal.isCurrent(i, frontier), nowNs))
            {
                probe(i);
            }
        }
    }

    private void probe(final int server)
    {
        final Target target = targets.get(server);
        try
        {
            if (clients[server] == null)
            {
                clients[server] = AdminClient.connect(target.address().getHostString(), target.address().getPort(),
                    user, password, new AdminClient.Options(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, null));
            }
            final List<List<String>> rows = clients[server].query(QUERY);
            if (rows.size() == 1 && GtidList.parse(rows.get(0).get(0), positions))
            {
                causal.applied(server, positions);
            }
            probes.incrementAndGet();
            schedule.answered(server, System.nanoTime());
        }
        catch (final IOException | RuntimeException e)
        {
            failures.incrementAndGet();
            close(server);
            schedule.failed(server, System.nanoTime());
            if (schedule.failures(server) == 1)
            {
                LOG.info("service {}: the replica position probe of {} failed ({}); retrying in {} ms", service,
                    target.name(), e.getMessage(), ProbeSchedule.backoffMs(1));
            }
        }
    }

    private void close(final int server)
    {
        if (clients[server] != null)
        {
            clients[server].close();
            clients[server] = null;
        }
    }
}
