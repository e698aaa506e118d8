package io.sluice.core.session;

import io.sluice.api.Cancellable;
import io.sluice.api.Endpoint;
import io.sluice.api.Filter;
import io.sluice.api.FilterSession;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.Router;
import io.sluice.api.RouterSession;
import io.sluice.api.SessionContext;
import io.sluice.api.SessionHistory;
import io.sluice.api.Target;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The order of stages in a filter chain, the Reply carried up with the router's writes, and closing. */
class FilterChainTest
{
    private final List<String> trace = new ArrayList<>();
    private final List<String> toClient = new ArrayList<>();

    private static String text(final ByteBuffer data)
    {
        final byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static ByteBuffer bytes(final String text)
    {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The core side: records what reaches the client. */
    private final SessionContext session = new SessionContext()
    {
        @Override
        public long id()
        {
            return 7;
        }

        @Override
        public String serviceName()
        {
            return "svc";
        }

        @Override
        public List<Target> targets()
        {
            return List.of();
        }

        @Override
        public Endpoint connect(final Target target)
        {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Endpoint> endpoints()
        {
            return List.of();
        }

        @Override
        public void writeToClient(final ByteBuffer data, final Endpoint from, final Reply reply)
        {
            toClient.add(text(data));
        }

        @Override
        public void writeErrorToClient(final int code, final String sqlState, final String message)
        {
            toClient.add("error " + code + " " + sqlState + " " + message);
        }

        @Override
        public SessionHistory history()
        {
            return SessionHistory.NONE;
        }

        @Override
        public void execute(final Runnable task)
        {
            task.run();
        }

        @Override
        public Cancellable schedule(final long delayMs, final Runnable task)
        {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdownClientOutputWhenFlushed()
        {
        }

        @Override
        public void close(final String reason)
        {
        }
    };

    /** Tags queries on the way down and replies on the way up with its name; "ping" is answered by filter b itself. */
    private Filter tagging(final String name)
    {
        return new Filter()
        {
            @Override
            public FilterSession newSession(final SessionContext s, final Downstream down, final Upstream up)
            {
                return new FilterSession()
                {
                    @Override
                    public void routeQuery(final ByteBuffer data, final Query query) throws IOException
                    {
                        final String q = text(data);
                        trace.add(name + " saw " + q + (query == COMMAND ? "" : " (another query!)"));
                        if (name.equals("b") && q.startsWith("ping"))
                        {
                            up.clientReply(null, bytes("pong from b"), Reply.UNKNOWN);
                            return;
                        }
                        down.routeQuery(bytes(q + "+" + name), query);
                    }

                    @Override
                    public void clientReply(final Endpoint from, final ByteBuffer data,
                            final Reply reply) throws IOException
                    {
                        trace.add(name + " reply " + (reply == Reply.UNKNOWN ? "unknown" : "known")
                            + (from == SERVER ? " from the server" : from == null ? " made here" : " from elsewhere"));
                        up.clientReply(from, bytes(text(data) + "+" + name), reply);
                    }

                    @Override
                    public void close()
                    {
                        trace.add(name + " closed");
                    }
                };
            }

            @Override
            public Map<String, Object> diagnostics()
            {
                return Map.of();
            }
        };
    }

    /** The query the client protocol hands over with a packet: every stage must pass the same one on. */
    private static final Query COMMAND = new Query()
    {
        @Override
        public int command()
        {
            return 3;
        }

        @Override
        public boolean isContinuation()
        {
            return false;
        }

        @Override
        public boolean isLoadData()
        {
            return false;
        }

        @Override
        public long statementId()
        {
            return NO_STATEMENT;
        }

        @Override
        public boolean expectsResponse()
        {
            return true;
        }
    };

    /** An endpoint the replies come from (the chain only passes it on). */
    private static final Endpoint SERVER = (Endpoint)java.lang.reflect.Proxy.newProxyInstance(
        Endpoint.class.getClassLoader(), new Class<?>[] {Endpoint.class},
        (proxy, method, args) -> method.getName().equals("toString") ? "server" : null);

    /** A Reply distinct from UNKNOWN (answers like it): what a protocol would hand over with a server's bytes. */
    private final Reply complete = (Reply)java.lang.reflect.Proxy.newProxyInstance(Reply.class.getClassLoader(),
        new Class<?>[] {Reply.class}, (proxy, method, args) -> method.invoke(Reply.UNKNOWN, args));

    /** Echoes each query back as its reply, writing it to the client. */
    private final Router echo = new Router()
    {
        @Override
        public RouterSession newSession(final SessionContext s)
        {
            return new RouterSession()
            {
                @Override
                public void routeQuery(final ByteBuffer data, final Query query) throws IOException
                {
                    final String q = text(data);
                    trace.add("router saw " + q + (query == COMMAND ? "" : " (another query!)"));
                    s.writeToClient(bytes("echo " + q), null, Reply.UNKNOWN); // a reply the router makes itself
                }

                @Override
                public void clientReply(final Endpoint from, final ByteBuffer data,
                        final Reply reply) throws IOException
                {
                    s.writeToClient(data, from, reply);
                }

                @Override
                public boolean handleError(final Endpoint from, final IOException cause)
                {
                    return false;
                }

                @Override
                public void close()
                {
                    trace.add("router closed");
                }
            };
        }

        @Override
        public Map<String, Object> diagnostics()
        {
            return Map.of();
        }
    };

    @Test
    void shouldReturnTheRouterSessionItselfWithoutFilters() throws IOException
    {
        final RouterSession plain = FilterChain.open(List.of(), echo, session);
        plain.routeQuery(bytes("q"), COMMAND);

        assertEquals(List.of("echo q"), toClient);
        assertEquals(false, plain instanceof FilterChain);
    }

    @Test
    void shouldPassQueriesDownInOrderAndRepliesUpInReverseOrderWithTheirReply() throws IOException
    {
        final RouterSession chain = FilterChain.open(List.of(tagging("a"), tagging("b")), echo, session);

        chain.routeQuery(bytes("select 1"), COMMAND);
        // A server's reply arriving through the chain: the router names its endpoint and Reply with its write.
        chain.clientReply(SERVER, bytes("row"), complete);

        assertEquals(List.of("a saw select 1", "b saw select 1+a", "router saw select 1+a+b",
            "b reply unknown made here", "a reply unknown made here",
            "b reply known from the server", "a reply known from the server"), trace);
        assertEquals(List.of("echo select 1+a+b+b+a", "row+b+a"), toClient);
    }

    @Test
    void shouldLetAFilterAnswerAQueryItself() throws IOException
    {
        final RouterSession chain = FilterChain.open(List.of(tagging("a"), tagging("b")), echo, session);

        chain.routeQuery(bytes("ping"), COMMAND);

        assertEquals(List.of("a saw ping", "b saw ping+a", "a reply unknown made here"), trace);
        assertEquals(List.of("pong from b+a"), toClient);
    }

    @Test
    void shouldCloseTheRouterThenEveryFilterAndCloseWhatWasOpenedWhenTheRouterRefuses() throws IOException
    {
        final RouterSession chain = FilterChain.open(List.of(tagging("a"), tagging("b")), echo, session);
        chain.close();
        assertEquals(List.of("router closed", "a closed", "b closed"), trace);

        trace.clear();
        final Router refusing = new Router()
        {
            @Override
            public RouterSession newSession(final SessionContext s) throws IOException
            {
                throw new IOException("no server with role master is available");
            }

            @Override
            public Map<String, Object> diagnostics()
            {
                return Map.of();
            }
        };
        final IOException e = assertThrows(IOException.class,
            () -> FilterChain.open(List.of(tagging("a"), tagging("b")), refusing, session));
        assertEquals("no server with role master is available", e.getMessage());
        assertEquals(List.of("a closed", "b closed"), trace);
    }

    @Test
    void shouldKeepTheSameChainObjectForTheSession() throws IOException
    {
        final RouterSession chain = FilterChain.open(List.of(tagging("a")), echo, session);
        assertSame(FilterChain.class, chain.getClass());
    }
}
