package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.QueryType;

/**
 * Where a classified statement goes, by MaxScale's rules ({@code queryclassifier.cc get_route_target},
 * first match wins): prepares and deallocations to every server; session writes that are not data
 * writes to every server; inside a transaction to its server; reads that nothing forces to the primary
 * to a replica; everything else, the unparsable included, to the primary. Stateless.
 */
final class RouteRules
{
    /** What makes a statement a session command for every server (when it does not also write data). */
    private static final int SESSION_BITS = QueryType.SESSION_WRITE | QueryType.GSYSVAR_WRITE
        | QueryType.ENABLE_AUTOCOMMIT | QueryType.DISABLE_AUTOCOMMIT;
    /** Flags that keep a read on the primary. */
    private static final int PRIMARY_FLAGS = Classification.FLAG_PRIMARY_FUNCTION
        | Classification.FLAG_STORED_FUNCTION | Classification.FLAG_LOCKING_READ | Classification.FLAG_SELECT_INTO
        | Classification.FLAG_MULTI_STATEMENT | Classification.FLAG_CALL | Classification.FLAG_LOAD_LOCAL
        | Classification.FLAG_UNPARSED | Classification.FLAG_KILL;

    private RouteRules()
    {
    }

    /**
     * The route of a COM_QUERY.
     *
     * @param inTransaction   a transaction is open (or autocommit is off), or this statement begins one
     * @param readOnlyTrx     the open transaction is an explicit READ ONLY one
     * @param lockedToMaster  strict_multi_stmt or strict_sp_calls took effect
     * @param readsTempTable  the statement names one of the session's temporary tables
     */
    // hot path: no allocation
    static Route query(final Classification c, final boolean sqlVariablesInMaster, final boolean inTransaction,
        final boolean readOnlyTrx, final boolean lockedToMaster, final boolean readsTempTable)
    {
        final int mask = c.typeMask();
        if ((mask & (QueryType.PREPARE_NAMED_STMT | QueryType.DEALLOC_PREPARE)) != 0)
        {
            return Route.ALL;
        }
        if ((mask & QueryType.NEXT_TRX) != 0)
        {
            return Route.MASTER; // SET TRANSACTION ...: for the next transaction, which starts on the primary
        }
        if (c.has(Classification.FLAG_RELATES_TO_PREVIOUS) && (mask & (QueryType.WRITE | SESSION_BITS)) == 0
            && (c.flags() & Classification.FLAG_MULTI_STATEMENT) == 0 && !inTransaction)
        {
            // SHOW WARNINGS, GET DIAGNOSTICS, FOUND_ROWS(), @@warning_count: the previous statement's server
            // (GET DIAGNOSTICS @v = ... sets @v there only: its value exists there alone)
            return Route.LAST;
        }
        if ((mask & QueryType.WRITE) == 0
            && ((mask & SESSION_BITS) != 0 || (mask & QueryType.USERVAR_WRITE) != 0 && !sqlVariablesInMaster))
        {
            return Route.ALL;
        }
        if (inTransaction)
        {
            return readOnlyTrx ? Route.SLAVE : Route.MASTER;
        }
        if ((mask & QueryType.BEGIN_TRX) != 0)
        {
            return (mask & QueryType.READONLY) != 0 && !lockedToMaster ? Route.SLAVE : Route.MASTER;
        }
        if (lockedToMaster || readsTempTable || (c.flags() & PRIMARY_FLAGS) != 0
            || (mask & QueryType.MASTER_READ) != 0
            || sqlVariablesInMaster && (mask & QueryType.USERVAR_READ) != 0)
        {
            return Route.MASTER;
        }
        if (c.isReadOnly())
        {
            return Route.SLAVE;
        }
        return Route.MASTER;
    }

    /** Whether a prepared statement's executions may go to a replica (outside a transaction). */
    static boolean executesOnReplica(final Classification prepared, final boolean sqlVariablesInMaster)
    {
        return prepared != null && query(prepared, sqlVariablesInMaster, false, false, false, false) == Route.SLAVE;
    }
}
