package io.sluice.api;

/**
 * What a protocol module learned about a server's response, so routers and filters never parse
 * the bytes again (MaxScale's {@code mxs::Reply}). A view owned by the backend connection: read it
 * during {@link RouterSession#clientReply}, copy what must outlive the call. Values describe the
 * response the passed bytes belong to, as far as it has been seen: counts grow while a result set
 * streams, and {@link #isComplete()} turns true with the bytes that end it.
 */
public interface Reply
{
    /** Where the response stands. */
    ReplyState state();

    /** The command this is the response to (protocol-specific code; -1 when unknown). */
    int command();

    /** True when the passed bytes end the whole response, including every result of a multi-result. */
    boolean isComplete();

    /** True when the response (or one of its results) was an error. */
    boolean isError();

    /** The server's error code, 0 if none. */
    int errorCode();

    /** The five-character SQLSTATE of the error, empty if none. */
    String sqlState();

    /** The error message, empty if none. */
    String errorMessage();

    /** Rows returned so far, over every result set of the response. */
    long rows();

    /** Rows affected, from the last OK. */
    long affectedRows();

    /** Last insert id, from the last OK. */
    long lastInsertId();

    /** Server status flags from the last OK or EOF (in transaction, autocommit, more results...). */
    int serverStatus();

    /** Warnings from the last OK or EOF. */
    int warnings();

    /** The statement id a prepare generated, 0 otherwise. */
    long statementId();

    /** The number of parameters of a prepared statement, 0 otherwise. */
    int parameterCount();

    /**
     * The default database the server reported in the last OK's session state (MariaDB's
     * {@code session_track_schema}, when the connection negotiated session tracking), or null.
     */
    String trackedSchema();

    /**
     * A system variable's value the server reported in the last OK's session state (MariaDB's
     * {@code session_track_system_variables}, e.g. {@code last_gtid}, {@code autocommit}), or null
     * if the OK did not report it. Makes a String only when it is there.
     */
    String trackedVariable(String name);

    /**
     * The GTID the reply's statement was written to the binary log with, from the last OK's session
     * state (MariaDB's {@code last_gtid}, when the connection tracks it): puts its domain id, server id
     * and sequence number in {@code out[0..2]} and returns true, or returns false if the OK did not
     * report one. Allocates nothing. Added in API 2.1.
     */
    default boolean trackedGtid(final long[] out)
    {
        return false;
    }

    /** A reply of a protocol that knows nothing about its bytes (the raw protocol). */
    Reply UNKNOWN = new Reply()
    {
        @Override
        public ReplyState state()
        {
            return ReplyState.UNKNOWN;
        }

        @Override
        public int command()
        {
            return -1;
        }

        @Override
        public boolean isComplete()
        {
            return false;
        }

        @Override
        public boolean isError()
        {
            return false;
        }

        @Override
        public int errorCode()
        {
            return 0;
        }

        @Override
        public String sqlState()
        {
            return "";
        }

        @Override
        public String errorMessage()
        {
            return "";
        }

        @Override
        public long rows()
        {
            return 0;
        }

        @Override
        public long affectedRows()
        {
            return 0;
        }

        @Override
        public long lastInsertId()
        {
            return 0;
        }

        @Override
        public int serverStatus()
        {
            return 0;
        }

        @Override
        public int warnings()
        {
            return 0;
        }

        @Override
        public long statementId()
        {
            return 0;
        }

        @Override
        public int parameterCount()
        {
            return 0;
        }

        @Override
        public String trackedSchema()
        {
            return null;
        }

        @Override
        public String trackedVariable(final String name)
        {
            return null;
        }
    };
}
