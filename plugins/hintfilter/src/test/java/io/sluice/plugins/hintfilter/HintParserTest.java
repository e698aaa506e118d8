package io.sluice.plugins.hintfilter;

import io.sluice.api.RoutingHint;
import io.sluice.api.RoutingHint.Route;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What the parser makes of statements' comments: every syntax form, with the values it parses. */
class HintParserTest
{
    private final HintParser parser = new HintParser(new HintCache());
    private ByteBuffer last;

    private RoutingHint parse(final String sql)
    {
        final byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        // a packet: 4 header bytes and the command byte before the text, as the session passes it
        last = ByteBuffer.allocateDirect(bytes.length + 5);
        last.put(5, bytes);
        return parser.parse(last, 5, 5 + bytes.length);
    }

    private static void assertHint(final Route route, final String server, final long lagSec, final RoutingHint hint)
    {
        assertEquals(new RoutingHint(route, server, lagSec), hint);
    }

    private void assertRoute(final Route route, final String sql)
    {
        assertEquals(RoutingHint.route(route), parse(sql), sql);
        assertEquals(0, parser.malformedCount(), sql);
    }

    private void assertServer(final String server, final String sql)
    {
        assertHint(Route.SERVER, server, RoutingHint.NO_LAG_LIMIT, parse(sql));
        assertEquals(0, parser.malformedCount(), sql);
    }

    private void assertMalformed(final String sql, final String text)
    {
        assertNull(parse(sql), sql);
        assertEquals(1, parser.malformedCount(), sql);
        assertEquals(text, parser.malformedText(last), sql);
    }

    private void assertNoHint(final String sql)
    {
        assertNull(parse(sql), sql);
        assertEquals(0, parser.malformedCount(), sql);
    }

    @Test
    void shouldReadEachRouteInEachCommentForm()
    {
        for (final String form : new String[] {"SELECT 1 -- %s", "SELECT 1 #%s", "SELECT 1 # %s", "SELECT 1 /* %s */",
            "SELECT 1 /*%s*/", "-- %s\nSELECT 1", "/* %s */ SELECT 1", "SELECT /* %s */ 1"})
        {
            assertRoute(Route.MASTER, form.formatted("maxscale route to master"));
            assertRoute(Route.SLAVE, form.formatted("maxscale route to slave"));
            assertRoute(Route.LAST, form.formatted("maxscale route to last"));
            assertServer("db2", form.formatted("maxscale route to server db2"));
        }
    }

    @Test
    void shouldKeepTheServerNameAsWritten()
    {
        assertServer("Server-One_2", "SELECT 1 -- maxscale route to server Server-One_2");
        assertServer("sérveur", "SELECT 1 /* maxscale route to server sérveur */");
        assertServer("db3", "SELECT 1 /*\tmaxscale\n route  to\r\nserver\tdb3\n*/");
    }

    @Test
    void shouldReadKeywordsInAnyCase()
    {
        assertRoute(Route.MASTER, "SELECT 1 -- MaxScale ROUTE TO Master");
        assertRoute(Route.SLAVE, "SELECT 1 # MAXSCALE Route To SLAVE");
        assertServer("DB2", "SELECT 1 /* MAXSCALE ROUTE TO SERVER DB2 */");
        assertHint(Route.NONE, "", 4, parse("SELECT 1 -- MAXSCALE MAX_SLAVE_REPLICATION_LAG=4"));
    }

    @Test
    void shouldReadTheReplicationLagLimit()
    {
        assertHint(Route.NONE, "", 10, parse("SELECT 1 -- maxscale max_slave_replication_lag=10"));
        assertHint(Route.NONE, "", 5, parse("SELECT 1 /* maxscale max_replication_lag = 5 */"));
        assertHint(Route.NONE, "", 7, parse("SELECT 1 # maxscale max_slave_replication_lag= 7"));
        assertHint(Route.NONE, "", 999_999_999_999_999_999L,
            parse("SELECT 1 -- maxscale max_slave_replication_lag=999999999999999999"));
        assertEquals(0, parser.malformedCount());
        assertSame(parse("SELECT 1 -- maxscale max_slave_replication_lag=10"),
            parse("SELECT 2 /* maxscale max_replication_lag=10 */"), "one instance per distinct hint");
    }

