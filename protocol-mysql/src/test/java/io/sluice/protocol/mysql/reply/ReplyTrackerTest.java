package io.sluice.protocol.mysql.reply;

import io.sluice.api.ReplyState;
import io.sluice.protocol.mysql.reply.Scans.Completion;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.ProtocolException;
import io.sluice.protocol.mysql.wire.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static io.sluice.protocol.mysql.wire.Commands.COM_DEBUG;
import static io.sluice.protocol.mysql.wire.Commands.COM_FIELD_LIST;
import static io.sluice.protocol.mysql.wire.Commands.COM_INIT_DB;
import static io.sluice.protocol.mysql.wire.Commands.COM_PING;
import static io.sluice.protocol.mysql.wire.Commands.COM_QUERY;
import static io.sluice.protocol.mysql.wire.Commands.COM_QUIT;
import static io.sluice.protocol.mysql.wire.Commands.COM_RESET_CONNECTION;
import static io.sluice.protocol.mysql.wire.Commands.COM_SET_OPTION;
import static io.sluice.protocol.mysql.wire.Commands.COM_STATISTICS;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_CLOSE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_EXECUTE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_FETCH;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_PREPARE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_RESET;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_SEND_LONG_DATA;
import static io.sluice.protocol.mysql.wire.Commands.COM_CHANGE_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every response shape, fed whole, one byte at a time and cut at every position.
 */
class ReplyTrackerTest
{
    private static final int AUTOCOMMIT = 0x0002;
    private static final int MORE_RESULTS = 0x0008;
    private static final int CURSOR_EXISTS = 0x0040;
    private static final int LAST_ROW_SENT = 0x0080;
    private static final int IN_TRANS = 0x0001;

    private static long capabilities(final boolean deprecateEof)
    {
        return Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION | Capabilities.MULTI_RESULTS
            | Capabilities.PS_MULTI_RESULTS | Capabilities.SESSION_TRACK | (deprecateEof
                    ? Capabilities.DEPRECATE_EOF : 0);
    }

    private static Supplier<ReplyTracker> tracker(final boolean deprecateEof, final int... commands)
    {
        return () ->
        {
            final ReplyTracker t = new ReplyTracker(capabilities(deprecateEof));
            for (final int command : commands)
            {
                t.expect(command);
            }
            return t;
        };
    }

    /** Expected Reply values at a response end. */
    private static final class Want
    {
        private final long end;
        private final int command;
        private long rows;
        private long affectedRows;
        private long lastInsertId;
        private int status;
        private int warnings;
        private int errorCode;
        private String sqlState = "";
        private String message = "";
        private long statementId;
        private int parameterCount;

        Want(final long end, final int command)
        {
            this.end = end;
            this.command = command;
        }

        Want rows(final long v)
        {
            rows = v;
            return this;
        }

        Want ok(final long affected, final long insertId)
        {
            affectedRows = affected;
            lastInsertId = insertId;
            return this;
        }

        Want status(final int v)
        {
            status = v;
            return this;
        }

        Want warnings(final int v)
        {
            warnings = v;
            return this;
        }

        Want error(final int code, final String state, final String text)
        {
            errorCode = code;
            sqlState = state;
            message = text;
            return this;
        }

        Want prepared(final long id, final int params)
        {
            statementId = id;
            parameterCount = params;
            return this;
        }

        Completion completion()
        {
            return new Completion(end, ReplyState.DONE, command, rows, affectedRows, lastInsertId, status, warnings,
                errorCode != 0, errorCode, sqlState, message, statementId, parameterCount);
        }
    }

    private static List<Completion> wants(final Want... wants)
    {
        return Arrays.stream(wants).map(Want::completion).toList();
    }

