package io.sluice.core.session;

import io.sluice.api.ClientContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session ids: in Sluice's range, apart from the servers' thread ids, and below 2^31 for Connector/J. */
class SessionRegistryTest
{
    @Test
    void shouldCountUpFromTheFirstIdAndStartOverAfterTheLast()
    {
        assertEquals(1_000_000_001L, ClientContext.FIRST_SESSION_ID);
        assertEquals(Integer.MAX_VALUE, ClientContext.LAST_SESSION_ID);
        assertEquals(1_000_000_001L, SessionRegistry.after(1_000_000_000L));
        assertEquals(1_000_000_002L, SessionRegistry.after(1_000_000_001L));
        assertEquals(2_147_483_647L, SessionRegistry.after(2_147_483_646L));
        assertEquals(1_000_000_001L, SessionRegistry.after(2_147_483_647L), "after the last: the first again");
        assertEquals(1_000_000_001L, SessionRegistry.after(5), "never below the first");
    }

    @Test
    void shouldHandOutIdsInTheRangeThatNoLiveSessionHas()
    {
        final long a = SessionRegistry.nextId();
        final long b = SessionRegistry.nextId();
        assertTrue(a >= ClientContext.FIRST_SESSION_ID && a <= ClientContext.LAST_SESSION_ID, "in range: " + a);
        assertEquals(SessionRegistry.after(a), b);
        assertNull(SessionRegistry.find(a), "an id is no live session until one starts with it");
    }
}
