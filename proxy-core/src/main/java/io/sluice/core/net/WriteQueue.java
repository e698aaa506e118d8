package io.sluice.core.net;

import java.nio.ByteBuffer;

/**
 * Bytes accepted for a socket that the kernel did not take yet, in order. A direct buffer that
 * grows by doubling and is kept once grown, so a connection under steady back-pressure allocates
 * nothing. Back-pressure ({@code writeq_high_water}) keeps it near its high-water mark. Owner only.
 */
final class WriteQueue
{
    private static final int INITIAL_BYTES = 16 * 1024;

    /** Write mode: data in [0, position). */
    private ByteBuffer buffer;

    int size()
    {
        return buffer == null ? 0 : buffer.position();
    }

    boolean isEmpty()
    {
        return size() == 0;
    }

    /** Appends everything that remains in src. */
    void append(final ByteBuffer src)
    {
        final int needed = src.remaining();
        if (buffer == null)
        {
            buffer = ByteBuffer.allocateDirect(INITIAL_BYTES);
        }
        if (buffer.remaining() < needed)
        {
            int capacity = buffer.capacity();
            while (capacity - buffer.position() < needed)
            {
                capacity *= 2;
            }
            final ByteBuffer grown = ByteBuffer.allocateDirect(capacity);
            buffer.flip();
            grown.put(buffer);
            buffer = grown;
        }
        buffer.put(src);
    }

    /** Flips for draining; call {@link #compactAfterDrain()} afterwards. */
    ByteBuffer beginDrain()
    {
        buffer.flip();
        return buffer;
    }

    void compactAfterDrain()
    {
        buffer.compact();
    }
}