    @Test
    void shouldGiveTheSameInstanceForTheSameHint()
    {
        final RoutingHint db2 = parse("SELECT 1 -- maxscale route to server db2");
        assertSame(db2, parse("SELECT 2 /* maxscale route to server db2 */"));
        assertSame(HintCache.MASTER, parse("SELECT 1 -- maxscale route to master"));
        final RoutingHint both = parse("SELECT 1 /* maxscale route to slave */ -- maxscale max_replication_lag=3");
        assertHint(Route.SLAVE, "", 3, both);
        assertSame(both, parse("/* maxscale max_slave_replication_lag=3 */ SELECT 1 -- maxscale route to slave"));
    }

    @Test
    void shouldIgnoreOtherCommentsAndHintsInQuotes()
    {
        assertNoHint("SELECT 1");
        assertNoHint("SELECT 1 -- a comment about maxscale route to master");
        assertNoHint("SELECT '-- maxscale route to master'");
        assertNoHint("SELECT \"/* maxscale route to master */\"");
        assertNoHint("SELECT `# maxscale route to master` FROM t");
        assertNoHint("SELECT 'it\\'s -- maxscale route to master'");
        assertNoHint("SELECT 'it''s -- maxscale route to master'");
        assertNoHint("SELECT 1 --maxscale route to master");
        assertNoHint("SELECT 1 -- maxscaleroute to master");
        assertNoHint("#/* maxscale route to slave */ SELECT 1");
        assertNoHint("-- /* maxscale route to slave */ SELECT 1");
        assertNoHint("-- # maxscale route to slave */ SELECT 1");
        assertNoHint("#-- maxscale route to slave */ SELECT 1");
        // the extra asterisk is part of the comment: MaxScale ignores it too ("bug compatibility" with 2.3)
        assertNoHint("/**maxscale route to slave*/ SELECT 1");
        assertRoute(Route.MASTER, "SELECT '-- maxscale route to slave' -- maxscale route to master");
        assertRoute(Route.SLAVE, "SELECT 1 /* comment before hint */ /* maxscale route to slave */");
        assertRoute(Route.SLAVE, "#maxscale route to slave \n#comment after hint\nSELECT 1");
    }

