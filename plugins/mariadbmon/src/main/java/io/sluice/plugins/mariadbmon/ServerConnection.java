package io.sluice.plugins.mariadbmon;

import io.sluice.api.Target;
import io.sluice.protocol.mysql.admin.AdminClient;

import java.io.IOException;
import java.util.List;

/**
 * The monitor's one connection to one server, opened on first use and again after it breaks
 * (MaxScale's monitor keeps one connection per server). Blocking with the configured timeouts:
 * used on the monitor's own thread only, never a worker's. Not thread-safe.
 */
public final class ServerConnection implements AutoCloseable
{
    private final Target target;
    private final String user;
    private final String password;
    private final AdminClient.Options options;
    private AdminClient client;
    private String lastError = "";

    public ServerConnection(final Target target, final String user, final String password, final int connectTimeoutMs,
        final int readTimeoutMs)
    {
        this.target = target;
        this.user = user;
        this.password = password;
        this.options = new AdminClient.Options(connectTimeoutMs, readTimeoutMs, null, target.tls());
    }

    /** The server. */
    public Target target()
    {
        return target;
    }

    /** The server's section name. */
    public String name()
    {
        return target.name();
    }

    /**
     * An open, logged-in connection: the current one, or a new one when there is none or the last
     * query broke it. Throws (and remembers {@link #lastError()}) when the server cannot be reached
     * or refuses the login (a {@code ServerErrorException}, e.g. 1045).
     */
    public AdminClient client() throws IOException
    {
        if (client != null && client.isOpen())
        {
            return client;
        }
        closeQuietly();
        try
        {
            client = AdminClient.connect(target.address().getHostString(), target.address().getPort(),
                    user, password, options);
            lastError = "";
            return client;
        }
        catch (final IOException e)
        {
            lastError = e.getMessage() == null ? e.toString() : e.getMessage();
            throw e;
        }
    }

    /** Runs a query; a failure closes the connection so the next call reconnects. */
    public List<List<String>> query(final String sql) throws IOException
    {
        try
        {
            return client().query(sql);
        }
        catch (final IOException e)
        {
            failed(e);
            throw e;
        }
    }

    /** Runs a query, with column names; a failure closes the connection so the next call reconnects. */
    public AdminClient.ResultSet queryWithColumns(final String sql) throws IOException
    {
        try
        {
            return client().queryWithColumns(sql);
        }
        catch (final IOException e)
        {
            failed(e);
            throw e;
        }
    }

    /** Runs a statement; a failure closes the connection so the next call reconnects. */
    public void execute(final String sql) throws IOException
    {
        try
        {
            client().execute(sql);
        }
        catch (final IOException e)
        {
            failed(e);
            throw e;
        }
    }

    /**
     * The server's id of the open connection ({@code CONNECTION_ID()}), -1 when none is open; never
     * connects. It changes when the connection is replaced, and server-side state of the old one
     * (named locks, session variables) is gone with it.
     */
    public long connectionId()
    {
        return client != null && client.isOpen() ? client.connectionId() : -1;
    }

    /** The message of the last connect or query failure, empty after a success. */
    public String lastError()
    {
        return lastError;
    }

    private void failed(final IOException e)
    {
        lastError = e.getMessage() == null ? e.toString() : e.getMessage();
        // A server error (e.g. a syntax error) leaves the connection usable; anything else breaks it.
        if (!(e instanceof io.sluice.protocol.mysql.admin.ServerErrorException))
        {
            closeQuietly();
        }
    }

    private void closeQuietly()
    {
        if (client != null)
        {
            client.close();
            client = null;
        }
    }

    @Override
    public void close()
    {
        closeQuietly();
    }
}
