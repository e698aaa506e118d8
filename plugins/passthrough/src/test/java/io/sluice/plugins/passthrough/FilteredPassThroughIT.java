package io.sluice.plugins.passthrough;

import io.sluice.api.Query;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ApiVersion;
import io.sluice.api.Endpoint;
import io.sluice.api.Filter;
import io.sluice.api.FilterApi;
import io.sluice.api.FilterSession;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.api.Reply;
import io.sluice.api.SessionContext;
import io.sluice.core.poll.PollerKind;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.core.session.RoutedService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A filter chain on real sockets: two filters in front of the passthrough router and an echo
 * server. "flip" XORs every byte with 0x5A on the way down and again on the way up, so the echo
 * server sees altered bytes and the client gets its own back only if both directions pass the
 * filter; "count" counts the bytes each way.
 */
class FilteredPassThroughIT
{
    private final AtomicLong down = new AtomicLong();
    private final AtomicLong up = new AtomicLong();

    /** XORs [position, limit) in place (the buffers are the worker's; passing them on is allowed). */
    private static void flip(final ByteBuffer data)
    {
        for (int i = data.position(); i < data.limit(); i++)
        {
            data.put(i, (byte)(data.get(i) ^ 0x5A));
        }
    }

    private static ModuleInfo filterModule(final String name, final Filter filter)
    {
        return new ModuleInfo(name, ModuleType.FILTER, ApiVersion.CURRENT, "1.0.0", name, Set.of(), SectionSpec.EMPTY,
            Lifecycle.NONE, new FilterApi(context -> filter));
    }

    private final Filter flipFilter = new Filter()
    {
        @Override
        public FilterSession newSession(final SessionContext session, final Downstream next, final Upstream previous)
        {
            return new FilterSession()
            {
                @Override
                public void routeQuery(final ByteBuffer data, final Query query) throws IOException
                {
                    flip(data);
                    next.routeQuery(data, query);
                }

                @Override
                public void clientReply(final Endpoint from, final ByteBuffer data,
                        final Reply reply) throws IOException
                {
                    flip(data);
                    previous.clientReply(from, data, reply);
                }
            };
        }

        @Override
        public Map<String, Object> diagnostics()
        {
            return Map.of();
        }
    };

    private final Filter countFilter = new Filter()
    {
        @Override
        public FilterSession newSession(final SessionContext session, final Downstream next, final Upstream previous)
        {
            return new FilterSession()
            {
                @Override
                public void routeQuery(final ByteBuffer data, final Query query) throws IOException
                {
                    down.addAndGet(data.remaining());
                    next.routeQuery(data, query);
                }

                @Override
                public void clientReply(final Endpoint from, final ByteBuffer data,
                        final Reply reply) throws IOException
                {
                    up.addAndGet(data.remaining());
                    previous.clientReply(from, data, reply);
                }
            };
        }

        @Override
        public Map<String, Object> diagnostics()
        {
            return Map.of("down", down.get(), "up", up.get());
        }
    };

    @Test
    void shouldRunEveryByteThroughTheFiltersBothWays() throws Exception
    {
        final List<RoutedService.FilterBinding> chain = List.of(
            new RoutedService.FilterBinding("count", filterModule("count", countFilter), countFilter, ModuleUsage.NONE),
            new RoutedService.FilterBinding("flip", filterModule("flip", flipFilter), flipFilter, ModuleUsage.NONE));
        final byte[] sent = new byte[1 << 20];
        new Random(42).nextBytes(sent);
        final byte[] received = new byte[sent.length];
        try (PassThroughFixture fixture = new PassThroughFixture(PollerKind.AUTO, 2, 100_000_000L, chain);
             Socket client = new Socket(fixture.address().getAddress(), fixture.address().getPort()))
        {
            client.setSoTimeout(30_000);
            final OutputStream out = client.getOutputStream();
            final Thread writer = new Thread(() ->
            {
                try
                {
                    out.write(sent);
                    out.flush();
                }
                catch (final IOException e)
                {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            final InputStream in = client.getInputStream();
            int n = 0;
            while (n < received.length)
            {
                final int r = in.read(received, n, received.length - n);
                if (r < 0)
                {
                    break;
                }
                n += r;
            }
            writer.join(30_000);
            assertEquals(sent.length, n);
        }
        assertArrayEquals(sent, received, "flipped on the way down and back on the way up");
        assertEquals(sent.length, down.get());
        assertEquals(sent.length, up.get());
    }
}
