package io.sluice.core.poll;

import java.nio.channels.SelectableChannel;
import java.util.Arrays;

/**
 * The registration table behind a poller: slot-indexed arrays and a free list. Tokens are
 * {@code (generation << 32) | slot}; releasing a slot bumps its generation so old tokens die.
 * Single owner. Grows by doubling (control plane); lookups allocate nothing.
 */
final class PollerSlots
{
    private IoHandler[] handlers;
    private SelectableChannel[] channels;
    private int[] generations;
    private int[] interests;
    private int[] fds;
    private Object[] attachments;
    private int[] freeSlots;
    private int freeCount;
    private int nextUnused;
    private int live;

    PollerSlots(final int initialCapacity)
    {
        final int capacity = Math.max(4, initialCapacity);
        handlers = new IoHandler[capacity];
        channels = new SelectableChannel[capacity];
        generations = new int[capacity];
        interests = new int[capacity];
        fds = new int[capacity];
        attachments = new Object[capacity];
        freeSlots = new int[capacity];
        Arrays.fill(generations, 1);
    }

    long allocate(final SelectableChannel channel, final IoHandler handler, final int interest, final int fd)
    {
        final int slot;
        if (freeCount > 0)
        {
            slot = freeSlots[--freeCount];
        }
        else
        {
            if (nextUnused == handlers.length)
            {
                grow();
            }
            slot = nextUnused++;
        }
        handlers[slot] = handler;
        channels[slot] = channel;
        interests[slot] = interest;
        fds[slot] = fd;
        live++;
        return ((long)generations[slot] << 32) | slot;
    }

    void release(final long token)
    {
        final int slot = slotOf(token);
        handlers[slot] = null;
        channels[slot] = null;
        attachments[slot] = null;
        generations[slot] = generations[slot] == Integer.MAX_VALUE ? 1 : generations[slot] + 1;
        freeSlots[freeCount++] = slot;
        live--;
    }

    /** True when the token names a live registration. Hot path. */
    boolean isLive(final long token)
    {
        final int slot = (int)token;
        return slot >= 0 && slot < nextUnused && generations[slot] == (int)(token >>> 32) && handlers[slot] != null;
    }

    /** The slot of a live token; throws for a dead one (a caller bug). */
    int checkedSlot(final long token)
    {
        if (!isLive(token))
        {
            throw new IllegalArgumentException("no live registration for token 0x" + Long.toHexString(token));
        }
        return (int)token;
    }

    static int slotOf(final long token)
    {
        return (int)token;
    }

    IoHandler handler(final int slot)
    {
        return handlers[slot];
    }

    SelectableChannel channel(final int slot)
    {
        return channels[slot];
    }

    int interest(final int slot)
    {
        return interests[slot];
    }

    void interest(final int slot, final int interest)
    {
        interests[slot] = interest;
    }

    int fd(final int slot)
    {
        return fds[slot];
    }

    Object attachment(final int slot)
    {
        return attachments[slot];
    }

    void attachment(final int slot, final Object attachment)
    {
        attachments[slot] = attachment;
    }

    int live()
    {
        return live;
    }

    private void grow()
    {
        final int capacity = handlers.length * 2;
        handlers = Arrays.copyOf(handlers, capacity);
        channels = Arrays.copyOf(channels, capacity);
        final int oldLength = generations.length;
        generations = Arrays.copyOf(generations, capacity);
        Arrays.fill(generations, oldLength, capacity, 1);
        interests = Arrays.copyOf(interests, capacity);
        fds = Arrays.copyOf(fds, capacity);
        attachments = Arrays.copyOf(attachments, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
    }
}
