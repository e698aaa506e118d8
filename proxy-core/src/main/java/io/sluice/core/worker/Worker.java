package io.sluice.core.worker;

import io.sluice.core.load.WorkerLoad;
import io.sluice.core.poll.Poller;
import org.jctools.queues.MessagePassingQueue;
import org.jctools.queues.MpscUnboundedXaddArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One routing worker: a thread that owns a {@link Poller}, timers, a load meter and an inbox.
 * Sessions and their backend connections live on one worker (until rebalancing moves a whole
 * session between event batches: {@link #rebalance}), so everything they touch is single-threaded.
 *
 * <p>The loop (MaxScale's {@code Worker::poll_waitevents}): run due timers, drain the inbox,
 * then wait in the poller with a timeout that ends no later than the current load period (and
 * no later than the next timer), timing the wait for {@link WorkerLoad}, then dispatch events.
 * With {@code poll_yield=true} (off by default), after a batch that had events the worker first
 * yields its core, so that the clients and servers it just woke answer before the poll: on 2
 * shared cores that halves the voluntary context switches per query but doubles the involuntary
 * ones and cost 5-14% of the throughput at 16 client threads (docs/benchmarks.md).
 * With {@code poll_coalesce_us} above 0 (off by default), a worker hosting at least
 * {@link #COALESCE_MIN_SESSIONS} sessions whose last poll returned events sleeps that long (plus the
 * kernel's timer slack, 50 us by default) before looking again, and only then polls without a
 * timeout: one wake-up gathers the events of several sessions, as a network card's interrupt
 * moderation does. On 2 shared cores that cut the worker's sleeps per query by 55-80 % and its CPU per
 * query by 5-29 %, and cost up to a third of the throughput on point selects at 16 client threads
 * (docs/benchmarks.md). A worker with fewer sessions (a latency-bound load) never waits so.
 * What the loop did is counted in {@link #pollCounters()}.
 *
 * <p>Other threads talk to a worker only through {@link #execute(Runnable)}: a lock-free JCTools
 * MPSC queue, plus a wake-up of the poller (an eventfd write for epoll) that is made only when
 * the worker is asleep in its poll call or about to be.
 */
public final class Worker implements Runnable
{
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    private static final int AWAKE = 0;
    private static final int SLEEPING = 1;
    /** Inbox tasks run per loop turn before I/O gets its turn again. */
    private static final int INBOX_DRAIN_LIMIT = 1024;
    private static final long NS_PER_MS = 1_000_000L;
    private static final int IO_BUFFER_BYTES = 64 * 1024;
    /** {@code poll_coalesce_us} applies only to a worker hosting at least this many sessions. */
    public static final int COALESCE_MIN_SESSIONS = 4;
    /**
     * How often every session is {@link Resident#tick ticked} (MaxScale checks its timeouts once a
     * second too): one timer per worker, not one per session or packet.
     */
    public static final long SESSION_CHECK_PERIOD_NS = TimeUnit.SECONDS.toNanos(1);

    private final int id;
    private final String name;
    private final Poller poller;
    private final WorkerLoad load;
    /**
     * The xadd queue pools its chunks, so posting allocates nothing in steady state (measured
     * fastest in NATIVE-NOTES 3d). It uses sun.misc.Unsafe: JDK 24+ warns unless the JVM runs with
     * --sun-misc-unsafe-memory-access=allow, which bin/sluice, the tests and the benchmarks pass.
     */
    private final MpscUnboundedXaddArrayQueue<Runnable> inbox = new MpscUnboundedXaddArrayQueue<>(1024, 4);
    private final AtomicInteger state = new AtomicInteger(AWAKE);
    private final Timers timers = new Timers();
    private final TaskRunner runner = new TaskRunner();
    private final MessagePassingQueue.Consumer<Runnable> runTask = runner::run;
    private final ByteBuffer ioBuffer = ByteBuffer.allocateDirect(IO_BUFFER_BYTES);
    private final AtomicInteger sessions = new AtomicInteger();
    /** The most sessions hosted at a loop turn in the current load period. Worker thread. */
    private int sessionsPeakInPeriod;
    /** The same for the last period the load meter closed. Any thread. */
    private volatile int sessionsInLastPeriod;
    private final java.util.Set<Resident> liveSessions = new java.util.HashSet<>();
    /** The sessions being ticked: a snapshot, since a tick may end its session. Grows, never shrinks. */
    private Resident[] ticking = new Resident[16];
    private final AtomicLong wakeups = new AtomicLong();
    private final PollCounters pollCounters = new PollCounters();
    private final IoCounters ioCounters = new IoCounters();
    private final ServerTraffic serverTraffic = new ServerTraffic();
    /** {@code poll_yield}: yield the core before a poll that may sleep, after a batch that had events. */
    private final boolean pollYield;
    /** {@code poll_coalesce_us} in ns: how long a busy worker sleeps to gather events; 0 for never. */
    private final long coalesceNs;
    /** Events the last poll returned. Worker thread. */
    private int lastReady;
    private final AtomicLong taskFailures = new AtomicLong();
    /** Sessions moved away from / to this worker by rebalancing. Written by the worker, read by any thread. */
    private final AtomicLong sessionsMovedOut = new AtomicLong();
    private final AtomicLong sessionsMovedIn = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Connections whose output waits for the end of the read being handled (write coalescing). */
    private HeldOutput[] held = new HeldOutput[16];
    private int heldCount;
    private boolean inRead;

    private volatile boolean running = true;
    private volatile Thread thread;

    /** A worker with the default poll loop ({@code poll_yield=false}, {@code poll_coalesce_us=0}). */
    public Worker(final int id, final Poller poller, final long loadPeriodNs)
    {
        this(id, poller, loadPeriodNs, false, 0);
    }

    /**
     * @param pollYield  {@code poll_yield}: before a poll that may sleep, when the previous poll
     *                   returned events, give the core to other runnable threads once
     *                   ({@link Thread#yield()})
     * @param coalesceNs {@code poll_coalesce_us} in ns: with at least {@link #COALESCE_MIN_SESSIONS}
     *                   sessions, after a poll that returned events, sleep this long before polling
     *                   without a timeout; 0 for never
     */
    public Worker(final int id, final Poller poller, final long loadPeriodNs, final boolean pollYield,
        final long coalesceNs)
    {
        if (coalesceNs < 0)
        {
            throw new IllegalArgumentException("coalesceNs must not be negative: " + coalesceNs);
        }
        this.id = id;
        this.pollYield = pollYield;
        this.coalesceNs = coalesceNs;
        this.name = "worker-" + id;
        this.poller = poller;
        this.load = new WorkerLoad(name, loadPeriodNs, System.nanoTime());
    }

    /** Starts the worker on a thread of its own. */
    public Worker start()
    {
        final Thread t = new Thread(this, name);
        t.setDaemon(false);
        thread = t;
        t.start();
        return this;
    }

    @Override
    public void run()
    {
        thread = Thread.currentThread();
        LOG.debug("{} started with the {} poller", name, poller.name());
        timers.schedule(System.nanoTime() + SESSION_CHECK_PERIOD_NS, SESSION_CHECK_PERIOD_NS, this::tickSessions);
        try
        {
            while (running)
            {
                turn();
            }
            // Tasks posted before the stop still run (e.g. "close all sessions").
            inbox.drain(runTask);
        }
        catch (final Error e)
        {
            LOG.error("{} stopped by a fatal error", name, e);
            throw e;
        }
        finally
        {
            poller.close();
            stopped.countDown();
            LOG.debug("{} stopped", name);
        }
    }

    /** One loop turn. Hot path: no allocation in steady state. */
    private void turn()
    {
        final long nowNs = System.nanoTime();
        timers.runDue(nowNs, runner);
        final int drained = inbox.drain(runTask, INBOX_DRAIN_LIMIT);

        final long waitStartNs = System.nanoTime();
        final long untilPeriodEndNs = load.aboutToWait(waitStartNs);
        final int ready;
        if (drained < INBOX_DRAIN_LIMIT)
        {
            if (pollYield && lastReady > 0)
            {
                // The last batch woke threads (servers, clients) that share our cores: let them
                // run first, so their answers come back in this poll's batch, often without our
                // sleeping at all, instead of each waking us on its own (docs/benchmarks.md).
                // Counted as waiting: the core is given away.
                Thread.yield();
            }
            ready = coalesceNs > 0 && lastReady > 0 && sessions.get() >= COALESCE_MIN_SESSIONS
                ? coalescingPoll(waitStartNs, untilPeriodEndNs)
                : sleepingPoll(waitStartNs, untilPeriodEndNs);
        }
        else
        {
            // More tasks are waiting: look at I/O without waiting, then come back to them.
            ready = poll(0);
        }
        lastReady = ready;
        measureAfterPoll(System.nanoTime());

        try
        {
            poller.dispatch(ready);
        }
        catch (final RuntimeException e)
        {
            // Level-triggered: events of the rest of this batch are reported again next turn.
            taskFailures.incrementAndGet();
            LOG.error("{}: an I/O handler failed", name, e);
        }
    }

    /**
     * Back from the poll call: the load meter's bookkeeping, and the most sessions hosted at a loop
     * turn during the load period, published with the period ({@link #sessionsInLastPeriod()}).
     * Worker thread (or a test playing it on a worker never started).
     */
    void measureAfterPoll(final long nowNs)
    {
        // hot path: no allocation
        final int hosted = sessions.get();
        if (hosted > sessionsPeakInPeriod)
        {
            sessionsPeakInPeriod = hosted;
        }
        if (load.aboutToWork(nowNs))
        {
            sessionsInLastPeriod = sessionsPeakInPeriod;
            sessionsPeakInPeriod = hosted;
        }
    }

    /**
     * {@code poll_coalesce_us}: sleep for the coalescing time, then take whatever events gathered
     * meanwhile with a poll that does not wait (counted as a sleeping poll: the worker slept before
     * it); if none did, the ordinary sleeping poll. Posts made meanwhile wait for the sleep's end:
     * the worker is not marked as sleeping, so they do not wake it.
     */
    private int coalescingPoll(final long waitStartNs, final long untilPeriodEndNs)
    {
        // hot path: no allocation
        LockSupport.parkNanos(coalesceNs);
        final int gathered = poll(0, true);
        return gathered > 0 ? gathered : sleepingPoll(waitStartNs, untilPeriodEndNs);
    }

    /** A poll that may sleep until the period end or the next timer, unless a post is waiting. */
    private int sleepingPoll(final long waitStartNs, final long untilPeriodEndNs)
    {
        // hot path: no allocation
        state.set(SLEEPING);
        // Re-check after announcing sleep (Dekker): a post that saw AWAKE did not wake us.
        if (!inbox.isEmpty() || !running)
        {
            state.lazySet(AWAKE);
            return poll(0);
        }
        // Floor: never past the period end. Ceil for timers: a timer may fire up to 1 ms late
        // rather than spin for the sub-millisecond rest.
        final long periodMs = untilPeriodEndNs / NS_PER_MS;
        final long timerNs = timers.nsUntilNext(waitStartNs);
        final long timerMs = timerNs == Long.MAX_VALUE ? Long.MAX_VALUE : (timerNs + NS_PER_MS - 1) / NS_PER_MS;
        final int timeoutMs = (int)Math.min(Math.min(periodMs, timerMs), Integer.MAX_VALUE);
        final int ready = poll(timeoutMs);
        state.lazySet(AWAKE);
        return ready;
    }

    private int poll(final int timeoutMs)
    {
        return poll(timeoutMs, timeoutMs != 0);
    }

    /** @param asleep whether to count the call as one that put the worker to sleep */
    private int poll(final int timeoutMs, final boolean asleep)
    {
        // hot path: no allocation
        int ready;
        try
        {
            ready = poller.await(timeoutMs);
        }
        catch (final java.io.IOException e)
        {
            LOG.error("{}: poll failed: {}", name, e.getMessage());
            ready = 0;
        }
        pollCounters.onPoll(asleep, ready);
        return ready;
    }

    /**
     * Runs the task on this worker. Any thread; from the worker's own thread the task is queued
     * too (it runs on the next loop turn), so a caller never re-enters itself.
     */
    public void execute(final Runnable task)
    {
        if (!inbox.offer(task))
        {
            throw new IllegalStateException(name + ": inbox refused a task");
        }
        if (state.get() == SLEEPING && state.compareAndSet(SLEEPING, AWAKE))
        {
            wakeups.incrementAndGet();
            poller.wakeup();
        }
    }

    /**
     * Runs the task on this worker and waits until it has run. Not from this worker's thread.
     *
     * @return false if it had not run within timeoutMs
     */
    public boolean executeAndWait(final Runnable task, final long timeoutMs) throws InterruptedException
    {
        if (inWorkerThread())
        {
            throw new IllegalStateException(name + ": executeAndWait from the worker's own thread would wait forever");
        }
        final CountDownLatch ran = new CountDownLatch(1);
        execute(() ->
        {
            try
            {
                task.run();
            }
            finally
            {
                ran.countDown();
            }
        });
        return ran.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** Calls the task after delayNs. Worker thread only. */
    public Timers.Timer schedule(final long delayNs, final Runnable task)
    {
        assertInWorker();
        return timers.schedule(System.nanoTime() + delayNs, 0, task);
    }

    /** Calls the task every periodNs, first after one period. Worker thread only. */
    public Timers.Timer scheduleAtFixedRate(final long periodNs, final Runnable task)
    {
        assertInWorker();
        if (periodNs <= 0)
        {
            throw new IllegalArgumentException("period must be positive: " + periodNs);
        }
        return timers.schedule(System.nanoTime() + periodNs, periodNs, task);
    }

    /** The worker's thread, once started (for diagnostics such as per-thread allocation). */
    public Thread thread()
    {
        return thread;
    }

    /** True on this worker's own thread. */
    public boolean inWorkerThread()
    {
        return Thread.currentThread() == thread;
    }

    private void assertInWorker()
    {
        if (!inWorkerThread())
        {
            throw new IllegalStateException(name + ": called from " + Thread.currentThread().getName());
        }
    }

    /** Stops the loop after the tasks already posted; closes the poller. Any thread. */
    public void stop()
    {
        running = false;
        poller.wakeup();
    }

    /** Waits until the loop has ended. */
    public boolean awaitStop(final long timeout, final TimeUnit unit) throws InterruptedException
    {
        return stopped.await(timeout, unit);
    }

    public int id()
    {
        return id;
    }

    public String name()
    {
        return name;
    }

    /** The poller. Worker thread only. */
    public Poller poller()
    {
        return poller;
    }

    /**
     * A direct buffer shared by everything on this worker for reading: whoever reads into it must
     * consume or copy the bytes before returning to the loop. Worker thread only.
     */
    public ByteBuffer ioBuffer()
    {
        return ioBuffer;
    }

    public WorkerLoad load()
    {
        return load;
    }

    /**
     * Sessions placed on this worker, counting ones handed over and not started yet: the acceptor
     * increments it when it picks this worker, {@link #sessionEnded} decrements it. Any thread.
     */
    public AtomicInteger sessions()
    {
        return sessions;
    }

    /**
     * The most sessions this worker hosted (as {@link #sessions()} counts them, at a loop turn) during
     * the load period of {@link WorkerLoad#periodLoad()}: the sessions that load belongs to.
     * Published just after the load, so a reader may pair a new load with the previous value. Any thread.
     */
    public int sessionsInLastPeriod()
    {
        return sessionsInLastPeriod;
    }

    /** A session started on this worker. Worker thread. */
    public void sessionStarted(final Resident session)
    {
        liveSessions.add(session);
    }

    /** A session placed on this worker ended (or failed to start: pass null). Worker thread. */
    public void sessionEnded(final Resident session)
    {
        if (session == null || liveSessions.remove(session))
        {
            sessions.decrementAndGet();
        }
    }

    /**
     * Moves up to {@code count} sessions to {@code recipient}, each time the movable one with the
     * highest I/O activity (MaxScale's {@code RoutingWorker::rebalance}). Worker thread, run from the
     * inbox: between event batches, so no connection is in the middle of a read. Control plane.
     *
     * @return how many moved: fewer when no more are movable now
     */
    public int rebalance(final Worker recipient, final int count)
    {
        assertInWorker();
        if (recipient == this)
        {
            return 0;
        }
        int moved = 0;
        while (moved < count)
        {
            Resident best = null;
            long bestActivity = -1;
            for (final Resident session : liveSessions)
            {
                if (session.ioActivity() > bestActivity && session.isMovable())
                {
                    best = session;
                    bestActivity = session.ioActivity();
                }
            }
            if (best == null)
            {
                break;
            }
            try
            {
                best.moveTo(recipient);
            }
            catch (final RuntimeException e)
            {
                taskFailures.incrementAndGet();
                LOG.error("{}: moving session {} to {} failed", name, best.sessionId(), recipient.name, e);
                break;
            }
            moved++;
        }
        if (moved > 0)
        {
            LOG.debug("{}: moved {} session(s) to {}", name, moved, recipient.name);
        }
        return moved;
    }

    /**
     * A session leaves for {@code recipient} ({@link Resident#moveTo}): no longer hosted, ticked or
     * counted here; counted on the recipient at once, as a placed session is. Worker thread (this one).
     */
    public void residentLeft(final Resident session, final Worker recipient)
    {
        if (liveSessions.remove(session))
        {
            recipient.sessions.incrementAndGet();
            sessions.decrementAndGet();
            sessionsMovedOut.incrementAndGet();
        }
    }

    /** A session moved here from another worker is hosted here from now on. Worker thread (this one). */
    public void residentArrived(final Resident session)
    {
        liveSessions.add(session);
        sessionsMovedIn.incrementAndGet();
    }

    /** Sessions rebalancing moved away from this worker. Any thread. */
    public long sessionsMovedOut()
    {
        return sessionsMovedOut.get();
    }

    /** Sessions rebalancing moved to this worker. Any thread. */
    public long sessionsMovedIn()
    {
        return sessionsMovedIn.get();
    }

    /** Ticks every live session (the periodic timer); allocates nothing once the snapshot array has grown. */
    private void tickSessions()
    {
        final int n = liveSessions.size();
        if (n == 0)
        {
            return;
        }
        if (ticking.length <= n)
        {
            ticking = new Resident[Math.max(n + 1, 2 * ticking.length)];
        }
        final Resident[] snapshot = liveSessions.toArray(ticking);
        final long nowNs = System.nanoTime();
        for (int i = 0; i < n; i++)
        {
            final Resident session = snapshot[i];
            snapshot[i] = null;
            try
            {
                session.tick(nowNs);
            }
            catch (final RuntimeException e)
            {
                taskFailures.incrementAndGet();
                LOG.error("{}: a session's tick failed", name, e);
            }
        }
    }

    /** Calls the action with every live session of this worker (the admin API's listing). Worker thread. */
    public void forEachSession(final java.util.function.Consumer<Resident> action)
    {
        for (final Resident session : liveSessions.toArray(new Resident[0]))
        {
            action.accept(session);
        }
    }

    /** Terminates every session of this worker. Worker thread. */
    public void terminateSessions(final String reason)
    {
        for (final Resident session : liveSessions.toArray(new Resident[0]))
        {
            session.terminate(reason);
        }
    }

    /** Eventfd/selector wake-ups made by {@link #execute}. */
    public long wakeups()
    {
        return wakeups.get();
    }

    /** What the poll loop did (poll calls, sleeps, events). Any thread. */
    public PollCounters pollCounters()
    {
        return pollCounters;
    }

    /** What this worker's sockets did: reads, writes, accepts. Any thread reads them. */
    public IoCounters ioCounters()
    {
        return ioCounters;
    }

    /** What this worker's sessions sent to each server, and the servers' response times. */
    public ServerTraffic serverTraffic()
    {
        return serverTraffic;
    }

    /** Tasks waiting in this worker's inbox now (approximate while other threads post). Any thread. */
    public int inboxDepth()
    {
        return inbox.size();
    }

    /** Tasks and I/O handlers that threw. */
    public long taskFailures()
    {
        return taskFailures.get();
    }

    /**
     * Output held back while one read's bytes are handled, so everything a read produces for a
     * socket leaves in one write. See {@link #beginRead()}.
     */
    public interface HeldOutput
    {
        /** The read has been handled: write what was held. Worker thread. */
        void flushHeld();
    }

    /**
     * A read's bytes are about to be handed to their handler: until {@link #endRead()}, output
     * may be held (with {@link #hold}) instead of written at once. Worker thread.
     */
    public void beginRead()
    {
        inRead = true;
    }

    /** True between {@link #beginRead()} and {@link #endRead()}. Worker thread. */
    public boolean inRead()
    {
        return inRead;
    }

    /** Asks for {@link HeldOutput#flushHeld()} when the current read ends. Worker thread; only in a read. */
    public void hold(final HeldOutput output)
    {
        // hot path: no allocation (once the array has grown to the most outputs held by one read)
        if (heldCount == held.length)
        {
            held = java.util.Arrays.copyOf(held, heldCount * 2);
        }
        held[heldCount++] = output;
    }

    /** The read's handler returned: flushes every output it held, in order. Worker thread. */
    public void endRead()
    {
        // hot path: no allocation. Output written while flushing (e.g. a session ending on a
        // failed write) is written at once: no longer in a read.
        inRead = false;
        for (int i = 0; i < heldCount; i++)
        {
            final HeldOutput output = held[i];
            held[i] = null;
            try
            {
                output.flushHeld();
            }
            catch (final RuntimeException e)
            {
                // The others still get their turn.
                taskFailures.incrementAndGet();
                LOG.error("{}: flushing held output failed", name, e);
            }
        }
        heldCount = 0;
    }

    /** Runs one task; a failing task is logged and counted, the worker carries on. */
    final class TaskRunner
    {
        void run(final Runnable task)
        {
            try
            {
                task.run();
            }
            catch (final RuntimeException e)
            {
                taskFailures.incrementAndGet();
                LOG.error("{}: a task failed", name, e);
            }
        }
    }
}
