package io.sluice.router.rwsplit;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write frontier, what each server has applied, and the wait statement built from them. */
class CausalPositionsTest
{
    @Test
    void shouldKeepTheHighestAcknowledgedGtidPerDomain()
    {
        final CausalPositions p = new CausalPositions(3);
        final long[] snapshot = new long[CausalPositions.DOMAINS];
        assertTrue(p.snapshot(snapshot));
        assertArrayEquals(new long[CausalPositions.DOMAINS], snapshot, "no write yet: every server is current");
        assertTrue(p.isCurrent(1, snapshot));
        p.written(0, 1, 41);
        p.written(0, 1, 40); // acknowledged later, written earlier: the frontier does not go back
        p.written(2, 7, 5);
        assertTrue(p.snapshot(snapshot));
        assertEquals(41, snapshot[0]);
        assertEquals(5, snapshot[2]);
        assertEquals("0-1-41,2-7-5", p.describe());
        assertFalse(p.isCurrent(1, snapshot));
        p.applied(1, snapshot);
        assertTrue(p.isCurrent(1, snapshot), "a wait for the snapshot returned on server 1");
        assertFalse(p.isCurrent(2, snapshot));
        p.written(0, 1, 42);
        assertTrue(p.snapshot(snapshot));
        assertFalse(p.isCurrent(1, snapshot), "a newer write");
    }

    @Test
    void shouldGiveUpOnADomainBeyondItsTable()
    {
        final CausalPositions p = new CausalPositions(1);
        p.written(CausalPositions.DOMAINS, 1, 3);
        assertFalse(p.snapshot(new long[CausalPositions.DOMAINS]), "causal reads go to the primary");
    }

    @Test
    void shouldWriteTheWaitAsOneComQuery()
    {
        final CausalPositions p = new CausalPositions(1);
        p.written(0, 1, 1234);
        p.written(3, 2, 9);
        final long[] snapshot = new long[CausalPositions.DOMAINS];
        p.snapshot(snapshot);
        final ByteBuffer packet = new CausalWait().packet(snapshot, p, 10_050);
        final int length = (packet.get(0) & 0xFF) | (packet.get(1) & 0xFF) << 8 | (packet.get(2) & 0xFF) << 16;
        assertEquals(packet.remaining() - 4, length);
        assertEquals(0, packet.get(3), "sequence 0");
        assertEquals(0x03, packet.get(4), "COM_QUERY");
        final byte[] text = new byte[length - 1];
        packet.get(5, text);
        assertEquals("SELECT CASE WHEN MASTER_GTID_WAIT('0-1-1234,3-2-9', 10.050) = 0 THEN 1 ELSE (SELECT 1 FROM"
            + " INFORMATION_SCHEMA.ENGINES) END", new String(text, StandardCharsets.US_ASCII));
    }
}
