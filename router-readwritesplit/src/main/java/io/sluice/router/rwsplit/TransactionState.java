package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.QueryType;

/**
 * The session's transaction state (MaxScale's {@code TrxTracker}): tracked from the statements as they
 * are routed, and corrected from the status flags of every reply the client gets, which are the
 * server's word (a transaction opened inside a CALL, ended by DDL, or by an error).
 */
final class TransactionState
{
    /** The server status flags (protocol: SERVER_STATUS_IN_TRANS, _AUTOCOMMIT, _IN_TRANS_READONLY). */
    static final int SERVER_STATUS_IN_TRANS = 0x0001;
    static final int SERVER_STATUS_AUTOCOMMIT = 0x0002;
    static final int SERVER_STATUS_IN_TRANS_READONLY = 0x2000;

    private boolean active;
    private boolean readOnly;
    private boolean autocommit = true;
    /** The statement being routed ends the transaction: after its reply none is open (if autocommit is on). */
    private boolean ending;

    boolean isActive()
    {
        return active || !autocommit;
    }

    /** An explicit START TRANSACTION READ ONLY is open. */
    boolean isReadOnly()
    {
        return active && readOnly && autocommit;
    }

    /**
     * A statement is routed: apply what it does to the transaction state. Returns true if it starts a
     * transaction (for the counters).
     */
    // hot path: no allocation
    boolean statement(final Classification c)
    {
        final int mask = c.typeMask();
        boolean started = false;
        if ((mask & QueryType.DISABLE_AUTOCOMMIT) != 0)
        {
            autocommit = false;
            started = !active;
            readOnly = false;
        }
        else if ((mask & QueryType.ENABLE_AUTOCOMMIT) != 0)
        {
            autocommit = true;
            active = false;
            ending = false;
        }
        else if ((mask & QueryType.BEGIN_TRX) != 0)
        {
            started = true;
            active = true;
            ending = false;
            readOnly = (mask & QueryType.READONLY) != 0;
        }
        else if ((mask & (QueryType.COMMIT | QueryType.ROLLBACK)) != 0)
        {
            ending = active || !autocommit;
        }
        return started;
    }

    /** True while the statement just routed ends the open transaction. */
    boolean isEnding()
    {
        return ending;
    }

    /**
     * The client got a complete reply with these status flags: the server's view wins. Returns true if
     * a transaction the statements did not show began (it is read-write: the primary's).
     */
    // hot path: no allocation
    boolean serverStatus(final int status)
    {
        final boolean inTrans = (status & SERVER_STATUS_IN_TRANS) != 0;
        autocommit = (status & SERVER_STATUS_AUTOCOMMIT) != 0;
        ending = false;
        if (inTrans && !active)
        {
            active = true;
            readOnly = (status & SERVER_STATUS_IN_TRANS_READONLY) != 0;
            return true;
        }
        if (!inTrans)
        {
            active = false;
            readOnly = false;
        }
        return false;
    }

    /** COM_RESET_CONNECTION or COM_CHANGE_USER: a fresh session. */
    void reset()
    {
        active = false;
        readOnly = false;
        autocommit = true;
        ending = false;
    }
}
