package io.sluice.api;

/**
 * Where a server response stands (MaxScale's {@code mxs::ReplyState}). {@link #DONE} between
 * responses; {@link #UNKNOWN} under a protocol that does not follow its responses.
 */
public enum ReplyState
{
    /** The first packet of a response, or of the next result of a multi-result, is due. */
    START,
    /** The response (every result of it) is complete; also the state before the first response. */
    DONE,
    /** Column definitions of a result set are streaming. */
    RSET_COLDEF,
    /** The EOF after the column definitions is due. */
    RSET_COLDEF_EOF,
    /** Rows are streaming. */
    RSET_ROWS,
    /** The parameter and column definitions after a prepare's OK are streaming. */
    PREPARE,
    /**
     * The server asked for a LOCAL INFILE: the client sends the file, then an empty packet, then the
     * server's OK or ERR ends the response.
     */
    LOAD_DATA,
    /** The protocol does not follow responses (the raw protocol). */
    UNKNOWN
}
