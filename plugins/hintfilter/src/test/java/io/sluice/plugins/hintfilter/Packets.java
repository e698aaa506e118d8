package io.sluice.plugins.hintfilter;

import io.sluice.api.FilterContext;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.SessionContext;
import io.sluice.api.config.Params;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Test packets, queries, replies and contexts, as the protocol and the core give them to a filter. */
final class Packets
{
    private Packets()
    {
    }

    /**
     * A client packet: 4 header bytes, the command byte, the text; in a direct buffer, at position 3,
     * with a hint comment after its limit that must not count.
     */
    static ByteBuffer packet(final int command, final String text)
    {
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        final byte[] after = " # maxscale route to master".getBytes(StandardCharsets.US_ASCII);
        final ByteBuffer b = ByteBuffer.allocateDirect(3 + 5 + bytes.length + after.length);
        final int length = bytes.length + 1;
        b.position(3);
        b.put((byte)length).put((byte)(length >> 8)).put((byte)(length >> 16)).put((byte)0).put((byte)command)
            .put(bytes).put(after);
        b.limit(3 + 5 + bytes.length).position(3);
        return b;
    }

    /** A binary protocol command naming a statement: the id's 4 bytes are the text. */
    static ByteBuffer statementPacket(final int command, final long statementId)
    {
        final ByteBuffer b = ByteBuffer.allocateDirect(9);
        b.put(0, (byte)5).put(3, (byte)0).put(4, (byte)command).putInt(5, Integer.reverseBytes((int)statementId));
        return b;
    }

    /** What the protocol says about a packet. */
    static final class TestQuery implements Query
    {
        int command;
        boolean continuation;
        boolean loadData;
        long statementId = NO_STATEMENT;
        boolean expectsResponse = true;

        TestQuery command(final int commandByte, final long statement)
        {
            command = commandByte;
            statementId = statement;
            continuation = false;
            loadData = false;
            expectsResponse = commandByte != HintSession.COM_STMT_CLOSE;
            return this;
        }

        TestQuery data(final boolean isContinuation, final boolean isLoadData)
        {
            command = NO_COMMAND;
            statementId = NO_STATEMENT;
            continuation = isContinuation;
            loadData = isLoadData;
            expectsResponse = false;
            return this;
        }

        @Override
        public int command()
        {
            return command;
        }

        @Override
        public boolean isContinuation()
        {
            return continuation;
        }

        @Override
        public boolean isLoadData()
        {
            return loadData;
        }

        @Override
        public long statementId()
        {
            return statementId;
        }

        @Override
        public boolean expectsResponse()
        {
            return expectsResponse;
        }
    }

    /** A complete reply to command, an error or not. */
    static Reply reply(final int command, final boolean error)
    {
        return (Reply)Proxy.newProxyInstance(Packets.class.getClassLoader(), new Class<?>[] {Reply.class},
            (proxy, method, args) -> switch (method.getName())
            {
                case "command" -> command;
                case "isComplete" -> true;
                case "isError" -> error;
                case "toString" -> "reply to " + command + (error ? " (error)" : "");
                default -> throw new UnsupportedOperationException(method.getName());
            });
    }

    static SessionContext session(final long id)
    {
        return (SessionContext)Proxy.newProxyInstance(Packets.class.getClassLoader(),
            new Class<?>[] {SessionContext.class}, (proxy, method, args) -> switch (method.getName())
            {
                case "id" -> id;
                case "toString" -> "session " + id;
                default -> throw new UnsupportedOperationException(method.getName());
            });
    }

    static FilterContext context(final String name)
    {
        return new FilterContext()
        {
            @Override
            public String name()
            {
                return name;
            }

            @Override
            public Params params()
            {
                throw new UnsupportedOperationException();
            }

            @Override
            public Params globalParams()
            {
                throw new UnsupportedOperationException();
            }
        };
    }
}
