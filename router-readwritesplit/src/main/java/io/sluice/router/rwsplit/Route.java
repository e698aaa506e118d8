package io.sluice.router.rwsplit;

/** Where a statement goes (MaxScale's {@code route_target_t}). */
enum Route
{
    /** The primary. */
    MASTER,
    /** A replica chosen by the selection criteria (the primary if none is usable). */
    SLAVE,
    /** Every open server; the client gets one reply (a session command). */
    ALL,
    /** The server the previous statement went to. */
    LAST,
    /** The server a hint names. */
    NAMED,
    /** The server of the statement's prepared statement execution (a FETCH, an EXECUTE after long data). */
    EXECUTION
}
