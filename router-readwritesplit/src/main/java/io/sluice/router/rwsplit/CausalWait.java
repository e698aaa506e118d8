package io.sluice.router.rwsplit;

import io.sluice.api.Query;
import io.sluice.protocol.mysql.wire.Commands;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The statement a replica runs just before a causal read it is not known to be ready for, pipelined
 * in the same write: it waits until the replica has applied the frontier, or fails after
 * {@code causal_reads_timeout} (MaxScale's trick: the ELSE branch's subquery returns several rows, an
 * error), so the router knows whether the read that follows saw every acknowledged write. One per
 * session; built into its own buffer, allocating nothing.
 */
final class CausalWait implements Query
{
    private static final byte[] HEAD = "SELECT CASE WHEN MASTER_GTID_WAIT('".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIDDLE = "', ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = ") = 0 THEN 1 ELSE (SELECT 1 FROM INFORMATION_SCHEMA.ENGINES) END"
        .getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 4;

    private final ByteBuffer packet = ByteBuffer.allocate(512);
    private final byte[] digits = new byte[20];

    /** The wait for a frontier snapshot, as a COM_QUERY packet (positioned at its start). */
    // hot path: no allocation
    ByteBuffer packet(final long[] frontier, final CausalPositions positions, final long timeoutMs)
    {
        final ByteBuffer b = packet.clear();
        b.position(HEADER_BYTES);
        b.put((byte)Commands.COM_QUERY);
        b.put(HEAD);
        boolean first = true;
        for (int d = 0; d < frontier.length; d++)
        {
            if (frontier[d] > 0)
            {
                if (!first)
                {
                    b.put((byte)',');
                }
                first = false;
                decimal(b, d);
                b.put((byte)'-');
                decimal(b, positions.serverOf(d));
                b.put((byte)'-');
                decimal(b, frontier[d]);
            }
        }
        b.put(MIDDLE);
        decimal(b, timeoutMs / 1000);
        b.put((byte)'.');
        final long ms = timeoutMs % 1000;
        b.put((byte)('0' + ms / 100)).put((byte)('0' + ms / 10 % 10)).put((byte)('0' + ms % 10));
        b.put(TAIL);
        final int payload = b.position() - HEADER_BYTES;
        b.put(0, (byte)payload).put(1, (byte)(payload >> 8)).put(2, (byte)(payload >> 16)).put(3, (byte)0);
        return b.flip();
    }

    private void decimal(final ByteBuffer b, final long value)
    {
        long v = value;
        int n = 0;
        do
        {
            digits[n++] = (byte)('0' + v % 10);
            v /= 10;
        }
        while (v > 0);
        while (n > 0)
        {
            b.put(digits[--n]);
        }
    }

    @Override
    public int command()
    {
        return Commands.COM_QUERY;
    }

    @Override
    public boolean isContinuation()
    {
        return false;
    }

    @Override
    public boolean isLoadData()
    {
        return false;
    }

    @Override
    public long statementId()
    {
        return NO_STATEMENT;
    }

    @Override
    public boolean expectsResponse()
    {
        return true;
    }
}
