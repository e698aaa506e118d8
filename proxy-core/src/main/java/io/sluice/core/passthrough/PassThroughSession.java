package io.sluice.core.passthrough;

import io.sluice.core.net.TcpConnection;
import io.sluice.core.worker.Session;
import io.sluice.core.worker.Worker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One client and its server connection. Bytes read on one side are written to the other; when a
 * side's write queue passes the high-water mark, reading from the other side pauses until it
 * drains to the low-water mark. A FIN is passed on once everything before it was written; the
 * session ends when both directions have finished, or at once when either side fails.
 * Worker thread only. Hot path (onData): no allocation.
 */
final class PassThroughSession implements Session
{
    private final PassThroughService service;
    private final Worker worker;
    private final TcpConnection client;
    private final TcpConnection server;
    private boolean ended;

    private PassThroughSession(final PassThroughService service, final Worker worker, final SocketChannel clientChannel)
        throws IOException
    {
        this.service = service;
        this.worker = worker;
        this.client = TcpConnection.accepted(worker, clientChannel, service.backPressure(), new Side(true));
        TcpConnection connected;
        try
        {
            connected = TcpConnection.connect(worker, service.serverAddress(), service.backPressure(), new Side(false));
        }
        catch (final IOException e)
        {
            service.connectFailed(e);
            client.close(e);
            throw e;
        }
        this.server = connected;
    }

    static void start(final PassThroughService service, final Worker worker, final SocketChannel clientChannel)
        throws IOException
    {
        final PassThroughSession session = new PassThroughSession(service, worker, clientChannel);
        worker.sessionStarted(session);
    }

    @Override
    public void terminate(final String reason)
    {
        end(new IOException(reason));
    }

    private void end(final IOException cause)
    {
        if (ended)
        {
            return;
        }
        ended = true;
        client.close(cause);
        if (server != null)
        {
            server.close(cause);
        }
        worker.sessionEnded(this);
        service.sessionEnded(Math.max(client.peakPendingWriteBytes(), server == null ? 0 : server.peakPendingWriteBytes()));
    }

    private void endIfBothDirectionsDone()
    {
        if (client.isInputEnded() && server.isInputEnded() && client.isOutputShut() && server.isOutputShut())
        {
            end(null);
        }
    }

    /** Handles one connection's events; {@code fromClient} tells which side it is. */
    private final class Side implements TcpConnection.Handler
    {
        private final boolean fromClient;

        Side(final boolean fromClient)
        {
            this.fromClient = fromClient;
        }

        private TcpConnection peer()
        {
            return fromClient ? server : client;
        }

        @Override
        public void onData(final TcpConnection connection, final ByteBuffer data)
        {
            try
            {
                peer().write(data);
            }
            catch (final IOException e)
            {
                end(e);
            }
        }

        @Override
        public void onEndOfStream(final TcpConnection connection)
        {
            try
            {
                peer().shutdownOutputWhenFlushed();
                endIfBothDirectionsDone();
            }
            catch (final IOException e)
            {
                end(e);
            }
        }

        @Override
        public void onOutputShutdown(final TcpConnection connection)
        {
            endIfBothDirectionsDone();
        }

        @Override
        public void onWriteQueueHigh(final TcpConnection connection)
        {
            // connection is this side; the peer feeds it.
            try
            {
                peer().pauseReading();
            }
            catch (final IOException e)
            {
                end(e);
            }
        }

        @Override
        public void onWriteQueueLow(final TcpConnection connection)
        {
            try
            {
                peer().resumeReading();
            }
            catch (final IOException e)
            {
                end(e);
            }
        }

        @Override
        public void onClosed(final TcpConnection connection, final IOException cause)
        {
            if (!fromClient && cause != null && !ended && connection.bytesRead() == 0 && connection.bytesWritten() == 0)
            {
                service.connectFailed(cause);
            }
            end(cause);
        }
    }
}
