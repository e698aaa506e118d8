package io.sluice.protocol.mysql.reply;

import io.sluice.api.Reply;
import io.sluice.api.ReplyState;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.ProtocolException;
import io.sluice.protocol.mysql.wire.ServerStatus;
import io.sluice.protocol.mysql.wire.Wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Follows the server-to-client byte stream of one backend connection after authentication and
 * knows exactly where each response ends, so the proxy can forward bytes as they arrive (a
 * 20 MB row streams through in read-sized chunks) and still tell when a response is complete.
 *
 * <p>Usage: {@link #expect(int)} each command as its first packet goes to the server (commands
 * may be pipelined; those with no response are ignored), then feed every byte the server sends:
 * <pre>
 * while (from &lt; to)
 * {
 *     final int end = tracker.scan(b, from, to);
 *     deliver(b, from, end, tracker);   // tracker.isComplete(): these bytes end a response
 *     from = end;
 * }
 * </pre>
 * Chunks may be cut at any byte, inside a packet header or inside an OK/ERR/EOF whose fields
 * are needed: the head of such a packet is copied into a small fixed buffer (an ERR keeps up to
 * {@link #MAX_ERROR_MESSAGE_BYTES} bytes of message, an OK only the fields before its info
 * string), the rest is skipped. Rows and column definitions are never copied.
 *
 * <p>Response shapes followed: OK, ERR, EOF; text and binary result sets with and without
 * CLIENT_DEPRECATE_EOF; multi-results (SERVER_MORE_RESULTS_EXISTS); an ERR among the rows;
 * COM_STMT_PREPARE (OK, parameter and column definitions, their EOFs); COM_STMT_EXECUTE that
 * opens a cursor (ends after the column definitions); COM_STMT_FETCH (rows only); LOCAL INFILE
 * ({@link #isLoadDataInProgress()}, {@link #endLoadData()}); COM_FIELD_LIST; COM_STATISTICS
 * (one packet of text); payloads continued over 0xFFFFFF packets; MariaDB progress reports
 * (when MARIADB_CLIENT_PROGRESS is negotiated). MARIADB_CLIENT_CACHE_METADATA and
 * OPTIONAL_RESULTSET_METADATA must not be negotiated. COM_CHANGE_USER and the binlog commands
 * are not command/response exchanges and are refused by {@link #expect(int)}.
 *
 * <p>As a {@link Reply} it describes the response the bytes just scanned belong to; the values
 * reset when the next response's first byte is scanned. The error message and SQLSTATE strings
 * are made on first request, the only allocation outside of growing the command ring.
 *
 * <p>Owned by the worker thread of its backend connection.
 */
public final class ReplyTracker implements Reply
{
    /** The longest error message kept (MariaDB's MYSQL_ERRMSG_SIZE); a longer one is truncated. */
    public static final int MAX_ERROR_MESSAGE_BYTES = 512;

    private static final int INITIAL_RING_SLOTS = 16;
    /** Responses that may be outstanding at once: beyond this the client is not reading its replies. */
    private static final int MAX_RING_SLOTS = 1 << 16;

    // Bytes of a packet's head that are copied to read its fields
    private static final int ERR_HEAD_BYTES = 1 + 2 + 1 + 5 + MAX_ERROR_MESSAGE_BYTES;
    private static final int OK_HEAD_BYTES = 1 + 9 + 9 + 2 + 2; // header, two lenenc ints, status, warnings
    private static final int EOF_PAYLOAD_BYTES = 5;             // 0xFE, warnings, status
    private static final int PREPARE_OK_BYTES = 12;
    private static final int LENENC_MAX_BYTES = 9;

    // What the logical packet being scanned is (decided by its first payload byte)
    private static final int ROW = 0;
    private static final int COLUMN_DEF = 1;
    private static final int TERMINATOR = 2;      // EOF, or OK with a 0xFE header (CLIENT_DEPRECATE_EOF)
    private static final int OK = 3;
    private static final int ERR = 4;
    private static final int COLUMN_COUNT = 5;
    private static final int PREPARE_OK = 6;
    private static final int LOCAL_INFILE = 7;
    private static final int STATISTICS = 8;

    private static final int ERR_PROGRESS_REPORT = 0xFFFF;

    /** Bytes of a COM_STMT_PREPARE OK up to the end of its statement id: header, 0x00, id. */
    private static final int PREPARE_ID_END = Wire.HEADER_BYTES + 5;
    /** Session-state entries of one OK that are remembered (MariaDB's session tracking). */
    private static final int MAX_TRACKED = 8;
    private static final int TRACK_SYSTEM_VARIABLES = 0;
    private static final int TRACK_SCHEMA = 1;

    private final boolean deprecateEof;
    private final boolean progressReports;
    private final boolean sessionTrack;
    private boolean holdPrepareHead;
    private int prepareIdAt = -1;

    // ---- commands sent whose responses have not started (a ring) ----
    private int[] expected = new int[INITIAL_RING_SLOTS];
    private int expectedHead;
    private int expectedCount;

    // ---- packet framing ----
    private int headerBytes;         // bytes of a header cut by a chunk end, 0 at a packet boundary
    private int headerValue;
    private int payloadLeft;         // payload bytes of the current packet not scanned yet
    private boolean firstBytePending;
    private boolean lastWasMax;      // the current packet carries 0xFFFFFF bytes: the next one continues it
    private int sequence = -1;       // sequence id of the last header scanned in this response; -1: none yet
    private int kind;
    private int firstLength;         // payload length of the logical packet's first packet
    private int headWanted;
    private int headHave;
    private final byte[] head = new byte[ERR_HEAD_BYTES];
    private final ByteBuffer headBuffer = ByteBuffer.wrap(head);

    // ---- the response ----
    private ReplyState state = ReplyState.DONE;
    private int command = -1;
    private long columnsLeft;        // column definitions left in this block; -1: until a terminator (COM_FIELD_LIST)
    private int prepareParamsLeft;
    private int prepareColumnsLeft;
    private boolean prepareEofDue;
    private boolean loadDataInProgress;

    private long rows;
    private long affectedRows;
    private long lastInsertId;
    private int serverStatus;
    private int warnings;
    private long statementId;
    private int parameterCount;
    // session state of the last OK: offsets in head of names and values (schema: name only)
    private int trackedCount;
    private final int[] trackedNameAt = new int[MAX_TRACKED];
    private final int[] trackedNameBytes = new int[MAX_TRACKED];
    private final int[] trackedValueAt = new int[MAX_TRACKED];
    private final int[] trackedValueBytes = new int[MAX_TRACKED];
    private int schemaAt = -1;
    private int schemaBytes;
    private int errorCode;
    private int sqlStateAt;          // offsets in head of the ERR's fields, valid while errorCode != 0
    private int messageAt;
    private int messageBytes;
    private String sqlState = "";
    private String errorMessage = "";

    /**
     * @param negotiatedCapabilities the capabilities agreed with the server: CLIENT_DEPRECATE_EOF
     *                               decides whether EOF packets follow column definitions
     */
    public ReplyTracker(final long negotiatedCapabilities)
    {
        this.deprecateEof = Capabilities.has(negotiatedCapabilities, Capabilities.DEPRECATE_EOF);
        this.progressReports = Capabilities.has(negotiatedCapabilities, Capabilities.MARIADB_CLIENT_PROGRESS);
        this.sessionTrack = Capabilities.has(negotiatedCapabilities, Capabilities.SESSION_TRACK);
    }

    /**
     * With {@code hold} on, {@link #scan} never splits the head of a COM_STMT_PREPARE OK up to its
     * statement id: at the start of a prepare's response it stops before the first packet until that
     * much of it is at hand, so a caller can rewrite the id ({@link #takePrepareIdPosition()}) in the
     * bytes it forwards. Off by default.
     */
    public void holdPrepareHead(final boolean hold)
    {
        this.holdPrepareHead = hold;
    }

    /**
     * Where the statement id of a COM_STMT_PREPARE OK lies in the bytes the last {@link #scan} call
     * went over (absolute position of its 4 bytes), or -1 if no such head was scanned; the position
     * is forgotten once taken. With {@link #holdPrepareHead} on, the 4 bytes are always inside them.
     */
    public int takePrepareIdPosition()
    {
        final int at = prepareIdAt;
        prepareIdAt = -1;
        return at;
    }

    // =====================================================================================
    // Commands out
    // =====================================================================================

    /**
     * Records that a command's first packet is going to the server, so its response is expected
     * after those of the commands before it. Commands the server never answers (COM_QUIT,
     * COM_STMT_CLOSE, COM_STMT_SEND_LONG_DATA) are ignored.
     *
     * @throws IllegalArgumentException for COM_CHANGE_USER and the binlog commands, whose
     *                                  exchanges are not a command and one response
     * @throws ProtocolException        when more than 65536 responses are outstanding
     */
    public void expect(final int command)
    {
        // hot path: no allocation (once the ring has grown to the pipelining depth)
        if (!Commands.willRespond(command))
        {
            return;
        }
        if (command == Commands.COM_CHANGE_USER || command == Commands.COM_BINLOG_DUMP
            || command == Commands.COM_BINLOG_DUMP_GTID)
        {
            throw new IllegalArgumentException("command 0x" + Integer.toHexString(command)
                + " is not a command/response exchange the reply tracker follows");
        }
        if (expectedCount == expected.length)
        {
            growRing();
        }
        expected[(expectedHead + expectedCount) & (expected.length - 1)] = command;
        expectedCount++;
    }

    /** Responses still to come: the one in progress, if any, and those of the commands expected after it. */
    public int outstandingResponses()
    {
        return expectedCount + (state == ReplyState.DONE ? 0 : 1);
    }

    /**
     * True from the server's LOCAL INFILE request until the caller reports the client's empty
     * packet with {@link #endLoadData()}: the client's packets in between are file content, not
     * commands.
     */
    public boolean isLoadDataInProgress()
    {
        return loadDataInProgress;
    }

    /**
     * Called when the proxy forwards the client's empty packet that ends the LOCAL INFILE data
     * (an empty packet that is not the continuation of a 0xFFFFFF one); the server's OK or ERR
     * then completes the response.
     */
    public void endLoadData()
    {
        if (!loadDataInProgress)
        {
            throw new IllegalStateException("no LOCAL INFILE transfer in progress");
        }
        loadDataInProgress = false;
    }

    /**
     * The sequence id of the last packet header scanned in the current (or last) response, or -1
     * if none has been scanned since the response began. With {@link #atPacketBoundary()}: the
     * next packet the client may be sent carries this plus one.
     */
    public int lastSequence()
    {
        return sequence;
    }

    /**
     * True if the bytes scanned so far end where a packet may begin: not inside a packet's header
     * or payload, nor after a packet of 0xFFFFFF bytes that its continuation must follow.
     */
    public boolean atPacketBoundary()
    {
        return headerBytes == 0 && payloadLeft == 0 && !lastWasMax;
    }

    /** Forgets every expected command and the response in progress (a new backend connection). */
    public void reset()
    {
        expectedHead = 0;
        expectedCount = 0;
        headerBytes = 0;
        headerValue = 0;
        payloadLeft = 0;
        firstBytePending = false;
        lastWasMax = false;
        sequence = -1;
        loadDataInProgress = false;
        state = ReplyState.DONE;
        command = -1;
        clearValues();
    }

    // =====================================================================================
    // Server bytes in
    // =====================================================================================

    /**
     * Scans the server bytes [from, to) of b (absolute positions; position and limit are ignored).
     *
     * @return the position just after the current response's last byte if the response ends
     *         inside [from, to) ({@link #isComplete()} is then true and the next call starts the
     *         next expected response), else {@code to}; with {@link #holdPrepareHead} on, also
     *         {@code from} when the head of a prepare's OK is not all there yet: the caller keeps
     *         [from, to) and scans it again followed by the bytes that come next
     * @throws ProtocolException if the bytes cannot be the response of the expected command,
     *                           or arrive when no response is expected
     */
    public int scan(final ByteBuffer b, final int from, final int to)
    {
        // hot path: no allocation
        int pos = from;
        if (pos < to && state == ReplyState.DONE)
        {
            beginResponse(to - from);
        }
        while (pos < to)
        {
            if (payloadLeft == 0)
            {
                if (holdPrepareHead && state == ReplyState.START && command == Commands.COM_STMT_PREPARE
                    && headerBytes == 0 && !lastWasMax && isPrepareHeadCut(b, pos, to))
                {
                    return pos;
                }
                if (headerBytes == 0 && state == ReplyState.RSET_ROWS && !lastWasMax)
                {
                    pos = skipWholeRows(b, pos, to);
                    if (pos == to)
                    {
                        break;
                    }
                }
                final int length;
                if (headerBytes == 0 && to - pos >= Wire.HEADER_BYTES)
                {
                    length = Wire.int3(b, pos);
                    sequence = Wire.sequence(b, pos);
                    pos += Wire.HEADER_BYTES;
                }
                else
                {
                    // A header cut by the chunk end: gather it a byte at a time.
                    while (headerBytes < Wire.HEADER_BYTES && pos < to)
                    {
                        headerValue |= (b.get(pos++) & 0xFF) << (8 * headerBytes);
                        headerBytes++;
                    }
                    if (headerBytes < Wire.HEADER_BYTES)
                    {
                        break;
                    }
                    length = headerValue & Wire.MAX_PAYLOAD;
                    sequence = headerValue >>> 24;
                    headerBytes = 0;
                    headerValue = 0;
                }
                final boolean continuation = lastWasMax;
                lastWasMax = length == Wire.MAX_PAYLOAD;
                payloadLeft = length;
                if (!continuation)
                {
                    firstLength = length;
                    headHave = 0;
                    headWanted = 0;
                    if (length == 0)
                    {
                        throw new ProtocolException("empty packet from the server in state " + state
                            + " of the response to command 0x" + Integer.toHexString(command));
                    }
                    firstBytePending = true;
                }
                else if (length == 0 && packetEnd())
                {
                    // the empty packet after one of exactly 0xFFFFFF bytes
                    return pos;
                }
                continue;
            }
            if (firstBytePending)
            {
                firstBytePending = false;
                classify(b.get(pos) & 0xFF);
                if (kind == PREPARE_OK && firstLength >= PREPARE_ID_END - Wire.HEADER_BYTES && to - pos >= 5)
                {
                    prepareIdAt = pos + 1;
                }
            }
            final int n = Math.min(payloadLeft, to - pos);
            if (headHave < headWanted)
            {
                final int copy = Math.min(n, headWanted - headHave);
                b.get(pos, head, headHave, copy);
                headHave += copy;
            }
            pos += n;
            payloadLeft -= n;
            if (payloadLeft == 0 && packetEnd())
            {
                return pos;
            }
        }
        return pos;
    }

    /** True if the first packet of a prepare's response is not there up to its statement id (or its end). */
    private static boolean isPrepareHeadCut(final ByteBuffer b, final int pos, final int to)
    {
        final int have = to - pos;
        if (have < Wire.HEADER_BYTES)
        {
            return true;
        }
        return have < Math.min(PREPARE_ID_END, Wire.HEADER_BYTES + Wire.int3(b, pos));
    }

    /**
     * The steady state of a result set: whole rows lying in the chunk, counted from their
     * headers and first bytes alone. Stops before anything else (a terminator, an ERR, a cut or
     * a 0xFFFFFF packet), which the general path handles.
     */
    private int skipWholeRows(final ByteBuffer b, final int from, final int to)
    {
        // hot path: no allocation
        int pos = from;
        int last = -1;
        long n = 0;
        while (to - pos > Wire.HEADER_BYTES)
        {
            final int length = Wire.int3(b, pos);
            final int end = pos + Wire.HEADER_BYTES + length;
            if (length == 0 || length == Wire.MAX_PAYLOAD || end > to)
            {
                break;
            }
            final int first = b.get(pos + Wire.HEADER_BYTES) & 0xFF;
            if (first == 0xFE || first == 0xFF)
            {
                break;
            }
            n++;
            last = pos;
            pos = end;
        }
        if (last >= 0)
        {
            sequence = Wire.sequence(b, last);
        }
        rows += n;
        return pos;
    }

    private void beginResponse(final int bytes)
    {
        if (loadDataInProgress)
        {
            throw new ProtocolException("the server sent " + bytes + " bytes while the client's LOCAL INFILE data"
                + " was still being forwarded");
        }
        if (expectedCount == 0)
        {
            throw new ProtocolException("the server sent " + bytes + " bytes but no response was expected");
        }
        command = expected[expectedHead];
        expectedHead = (expectedHead + 1) & (expected.length - 1);
        expectedCount--;
        sequence = -1;
        clearValues();
        // COM_STMT_FETCH answers with rows alone: no column count, no definitions.
        state = command == Commands.COM_STMT_FETCH ? ReplyState.RSET_ROWS : ReplyState.START;
    }

    private void clearValues()
    {
        rows = 0;
        affectedRows = 0;
        lastInsertId = 0;
        serverStatus = 0;
        warnings = 0;
        statementId = 0;
        parameterCount = 0;
        errorCode = 0;
        sqlState = "";
        errorMessage = "";
        trackedCount = 0;
        schemaAt = -1;
        columnsLeft = 0;
        prepareParamsLeft = 0;
        prepareColumnsLeft = 0;
        prepareEofDue = false;
    }

    /** Decides what the logical packet is from its first payload byte, and how much of it to copy. */
    private void classify(final int first)
    {
        // hot path: no allocation
        final boolean terminator = first == 0xFE && firstLength < Wire.MAX_PAYLOAD;
        switch (state)
        {
            case RSET_ROWS:
                // A row never starts with 0xFF; it starts with 0xFE only when its first column is
                // a string of 16 MB or more, and then its first packet is a full 0xFFFFFF one.
                kind = terminator ? TERMINATOR : first == 0xFF ? ERR : ROW;
                break;
            case RSET_COLDEF:
                // A definition starts with the catalog, "def" (0x03); only COM_FIELD_LIST ends the
                // definitions with a terminator, the other result sets announce their count.
                kind = first == 0xFF ? ERR : terminator && columnsLeft < 0 ? TERMINATOR : COLUMN_DEF;
                break;
            case RSET_COLDEF_EOF:
                kind = terminator ? TERMINATOR : first == 0xFF ? ERR : unexpected(first);
                break;
            case PREPARE:
                kind = first == 0xFF ? ERR : prepareEofDue ? (terminator ? TERMINATOR : unexpected(first)) : COLUMN_DEF;
                break;
            case LOAD_DATA:
                kind = first == 0x00 ? OK : first == 0xFF ? ERR : unexpected(first);
                break;
            case START:
                kind = classifyFirstPacket(first, terminator);
                break;
            default:
                throw new IllegalStateException("packet scanned in state " + state);
        }
        switch (kind)
        {
            case ERR:
                headWanted = Math.min(firstLength, ERR_HEAD_BYTES);
                break;
            case OK:
            case TERMINATOR:
                // With session tracking the session state follows the fixed fields: keep what fits.
                headWanted = Math.min(firstLength, sessionTrack ? head.length : OK_HEAD_BYTES);
                break;
            case PREPARE_OK:
                headWanted = Math.min(firstLength, PREPARE_OK_BYTES);
                break;
            case COLUMN_COUNT:
                headWanted = Math.min(firstLength, LENENC_MAX_BYTES);
                break;
            default:
                headWanted = 0;
                break;
        }
    }

    /** The first packet of a response, or of the next result of a multi-result. */
    private int classifyFirstPacket(final int first, final boolean terminator)
    {
        if (first == 0xFF)
        {
            return ERR;
        }
        if (command == Commands.COM_STATISTICS)
        {
            return STATISTICS; // plain text, no header byte
        }
        if (first == 0x00)
        {
            return command == Commands.COM_STMT_PREPARE ? PREPARE_OK : OK;
        }
        if (terminator)
        {
            // An EOF (COM_SET_OPTION, COM_DEBUG, a COM_FIELD_LIST with no columns), or the same as
            // an OK with a 0xFE header under CLIENT_DEPRECATE_EOF.
            return TERMINATOR;
        }
        if (command == Commands.COM_FIELD_LIST)
        {
            state = ReplyState.RSET_COLDEF;
            columnsLeft = -1;
            return COLUMN_DEF;
        }
        if (first == 0xFB)
        {
            return LOCAL_INFILE;
        }
        return COLUMN_COUNT;
    }

    private int unexpected(final int first)
    {
        throw new ProtocolException("unexpected packet starting with 0x" + Integer.toHexString(first)
            + " (" + firstLength + " bytes) in state " + state + " of the response to command 0x"
            + Integer.toHexString(command));
    }

    /**
     * A packet ended. Applies the logical packet once its last packet ends.
     *
     * @return true if that completed the response
     */
    private boolean packetEnd()
    {
        // hot path: no allocation
        if (lastWasMax)
        {
            return false; // the payload continues in the next packet
        }
        switch (kind)
        {
            case ROW:
                rows++;
                return false;
            case COLUMN_DEF:
                return columnDefinitionEnd();
            case TERMINATOR:
                return terminatorEnd();
            case OK:
                readOk();
                return resultEnd();
            case ERR:
                return errEnd();
            case COLUMN_COUNT:
                columnCountEnd();
                return false;
            case PREPARE_OK:
                return prepareOkEnd();
            case LOCAL_INFILE:
                state = ReplyState.LOAD_DATA;
                loadDataInProgress = true;
                return false;
            case STATISTICS:
                state = ReplyState.DONE;
                return true;
            default:
                throw new IllegalStateException("packet kind " + kind);
        }
    }

    private boolean columnDefinitionEnd()
    {
        if (state == ReplyState.PREPARE)
        {
            if (prepareParamsLeft > 0)
            {
                prepareParamsLeft--;
                prepareEofDue = prepareParamsLeft == 0 && !deprecateEof;
            }
            else
            {
                prepareColumnsLeft--;
                prepareEofDue = prepareColumnsLeft == 0 && !deprecateEof;
            }
            return prepareStepDone();
        }
        if (columnsLeft > 0 && --columnsLeft == 0)
        {
            state = deprecateEof ? ReplyState.RSET_ROWS : ReplyState.RSET_COLDEF_EOF;
        }
        return false;
    }

    /** An EOF, or an OK with a 0xFE header; the two differ by length (EOF: exactly 5 bytes). */
    private boolean terminatorEnd()
    {
        final ReplyState at = state;
        if (at == ReplyState.PREPARE)
        {
            // The EOFs among the definitions carry no warnings: those of the prepare OK stand.
            serverStatus = firstLength == EOF_PAYLOAD_BYTES ? Wire.int2(headBuffer, 3) : serverStatus;
            prepareEofDue = false;
            return prepareStepDone();
        }
        if (firstLength == EOF_PAYLOAD_BYTES)
        {
            warnings = Wire.int2(headBuffer, 1);
            serverStatus = Wire.int2(headBuffer, 3);
        }
        else
        {
            readOk();
        }
        switch (at)
        {
            case RSET_COLDEF_EOF:
                if (command == Commands.COM_STMT_EXECUTE && (serverStatus & ServerStatus.CURSOR_EXISTS) != 0)
                {
                    // A cursor was opened: the rows come with COM_STMT_FETCH, the response ends here.
                    state = ReplyState.DONE;
                    return true;
                }
                state = ReplyState.RSET_ROWS;
                return false;
            default:
                // The end of rows, of COM_FIELD_LIST's definitions, or a lone EOF (COM_SET_OPTION).
                return resultEnd();
        }
    }

    /** A result ended with an OK or EOF: the response goes on if the server has more results. */
    private boolean resultEnd()
    {
        if ((serverStatus & ServerStatus.MORE_RESULTS_EXISTS) != 0)
        {
            state = ReplyState.START;
            return false;
        }
        state = ReplyState.DONE;
        return true;
    }

    private boolean errEnd()
    {
        if (headHave < 3)
        {
            throw new ProtocolException("ERR packet of " + firstLength + " bytes");
        }
        final int code = Wire.int2(headBuffer, 1);
        if (code == ERR_PROGRESS_REPORT && progressReports)
        {
            return false; // a MariaDB progress report: the statement is still running
        }
        errorCode = code;
        int at = 3;
        if (headHave >= at + 6 && head[at] == '#')
        {
            sqlStateAt = at + 1;
            at += 6;
        }
        else
        {
            sqlStateAt = -1;
        }
        messageAt = at;
        messageBytes = headHave - at;
        state = ReplyState.DONE;
        return true;
    }

    private void columnCountEnd()
    {
        final long count = Wire.lenenc(headBuffer, 0);
        if (count <= 0 || headHave < Wire.lenencSize(headBuffer, 0))
        {
            throw new ProtocolException("invalid column count packet of " + firstLength + " bytes"
                + " in the response to command 0x" + Integer.toHexString(command));
        }
        columnsLeft = count;
        state = ReplyState.RSET_COLDEF;
    }

    private boolean prepareOkEnd()
    {
        if (headHave < 9)
        {
            throw new ProtocolException("COM_STMT_PREPARE OK packet of " + firstLength + " bytes");
        }
        statementId = Wire.int4(headBuffer, 1);
        prepareColumnsLeft = Wire.int2(headBuffer, 5);
        prepareParamsLeft = Wire.int2(headBuffer, 7);
        parameterCount = prepareParamsLeft;
        if (headHave >= PREPARE_OK_BYTES)
        {
            warnings = Wire.int2(headBuffer, 10);
        }
        state = ReplyState.PREPARE;
        prepareEofDue = false;
        return prepareStepDone();
    }

    /** True (and DONE) once every parameter and column definition and their EOFs have come. */
    private boolean prepareStepDone()
    {
        if (prepareParamsLeft == 0 && prepareColumnsLeft == 0 && !prepareEofDue)
        {
            state = ReplyState.DONE;
            return true;
        }
        return false;
    }

    /** Reads an OK's fields (header 0x00 or 0xFE): affected rows, last insert id, status, warnings. */
    private void readOk()
    {
        int at = 1;
        if (headHave < at + 1 || headHave < at + Wire.lenencSize(headBuffer, at))
        {
            throw malformedOk();
        }
        affectedRows = Wire.lenenc(headBuffer, at);
        at += Wire.lenencSize(headBuffer, at);
        if (headHave < at + 1 || headHave < at + Wire.lenencSize(headBuffer, at))
        {
            throw malformedOk();
        }
        lastInsertId = Wire.lenenc(headBuffer, at);
        at += Wire.lenencSize(headBuffer, at);
        if (headHave < at + 4)
        {
            throw malformedOk();
        }
        serverStatus = Wire.int2(headBuffer, at);
        warnings = Wire.int2(headBuffer, at + 2);
        trackedCount = 0;
        schemaAt = -1;
        if (sessionTrack && (serverStatus & ServerStatus.SESSION_STATE_CHANGED) != 0)
        {
            readSessionState(at + 4);
        }
    }

    /**
     * The session state of an OK (CLIENT_SESSION_TRACK): the info string, then the length of the
     * state block and its entries (type, length, data). Remembers system variables (name, value) and
     * the schema; stops quietly where the copied head ends (a very long OK).
     */
    private void readSessionState(final int infoAt)
    {
        int at = skipLenencString(infoAt);
        if (at < 0 || !hasLenenc(at))
        {
            return;
        }
        final long total = Wire.lenenc(headBuffer, at);
        at += Wire.lenencSize(headBuffer, at);
        final long blockEnd = Math.min(headHave, at + total);
        while (at < blockEnd && hasLenenc(at + 1))
        {
            final int type = head[at] & 0xFF;
            final long dataBytes = Wire.lenenc(headBuffer, at + 1);
            final int dataAt = at + 1 + Wire.lenencSize(headBuffer, at + 1);
            if (dataAt + dataBytes > headHave)
            {
                return;
            }
            if (type == TRACK_SYSTEM_VARIABLES && trackedCount < MAX_TRACKED)
            {
                final int valueLengthAt = skipLenencString(dataAt);
                if (valueLengthAt > 0 && hasLenenc(valueLengthAt))
                {
                    final int nameLengthBytes = Wire.lenencSize(headBuffer, dataAt);
                    trackedNameAt[trackedCount] = dataAt + nameLengthBytes;
                    trackedNameBytes[trackedCount] = (int)Wire.lenenc(headBuffer, dataAt);
                    trackedValueAt[trackedCount] = valueLengthAt + Wire.lenencSize(headBuffer, valueLengthAt);
                    trackedValueBytes[trackedCount] = (int)Wire.lenenc(headBuffer, valueLengthAt);
                    if (trackedValueAt[trackedCount] + trackedValueBytes[trackedCount] <= headHave)
                    {
                        trackedCount++;
                    }
                }
            }
            else if (type == TRACK_SCHEMA && hasLenenc(dataAt))
            {
                schemaAt = dataAt + Wire.lenencSize(headBuffer, dataAt);
                schemaBytes = (int)Wire.lenenc(headBuffer, dataAt);
                if (schemaAt + schemaBytes > headHave)
                {
                    schemaAt = -1;
                }
            }
            at = (int)(dataAt + dataBytes);
        }
    }

    /** True if a whole length-encoded integer starts at {@code at} of the head. */
    private boolean hasLenenc(final int at)
    {
        return at < headHave && at + Wire.lenencSize(headBuffer, at) <= headHave;
    }

    /** The position after the length-encoded string at {@code at} of the head, or -1 if it is cut. */
    private int skipLenencString(final int at)
    {
        if (!hasLenenc(at))
        {
            return -1;
        }
        final long end = at + Wire.lenencSize(headBuffer, at) + Wire.lenenc(headBuffer, at);
        return end <= headHave ? (int)end : -1;
    }

    private ProtocolException malformedOk()
    {
        return new ProtocolException("malformed OK packet of " + firstLength + " bytes in the response to command 0x"
            + Integer.toHexString(command));
    }

    private void growRing()
    {
        if (expected.length >= MAX_RING_SLOTS)
        {
            throw new ProtocolException("more than " + MAX_RING_SLOTS + " responses outstanding");
        }
        final int[] grown = new int[expected.length * 2];
        for (int i = 0; i < expectedCount; i++)
        {
            grown[i] = expected[(expectedHead + i) & (expected.length - 1)];
        }
        expected = grown;
        expectedHead = 0;
    }

    // =====================================================================================
    // Reply
    // =====================================================================================

    @Override
    public ReplyState state()
    {
        return state;
    }

    @Override
    public int command()
    {
        return command;
    }

    @Override
    public boolean isComplete()
    {
        return state == ReplyState.DONE;
    }

    @Override
    public boolean isError()
    {
        return errorCode != 0;
    }

    @Override
    public int errorCode()
    {
        return errorCode;
    }

    @Override
    public String sqlState()
    {
        if (errorCode != 0 && sqlState.isEmpty() && sqlStateAt >= 0)
        {
            sqlState = new String(head, sqlStateAt, 5, StandardCharsets.US_ASCII);
        }
        return sqlState;
    }

    @Override
    public String errorMessage()
    {
        if (errorCode != 0 && errorMessage.isEmpty() && messageBytes > 0)
        {
            errorMessage = new String(head, messageAt, messageBytes, StandardCharsets.UTF_8);
        }
        return errorMessage;
    }

    @Override
    public long rows()
    {
        return rows;
    }

    @Override
    public long affectedRows()
    {
        return affectedRows;
    }

    @Override
    public long lastInsertId()
    {
        return lastInsertId;
    }

    @Override
    public int serverStatus()
    {
        return serverStatus;
    }

    @Override
    public int warnings()
    {
        return warnings;
    }

    @Override
    public long statementId()
    {
        return statementId;
    }

    @Override
    public int parameterCount()
    {
        return parameterCount;
    }

    @Override
    public String trackedSchema()
    {
        return schemaAt < 0 ? null : new String(head, schemaAt, schemaBytes, StandardCharsets.UTF_8);
    }

    @Override
    public String trackedVariable(final String name)
    {
        for (int i = 0; i < trackedCount; i++)
        {
            if (equalsAscii(trackedNameAt[i], trackedNameBytes[i], name))
            {
                return new String(head, trackedValueAt[i], trackedValueBytes[i], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    // hot path: no allocation
    @Override
    public boolean trackedGtid(final long[] out)
    {
        for (int i = 0; i < trackedCount; i++)
        {
            if (equalsAscii(trackedNameAt[i], trackedNameBytes[i], "last_gtid"))
            {
                return parseGtid(trackedValueAt[i], trackedValueBytes[i], out);
            }
        }
        return false;
    }

    /** domain-server-sequence, decimal; false (out untouched) for anything else, e.g. an empty value. */
    private boolean parseGtid(final int at, final int bytes, final long[] out)
    {
        int part = 0;
        long value = 0;
        boolean digits = false;
        long domain = 0;
        long server = 0;
        for (int i = at; i < at + bytes; i++)
        {
            final int c = head[i];
            if (c >= '0' && c <= '9' && value < Long.MAX_VALUE / 10)
            {
                value = value * 10 + (c - '0');
                digits = true;
            }
            else if (c == '-' && digits && part < 2)
            {
                if (part == 0)
                {
                    domain = value;
                }
                else
                {
                    server = value;
                }
                part++;
                value = 0;
                digits = false;
            }
            else
            {
                return false;
            }
        }
        if (part != 2 || !digits)
        {
            return false;
        }
        out[0] = domain;
        out[1] = server;
        out[2] = value;
        return true;
    }

    /** True if the reply's session state changed the default database (whatever the new one is). */
    public boolean hasTrackedSchema()
    {
        return schemaAt >= 0;
    }

    private boolean equalsAscii(final int at, final int bytes, final String name)
    {
        if (bytes != name.length())
        {
            return false;
        }
        for (int i = 0; i < bytes; i++)
        {
            if ((head[at + i] | 0x20) != (name.charAt(i) | 0x20))
            {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString()
    {
        return "ReplyTracker{state=" + state + ", command=0x" + Integer.toHexString(command) + ", rows=" + rows
            + ", error=" + errorCode + ", outstanding=" + outstandingResponses() + "}";
    }
}