    @Test
    void shouldIgnoreMalformedHintsAndTellTheirText()
    {
        assertMalformed("/* maxscale route to slave server */ SELECT 1", "maxscale route to slave server");
        assertMalformed("/* maxscale route to something */ SELECT 1", "maxscale route to something");
        assertMalformed("/* maxscale route master */ SELECT 1", "maxscale route master");
        assertMalformed("/* maxscale route slave */ SELECT 1", "maxscale route slave");
        assertMalformed("/* maxscale route to slave \n# comment inside comment\n */ SELECT 1",
            "maxscale route to slave  # comment inside comment"); // as one log line
        assertMalformed("/* maxscale route to slave -- */ SELECT 1", "maxscale route to slave --");
        assertMalformed("/* maxscale route to slave # */ SELECT 1", "maxscale route to slave #");
        assertMalformed("SELECT 1 -- maxscale route to server", "maxscale route to server");
        assertMalformed("SELECT 1 -- maxscale route to server master", "maxscale route to server master");
        assertMalformed("SELECT 1 -- maxscale", "maxscale");
        assertMalformed("SELECT 1 -- maxscale route", "maxscale route");
        assertMalformed("SELECT 1 -- maxscale to master", "maxscale to master");
        assertMalformed("SELECT 1 -- maxscale =1", "maxscale =1");
        assertMalformed("SELECT 1 -- maxscale prepare route to master", "maxscale prepare route to master");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=", "maxscale max_slave_replication_lag=");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=ten", "maxscale max_slave_replication_lag=ten");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=0", "maxscale max_slave_replication_lag=0");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=-1", "maxscale max_slave_replication_lag=-1");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=10s", "maxscale max_slave_replication_lag=10s");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=1234567890123456789",
            "maxscale max_slave_replication_lag=1234567890123456789");
        assertMalformed("SELECT 1 -- maxscale max_slave_replication_lag=1 2", "maxscale max_slave_replication_lag=1 2");
        assertMalformed("SELECT 1 -- maxscale some_parameter=1", "maxscale some_parameter=1");
        assertMalformed("SELECT 1 -- maxscale begin", "maxscale begin");
        assertMalformed("SELECT 1 -- maxscale begin route to nowhere", "maxscale begin route to nowhere");
        assertMalformed("SELECT 1 -- maxscale nobody begin", "maxscale nobody begin");
        assertMalformed("SELECT 1 -- maxscale h1 end", "maxscale h1 end");
        assertMalformed("SELECT 1 -- maxscale h1 prepare", "maxscale h1 prepare");
        assertMalformed("SELECT 1 -- maxscale h1 prepare route to master now",
            "maxscale h1 prepare route to master now");
        assertMalformed("SELECT 1 -- maxscale h1", "maxscale h1");
        assertMalformed("SELECT 1 # MaxScale Route To Mars", "MaxScale Route To Mars");
        assertMalformed("SELECT 1 -- maxscale begin x=1 2", "maxscale begin x=1 2");
        final String longName = "x".repeat(300);
        assertMalformed("SELECT 1 /* maxscale route to server " + longName + " now */",
            ("maxscale route to server " + longName).substring(0, HintParser.MAX_LOGGED_CHARS) + "...");
        assertEquals(0, parser.stackDepth(), "nothing malformed was pushed");
        assertNull(parser.named("h1"), "nothing malformed was defined");
    }

    @Test
    void shouldCountEveryMalformedHintOfAStatementAndTellTheFirst()
    {
        assertMalformed("SELECT 0 -- maxscale oops", "maxscale oops");
        assertNoHint("SELECT 1"); // each statement has its own count
        assertEquals(RoutingHint.route(Route.SLAVE),
            parse("/* maxscale route to nowhere */ SELECT /* maxscale route to slave */ 1 -- maxscale whatever"));
        assertEquals(2, parser.malformedCount());
        assertEquals("maxscale route to nowhere", parser.malformedText(last));
    }

    @Test
    void shouldCombineSeveralHintsAsMaxScalesReadWriteSplitReadsThem()
    {
        // route to master wins at once
        assertRoute(Route.MASTER, "SELECT /* maxscale route to slave */ 1 /* maxscale route to master */");
        assertRoute(Route.MASTER, "SELECT /* maxscale route to master */ 1 /* maxscale route to slave */");
        assertRoute(Route.MASTER, "-- maxscale route to slave\nSELECT 1;\n-- maxscale route to master");
        // else the last route counts
        assertRoute(Route.LAST, "SELECT /* maxscale route to slave */ 1 /* maxscale route to last */");
        assertRoute(Route.SLAVE, "SELECT /* maxscale route to server db2 */ 1 /* maxscale route to slave */");
        assertServer("db3", "SELECT /* maxscale route to slave */ 1 /* maxscale route to server db3 */");
        // but of two servers the first is tried first
        assertServer("db2", "SELECT /* maxscale route to server db2 */ 1 /* maxscale route to server db3 */");
        // a lag limit goes with the route; the first one counts; route to master needs none
        assertHint(Route.SERVER, "db2", 5,
            parse("SELECT 1 /* maxscale route to server db2 */ -- maxscale max_slave_replication_lag=5"));
        assertHint(Route.SLAVE, "", 5, parse("/* maxscale max_replication_lag=5 */ /* maxscale route to slave */ "
            + "/* maxscale max_replication_lag=9 */ SELECT 1"));
        assertRoute(Route.MASTER, "SELECT 1 /* maxscale route to master */ -- maxscale max_slave_replication_lag=5");
        // a malformed hint next to a good one does not spoil it
        assertHint(Route.NONE, "", 2, parse("/* maxscale max_slave_replication_lag=2 */ SELECT 1 -- maxscale x=1"));
        assertEquals(1, parser.malformedCount());
    }

    @Test
    void shouldPushAndPopAnonymousHints()
    {
        assertServer("db3", "SELECT 1 -- maxscale begin route to server db3");
        assertEquals(1, parser.stackDepth());
        assertServer("db3", "SELECT 2");
        assertRoute(Route.MASTER, "SELECT 3 -- maxscale route to master"); // its own hint first
        assertRoute(Route.SLAVE, "SELECT 4 /* maxscale start route to slave */"); // start = begin
        assertEquals(2, parser.stackDepth());
        assertRoute(Route.SLAVE, "SELECT 5");
        assertServer("db3", "SELECT 6 -- maxscale end"); // the hint below applies again, to this one too
        assertEquals(1, parser.stackDepth());
        assertHint(Route.NONE, "", 8, parse("SELECT 7 -- maxscale begin max_slave_replication_lag=8"));
        assertNoHint("SELECT 8 -- maxscale stop\n-- MAXSCALE END"); // stop = end, two comments, two pops
        assertEquals(0, parser.stackDepth());
        assertNoHint("SELECT 9 -- maxscale end"); // an empty stack: nothing to do, as in MaxScale
        assertEquals(0, parser.stackDepth());
    }

    @Test
    void shouldDefineAndActivateNamedHints()
    {
        assertNoHint("SELECT 1 -- maxscale reads prepare route to server db2");
        assertEquals(RoutingHint.server("db2"), parser.named("reads"));
        assertEquals(0, parser.stackDepth(), "prepare only defines");
        assertServer("db2", "SELECT 2 -- maxscale reads begin");
        assertServer("db2", "SELECT 3");
        assertRoute(Route.LAST, "SELECT 4 /* maxscale sticky begin route to last */"); // defines and pushes
        assertEquals(RoutingHint.route(Route.LAST), parser.named("sticky"));
        assertEquals(2, parser.stackDepth());
        assertServer("db2", "SELECT 5 -- maxscale end");
        assertNoHint("SELECT 6 -- maxscale end");
        assertRoute(Route.LAST, "SELECT 7 -- maxscale sticky start");
        assertRoute(Route.SLAVE, "SELECT 8 -- maxscale sticky begin route to slave"); // redefined and pushed
        assertEquals(RoutingHint.route(Route.SLAVE), parser.named("sticky"));
        assertEquals(2, parser.stackDepth());
        assertRoute(Route.SLAVE, "SELECT 9 -- maxscale reads prepare route to master"); // the stack's top
        assertEquals(RoutingHint.route(Route.MASTER), parser.named("reads"));
        // names keep their case: READS is unknown; a malformed hint leaves the statement to the stack's top
        assertEquals(RoutingHint.route(Route.SLAVE), parse("SELECT 10 -- maxscale READS begin"));
        assertEquals(1, parser.malformedCount());
        assertEquals("maxscale READS begin", parser.malformedText(last));
        assertEquals(2, parser.stackDepth());
    }

    @Test
    void shouldKeepTheStackPlaceOfAnIgnoredParameter()
    {
        assertServer("db1", "SELECT 1 -- maxscale begin route to server db1");
        assertMalformed("SELECT 2 -- maxscale begin optimistic=1", "maxscale begin optimistic=1");
        assertEquals(2, parser.stackDepth(), "pushed, as MaxScale pushes any parameter");
        assertNoHint("SELECT 3"); // it routes nothing
        assertServer("db1", "SELECT 4 -- maxscale end");
    }
}
