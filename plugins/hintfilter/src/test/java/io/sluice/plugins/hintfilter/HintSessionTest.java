package io.sluice.plugins.hintfilter;

import io.sluice.api.FilterSession;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.RoutingHint;
import io.sluice.api.RoutingHint.Route;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.sluice.plugins.hintfilter.HintSession.COM_CHANGE_USER;
import static io.sluice.plugins.hintfilter.HintSession.COM_QUERY;
import static io.sluice.plugins.hintfilter.HintSession.COM_RESET_CONNECTION;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_BULK_EXECUTE;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_CLOSE;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_EXECUTE;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_FETCH;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_PREPARE;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_RESET;
import static io.sluice.plugins.hintfilter.HintSession.COM_STMT_SEND_LONG_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A filter session between a fake protocol and a fake router: what goes down, with which hint. */
class HintSessionTest
{
    private static final int COM_INIT_DB = 0x02;

    /** What the next stage saw of one packet, during the call. */
    private record Seen(Query query, RoutingHint hint, int command, long statementId, boolean expectsResponse,
        int position, int limit)
    {
    }

    private final HintFilter filter = new HintFilter(Packets.context("Hint"));
    private final List<Seen> down = new ArrayList<>();
    private final List<Reply> up = new ArrayList<>();
    private final FilterSession session = newSession(7);
    private final Packets.TestQuery query = new Packets.TestQuery();

    private FilterSession newSession(final long id)
    {
        return filter.newSession(Packets.session(id), (data, q) -> down.add(new Seen(q, q.hint(), q.command(),
            q.statementId(), q.expectsResponse(), data.position(), data.limit())),
            (from, data, reply) -> up.add(reply));
    }

    /** Routes a COM_QUERY; returns what went down. */
    private Seen query(final String sql) throws Exception
    {
        final ByteBuffer packet = Packets.packet(COM_QUERY, sql);
        session.routeQuery(packet, query.command(COM_QUERY, Query.NO_STATEMENT));
        assertEquals(3, packet.position(), "the packet is passed on as it came");
        return down.get(down.size() - 1);
    }

    private Seen prepare(final long id, final String sql) throws Exception
    {
        session.routeQuery(Packets.packet(COM_STMT_PREPARE, sql), query.command(COM_STMT_PREPARE, id));
        return down.get(down.size() - 1);
    }

    private Seen statement(final int command, final long id) throws Exception
    {
        session.routeQuery(Packets.statementPacket(command, id), query.command(command, id));
        return down.get(down.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private long hinted(final String route)
    {
        return (Long)((Map<String, Object>)filter.diagnostics().get("hinted_queries")).get(route);
    }

    @Test
    void shouldPassAnUnhintedQueryAsItCame() throws Exception
    {
        final Seen seen = query("SELECT 1 -- a comment");
        assertSame(query, seen.query(), "the protocol's own query");
        assertNull(seen.hint());
        assertEquals(3, seen.position());
        assertEquals(3 + 5 + "SELECT 1 -- a comment".length(), seen.limit(), "the hint after the limit is not read");
        assertEquals(0, hinted("master"));
    }

    @Test
    void shouldWrapAHintedQueryAndDelegateTheRest() throws Exception
    {
        final Seen seen = query("SELECT @@server_id -- maxscale route to server db2");
        assertEquals(RoutingHint.server("db2"), seen.hint());
        assertEquals(COM_QUERY, seen.command());
        assertEquals(Query.NO_STATEMENT, seen.statementId());
        assertTrue(seen.expectsResponse());
        assertEquals(3, seen.position());
        assertFalse(seen.query() == query, "a wrapper");
        assertTrue(seen.query().toString().contains("hint RoutingHint[route=SERVER, serverName=db2"),
            seen.query().toString());

        final Seen again = query("SELECT 2 /* maxscale route to master */");
        assertSame(seen.query(), again.query(), "one wrapper per session");
        assertSame(HintCache.MASTER, again.hint());
        assertNull(query("SELECT 3").hint());
        assertEquals(1, hinted("server"));
        assertEquals(1, hinted("master"));
    }

    @Test
    void shouldPassContinuationsLoadDataAndOtherCommandsUntouched() throws Exception
    {
        final ByteBuffer text = Packets.packet(COM_QUERY, "x -- maxscale route to master");
        session.routeQuery(text, query.data(true, false));
        assertSame(query, down.get(0).query());
        assertNull(down.get(0).hint());
        session.routeQuery(text, query.data(false, true));
        assertSame(query, down.get(1).query());
        assertNull(down.get(1).hint());
        session.routeQuery(Packets.packet(COM_INIT_DB, "db -- maxscale route to master"),
            query.command(COM_INIT_DB, Query.NO_STATEMENT));
        assertNull(down.get(2).hint());
        session.routeQuery(Packets.packet(COM_QUERY, ""), query.command(COM_QUERY, Query.NO_STATEMENT));
        assertNull(down.get(3).hint(), "an empty statement");
        assertEquals(0, hinted("master"));
    }

    @Test
    void shouldGiveAPreparedStatementsHintToItsCommandsNotToThePrepare() throws Exception
    {
        final Seen prepare = prepare(1, "SELECT ? -- maxscale route to server db3");
        assertNull(prepare.hint(), "the prepare is routed normally, as MaxScale does");
        assertSame(query, prepare.query());
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, false));
        assertEquals(1, up.size(), "the reply goes up");
        assertNull(prepare(2, "SELECT 2").hint());

        for (final int command : new int[] {COM_STMT_EXECUTE, COM_STMT_SEND_LONG_DATA, COM_STMT_FETCH, COM_STMT_RESET,
            COM_STMT_BULK_EXECUTE})
        {
            final Seen seen = statement(command, 1);
            assertEquals(RoutingHint.server("db3"), seen.hint(), "command " + command);
            assertEquals(1, seen.statementId());
            assertEquals(command, seen.command());
        }
        assertNull(statement(COM_STMT_EXECUTE, 2).hint(), "another statement");
        assertEquals(5, hinted("server"));
        assertEquals(1L, filter.diagnostics().get("hinted_prepares"));

        assertNull(statement(COM_STMT_CLOSE, 1).hint());
        assertNull(statement(COM_STMT_EXECUTE, 1).hint(), "closed: forgotten");
    }

