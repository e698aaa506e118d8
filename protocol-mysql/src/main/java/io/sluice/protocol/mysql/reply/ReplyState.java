package io.sluice.protocol.mysql.reply;

/**
 * Where a server response stands (MaxScale's ReplyState). {@link #DONE} between responses.
 */
public enum ReplyState
{
    /** The first packet of a response, or of the next result of a multi-result, is due. */
    START,
    /** The response (every result of it) is complete; also the state before the first response. */
    DONE,
    /** Column definitions of a result set (or of COM_FIELD_LIST) are streaming. */
    RSET_COLDEF,
    /** The EOF after the column definitions is due (no CLIENT_DEPRECATE_EOF). */
    RSET_COLDEF_EOF,
    /** Rows are streaming; an EOF/OK with 0xFE header or an ERR ends them. */
    RSET_ROWS,
    /** The parameter and column definitions after a COM_STMT_PREPARE OK are streaming. */
    PREPARE,
    /**
     * The server asked for a LOCAL INFILE: the client sends the file, then an empty packet,
     * then the server's OK or ERR ends the response.
     */
    LOAD_DATA
}
