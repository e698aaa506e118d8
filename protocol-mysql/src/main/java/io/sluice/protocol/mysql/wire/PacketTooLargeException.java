package io.sluice.protocol.mysql.wire;

/**
 * A packet (its payload summed over 0xFFFFFF continuations) is longer than the configured
 * maximum. The server would answer ER_NET_PACKET_TOO_LARGE (1153, SQLSTATE 08S01) and close.
 */
public final class PacketTooLargeException extends ProtocolException
{
    private static final long serialVersionUID = 1L;

    private final long payloadBytes;
    private final long maxPayloadBytes;

    public PacketTooLargeException(final long payloadBytes, final long maxPayloadBytes)
    {
        super("packet of at least " + payloadBytes + " payload bytes exceeds the maximum of " + maxPayloadBytes);
        this.payloadBytes = payloadBytes;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** The payload length seen so far (the whole logical packet may be longer). */
    public long payloadBytes()
    {
        return payloadBytes;
    }

    public long maxPayloadBytes()
    {
        return maxPayloadBytes;
    }
}
