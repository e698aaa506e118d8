package io.sluice.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChannelFdsTest
{
    @Test
    void shouldUseAddOpensStrategyUnderSurefire()
    {
        assertEquals("add-opens", ChannelFds.strategy());
        assertTrue(ChannelFds.isAvailable());
        assertNull(ChannelFds.unavailableReason());
    }

    @Test
    void shouldReturnSocketFdsForServerAndClientChannels() throws IOException
    {
        try (ServerSocketChannel server = ServerSocketChannel.open())
        {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress());
                 SocketChannel accepted = server.accept())
            {
                int serverFd = ChannelFds.fdOf(server);
                int clientFd = ChannelFds.fdOf(client);
                int acceptedFd = ChannelFds.fdOf(accepted);
                assertTrue(serverFd > 2, "fd " + serverFd);
                assertNotEquals(serverFd, clientFd);
                assertNotEquals(clientFd, acceptedFd);
                for (int fd : new int[] {serverFd, clientFd, acceptedFd})
                {
                    String link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
                    assertTrue(link.startsWith("socket:"), "fd " + fd + " -> " + link);
                }
            }
        }
    }

    @Test
    void shouldRejectClosedChannel() throws IOException
    {
        SocketChannel ch = SocketChannel.open();
        ch.close();
        assertThrows(IllegalArgumentException.class, () -> ChannelFds.fdOf(ch));
    }
}
