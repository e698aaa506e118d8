package io.sluice.protocol.mysql.reply;

import io.sluice.api.ReplyState;
import io.sluice.protocol.mysql.reply.Scans.Completion;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.ServerStatus;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.sluice.protocol.mysql.wire.Commands.COM_DEBUG;
import static io.sluice.protocol.mysql.wire.Commands.COM_FIELD_LIST;
import static io.sluice.protocol.mysql.wire.Commands.COM_INIT_DB;
import static io.sluice.protocol.mysql.wire.Commands.COM_PING;
import static io.sluice.protocol.mysql.wire.Commands.COM_QUERY;
import static io.sluice.protocol.mysql.wire.Commands.COM_RESET_CONNECTION;
import static io.sluice.protocol.mysql.wire.Commands.COM_SET_OPTION;
import static io.sluice.protocol.mysql.wire.Commands.COM_STATISTICS;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_CLOSE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_EXECUTE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_FETCH;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_PREPARE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_RESET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reply tracker on what a real MariaDB 11.4 server sends, with CLIENT_DEPRECATE_EOF off and
 * on: every response end must fall exactly where the server's next response begins (a COM_PING
 * sent right behind each command must answer there), with the right Reply values, and scanning
 * the whole conversation again in other fragmentations must agree. The server is the test
 * cluster's primary, shared with other test classes: this one works in its own database and
 * account ({@value #DATABASE}), dropped at the end.
 */
@ExtendWith(MariaDbClusterExtension.class)
class ReplyTrackerIT
{
    private static final int CURSOR_TYPE_READ_ONLY = 1;
    private static final int MYSQL_TYPE_LONGLONG = 8;
    static final String DATABASE = "reply_it";
    private static final String USER = "reply_it";
    private static final String PASSWORD = "Reply-Tracker-1";

    private static TestCluster cluster;
    private static ServerInfo server;

    static long capabilities(final boolean deprecateEof)
    {
        return Capabilities.LONG_FLAG | Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION
            | Capabilities.PLUGIN_AUTH | Capabilities.TRANSACTIONS | Capabilities.MULTI_STATEMENTS
            | Capabilities.MULTI_RESULTS | Capabilities.PS_MULTI_RESULTS | Capabilities.LOCAL_FILES
            | Capabilities.CONNECT_WITH_DB | Capabilities.SESSION_TRACK
            | (deprecateEof ? Capabilities.DEPRECATE_EOF : 0);
    }

    @BeforeAll
    static void startServer(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        server = cluster.primary();
        cluster.execute(server,
            "CREATE DATABASE IF NOT EXISTS " + DATABASE,
            "CREATE OR REPLACE USER '" + USER + "'@'%' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                + PASSWORD + "')",
            "GRANT ALL ON *.* TO '" + USER + "'@'%'");
        try (Conversation c = connect(true))
        {
            // Also what a shared test cluster would need; harmless when the server was started so.
            ok(c.query("SET GLOBAL local_infile = 1"));
            ok(c.query("SET GLOBAL max_allowed_packet = 64 * 1024 * 1024"));
            ok(c.query("CREATE OR REPLACE TABLE " + DATABASE
                + ".items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40), qty INT)"));
            ok(c.query("INSERT INTO " + DATABASE
                + ".items (name, qty) VALUES ('bolt', 10), ('nut', 20), ('washer', 30)"));
            ok(c.query("CREATE OR REPLACE PROCEDURE " + DATABASE + ".two_results() BEGIN SELECT 1 AS a; "
                + "SELECT seq, CONCAT('s', seq) FROM seq_1_to_2; END"));
        }
    }

    @AfterAll
    static void dropDatabase() throws Exception
    {
        if (cluster != null)
        {
            cluster.execute(server, "DROP DATABASE IF EXISTS " + DATABASE, "DROP USER IF EXISTS '" + USER + "'@'%'");
        }
    }

    private static Conversation connect(final boolean deprecateEof) throws IOException
    {
        final BlockingClient client = BlockingClient.connect(server.host(), server.port(), USER, PASSWORD, DATABASE,
            capabilities(deprecateEof));
        assertEquals(deprecateEof, Capabilities.has(client.capabilities(), Capabilities.DEPRECATE_EOF));
        return new Conversation(client);
    }

    private static Completion ok(final Completion c)
    {
        assertFalse(c.error(), () -> "unexpected error " + c.errorCode() + ": " + c.errorMessage());
        assertEquals(ReplyState.DONE, c.state());
        return c;
    }

    private static void assertError(final Completion c, final int code, final String sqlState)
    {
        assertTrue(c.error(), () -> "expected error " + code + ", got " + c);
        assertEquals(code, c.errorCode());
        assertEquals(sqlState, c.sqlState());
        assertFalse(c.errorMessage().isEmpty());
    }

    private static boolean has(final Completion c, final int status)
    {
        return (c.serverStatus() & status) != 0;
    }

    private static void finish(final Conversation c) throws IOException
    {
        c.assertQuiet();
        c.assertRescansAgree();
    }

    // ---------------------------------------------------------------------------------------

    /** The session state of the last query's response (the last completion is the COM_PING's after it). */
    private static String[] lastQueryState(final Conversation c)
    {
        return c.sessionStates().get(c.sessionStates().size() - 2);
    }

    /** Session tracking (CLIENT_SESSION_TRACK): each write's GTID and a changed schema come in the OK. */
    @Test
    void shouldReadLastGtidAndSchemaFromTheServersSessionState() throws Exception
    {
        try (Conversation c = connect(true))
        {
            ok(c.query("SET SESSION session_track_system_variables = 'last_gtid,autocommit'"));
            ok(c.query("CREATE OR REPLACE TABLE " + DATABASE + ".tracked (id INT)"));
            final String first = lastQueryState(c)[0];
            ok(c.query("INSERT INTO " + DATABASE + ".tracked VALUES (1)"));
            final String second = lastQueryState(c)[0];
            assertTrue(first != null && first.matches("0-1-\\d+"), "GTID of the CREATE on server 1: " + first);
            assertTrue(second != null && second.matches("0-1-\\d+"), "GTID of the INSERT: " + second);
            assertTrue(Long.parseLong(second.substring(4)) > Long.parseLong(first.substring(4)), first
                    + " then " + second);
            ok(c.query("DO 1"));
            assertEquals(null, lastQueryState(c)[0], "a statement that writes nothing reports no GTID");
            ok(c.query("USE test"));
            assertEquals("test", lastQueryState(c)[1]);
            ok(c.query("SET autocommit = 0"));
            assertEquals("OFF", lastQueryState(c)[2]);
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAHundredThousandRowSelect(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            final Completion select = ok(c.query("SELECT seq, CONCAT('row-', seq), seq * 2.5, NULL FROM "
                    + "seq_1_to_100000"));
            assertEquals(100_000, select.rows());
            assertTrue(has(select, ServerStatus.AUTOCOMMIT));
            assertFalse(has(select, ServerStatus.MORE_RESULTS_EXISTS));
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldFollowACallReturningTwoResultSets(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            final Completion call = ok(c.query("CALL " + DATABASE + ".two_results()"));
            assertEquals(3, call.rows());
            assertFalse(has(call, ServerStatus.MORE_RESULTS_EXISTS));
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldFollowMultiStatementQueries(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            ok(c.query("CREATE TEMPORARY TABLE m (id INT AUTO_INCREMENT PRIMARY KEY, v INT)"));
            final Completion multi = ok(c.query(
                "INSERT INTO m (v) VALUES (1), (2), (3); SELECT * FROM m; UPDATE m SET v = v + 1 WHERE id > 1"));
            assertEquals(3, multi.rows());
            assertEquals(2, multi.affectedRows());
            assertFalse(has(multi, ServerStatus.MORE_RESULTS_EXISTS));

            final Completion insert = ok(c.query("INSERT INTO m (v) VALUES (5), (6)"));
            assertEquals(2, insert.affectedRows());
            assertEquals(4, insert.lastInsertId());

            final Completion failed = c.query("SELECT 1; SELECT * FROM nonexistent; SELECT 2");
            assertError(failed, 1146, "42S02");
            assertEquals("Table '" + DATABASE + ".nonexistent' doesn't exist", failed.errorMessage());
            assertEquals(1, failed.rows());
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldFollowPreparedStatementsAndACursor(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            final Completion prepare = ok(c.command(COM_STMT_PREPARE,
                    sql("SELECT seq, ? FROM seq_1_to_100 WHERE seq > ?")));
            assertEquals(2, prepare.parameterCount());
            final long id = prepare.statementId();
            assertTrue(id > 0);

            // A cursor: the column definitions and an EOF (OK) with CURSOR_EXISTS, no rows.
            final Completion open = ok(c.command(COM_STMT_EXECUTE, execute(id, CURSOR_TYPE_READ_ONLY, 7, 90)));
            assertEquals(0, open.rows());
            assertTrue(has(open, ServerStatus.CURSOR_EXISTS));
            final Completion fetch1 = ok(c.command(COM_STMT_FETCH, fetch(id, 4)));
            assertEquals(4, fetch1.rows());
            assertTrue(has(fetch1, ServerStatus.CURSOR_EXISTS));

            // Another statement executed while the cursor is open gets its rows directly.
            final Completion prepare2 = ok(c.command(COM_STMT_PREPARE, sql("SELECT 1")));
            assertEquals(0, prepare2.parameterCount());
            final Completion direct = ok(c.command(COM_STMT_EXECUTE, execute(prepare2.statementId(), 0)));
            assertEquals(1, direct.rows());
            assertFalse(has(direct, ServerStatus.CURSOR_EXISTS));

            final Completion fetch2 = ok(c.command(COM_STMT_FETCH, fetch(id, 4)));
            assertEquals(4, fetch2.rows());
            final Completion fetch3 = ok(c.command(COM_STMT_FETCH, fetch(id, 4)));
            assertEquals(2, fetch3.rows());
            assertTrue(has(fetch3, ServerStatus.LAST_ROW_SENT));

            ok(c.command(COM_STMT_RESET, int4(id)));
            final Completion binary = ok(c.command(COM_STMT_EXECUTE, execute(id, 0, 7, 95)));
            assertEquals(5, binary.rows());

            ok(c.query("CREATE TEMPORARY TABLE p (id INT AUTO_INCREMENT PRIMARY KEY, v BIGINT)"));
            final Completion prepareInsert = ok(c.command(COM_STMT_PREPARE, sql("INSERT INTO p (v) VALUES (?)")));
            assertEquals(1, prepareInsert.parameterCount());
            final Completion insert = ok(c.command(COM_STMT_EXECUTE, execute(prepareInsert.statementId(), 0, 9)));
            assertEquals(1, insert.affectedRows());
            assertEquals(1, insert.lastInsertId());

            final Completion prepareCall = ok(c.command(COM_STMT_PREPARE, sql("CALL " + DATABASE + ".two_results()")));
            final Completion call = ok(c.command(COM_STMT_EXECUTE, execute(prepareCall.statementId(), 0)));
            assertEquals(3, call.rows());

            assertNull(c.command(COM_STMT_CLOSE, int4(prepare2.statementId())), "no response to COM_STMT_CLOSE");
            assertError(c.command(COM_STMT_EXECUTE, execute(prepare2.statementId(), 0)), 1243, "HY000");
            assertError(c.command(COM_STMT_FETCH, fetch(id, 1)), 1421, "HY000");
            assertError(c.command(COM_STMT_PREPARE, sql("SELECT * FROM nonexistent")), 1146, "42S02");
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldFollowLoadDataLocalInfile(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            ok(c.query("CREATE TEMPORARY TABLE loaded (a INT, b VARCHAR(20))"));
            final ByteArrayOutputStream file = new ByteArrayOutputStream();
            for (int i = 0; i < 20_000; i++)
            {
                file.writeBytes((i + ",name-" + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            c.queryExpectingLocalInfile("LOAD DATA LOCAL INFILE 'rows.csv' INTO TABLE loaded FIELDS TERMINATED BY ','");
            final Completion load = ok(c.sendLocalInfileData(file.toByteArray(), 16 * 1024));
            assertEquals(20_000, load.affectedRows());

            // A client that cannot read the file sends the empty packet at once.
            c.queryExpectingLocalInfile("LOAD DATA LOCAL INFILE 'missing.csv' INTO TABLE loaded");
            final Completion empty = ok(c.sendLocalInfileData(new byte[0], 16 * 1024));
            assertEquals(0, empty.affectedRows());

            final Completion count = ok(c.query("SELECT COUNT(*) FROM loaded"));
            assertEquals(1, count.rows());
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldFollowFieldListStatisticsAndSimpleCommands(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            ok(c.command(COM_FIELD_LIST, sql("items\0")));
            ok(c.command(COM_FIELD_LIST, sql("items\0na%")));
            ok(c.command(COM_FIELD_LIST, sql("items\0nothing%"))); // no definitions: the terminator alone
            assertError(c.command(COM_FIELD_LIST, sql("nonexistent\0")), 1146, "42S02");

            final Completion statistics = ok(c.command(COM_STATISTICS, new byte[0]));
            assertEquals(0, statistics.serverStatus());

            ok(c.command(COM_INIT_DB, sql(DATABASE)));
            assertError(c.command(COM_INIT_DB, sql("no_such_db")), 1049, "42000");
            assertTrue(has(ok(c.command(COM_SET_OPTION, new byte[] {1, 0})), ServerStatus.AUTOCOMMIT));
            assertTrue(has(ok(c.command(COM_SET_OPTION, new byte[] {0, 0})), ServerStatus.AUTOCOMMIT));
            ok(c.command(COM_DEBUG, new byte[0]));
            ok(c.command(COM_PING, new byte[0]));

            // OKs carrying session-state changes (CLIENT_SESSION_TRACK), longer than what is read of them
            final Completion set = ok(c.query("SET SESSION sql_mode = 'STRICT_TRANS_TABLES', autocommit = 0, "
                + "character_set_results = 'latin1'"));
            assertTrue(has(set, ServerStatus.SESSION_STATE_CHANGED));
            ok(c.query("BEGIN"));
            assertTrue(has(ok(c.query("SELECT 1")), ServerStatus.IN_TRANS));
            ok(c.query("COMMIT"));
            ok(c.command(COM_RESET_CONNECTION, new byte[0]));
            assertTrue(has(ok(c.query("SELECT 1")), ServerStatus.AUTOCOMMIT));
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndFailingQueriesAndAnErrAmongTheRows(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            final Completion missing = c.query("SELECT * FROM " + DATABASE + ".nonexistent");
            assertError(missing, 1146, "42S02");
            assertEquals("Table '" + DATABASE + ".nonexistent' doesn't exist", missing.errorMessage());
            assertError(c.query("SELEKT 1"), 1064, "42000");

            // The subquery fails on row 5000, after 4999 rows were sent.
            final Completion midway = c.query("SELECT seq, IF(seq = 5000, (SELECT 1 UNION SELECT 2), seq) FROM "
                    + "seq_1_to_10000");
            assertError(midway, 1242, "21000");
            assertEquals(4999, midway.rows());
            ok(c.query("SELECT 1"));
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldStreamRowsOfTwentyMegabytesAndOfExactly0xFFFFFFBytes(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            // 20 MB first column: the row starts with 0xFE (an 8-byte lenenc) in a full packet.
            final Completion big = ok(c.query("SELECT REPEAT('x', 20000000), 5"));
            assertEquals(1, big.rows());
            // lenenc 0xFD + 3 bytes + 16777211 = 0xFFFFFF bytes: an empty packet follows.
            final Completion exact = ok(c.query("SELECT REPEAT('y', 16777211)"));
            assertEquals(1, exact.rows());
            final Completion two = ok(c.query("SELECT REPEAT('z', 16777300), 1 UNION ALL SELECT 'a', 2"));
            assertEquals(2, two.rows());
            finish(c);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldFollowPipelinedCommands(final boolean deprecateEof) throws Exception
    {
        try (Conversation c = connect(deprecateEof))
        {
            final int[] commands = {COM_QUERY, COM_PING, COM_QUERY, COM_INIT_DB, COM_QUERY, COM_STATISTICS,
                COM_FIELD_LIST, COM_SET_OPTION, COM_QUERY, COM_STMT_PREPARE, COM_QUERY};
            final byte[][] arguments = {sql("SELECT 1"), new byte[0], sql("SELECT seq FROM seq_1_to_1000"),
                sql(DATABASE), sql("SELECT * FROM nonexistent"), new byte[0], sql("items\0"), new byte[] {0, 0},
                sql("CALL " + DATABASE + ".two_results()"), sql("SELECT ?, ?"), sql("SELECT 1; SELECT 2; DO 3")};
            final List<Completion> done = c.pipeline(commands, arguments);
            assertEquals(commands.length, done.size());
            final long[] rows = {1, 0, 1000, 0, 0, 0, 0, 0, 3, 0, 2};
            for (int i = 0; i < commands.length; i++)
            {
                assertEquals(commands[i], done.get(i).command(), "response " + i);
                assertEquals(rows[i], done.get(i).rows(), "rows of response " + i);
                assertEquals(i == 4, done.get(i).error(), "error of response " + i);
            }
            assertEquals(2, done.get(9).parameterCount());
            finish(c);
        }
    }

    // ---- command arguments ----

    private static byte[] sql(final String s)
    {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] int4(final long v)
    {
        return new byte[] {(byte)v, (byte)(v >>> 8), (byte)(v >>> 16), (byte)(v >>> 24)};
    }

    /** COM_STMT_EXECUTE arguments with BIGINT parameters. */
    private static byte[] execute(final long statementId, final int flags, final long... params)
    {
        final ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(int4(statementId));
        p.write(flags);
        p.writeBytes(int4(1)); // iteration count
        if (params.length > 0)
        {
            p.writeBytes(new byte[(params.length + 7) / 8]); // NULL bitmap
            p.write(1); // new parameters bound: types follow
            for (int i = 0; i < params.length; i++)
            {
                p.write(MYSQL_TYPE_LONGLONG);
                p.write(0);
            }
            for (final long v : params)
            {
                p.writeBytes(int4(v));
                p.writeBytes(int4(v >>> 32));
            }
        }
        return p.toByteArray();
    }

    private static byte[] fetch(final long statementId, final int rows)
    {
        final ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(int4(statementId));
        p.writeBytes(int4(rows));
        return p.toByteArray();
    }
}
