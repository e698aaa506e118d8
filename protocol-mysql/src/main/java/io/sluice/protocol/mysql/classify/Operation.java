package io.sluice.protocol.mysql.classify;

/**
 * What a statement does: MaxScale's {@code mxs::sql::OpCode} ({@code parser_opcode.hh}) with the same
 * names, plus a few Sluice tells apart where MaxScale says {@code OP_UNDEFINED}.
 */
public enum Operation
{
    /** Not classified, or no operation of its own (BEGIN, COMMIT, ...). */
    UNDEFINED,
    ALTER,
    ALTER_TABLE,
    CALL,
    /** USE db. */
    CHANGE_DB,
    CREATE,
    CREATE_ROLE,
    CREATE_TABLE,
    CREATE_USER,
    DELETE,
    DROP,
    DROP_TABLE,
    EXECUTE,
    EXPLAIN,
    GRANT,
    /** INSERT and REPLACE. */
    INSERT,
    KILL,
    LOAD,
    LOAD_LOCAL,
    REVOKE,
    SELECT,
    SET,
    SET_TRANSACTION,
    SHOW,
    SHOW_DATABASES,
    TRUNCATE,
    UPDATE,
    /** Sluice: PREPARE name FROM ... */
    PREPARE,
    /** Sluice: DEALLOCATE / DROP PREPARE. */
    DEALLOCATE,
    /** Sluice: BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT, XA. */
    TRANSACTION,
    /** Sluice: LOCK TABLES, UNLOCK TABLES. */
    LOCK,
    /** Sluice: DO expr. */
    DO,
    /** Sluice: any other statement the classifier knows (FLUSH, HANDLER, ANALYZE, ...). */
    OTHER
}
