package io.sluice.plugins.passthrough;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real TCP echo server on 127.0.0.1 (blocking, a thread per connection): echoes until the
 * client's FIN, then sends its own FIN. The backend of the pass-through tests.
 */
final class EchoServer implements AutoCloseable
{
    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile boolean closed;

    EchoServer() throws IOException
    {
        socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "echo-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    InetSocketAddress address()
    {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** Connections that were echoed to their end. */
    int finished()
    {
        return finished.get();
    }

    private void acceptLoop()
    {
        while (!closed)
        {
            try
            {
                final Socket s = socket.accept();
                final Thread t = new Thread(() -> echo(s), "echo");
                t.setDaemon(true);
                t.start();
            }
            catch (final IOException e)
            {
                return;
            }
        }
    }

    private void echo(final Socket s)
    {
        try (s)
        {
            final InputStream in = s.getInputStream();
            final OutputStream out = s.getOutputStream();
            final byte[] buffer = new byte[32 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0)
            {
                out.write(buffer, 0, n);
            }
            s.shutdownOutput();
            finished.incrementAndGet();
        }
        catch (final IOException e)
        {
            // The client went away: nothing to echo to.
        }
    }

    @Override
    public void close() throws IOException
    {
        closed = true;
        socket.close();
    }
}
