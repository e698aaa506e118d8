package io.sluice.router.rwsplit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the router knows of one server across all its sessions, on every worker: the operations in
 * flight and the connections open (the replica scores), queries routed there and their response
 * times (the diagnostics, and {@code adaptive_routing}'s average).
 */
final class ServerStats
{
    /** Weight of the newest response in the moving average (MaxScale's adaptive routing uses an EWMA too). */
    private static final double EWMA_ALPHA = 0.04;

    final String name;
    final AtomicInteger currentOperations = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    private final LongAdder queries = new LongAdder();
    private final LongAdder responses = new LongAdder();
    private final LongAdder responseNs = new LongAdder();
    /** The moving average of response times; racy updates lose a sample now and then, which is fine. */
    private volatile double averageResponseNs;
    /** When a causal wait here last timed out (0: never). */
    private volatile long causalWaitFailedNs;
    private static final long CAUSAL_WAIT_BACKOFF_NS = 5_000_000_000L;

    ServerStats(final String name)
    {
        this.name = name;
    }

    // hot path: no allocation
    void querySent()
    {
        queries.increment();
        currentOperations.incrementAndGet();
    }

    // hot path: no allocation
    void responseDone(final long elapsedNs)
    {
        currentOperations.decrementAndGet();
        responses.increment();
        responseNs.add(elapsedNs);
        final double average = averageResponseNs;
        averageResponseNs = average == 0 ? elapsedNs : average + EWMA_ALPHA * (elapsedNs - average);
    }

    /** A causal wait on this server timed out: for a while, reads wait on it only if the monitor shows it close. */
    void causalWaitFailed()
    {
        causalWaitFailedNs = System.nanoTime();
    }

    // hot path: no allocation
    boolean causalWaitFailedLately()
    {
        final long failedNs = causalWaitFailedNs;
        return failedNs != 0 && System.nanoTime() - failedNs < CAUSAL_WAIT_BACKOFF_NS;
    }

    /** A query in flight will get no response (its connection closed). */
    void responseLost()
    {
        currentOperations.decrementAndGet();
    }

    double averageResponseNs()
    {
        return averageResponseNs;
    }

    Map<String, Object> diagnostics()
    {
        final Map<String, Object> m = new LinkedHashMap<>();
        final long n = responses.sum();
        m.put("queries", queries.sum());
        m.put("responses", n);
        m.put("mean_response_time_us", n == 0 ? 0.0 : Math.round(responseNs.sum() / 100.0 / n) / 10.0);
        m.put("current_operations", currentOperations.get());
        m.put("connections", connections.get());
        return m;
    }
}
