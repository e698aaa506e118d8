package io.sluice.protocol.mysql.session;

import io.sluice.api.Query;

/**
 * What the client side knows about the packet it routes now: one per session, refilled for each
 * packet (no allocation). Worker thread only.
 */
final class ClientQuery implements Query
{
    private int command = NO_COMMAND;
    private boolean continuation;
    private boolean loadData;
    private long statementId = NO_STATEMENT;
    private boolean expectsResponse;

    /** A packet that continues a 0xFFFFFF one, or LOCAL INFILE content. */
    void data(final boolean isContinuation, final boolean isLoadData)
    {
        command = NO_COMMAND;
        continuation = isContinuation;
        loadData = isLoadData;
        statementId = NO_STATEMENT;
        expectsResponse = false;
    }

    /** A command's first packet. */
    void command(final int commandByte, final long statement, final boolean responds)
    {
        command = commandByte;
        continuation = false;
        loadData = false;
        statementId = statement;
        expectsResponse = responds;
    }

    @Override
    public int command()
    {
        return command;
    }

    @Override
    public boolean isContinuation()
    {
        return continuation;
    }

    @Override
    public boolean isLoadData()
    {
        return loadData;
    }

    @Override
    public long statementId()
    {
        return statementId;
    }

    @Override
    public boolean expectsResponse()
    {
        return expectsResponse;
    }

    @Override
    public String toString()
    {
        return "ClientQuery{" + describe() + "}";
    }
}