    @Test
    void shouldForgetTheHintOfAFailedPrepare() throws Exception
    {
        prepare(4, "SELECT nonsense FROM nowhere -- maxscale route to master");
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, true));
        assertNull(statement(COM_STMT_EXECUTE, 4).hint());

        prepare(5, "SELECT 5 -- maxscale route to master");
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_QUERY, true)); // not the prepare's
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, false));
        assertSame(HintCache.MASTER, statement(COM_STMT_EXECUTE, 5).hint());
        assertEquals(3, up.size(), "every reply goes up");
    }

    @Test
    void shouldKeepHintsWhenPipelinedPreparesLeaveItUnclearWhichFailed() throws Exception
    {
        prepare(1, "SELECT 1 -- maxscale route to slave");
        prepare(2, "SELECT 2 -- maxscale route to last");
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, true));
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, false));
        assertEquals(RoutingHint.route(Route.SLAVE), statement(COM_STMT_EXECUTE, 1).hint());
        assertEquals(RoutingHint.route(Route.LAST), statement(COM_STMT_EXECUTE, 2).hint());
        // with one prepare awaiting its answer again, a failure is its own
        prepare(3, "SELECT 3 -- maxscale route to slave");
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, true));
        assertNull(statement(COM_STMT_EXECUTE, 3).hint());
    }

    @Test
    void shouldTrackManyPreparesAwaitingTheirAnswers() throws Exception
    {
        for (int id = 1; id <= 20; id++)
        {
            prepare(id, "SELECT ? -- maxscale route to server db" + id);
        }
        for (int id = 1; id <= 20; id++)
        {
            session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, false));
        }
        prepare(21, "SELECT ? -- maxscale route to server db21");
        session.clientReply(null, ByteBuffer.allocate(0), Packets.reply(COM_STMT_PREPARE, true));
        for (int id = 1; id <= 20; id++)
        {
            assertEquals(RoutingHint.server("db" + id), statement(COM_STMT_EXECUTE, id).hint());
        }
        assertNull(statement(COM_STMT_EXECUTE, 21).hint(), "the only one awaiting: its failure is known");
    }

    @Test
    void shouldForgetStatementHintsWhenTheConnectionIsReset() throws Exception
    {
        for (final int reset : new int[] {COM_RESET_CONNECTION, COM_CHANGE_USER})
        {
            prepare(reset, "SELECT 1 -- maxscale route to master");
            assertSame(HintCache.MASTER, statement(COM_STMT_EXECUTE, reset).hint());
            session.routeQuery(Packets.packet(reset, ""), query.command(reset, Query.NO_STATEMENT));
            assertNull(statement(COM_STMT_EXECUTE, reset).hint());
        }
    }

    @Test
    void shouldApplyAStackedHintToPreparesAsMaxScaleDoes() throws Exception
    {
        assertEquals(RoutingHint.route(Route.SLAVE), query("SELECT 1 -- maxscale begin route to slave").hint());
        assertNull(prepare(9, "SELECT ?").hint());
        assertEquals(RoutingHint.route(Route.SLAVE), statement(COM_STMT_EXECUTE, 9).hint());
        assertNull(query("SELECT 2 -- maxscale end").hint());
    }

    @Test
    void shouldCountHintsByRouteAndMalformedHintsAndWarnOncePerSession() throws Exception
    {
        final PrintStream original = System.err;
        final ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try
        {
            query("SELECT 1 -- maxscale route to slave");
            query("SELECT 1 -- maxscale route to last");
            query("SELECT 1 -- maxscale max_slave_replication_lag=30");
            query("SELECT 1 -- maxscale route to slave\n-- maxscale max_slave_replication_lag=30");
            final Seen bad = query("SELECT 1 -- maxscale route to nowhere");
            assertSame(query, bad.query(), "a malformed hint is ignored: the query goes down as it came");
            query("SELECT 1 /* maxscale route to mars */ -- maxscale route to venus");
            newSession(8).routeQuery(Packets.packet(COM_QUERY, "SELECT 1 # maxscale route slave"),
                new Packets.TestQuery().command(COM_QUERY, Query.NO_STATEMENT));
            assertNull(down.get(down.size() - 1).hint());
        }
        finally
        {
            System.setErr(original);
        }
        assertEquals(2, hinted("slave"));
        assertEquals(1, hinted("last"));
        assertEquals(1, hinted("none"));
        assertEquals(0, hinted("master"));
        final Map<String, Object> diagnostics = filter.diagnostics();
        assertEquals(2L, diagnostics.get("lag_limited_queries"));
        assertEquals(4L, diagnostics.get("malformed_hints"));
        final List<String> warnings = log.toString(StandardCharsets.UTF_8).lines()
            .filter(l -> l.contains("malformed hint ignored")).toList();
        assertEquals(List.of("filter Hint: session 7: malformed hint ignored (logged once per session): "
                + "maxscale route to nowhere",
            "filter Hint: session 8: malformed hint ignored (logged once per session): maxscale route slave"),
            warnings.stream().map(l -> l.substring(l.indexOf("filter Hint"))).toList());
        assertTrue(warnings.get(0).contains("WARN"), warnings.get(0));
    }
}
