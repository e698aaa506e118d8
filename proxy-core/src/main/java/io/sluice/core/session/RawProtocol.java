package io.sluice.core.session;

import io.sluice.api.BackendContext;
import io.sluice.api.BackendProtocol;
import io.sluice.api.ClientContext;
import io.sluice.api.ClientProtocol;
import io.sluice.api.Protocol;
import io.sluice.api.Query;
import io.sluice.api.Reply;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * {@code protocol=raw}: bytes pass unchanged both ways, and routing starts as soon as the client
 * connects. Built into the core, for byte-level routers such as passthrough. Hot path: no allocation.
 */
public final class RawProtocol implements Protocol
{
    /** The name listeners use. */
    public static final String NAME = "raw";

    public static final RawProtocol INSTANCE = new RawProtocol();

    private RawProtocol()
    {
    }

    @Override
    public ClientProtocol newClient(final ClientContext context)
    {
        return new ClientProtocol()
        {
            @Override
            public void start() throws IOException
            {
                context.startRouting();
            }

            @Override
            public void onData(final ByteBuffer data) throws IOException
            {
                context.routeQuery(data, Query.UNKNOWN);
            }

            @Override
            public void writeToClient(final ByteBuffer data, final Reply reply) throws IOException
            {
                context.write(data);
            }

            /** Bytes are passed on as they come: nothing of the stream is kept here. */
            @Override
            public boolean isMovable()
            {
                return true;
            }
        };
    }

    @Override
    public BackendProtocol newBackend(final BackendContext context, final ClientProtocol client)
    {
        return new BackendProtocol()
        {
            @Override
            public void onData(final ByteBuffer data) throws IOException
            {
                context.reply(data, Reply.UNKNOWN);
            }

            @Override
            public void write(final ByteBuffer data, final Query query) throws IOException
            {
                context.writeToServer(data);
            }

            @Override
            public boolean isReady()
            {
                return true;
            }

            @Override
            public boolean isMovable()
            {
                return true;
            }
        };
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        return Map.of();
    }
}
