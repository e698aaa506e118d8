package io.sluice.router.rwsplit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the replica position probe reads from {@code @@gtid_slave_pos}. */
class GtidListTest
{
    private static long[] positions(final long... firstDomains)
    {
        final long[] p = new long[CausalPositions.DOMAINS];
        System.arraycopy(firstDomains, 0, p, 0, firstDomains.length);
        return p;
    }

    @Test
    void shouldReadOneSequencePerDomain()
    {
        final long[] into = new long[CausalPositions.DOMAINS];
        assertTrue(GtidList.parse("0-1-1234", into));
        assertArrayEquals(positions(1234), into);
        assertTrue(GtidList.parse("0-1-1234,3-2-9", into));
        assertArrayEquals(positions(1234, 0, 0, 9), into);
        assertTrue(GtidList.parse("  1-4294967295-18446744073,0-3-7 ", into), "spaces and a large server id");
        assertArrayEquals(positions(7, 18446744073L), into);
        assertTrue(GtidList.parse("2-1-5, 2-1-3", into), "the higher of a domain named twice");
        assertArrayEquals(positions(0, 0, 5), into);
    }

    @Test
    void shouldReadAnEmptyListAsNothingApplied()
    {
        final long[] into = positions(99, 98);
        assertTrue(GtidList.parse("", into));
        assertArrayEquals(positions(), into, "a fresh replica has applied nothing: every slot 0");
    }

    @Test
    void shouldSkipADomainBeyondTheTable()
    {
        final long[] into = new long[CausalPositions.DOMAINS];
        assertTrue(GtidList.parse("0-1-10," + CausalPositions.DOMAINS + "-1-500,12345-1-1", into));
        assertArrayEquals(positions(10), into);
    }

    @Test
    void shouldLearnNothingFromTextThatIsNoGtidList()
    {
        final long[] into = new long[CausalPositions.DOMAINS];
        for (final String bad : new String[] {"0-1", "0-1-", "-1-2", "0-1-2,", "0-1-2;1-1-1", "abc", "0--1-2",
            "0-1-2-3", "0-1-1234567890123456789012"})
        {
            into[0] = 42;
            assertFalse(GtidList.parse(bad, into), bad);
            assertArrayEquals(positions(), into, bad + ": nothing learned");
        }
        assertFalse(GtidList.parse(null, into), "NULL");
    }
}
