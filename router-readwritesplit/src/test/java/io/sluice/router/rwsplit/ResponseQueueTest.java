package io.sluice.router.rwsplit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseQueueTest
{
    @Test
    void shouldKeepKindsAndSessionCommandNumbersInOrderAcrossGrowth()
    {
        final ResponseQueue q = new ResponseQueue();
        for (int i = 0; i < 100; i++)
        {
            q.add(i % 3, 1_000_000_000_000L + i);
        }
        assertEquals(100, q.size());
        assertEquals(34, q.countClient());
        for (int i = 0; i < 100; i++)
        {
            assertEquals(i % 3, q.peekKind());
            assertEquals(1_000_000_000_000L + i, q.peekSessionCommand());
            q.poll();
        }
        assertTrue(q.isEmpty());
    }

    @Test
    void shouldPromoteASessionCommandReplyToTheClients()
    {
        final ResponseQueue q = new ResponseQueue();
        q.add(ResponseQueue.IGNORE, 0);
        q.add(ResponseQueue.SESSION_COMMAND, 7);
        assertTrue(q.countClientIsZero());
        assertFalse(q.promote(8), "not owed");
        assertTrue(q.promote(7));
        assertEquals(1, q.countClient());
        q.poll();
        assertEquals(ResponseQueue.CLIENT, q.peekKind());
        assertEquals(7, q.peekSessionCommand());
    }
}
