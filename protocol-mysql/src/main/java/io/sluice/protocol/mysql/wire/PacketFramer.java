package io.sluice.protocol.mysql.wire;

import java.nio.ByteBuffer;

/**
 * Cuts the client-to-proxy byte stream of one connection into whole packets. Each socket read
 * is handed to {@link #frame}; every packet lying wholly inside it is passed to the
 * {@link PacketSink} as a view of the read buffer, with no copy. A packet cut by the end of a
 * read is copied into a carry buffer owned by the framer and passed on once its last byte has
 * arrived, so nothing refers to the read buffer after {@code frame} returns.
 *
 * <p>Packets are delivered one by one, header included, as the wire carries them: a payload of
 * more than 0xFFFFFF bytes arrives as several packets, the later ones flagged as continuations.
 * The carry buffer therefore never holds more than one packet, at most
 * {@link #MAX_PACKET_BYTES}; it grows on demand (the only allocation) and is kept once grown.
 *
 * <p>A packet whose payload, summed over its continuations, exceeds the configured maximum is
 * refused with {@link PacketTooLargeException} as soon as its header arrives, before anything
 * of it is buffered or delivered. {@link #hasPartialPacket()} tells a stalled peer from an idle one.
 *
 * <p>Owned by the worker thread of its connection.
 */
public final class PacketFramer
{
    /** The longest packet on the wire: a header and 0xFFFFFF payload bytes. */
    public static final int MAX_PACKET_BYTES = Wire.HEADER_BYTES + Wire.MAX_PAYLOAD;

    private static final int INITIAL_CARRY_BYTES = 1024;

    private final PacketSink sink;
    private final long maxPayloadBytes;

    /** A packet cut by a read's end: its first {@code carried} bytes. Direct, like the write queues. */
    private ByteBuffer carry;
    private int carried;
    /** Header plus payload of the carried packet; 0 while its header is incomplete. */
    private int carriedPacketBytes;

    private boolean lastWasMax;
    private boolean continuation;
    /** The sink asked {@link #frame} to return after the current packet. */
    private boolean stopped;
    private long logicalPayloadBytes;

    /**
     * @param maxPayloadBytes the longest logical payload accepted (summed over continuations),
     *                        e.g. the server's max_allowed_packet
     * @param sink            receives every whole packet
     */
    public PacketFramer(final long maxPayloadBytes, final PacketSink sink)
    {
        if (maxPayloadBytes < 0)
        {
            throw new IllegalArgumentException("maxPayloadBytes must not be negative: " + maxPayloadBytes);
        }
        this.maxPayloadBytes = maxPayloadBytes;
        this.sink = sink;
    }

    /**
     * Frames the bytes [from, to) of b (absolute positions; position and limit are ignored). On
     * return every byte has been delivered or copied, unless the sink called {@link #stop()}.
     *
     * @return where framing ended: {@code to}, or just after the packet whose sink called {@link #stop()}
     * @throws PacketTooLargeException when a packet exceeds the maximum (the stream is then
     *                                 unusable: close the connection)
     */
    public int frame(final ByteBuffer b, final int from, final int to)
    {
        // hot path: no allocation
        int pos = from;
        while (pos < to && !stopped)
        {
            if (carried > 0 || to - pos < Wire.HEADER_BYTES)
            {
                pos = carry(b, pos, to);
                continue;
            }
            final int length = Wire.payloadLength(b, pos);
            final int packetBytes = Wire.HEADER_BYTES + length;
            if (to - pos < packetBytes)
            {
                pos = carry(b, pos, to);
                continue;
            }
            admit(length);
            sink.packet(b, pos, packetBytes, continuation);
            pos += packetBytes;
        }
        stopped = false;
        return pos;
    }

    /**
     * Called by the sink: {@link #frame} returns after the packet being delivered, leaving the bytes after it
     * alone (MariaDB's SSLRequest: what follows is the start of a TLS handshake, not packets).
     */
    public void stop()
    {
        stopped = true;
    }

    /** True while a packet has begun to arrive but is not complete (a stalled peer holds one). */
    public boolean hasPartialPacket()
    {
        return carried > 0;
    }

    /** Bytes (header included) of the incomplete packet received so far, 0 if none. */
    public int partialPacketBytes()
    {
        return carried;
    }

    /** True if the next packet will continue the payload of the last one (that was 0xFFFFFF bytes long). */
    public boolean isContinuationNext()
    {
        return lastWasMax;
    }

    /** Capacity of the carry buffer, 0 before any packet was cut (for tests and diagnostics). */
    public int carryCapacity()
    {
        return carry == null ? 0 : carry.capacity();
    }

    /** Adds bytes of a cut packet to the carry buffer; delivers the packet once complete. */
    private int carry(final ByteBuffer b, final int from, final int to)
    {
        // hot path: no allocation (once the carry buffer has grown to the longest packet seen)
        int pos = from;
        if (carry == null)
        {
            carry = ByteBuffer.allocateDirect(INITIAL_CARRY_BYTES);
        }
        if (carriedPacketBytes == 0)
        {
            final int n = Math.min(Wire.HEADER_BYTES - carried, to - pos);
            carry.put(carried, b, pos, n);
            carried += n;
            pos += n;
            if (carried < Wire.HEADER_BYTES)
            {
                return pos;
            }
            final int length = Wire.payloadLength(carry, 0);
            admit(length);
            carriedPacketBytes = Wire.HEADER_BYTES + length;
            if (carry.capacity() < carriedPacketBytes)
            {
                grow(carriedPacketBytes);
            }
        }
        final int n = Math.min(carriedPacketBytes - carried, to - pos);
        carry.put(carried, b, pos, n);
        carried += n;
        pos += n;
        if (carried == carriedPacketBytes)
        {
            final int packetBytes = carriedPacketBytes;
            carried = 0;
            carriedPacketBytes = 0;
            sink.packet(carry, 0, packetBytes, continuation);
        }
        return pos;
    }

    /** Checks a packet's length when its header is known and notes whether it is a continuation. */
    private void admit(final int length)
    {
        // hot path: no allocation
        continuation = lastWasMax;
        logicalPayloadBytes = continuation ? logicalPayloadBytes + length : length;
        if (logicalPayloadBytes > maxPayloadBytes)
        {
            throw new PacketTooLargeException(logicalPayloadBytes, maxPayloadBytes);
        }
        lastWasMax = length == Wire.MAX_PAYLOAD;
    }

    private void grow(final int neededBytes)
    {
        final int capacity = (int)Math.min(MAX_PACKET_BYTES, Math.max(neededBytes, 2L * carry.capacity()));
        final ByteBuffer grown = ByteBuffer.allocateDirect(capacity);
        grown.put(0, carry, 0, carried);
        carry = grown;
    }
}
