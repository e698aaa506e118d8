package io.sluice.nativeio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A connected loopback TCP pair: {@code client} and the server side {@code accepted}. */
final class SocketPair implements AutoCloseable
{
    final SocketChannel client;
    final SocketChannel accepted;

    SocketPair() throws IOException
    {
        try (ServerSocketChannel server = ServerSocketChannel.open())
        {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            client = SocketChannel.open(server.getLocalAddress());
            accepted = server.accept();
        }
    }

    int clientFd()
    {
        return ChannelFds.fdOf(client);
    }

    int acceptedFd()
    {
        return ChannelFds.fdOf(accepted);
    }

    @Override
    public void close() throws IOException
    {
        client.close();
        accepted.close();
    }
}
