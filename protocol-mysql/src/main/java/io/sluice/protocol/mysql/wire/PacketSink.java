package io.sluice.protocol.mysql.wire;

import java.nio.ByteBuffer;

/** Receives the whole packets a {@link PacketFramer} cuts out of a byte stream. */
@FunctionalInterface
public interface PacketSink
{
    /**
     * One whole packet, header included, at [at, at + length) of b. The bytes are valid only
     * during the call (b is a shared read buffer or the framer's carry buffer): consume or copy
     * them before returning, and never keep b. b's position and limit are not meaningful.
     *
     * @param continuation true if this packet continues the previous one's payload, because
     *                     that packet carried exactly 0xFFFFFF payload bytes; its first payload
     *                     byte is then not a command byte
     */
    void packet(ByteBuffer b, int at, int length, boolean continuation);
}
