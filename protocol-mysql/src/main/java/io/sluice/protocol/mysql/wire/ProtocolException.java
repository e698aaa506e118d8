package io.sluice.protocol.mysql.wire;

/**
 * A peer broke the protocol: bytes that cannot be what the other side sent at this point of
 * the conversation. The connection cannot be resynchronised; the caller closes it.
 */
public class ProtocolException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ProtocolException(final String message)
    {
        super(message);
    }
}