    // ---------------------------------------------------------------------------------------
    // OK, ERR, EOF
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAtAnOk(final boolean deprecateEof)
    {
        final byte[] s = new ServerBytes().ok(3, 42, AUTOCOMMIT, 1).bytes();
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY), s,
            wants(new Want(s.length, COM_QUERY).ok(3, 42).status(AUTOCOMMIT).warnings(1)));
    }

    @Test
    void shouldReadOkWithLargeLenencValuesAndSkipSessionState()
    {
        final byte[] sessionState = new byte[300];
        Arrays.fill(sessionState, (byte)0x41);
        final byte[] s = new ServerBytes().okWithSessionState(70_000L, 0x1_0000_0000L, AUTOCOMMIT | 0x4000, 0,
            "Records: 70000  Duplicates: 0  Warnings: 0", sessionState).bytes();
        Scans.assertEveryWay(tracker(true, COM_QUERY), s,
            wants(new Want(s.length, COM_QUERY).ok(70_000L, 0x1_0000_0000L).status(AUTOCOMMIT | 0x4000)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAtAnErr(final boolean deprecateEof)
    {
        final byte[] s = new ServerBytes().err(1146, "42S02", "Table 't.nonexistent' doesn't exist").bytes();
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY), s,
            wants(new Want(s.length, COM_QUERY).error(1146, "42S02", "Table 't.nonexistent' doesn't exist")));
    }

    @Test
    void shouldTruncateALongErrorMessageAndSkipTheRest()
    {
        final String message = "x".repeat(700) + "é";
        final byte[] s = Scans.concat(new ServerBytes().err(1064, "42000", message).bytes(),
            new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        final int first = s.length - 11;
        Scans.assertEveryWay(tracker(false, COM_QUERY, COM_PING), s, wants(
            new Want(first, COM_QUERY).error(1064, "42000", message.substring(0, ReplyTracker.MAX_ERROR_MESSAGE_BYTES)),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    @ParameterizedTest
    @ValueSource(ints = {COM_PING, COM_INIT_DB, COM_RESET_CONNECTION, COM_STMT_RESET})
    void shouldEndSimpleCommandsAtOkOrErr(final int command)
    {
        final ServerBytes ok = new ServerBytes().ok(0, 0, AUTOCOMMIT, 0);
        final ServerBytes err = new ServerBytes().err(1243, "HY000",
                "Unknown prepared statement handler (7) given to mysqld_stmt_reset");
        final byte[] s = Scans.concat(ok.bytes(), err.bytes());
        Scans.assertEveryWay(tracker(true, command, command), s, wants(
            new Want(ok.size(), command).status(AUTOCOMMIT),
            new Want(s.length, command).error(1243, "HY000",
                    "Unknown prepared statement handler (7) given to mysqld_stmt_reset")));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndSetOptionAndDebugAtTheirEof(final boolean deprecateEof)
    {
        // MariaDB 11.4 answers both with an EOF, an OK with 0xFE header under DEPRECATE_EOF.
        final ServerBytes first = new ServerBytes().end(deprecateEof, AUTOCOMMIT, 0);
        final ServerBytes second = new ServerBytes().end(deprecateEof, AUTOCOMMIT | IN_TRANS, 2);
        final byte[] s = Scans.concat(first.bytes(), second.bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_SET_OPTION, COM_DEBUG), s, wants(
            new Want(first.size(), COM_SET_OPTION).status(AUTOCOMMIT),
            new Want(s.length, COM_DEBUG).status(AUTOCOMMIT | IN_TRANS).warnings(2)));
    }

    @Test
    void shouldEndStatisticsAtItsOnlyPacket()
    {
        final byte[] s = Scans.concat(
            new ServerBytes().text("Uptime: 171  Threads: 1  Questions: 9  Slow queries: 0  Opens: 17  Open tables: 10"
                + "  Queries per second avg: 0.052").bytes(),
            new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        Scans.assertEveryWay(tracker(true, COM_STATISTICS, COM_PING), s, wants(
            new Want(s.length - 11, COM_STATISTICS),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    // ---------------------------------------------------------------------------------------
    // Result sets
    // ---------------------------------------------------------------------------------------

    private static ServerBytes textResultSet(final ServerBytes b, final boolean deprecateEof, final int rows,
        final int endStatus, final int endWarnings)
    {
        b.columnCount(3).columnDefs(deprecateEof, AUTOCOMMIT, "id", "name", "note");
        for (int i = 0; i < rows; i++)
        {
            // a NULL first column: the row starts with 0xFB; an empty string: 0x00
            b.textRow(i % 3 == 0 ? null : Integer.toString(i), i % 4 == 0 ? "" : "name" + i, "n");
        }
        return b.end(deprecateEof, endStatus, endWarnings);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndATextResultSetAtItsTerminator(final boolean deprecateEof)
    {
        final byte[] s = Scans.concat(textResultSet(new ServerBytes(), deprecateEof, 7, AUTOCOMMIT, 1).bytes(),
            new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY, COM_PING), s, wants(
            new Want(s.length - 11, COM_QUERY).rows(7).status(AUTOCOMMIT).warnings(1),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAnEmptyResultSet(final boolean deprecateEof)
    {
        final byte[] s = textResultSet(new ServerBytes(), deprecateEof, 0, AUTOCOMMIT, 0).bytes();
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY), s,
            wants(new Want(s.length, COM_QUERY).status(AUTOCOMMIT)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndABinaryResultSet(final boolean deprecateEof)
    {
        final ServerBytes b = new ServerBytes().columnCount(2).columnDefs(deprecateEof, AUTOCOMMIT, "seq", "p");
        for (int i = 0; i < 5; i++)
        {
            b.binaryRow(i, 7);
        }
        final byte[] s = b.end(deprecateEof, AUTOCOMMIT, 0).bytes();
        Scans.assertEveryWay(tracker(deprecateEof, COM_STMT_EXECUTE), s,
            wants(new Want(s.length, COM_STMT_EXECUTE).rows(5).status(AUTOCOMMIT)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAtAnErrAmongTheRows(final boolean deprecateEof)
    {
        final ServerBytes b = new ServerBytes().columnCount(2).columnDefs(deprecateEof, AUTOCOMMIT, "seq", "x");
        b.textRow("1", "1").textRow("2", "2").err(1242, "21000", "Subquery returns more than 1 row");
        final byte[] s = Scans.concat(b.bytes(), new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY, COM_PING), s, wants(
            new Want(b.size(), COM_QUERY).rows(2).status(deprecateEof ? 0 : AUTOCOMMIT)
                .error(1242, "21000", "Subquery returns more than 1 row"),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    // ---------------------------------------------------------------------------------------
    // Multi-results
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldContinueACallOverTwoResultSetsToTheFinalOk(final boolean deprecateEof)
    {
        final ServerBytes b = new ServerBytes();
        b.columnCount(1).columnDefs(deprecateEof, AUTOCOMMIT | MORE_RESULTS, "1").textRow("1")
            .end(deprecateEof, AUTOCOMMIT | MORE_RESULTS, 0);
        b.columnCount(1).columnDefs(deprecateEof, AUTOCOMMIT | MORE_RESULTS, "2").textRow("2").textRow("3")
            .end(deprecateEof, AUTOCOMMIT | MORE_RESULTS | 0x20, 0);
        b.ok(0, 0, AUTOCOMMIT, 0);
        final byte[] s = Scans.concat(b.bytes(), new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY, COM_PING), s, wants(
            new Want(b.size(), COM_QUERY).rows(3).status(AUTOCOMMIT),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldContinueAMultiStatementOverOksAndResultSets(final boolean deprecateEof)
    {
        // INSERT ...; SELECT ...; UPDATE ...
        final ServerBytes b = new ServerBytes();
        b.ok(2, 10, AUTOCOMMIT | MORE_RESULTS, 0);
        textResultSet(b, deprecateEof, 4, AUTOCOMMIT | MORE_RESULTS, 0);
        b.ok(5, 0, AUTOCOMMIT, 3);
        final byte[] s = b.bytes();
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY), s,
            wants(new Want(s.length, COM_QUERY).rows(4).ok(5, 0).status(AUTOCOMMIT).warnings(3)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAMultiStatementAtTheErrOfItsSecondStatement(final boolean deprecateEof)
    {
        final ServerBytes b = new ServerBytes();
        textResultSet(b, deprecateEof, 1, AUTOCOMMIT | MORE_RESULTS, 0);
        b.err(1146, "42S02", "Table 't.nonexistent' doesn't exist");
        final byte[] s = Scans.concat(b.bytes(), new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY, COM_PING), s, wants(
            new Want(b.size(), COM_QUERY).rows(1).status(AUTOCOMMIT | MORE_RESULTS)
                .error(1146, "42S02", "Table 't.nonexistent' doesn't exist"),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    // ---------------------------------------------------------------------------------------
    // Prepared statements
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAPrepareAfterItsParameterAndColumnDefinitions(final boolean deprecateEof)
    {
        final ServerBytes b = new ServerBytes().prepareOk(0x01020304L, 3, 2, 1);
        b.columnDefs(deprecateEof, AUTOCOMMIT, "?", "?");
        b.columnDefs(deprecateEof, AUTOCOMMIT, "seq", "?", "name");
        final byte[] s = Scans.concat(b.bytes(), new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_STMT_PREPARE, COM_PING), s, wants(
            new Want(b.size(), COM_STMT_PREPARE).prepared(0x01020304L, 2).warnings(1)
                .status(deprecateEof ? 0 : AUTOCOMMIT),
            new Want(s.length, COM_PING).status(AUTOCOMMIT)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndPreparesWithoutParametersOrColumns(final boolean deprecateEof)
    {
        final ServerBytes columnsOnly = new ServerBytes().prepareOk(2, 1, 0,
                0).columnDefs(deprecateEof, AUTOCOMMIT, "1");
        final ServerBytes paramsOnly = new ServerBytes().prepareOk(3, 0, 1,
                0).columnDefs(deprecateEof, AUTOCOMMIT, "?");
        final ServerBytes neither = new ServerBytes().prepareOk(4, 0, 0, 0);
        final ServerBytes failed = new ServerBytes().err(1146, "42S02", "Table 't.nonexistent' doesn't exist");
        final byte[] s = Scans.concat(columnsOnly.bytes(), paramsOnly.bytes(), neither.bytes(), failed.bytes());
        final int a = columnsOnly.size();
        final int b = a + paramsOnly.size();
        final int c = b + neither.size();
        final int endStatus = deprecateEof ? 0 : AUTOCOMMIT;
        Scans.assertEveryWay(tracker(deprecateEof, COM_STMT_PREPARE, COM_STMT_PREPARE,
                COM_STMT_PREPARE, COM_STMT_PREPARE),
            s, wants(
                new Want(a, COM_STMT_PREPARE).prepared(2, 0).status(endStatus),
                new Want(b, COM_STMT_PREPARE).prepared(3, 1).status(endStatus),
                new Want(c, COM_STMT_PREPARE).prepared(4, 0),
                new Want(s.length, COM_STMT_PREPARE).error(1146, "42S02", "Table 't.nonexistent' doesn't exist")));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndACursorExecuteAfterTheColumnDefinitionsAndFetchTheRows(final boolean deprecateEof)
    {
        // MariaDB 11.4: the column definitions, then an EOF (an OK with 0xFE header under
        // DEPRECATE_EOF) with SERVER_STATUS_CURSOR_EXISTS, and no rows.
        final ServerBytes execute = new ServerBytes().columnCount(2).columnDefs(true, 0, "seq", "?")
            .end(deprecateEof, AUTOCOMMIT | CURSOR_EXISTS, 0);
        final ServerBytes fetch1 = new ServerBytes().binaryRow(91, 7).binaryRow(92, 7).binaryRow(93, 7)
            .end(deprecateEof, AUTOCOMMIT | CURSOR_EXISTS, 0);
        final ServerBytes fetch2 = new ServerBytes().binaryRow(94, 7).end(deprecateEof, AUTOCOMMIT | LAST_ROW_SENT, 0);
        final ServerBytes fetch3 = new ServerBytes().err(1421, "HY000", "The statement (1) has no open cursor");
        final byte[] s = Scans.concat(execute.bytes(), fetch1.bytes(), fetch2.bytes(), fetch3.bytes());
        final int a = execute.size();
        final int b = a + fetch1.size();
        final int c = b + fetch2.size();
        Scans.assertEveryWay(tracker(deprecateEof, COM_STMT_EXECUTE, COM_STMT_FETCH, COM_STMT_FETCH, COM_STMT_FETCH),
            s, wants(
                new Want(a, COM_STMT_EXECUTE).status(AUTOCOMMIT | CURSOR_EXISTS),
                new Want(b, COM_STMT_FETCH).rows(3).status(AUTOCOMMIT | CURSOR_EXISTS),
                new Want(c, COM_STMT_FETCH).rows(1).status(AUTOCOMMIT | LAST_ROW_SENT),
                new Want(s.length, COM_STMT_FETCH).error(1421, "HY000", "The statement (1) has no open cursor")));
    }

    @Test
    void shouldNotQueueCommandsWithoutResponse()
    {
        final ServerBytes prepare = new ServerBytes().prepareOk(9, 0, 1, 0).columnDefs(true, 0, "?");
        final ServerBytes execute = new ServerBytes().ok(1, 5, AUTOCOMMIT, 0);
        final byte[] s = Scans.concat(prepare.bytes(), execute.bytes());
        Scans.assertEveryWay(tracker(true, COM_STMT_PREPARE, COM_STMT_SEND_LONG_DATA, COM_STMT_EXECUTE, COM_STMT_CLOSE,
            COM_QUIT), s, wants(
                new Want(prepare.size(), COM_STMT_PREPARE).prepared(9, 1),
                new Want(s.length, COM_STMT_EXECUTE).ok(1, 5).status(AUTOCOMMIT)));
    }

    // ---------------------------------------------------------------------------------------
    // LOCAL INFILE, COM_FIELD_LIST
    // ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldWaitForTheClientsDataAfterALocalInfileRequest(final boolean deprecateEof)
    {
        final ReplyTracker t = tracker(deprecateEof, COM_QUERY, COM_PING).get();
        final byte[] request = new ServerBytes().localInfile("/tmp/data.csv").bytes();
        final ByteBuffer b = ByteBuffer.wrap(request);
        assertEquals(request.length, t.scan(b, 0, request.length));
        assertFalse(t.isComplete());
        assertEquals(ReplyState.LOAD_DATA, t.state());
        assertTrue(t.isLoadDataInProgress());
        assertEquals(2, t.outstandingResponses());
        // the client's file content and its empty packet go to the server
        t.endLoadData();
        assertFalse(t.isLoadDataInProgress());
        assertThrows(IllegalStateException.class, t::endLoadData);
        final byte[] ok = new ServerBytes().ok(3, 0, AUTOCOMMIT, 1).bytes();
        assertEquals(ok.length, t.scan(ByteBuffer.wrap(ok), 0, ok.length));
        assertTrue(t.isComplete());
        assertEquals(3, t.affectedRows());
        assertEquals(1, t.warnings());
        assertEquals(1, t.outstandingResponses());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndALocalInfileAtTheOkAfterTheData(final boolean deprecateEof)
    {
        final ServerBytes load = new ServerBytes().localInfile("/tmp/data.csv");
        load.ok(3, 0, AUTOCOMMIT, 1); // the server's sequence goes on after the client's packets; not checked
        final ServerBytes failed = new ServerBytes().localInfile("missing.csv")
            .err(1148, "42000", "The used command is not allowed with this MariaDB version");
        final byte[] s = Scans.concat(load.bytes(), failed.bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_QUERY, COM_QUERY), s, wants(
            new Want(load.size(), COM_QUERY).ok(3, 0).status(AUTOCOMMIT).warnings(1),
            new Want(s.length, COM_QUERY).error(1148, "42000",
                    "The used command is not allowed with this MariaDB version")));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldEndAFieldListAtItsTerminator(final boolean deprecateEof)
    {
        final ServerBytes list = new ServerBytes().columnDef("a").columnDef("b").end(deprecateEof, AUTOCOMMIT, 0);
        final ServerBytes empty = new ServerBytes().end(deprecateEof, AUTOCOMMIT, 0);
        final ServerBytes failed = new ServerBytes().err(1146, "42S02", "Table 't.nonexist' doesn't exist");
        final byte[] s = Scans.concat(list.bytes(), empty.bytes(), failed.bytes());
        Scans.assertEveryWay(tracker(deprecateEof, COM_FIELD_LIST, COM_FIELD_LIST, COM_FIELD_LIST), s, wants(
            new Want(list.size(), COM_FIELD_LIST).status(AUTOCOMMIT),
            new Want(list.size() + empty.size(), COM_FIELD_LIST).status(AUTOCOMMIT),
            new Want(s.length, COM_FIELD_LIST).error(1146, "42S02", "Table 't.nonexist' doesn't exist")));
    }

    // ---------------------------------------------------------------------------------------
    // Packets of 0xFFFFFF bytes
    // ---------------------------------------------------------------------------------------

    private static byte[] largeRowResult(final boolean deprecateEof, final int stringBytes)
    {
        final byte[] row = new byte[Wire.lenencSizeOf(stringBytes) + stringBytes + 2];
        final ByteBuffer r = ByteBuffer.wrap(row);
        final int at = Wire.putLenenc(r, 0, stringBytes);
        Arrays.fill(row, at, at + stringBytes, (byte)'x');
        row[row.length - 2] = 1;
        row[row.length - 1] = '5';
        return new ServerBytes().columnCount(2).columnDefs(deprecateEof, AUTOCOMMIT, "big", "5")
            .textRow("small", "1").packet(row).textRow("small", "2")
            .end(deprecateEof, AUTOCOMMIT, 0).bytes();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldStreamARowLargerThanOnePacketWhoseFirstByteIs0xFE(final boolean deprecateEof)
    {
        // A first column of 20 MB: lenenc 0xFE + 8 bytes, so the row starts with 0xFE, in a full packet.
        final byte[] result = largeRowResult(deprecateEof, 20_000_000);
        final byte[] s = Scans.concat(result, new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        final int headerOfLarge = indexOfLargePacket(s);
        final int continuationAt = headerOfLarge + 4 + Wire.MAX_PAYLOAD;
        assertEquals(0xFE, s[headerOfLarge + 4] & 0xFF);
        Scans.assertCutsAt(tracker(deprecateEof, COM_QUERY, COM_PING), s, wants(
                new Want(result.length, COM_QUERY).rows(3).status(AUTOCOMMIT),
                new Want(s.length, COM_PING).status(AUTOCOMMIT)),
            cutsAround(headerOfLarge, continuationAt, result.length - 20, result.length));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldStreamARowOfExactly0xFFFFFFBytesAndItsEmptyContinuation(final boolean deprecateEof)
    {
        // lenenc 0xFD + 3 bytes + 16777209 + "\x015" = 0xFFFFFF payload bytes, then an empty packet
        final byte[] result = largeRowResult(deprecateEof, Wire.MAX_PAYLOAD - 4 - 2);
        final byte[] s = Scans.concat(result, new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        final int headerOfLarge = indexOfLargePacket(s);
        final int emptyAt = headerOfLarge + 4 + Wire.MAX_PAYLOAD;
        assertEquals(0, Wire.payloadLength(ByteBuffer.wrap(s), emptyAt));
        Scans.assertCutsAt(tracker(deprecateEof, COM_QUERY, COM_PING), s, wants(
                new Want(result.length, COM_QUERY).rows(3).status(AUTOCOMMIT),
                new Want(s.length, COM_PING).status(AUTOCOMMIT)),
            cutsAround(headerOfLarge, emptyAt, emptyAt + 4, result.length));
    }

    private static int indexOfLargePacket(final byte[] s)
    {
        final ByteBuffer b = ByteBuffer.wrap(s);
        int at = 0;
        while (Wire.payloadLength(b, at) != Wire.MAX_PAYLOAD)
        {
            at += 4 + Wire.payloadLength(b, at);
        }
        return at;
    }

    private static int[] cutsAround(final int... positions)
    {
        return Arrays.stream(positions).flatMap(p -> java.util.stream.IntStream.rangeClosed(p - 10, p + 10)).toArray();
    }

    // ---------------------------------------------------------------------------------------
    // Where the client is: the sequence id an error in place of the rest would carry
    // ---------------------------------------------------------------------------------------

    /**
     * What {@link ReplyTracker#lastSequence()} and {@link ReplyTracker#atPacketBoundary()} must say
     * after the first {@code cut} bytes of s, worked out from the packet headers alone: the sequence
     * id of the last whole packet if cut is where a packet may begin, else -2 (inside a packet, or
     * after a 0xFFFFFF one); -1 at 0 (nothing scanned yet).
     */
    private static int expectedSequenceAt(final byte[] s, final int cut)
    {
        final ByteBuffer b = ByteBuffer.wrap(s);
        int at = 0;
        int sequence = -1;
        boolean continued = false;
        while (at < cut)
        {
            final int end = at + Wire.HEADER_BYTES + Wire.payloadLength(b, at);
            if (end > cut)
            {
                return -2;
            }
            sequence = Wire.sequence(b, at);
            continued = Wire.payloadLength(b, at) == Wire.MAX_PAYLOAD;
            at = end;
        }
        return continued ? -2 : sequence;
    }

    private static void assertSequenceAt(final ReplyTracker t, final byte[] s, final int cut)
    {
        final int expected = expectedSequenceAt(s, cut);
        if (expected == -2)
        {
            assertFalse(t.atPacketBoundary(), "inside a packet after " + cut + " bytes");
        }
        else
        {
            assertTrue(t.atPacketBoundary(), "a packet may follow after " + cut + " bytes");
            assertEquals(expected, t.lastSequence(), "sequence after " + cut + " bytes");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldKnowTheLastSequenceAndWhetherAPacketMayFollowAtEveryCut(final boolean deprecateEof)
    {
        // 300 rows: the sequence ids wrap past 255
        final byte[] s = textResultSet(new ServerBytes(), deprecateEof, 300, AUTOCOMMIT, 0).bytes();
        assertEquals(255, expectedSequenceAt(s, indexAfterPackets(s, 255)));
        for (int cut = 0; cut <= s.length; cut++)
        {
            // the prefix in one scan (whole rows take the fast path) ...
            final ReplyTracker t = tracker(deprecateEof, COM_QUERY).get();
            t.scan(ByteBuffer.wrap(s), 0, cut);
            assertSequenceAt(t, s, cut);
        }
        // ... and one byte at a time (headers cut anywhere)
        final ReplyTracker t = tracker(deprecateEof, COM_QUERY).get();
        for (int cut = 1; cut <= s.length; cut++)
        {
            t.scan(ByteBuffer.wrap(s), cut - 1, cut);
            assertSequenceAt(t, s, cut);
        }
        assertTrue(t.isComplete());
    }

    @Test
    void shouldStartEachResponseWithoutASequenceAndFollowAContinuedPacket()
    {
        final byte[] result = largeRowResult(true, Wire.MAX_PAYLOAD - 4 - 2); // a row of exactly 0xFFFFFF bytes
        final byte[] s = Scans.concat(result, new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        final int large = indexOfLargePacket(s);
        final int empty = large + Wire.HEADER_BYTES + Wire.MAX_PAYLOAD;
        for (final int cut : cutsAround(large, empty, empty + Wire.HEADER_BYTES, result.length))
        {
            final ReplyTracker t = tracker(true, COM_QUERY, COM_PING).get();
            int from = 0;
            while (from < cut)
            {
                from = t.scan(ByteBuffer.wrap(s), from, cut); // stops where a response ends
            }
            if (cut <= result.length)
            {
                assertSequenceAt(t, s, cut);
            }
            else
            {
                // the next response's own packets: its first header is not whole before result.length + 4
                assertEquals(cut >= result.length + Wire.HEADER_BYTES ? 1 : -1, t.lastSequence());
                assertFalse(t.atPacketBoundary());
            }
        }
    }

    private static int indexAfterPackets(final byte[] s, final int packets)
    {
        final ByteBuffer b = ByteBuffer.wrap(s);
        int at = 0;
        for (int i = 0; i < packets; i++)
        {
            at += Wire.HEADER_BYTES + Wire.payloadLength(b, at);
        }
        return at;
    }

    // ---------------------------------------------------------------------------------------
    // Pipelining, progress reports, protocol errors
    // ---------------------------------------------------------------------------------------

    @Test
    void shouldFollowAHundredPipelinedCommands()
    {
        final int[] commands = new int[100];
        final byte[][] responses = new byte[100][];
        final Want[] wants = new Want[100];
        long end = 0;
        for (int i = 0; i < 100; i++)
        {
            commands[i] = i % 2 == 0 ? COM_QUERY : COM_PING;
            responses[i] = i % 2 == 0
                ? textResultSet(new ServerBytes(), true, i % 5, AUTOCOMMIT, 0).bytes()
                : new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes();
            end += responses[i].length;
            wants[i] = new Want(end, commands[i]).rows(i % 2 == 0 ? i % 5 : 0).status(AUTOCOMMIT);
        }
        final byte[] s = Scans.concat(responses);
        Scans.assertEveryWay(tracker(true, commands), s, wants(wants));
    }

    @Test
    void shouldSkipProgressReportsWhenNegotiated()
    {
        final byte[] progress = new ServerBytes.Payload().int1(0xFF).int2(0xFFFF).int1(1).int1(1).int1(1)
            .int4(25_000).lenencString("stage").bytes();
        final byte[] s = new ServerBytes().packet(progress).packet(progress).ok(7, 0, AUTOCOMMIT, 0).bytes();
        final Supplier<ReplyTracker> t = () ->
        {
            final ReplyTracker r = new ReplyTracker(capabilities(true) | Capabilities.MARIADB_CLIENT_PROGRESS);
            r.expect(COM_QUERY);
            return r;
        };
        Scans.assertEveryWay(t, s, wants(new Want(s.length, COM_QUERY).ok(7, 0).status(AUTOCOMMIT)));
    }

    @Test
    void shouldResetValuesWhenTheNextResponseStarts()
    {
        final ReplyTracker t = tracker(true, COM_QUERY, COM_QUERY).get();
        final byte[] err = new ServerBytes().err(1146, "42S02", "gone").bytes();
        t.scan(ByteBuffer.wrap(err), 0, err.length);
        assertTrue(t.isError());
        assertEquals("gone", t.errorMessage());
        final byte[] rs = textResultSet(new ServerBytes(), true, 2, AUTOCOMMIT, 0).bytes();
        t.scan(ByteBuffer.wrap(rs), 0, 6); // the column count packet and a byte: the new response has begun
        assertFalse(t.isComplete());
        assertFalse(t.isError());
        assertEquals(0, t.errorCode());
        assertEquals("", t.errorMessage());
        assertEquals("", t.sqlState());
        assertEquals(ReplyState.RSET_COLDEF, t.state());
        assertEquals(ReplyState.RSET_COLDEF, t.state());
    }

    @Test
    void shouldRefuseBytesWhenNoResponseIsExpected()
    {
        final ReplyTracker t = new ReplyTracker(capabilities(true));
        final byte[] ok = new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes();
        final ProtocolException e = assertThrows(ProtocolException.class,
                () -> t.scan(ByteBuffer.wrap(ok), 0, ok.length));
        assertTrue(e.getMessage().contains("no response was expected"), e.getMessage());

        t.expect(COM_PING);
        final byte[] twice = Scans.concat(ok, ok);
        assertEquals(ok.length, t.scan(ByteBuffer.wrap(twice), 0, twice.length));
        assertThrows(ProtocolException.class, () -> t.scan(ByteBuffer.wrap(twice), ok.length, twice.length));
    }

    @Test
    void shouldRefuseAMissingEofAfterColumnDefinitions()
    {
        final ReplyTracker t = tracker(false, COM_QUERY).get();
        final byte[] s = new ServerBytes().columnCount(1).columnDef("a").textRow("1").bytes();
        final ProtocolException e = assertThrows(ProtocolException.class,
                () -> t.scan(ByteBuffer.wrap(s), 0, s.length));
        assertTrue(e.getMessage().contains("RSET_COLDEF_EOF"), e.getMessage());
    }

    @Test
    void shouldRefuseExchangesThatAreNotOneResponse()
    {
        final ReplyTracker t = new ReplyTracker(capabilities(true));
        assertThrows(IllegalArgumentException.class, () -> t.expect(COM_CHANGE_USER));
    }

    @Test
    void shouldRefuseServerBytesWhileTheClientStillSendsLocalInfileData()
    {
        final ReplyTracker t = tracker(true, COM_QUERY, COM_PING).get();
        final byte[] s = Scans.concat(new ServerBytes().localInfile("f").ok(1, 0, AUTOCOMMIT, 0).bytes(),
            new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes());
        final ByteBuffer b = ByteBuffer.wrap(s);
        final int end = t.scan(b, 0, s.length);
        assertTrue(t.isComplete());
        assertTrue(t.isLoadDataInProgress());
        assertThrows(ProtocolException.class, () -> t.scan(b, end, s.length));
    }

    @Test
    void shouldForgetEverythingOnReset()
    {
        final ReplyTracker t = tracker(true, COM_QUERY, COM_PING).get();
        final byte[] s = textResultSet(new ServerBytes(), true, 2, AUTOCOMMIT, 0).bytes();
        t.scan(ByteBuffer.wrap(s), 0, 9);
        t.reset();
        assertTrue(t.isComplete());
        assertEquals(0, t.outstandingResponses());
        t.expect(COM_PING);
        final byte[] ok = new ServerBytes().ok(0, 0, AUTOCOMMIT, 0).bytes();
        assertEquals(ok.length, t.scan(ByteBuffer.wrap(ok), 0, ok.length));
        assertTrue(t.isComplete());
        assertEquals(COM_PING, t.command());
    }
}
