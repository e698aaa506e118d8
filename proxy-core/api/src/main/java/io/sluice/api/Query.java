package io.sluice.api;

/**
 * What the protocol knows about a client packet it hands to the router, so routers never parse
 * the framing again (MaxScale's parsed GWBUF). A view owned by the client protocol: read it during
 * {@link RouterSession#routeQuery}, copy what must outlive the call. One instance per session,
 * refilled for every packet: it allocates nothing.
 */
public interface Query
{
    /** No command: the packet is data (a continuation, LOCAL INFILE content) or the protocol has no commands. */
    int NO_COMMAND = -1;

    /** No statement id: the command refers to no prepared statement. */
    long NO_STATEMENT = -1;

    /**
     * The command byte (for MariaDB, {@code COM_QUERY} 0x03, {@code COM_STMT_EXECUTE} 0x17, ...), or
     * {@link #NO_COMMAND} for a packet that carries no command: a continuation or LOCAL INFILE data.
     */
    int command();

    /**
     * True if this packet continues the previous one (the previous one was of the protocol's maximum
     * size, 0xFFFFFF bytes for MariaDB): it goes where the previous one went.
     */
    boolean isContinuation();

    /**
     * True while the client sends the content of a LOAD DATA LOCAL INFILE: the packet is file data
     * (an empty one ends it) and goes to the server that asked for the file, never elsewhere.
     */
    boolean isLoadData();

    /**
     * For a command on a prepared statement (for MariaDB COM_STMT_EXECUTE, _FETCH, _SEND_LONG_DATA,
     * _RESET, _CLOSE), the statement's id as the client knows it (a direct execute's "last
     * statement" resolved to the last id the client prepared); for a prepare, the id the client will
     * be given if it succeeds; else {@link #NO_STATEMENT}.
     */
    long statementId();

    /** True if the server answers this packet (commands such as COM_STMT_CLOSE or COM_QUIT get no response). */
    boolean expectsResponse();

    /**
     * The routing hint a filter attached to this query ({@code hintfilter}), or null: routers that
     * honour hints read it before choosing a server. Added in API 2.1.
     */
    default RoutingHint hint()
    {
        return null;
    }

    /** A short description for logs (allocates: not for the data path). */
    default String describe()
    {
        return "command=" + command() + (isContinuation() ? ", continuation" : "") + (isLoadData() ? ", load data" : "")
            + (statementId() != NO_STATEMENT ? ", statement " + statementId() : "")
            + (expectsResponse() ? "" : ", no response");
    }

    /** A packet of a protocol that knows nothing about its bytes (the raw protocol). */
    Query UNKNOWN = new Query()
    {
        @Override
        public int command()
        {
            return NO_COMMAND;
        }

        @Override
        public boolean isContinuation()
        {
            return false;
        }

        @Override
        public boolean isLoadData()
        {
            return false;
        }

        @Override
        public long statementId()
        {
            return NO_STATEMENT;
        }

        @Override
        public boolean expectsResponse()
        {
            return false;
        }

        @Override
        public String toString()
        {
            return "Query.UNKNOWN";
        }
    };
}
