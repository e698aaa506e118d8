package io.sluice.protocol.mysql.admin;

import java.io.IOException;

/** An ERR packet from the server: its error code, SQLSTATE and message. */
public final class ServerErrorException extends IOException
{
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String sqlState;
    private final String serverMessage;

    public ServerErrorException(final int code, final String sqlState, final String serverMessage)
    {
        super("ERROR " + code + " (" + sqlState + "): " + serverMessage);
        this.code = code;
        this.sqlState = sqlState;
        this.serverMessage = serverMessage;
    }

    /** The server's error number, e.g. 1045 for a refused login. */
    public int code()
    {
        return code;
    }

    /** The five-character SQLSTATE ("HY000" when the server sent none). */
    public String sqlState()
    {
        return sqlState;
    }

    /** The server's message, without code and SQLSTATE. */
    public String serverMessage()
    {
        return serverMessage;
    }
}
