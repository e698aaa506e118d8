package io.sluice.dist;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A TCP echo server on 127.0.0.1 (a thread per connection), the backend of the distribution tests. */
final class LoopbackEcho implements AutoCloseable
{
    private final ServerSocket socket;

    LoopbackEcho() throws IOException
    {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(() ->
        {
            while (!socket.isClosed())
            {
                try
                {
                    final Socket s = socket.accept();
                    daemon(() -> echoUntilEof(s));
                }
                catch (final IOException e)
                {
                    return;
                }
            }
        });
    }

    int port()
    {
        return socket.getLocalPort();
    }

    private static void daemon(final Runnable body)
    {
        final Thread t = new Thread(body, "loopback-echo");
        t.setDaemon(true);
        t.start();
    }

    private static void echoUntilEof(final Socket s)
    {
        try (s)
        {
            s.getInputStream().transferTo(s.getOutputStream());
        }
        catch (final IOException e)
        {
            // The client went away.
        }
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
