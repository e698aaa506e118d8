package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostBlockerTest
{
    @Test
    void shouldBlockAHostAfterTheLimitForAMinuteThenCountAgain()
    {
        final HostBlocker blocker = new HostBlocker("S", 3);
        final long t0 = 1_000_000_000L;
        assertFalse(blocker.failed("10.0.0.1", t0));
        assertFalse(blocker.failed("10.0.0.1", t0));
        assertFalse(blocker.isBlocked("10.0.0.1", t0));
        assertTrue(blocker.failed("10.0.0.1", t0), "the third failure blocks");
        assertTrue(blocker.isBlocked("10.0.0.1", t0 + 1));
        assertFalse(blocker.isBlocked("10.0.0.2", t0 + 1), "per host");
        assertEquals(Map.of("max_auth_failures", 3, "blocked_hosts",
                List.of(Map.of("host", "10.0.0.1", "seconds_left", 59L))),
            blocker.diagnostics(t0 + 1_000_000_000L));
        assertTrue(blocker.isBlocked("10.0.0.1", t0 + HostBlocker.BLOCK_NS - 1));
        assertFalse(blocker.isBlocked("10.0.0.1", t0 + HostBlocker.BLOCK_NS), "unblocked after a minute");
        assertFalse(blocker.failed("10.0.0.1", t0 + HostBlocker.BLOCK_NS), "and counted from zero again");
        assertEquals(List.of(), blocker.diagnostics(t0 + HostBlocker.BLOCK_NS).get("blocked_hosts"));
    }

    @Test
    void shouldForgetFailuresAfterASuccessAndDoNothingWhenOff()
    {
        final HostBlocker blocker = new HostBlocker("S", 2);
        blocker.failed("h", 0);
        blocker.succeeded("h");
        assertFalse(blocker.failed("h", 0), "the count restarted after a successful login");
        final HostBlocker off = new HostBlocker("S", 0);
        for (int i = 0; i < 100; i++)
        {
            assertFalse(off.failed("h", 0));
        }
        assertFalse(off.isBlocked("h", 0));
        assertEquals("Host '10.1.2.3' is blocked because of many connection errors; it is unblocked 60 s after the last"
            + " of them (max_auth_failures)", HostBlocker.message("10.1.2.3"));
    }
}
