package io.sluice.protocol.mysql.session;

import io.sluice.api.ReplyState;
import io.sluice.protocol.mysql.reply.ReplyTracker;

/**
 * Where the server bytes the client got last leave it: inside a response or between two, at a packet
 * boundary or not, and which server packet came last. From that, the sequence id an error made by
 * Sluice must carry to be read as the server's next packet. Whichever server the bytes came from:
 * the client sees one conversation. Worker thread only; allocates nothing.
 */
final class ReplyPosition
{
    private boolean insideResponse;
    private boolean atPacketBoundary = true;
    private boolean serverSpokeLast;
    private int lastServerSequence = -1;

    /** The client got bytes of this reply, up to where the tracker has scanned. */
    // hot path: no allocation
    void delivered(final ReplyTracker reply)
    {
        final ReplyState state = reply.state();
        insideResponse = state != ReplyState.DONE;
        atPacketBoundary = reply.atPacketBoundary();
        serverSpokeLast = insideResponse && state != ReplyState.LOAD_DATA && reply.lastSequence() >= 0;
        lastServerSequence = reply.lastSequence();
    }

    /** The client got a whole response made by Sluice (an error in place of the server's). */
    void answeredHere()
    {
        insideResponse = false;
        atPacketBoundary = true;
        serverSpokeLast = false;
    }

    /**
     * The sequence id an error in place of the rest of the response must carry, numbered as the server
     * numbers its packets: one more than the last packet of the exchange. That is the server packet the
     * client got last in this response, or the client's last packet when none of the response reached
     * it yet or the client spoke last (its LOCAL INFILE data). -1 when the client got part of a packet
     * (or a 0xFFFFFF one awaiting its continuation): whatever followed would be read as that packet's
     * bytes, so the client can only be disconnected.
     *
     * @param clientSequence the sequence id of the client's last packet
     */
    int nextErrorSequence(final int clientSequence)
    {
        if (!insideResponse)
        {
            return (clientSequence + 1) & 0xFF;
        }
        if (!atPacketBoundary)
        {
            return -1;
        }
        return ((serverSpokeLast ? lastServerSequence : clientSequence) + 1) & 0xFF;
    }
}
