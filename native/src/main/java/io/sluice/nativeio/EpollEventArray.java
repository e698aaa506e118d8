package io.sluice.nativeio;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An off-heap array of {@code struct epoll_event} in a direct {@link ByteBuffer} (native byte order). The address is
 * computed once per buffer and handed to native calls as a {@code long}. Reads use absolute {@code getInt}/{@code
 * getLong}
 * (JIT intrinsics), never {@code Pointer.getXxx} (a JNI call each).
 *
 * <p>Not thread-safe: owned by one thread, normally the event loop that owns the {@link Epoll}.
 */
public final class EpollEventArray implements AutoCloseable
{
    private final EpollEventLayout layout;
    private final int size;
    private final int eventsOffset;
    private final int dataOffset;
    private ByteBuffer buffer;
    private long address;
    private int capacity;

    public EpollEventArray(EpollEventLayout layout, int capacity)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.layout = layout;
        this.size = layout.size();
        this.eventsOffset = layout.eventsOffset();
        this.dataOffset = layout.dataOffset();
        allocate(capacity);
    }

    private void allocate(int newCapacity)
    {
        ByteBuffer b = ByteBuffer.allocateDirect(Math.multiplyExact(newCapacity, size)).order(ByteOrder.nativeOrder());
        this.address = Pointer.nativeValue(Native.getDirectBufferPointer(b));
        this.buffer = b;
        this.capacity = newCapacity;
    }

    /** The address of element 0; changes after {@link #grow()}. */
    public long address()
    {
        return address;
    }

    public int capacity()
    {
        return capacity;
    }

    public EpollEventLayout layout()
    {
        return layout;
    }

    /** The {@code events} mask of element {@code i}. */
    public int events(int i)
    {
        // hot path: no allocation
        return buffer.getInt(i * size + eventsOffset);
    }

    /** The 64-bit {@code epoll_data} of element {@code i}. */
    public long data(int i)
    {
        // hot path: no allocation
        return buffer.getLong(i * size + dataOffset);
    }

    /** Writes element {@code i} (used for the {@code epoll_ctl} scratch event and by tests). */
    public void set(int i, int events, long data)
    {
        // hot path: no allocation
        ByteBuffer b = buffer;
        int base = i * size;
        b.putInt(base + eventsOffset, events);
        b.putLong(base + dataOffset, data);
    }

    /** Doubles the capacity: a new buffer with a new address; the old contents are copied. */
    public void grow()
    {
        ensureOpen();
        ByteBuffer old = buffer;
        int oldCapacity = capacity;
        allocate(Math.multiplyExact(oldCapacity, 2));
        buffer.put(0, old, 0, oldCapacity * size);
    }

    /** Drops the buffer; the memory is freed by the JDK's cleaner. Idempotent. */
    @Override
    public void close()
    {
        buffer = null;
        address = 0L;
        capacity = 0;
    }

    /** The buffer, so that callers can keep it reachable across a native call ({@code Reference.reachabilityFence}). */
    ByteBuffer buffer()
    {
        return buffer;
    }

    private void ensureOpen()
    {
        if (buffer == null)
        {
            throw new IllegalStateException("EpollEventArray is closed");
        }
    }

    @Override
    public String toString()
    {
        return "EpollEventArray[" + layout + ", capacity=" + capacity + "]";
    }
}
