package io.sluice.protocol.mysql.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * MaxScale's {@code max_auth_failures}: a client host whose logins fail that many times in a row is refused
 * for a while (MaxScale: 60 s) with MariaDB's error 1129, then gets a fresh count; a successful login clears
 * its count. {@code 0} turns it off. Used on the workers during logins only (never per query): a concurrent
 * map, no lock held across calls. The limit and the blocked hosts are in {@link #diagnostics}.
 */
public final class HostBlocker
{
    /** MariaDB's ER_HOST_IS_BLOCKED. */
    public static final int ER_HOST_IS_BLOCKED = 1129;
    /** How long a host stays blocked (MaxScale's fixed minute). */
    public static final long BLOCK_NS = TimeUnit.SECONDS.toNanos(60);
    private static final Logger LOG = LoggerFactory.getLogger(HostBlocker.class);

    private static final class Host
    {
        private int failures;
        private long blockedUntilNs;
        private boolean blocked;
    }

    private final String service;
    private final int maxFailures;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    public HostBlocker(final String service, final int maxFailures)
    {
        this.service = service;
        this.maxFailures = maxFailures;
    }

    /** The limit; 0 when off. */
    public int maxFailures()
    {
        return maxFailures;
    }

    /** Whether logins from the host are refused now. */
    public boolean isBlocked(final String host, final long nowNs)
    {
        final Host h = hosts.get(host);
        if (h == null)
        {
            return false;
        }
        synchronized (h)
        {
            if (h.blocked && nowNs - h.blockedUntilNs >= 0)
            {
                h.blocked = false;
                h.failures = 0;
            }
            return h.blocked;
        }
    }

    /** A failed login from the host; true when this one blocks it. */
    public boolean failed(final String host, final long nowNs)
    {
        if (maxFailures <= 0)
        {
            return false;
        }
        final Host h = hosts.computeIfAbsent(host, k -> new Host());
        synchronized (h)
        {
            if (h.blocked)
            {
                return false;
            }
            if (++h.failures >= maxFailures)
            {
                h.blocked = true;
                h.blockedUntilNs = nowNs + BLOCK_NS;
                LOG.warn("service {}: host {} blocked for {} s after {} failed logins (max_auth_failures)", service,
                        host,
                    TimeUnit.NANOSECONDS.toSeconds(BLOCK_NS), h.failures);
                return true;
            }
            return false;
        }
    }

    /** A successful login from the host: its count starts again. */
    public void succeeded(final String host)
    {
        if (!hosts.isEmpty())
        {
            hosts.remove(host);
        }
    }

    /** MariaDB's wording of error 1129, with when the block ends. */
    public static String message(final String host)
    {
        return "Host '" + host + "' is blocked because of many connection errors; it is unblocked "
            + TimeUnit.NANOSECONDS.toSeconds(BLOCK_NS) + " s after the last of them (max_auth_failures)";
    }

    /** {@code max_auth_failures} and the hosts blocked now, each with the seconds left. */
    public Map<String, Object> diagnostics(final long nowNs)
    {
        final List<Object> blocked = new ArrayList<>();
        hosts.forEach((host, h) ->
        {
            synchronized (h)
            {
                if (h.blocked && nowNs - h.blockedUntilNs < 0)
                {
                    blocked.add(Map.of("host", host, "seconds_left",
                            TimeUnit.NANOSECONDS.toSeconds(h.blockedUntilNs - nowNs)));
                }
            }
        });
        final Map<String, Object> d = new LinkedHashMap<>();
        d.put("max_auth_failures", maxFailures);
        d.put("blocked_hosts", blocked);
        return d;
    }
}
