package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountsCacheTest
{
    private static final long SECOND_NS = TimeUnit.SECONDS.toNanos(1);
    private static final UserAccountSettings SETTINGS = UserAccountSettings.DEFAULTS; // users_refresh_time=30s

    private final AtomicLong clockNs = new AtomicLong(1_000 * SECOND_NS);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<Exception> failWith = new AtomicReference<>();
    private UserAccountsCache cache;

    @AfterEach
    void close() throws Exception
    {
        if (cache != null)
        {
            cache.close(5_000);
        }
    }

    @Test
    void shouldLoadAtStartAndPublish() throws Exception
    {
        cache = newCache(SETTINGS, 1_000);
        assertEquals(0, cache.current().size(), "empty before the first load");
        cache.start();
        final UserAccounts first = cache.firstLoad().get(5, TimeUnit.SECONDS);
        assertSame(first, cache.current());
        assertEquals(1, first.size());
        assertEquals(1, calls.get());
    }

    @Test
    void shouldHonourARequestAtMostOncePerRefreshTime() throws Exception
    {
        cache = newCache(SETTINGS, 1_000);
        cache.start();
        cache.firstLoad().get(5, TimeUnit.SECONDS);

        clockNs.addAndGet(10 * SECOND_NS);
        assertTrue(cache.requestRefresh().isEmpty(), "10 s after the last load: ignored");
        clockNs.addAndGet(19 * SECOND_NS);
        assertTrue(cache.requestRefresh().isEmpty(), "29 s: still ignored");
        assertEquals(1, calls.get());

        clockNs.addAndGet(2 * SECOND_NS);
        final UserAccounts second = cache.requestRefresh().orElseThrow().get(5, TimeUnit.SECONDS);
        assertEquals(2, calls.get());
        assertSame(second, cache.current());

        assertTrue(cache.requestRefresh().isEmpty(), "the window restarts at the end of each load");
        assertEquals(2, cache.loads());
    }

    @Test
    void shouldAnswerALoginJudgedByAnOlderSnapshotWithTheNewOneEvenInsideTheWindow() throws Exception
    {
        cache = newCache(SETTINGS, 1_000);
        final UserAccounts beforeFirstLoad = cache.current();
        cache.start();
        final UserAccounts first = cache.firstLoad().get(5, TimeUnit.SECONDS);
        // A login read the empty snapshot just before the first load published, and asks just after it ended:
        // the window would ignore the request, and the login would fail on accounts that now exist.
        final CompletableFuture<UserAccounts> answer = cache.requestRefresh(beforeFirstLoad).orElseThrow();
        assertTrue(answer.isDone(), "no load to wait for: the snapshot is already newer");
        assertSame(first, answer.get());
        assertEquals(1, calls.get(), "and no load was started for it");
        assertTrue(cache.requestRefresh(first).isEmpty(), "judged by the current snapshot: the window applies");
    }

    @Test
    void shouldHonourEveryRequestWithAZeroRefreshTime() throws Exception
    {
        cache = newCache(SETTINGS.withUsersRefreshTimeMs(0), 1_000);
        cache.start();
        cache.firstLoad().get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++)
        {
            cache.requestRefresh().orElseThrow().get(5, TimeUnit.SECONDS);
        }
        assertEquals(4, calls.get());
    }

    @Test
    void shouldJoinALoadThatIsPendingOrRunning() throws Exception
    {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger n = new AtomicInteger();
        cache = new UserAccountsCache("svc", () ->
        {
            if (n.incrementAndGet() == 2)
            {
                entered.countDown();
                release.await();
            }
            return accounts();
        }, SETTINGS, clockNs::get, 1_000);
        cache.start();
        cache.firstLoad().get(5, TimeUnit.SECONDS);
        clockNs.addAndGet(31 * SECOND_NS);

        final CompletableFuture<UserAccounts> first = cache.requestRefresh().orElseThrow();
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        final Optional<CompletableFuture<UserAccounts>> joined = cache.requestRefresh();
        assertSame(first, joined.orElseThrow(), "a request during a load joins it");
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertEquals(2, n.get());
    }

    @Test
    void shouldRetryUntilTheFirstLoadSucceeds() throws Exception
    {
        failWith.set(new IOException("server down"));
        cache = newCache(SETTINGS, 1_000);
        cache.start();
        awaitFailures(1);
        // A request before the first success is accepted and served by the next retry.
        final CompletableFuture<UserAccounts> request = cache.requestRefresh().orElseThrow();
        assertEquals(1, calls.get(), "no retry before the retry interval");

        failWith.set(null);
        clockNs.addAndGet(SECOND_NS);
        cache.wakeUp();
        final UserAccounts loaded = request.get(5, TimeUnit.SECONDS);
        assertSame(loaded, cache.firstLoad().get(5, TimeUnit.SECONDS));
        assertEquals(2, calls.get());
        assertEquals(1, cache.failures());
    }

    @Test
    void shouldKeepTheOldSnapshotWhenARefreshFails() throws Exception
    {
        cache = newCache(SETTINGS, 1_000);
        cache.start();
        final UserAccounts first = cache.firstLoad().get(5, TimeUnit.SECONDS);
        failWith.set(new IOException("boom"));
        clockNs.addAndGet(31 * SECOND_NS);
        final CompletableFuture<UserAccounts> refresh = cache.requestRefresh().orElseThrow();
        final ExecutionException e = assertThrows(ExecutionException.class, () -> refresh.get(5, TimeUnit.SECONDS));
        assertEquals("boom", e.getCause().getMessage());
        assertSame(first, cache.current());
        assertTrue(cache.requestRefresh().isEmpty(), "a failed load also starts the window");
    }

    @Test
    void shouldReloadOnTheRefreshInterval() throws Exception
    {
        cache = newCache(SETTINGS.withUsersRefreshIntervalMs(60_000), 1_000);
        cache.start();
        cache.firstLoad().get(5, TimeUnit.SECONDS);
        clockNs.addAndGet(59 * SECOND_NS);
        cache.wakeUp();
        Thread.sleep(50);
        assertEquals(1, calls.get());
        clockNs.addAndGet(2 * SECOND_NS);
        cache.wakeUp();
        awaitCalls(2);
    }

    @Test
    void shouldStopOnCloseAndCancelAPendingRequest() throws Exception
    {
        failWith.set(new IOException("down"));
        cache = newCache(SETTINGS, 60_000);
        cache.start();
        awaitFailures(1);
        final CompletableFuture<UserAccounts> pending = cache.requestRefresh().orElseThrow();
        cache.close(5_000);
        assertTrue(pending.isCompletedExceptionally());
        assertTrue(cache.requestRefresh().isEmpty());
        assertEquals(1, calls.get());
    }

    private UserAccountsCache newCache(final UserAccountSettings settings, final long retryMs)
    {
        return new UserAccountsCache("svc", () ->
        {
            calls.incrementAndGet();
            final Exception e = failWith.get();
            if (e != null)
            {
                throw e;
            }
            return accounts();
        }, settings, clockNs::get, retryMs);
    }

    private static UserAccounts accounts()
    {
        return UserAccounts.builder()
            .addAccount("app", "%", "mysql_native_password", "", false, false, null, 0)
            .build(SETTINGS);
    }

    private void awaitFailures(final int n) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (cache.failures() < n)
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError(cache.failures() + " failed loads, expected " + n);
            }
            Thread.sleep(5);
        }
    }

    private void awaitCalls(final int n) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (calls.get() < n)
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("loader called " + calls.get() + " times, expected " + n);
            }
            Thread.sleep(5);
        }
    }
}
