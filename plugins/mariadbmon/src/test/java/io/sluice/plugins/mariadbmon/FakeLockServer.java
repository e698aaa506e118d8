package io.sluice.plugins.mariadbmon;

import io.sluice.protocol.mysql.admin.ServerErrorException;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A server's named locks as MariaDB keeps them (GET_LOCK, IS_USED_LOCK, RELEASE_LOCK, a lock taken
 * again by its holder counts up and needs as many releases; a connection's locks go with it), and
 * connections that behave like {@link ServerConnection} (opened on first use, closed when a query
 * breaks them, opened anew by the next query). It answers exactly the statements of
 * {@link CooperativeLocks}.
 */
final class FakeLockServer
{
    final String name;
    final List<String> statements = new ArrayList<>();
    boolean down;
    /** Runs before each GET_LOCK: lets a test take locks between a monitor's status read and its attempt. */
    Runnable beforeGetLock = () ->
    {
    };
    private final Map<String, long[]> locks = new HashMap<>(); // name -> {holder, count}
    private long nextId;

    FakeLockServer(final String name, final long firstConnectionId)
    {
        this.name = name;
        this.nextId = firstConnectionId;
    }

    Connection connect()
    {
        return new Connection();
    }

    /** IS_USED_LOCK: the holder's connection id, 0 when free. */
    long holder(final String lock)
    {
        final long[] l = locks.get(lock);
        return l == null ? 0 : l[0];
    }

    private List<List<String>> execute(final Connection c, final String sql) throws IOException
    {
        statements.add(sql);
        if (sql.equals(CooperativeLocks.STATUS_SQL))
        {
            return row(used(CooperativeLocks.SERVER_LOCK), used(CooperativeLocks.MASTER_LOCK), String.valueOf(c.id));
        }
        if (sql.equals(CooperativeLocks.GET_SERVER_LOCK_SQL) || sql.equals(CooperativeLocks.GET_MASTER_LOCK_SQL))
        {
            beforeGetLock.run();
            final String lock = sql.equals(CooperativeLocks.GET_SERVER_LOCK_SQL)
                ? CooperativeLocks.SERVER_LOCK : CooperativeLocks.MASTER_LOCK;
            return row(getLock(lock, c.id) ? "1" : "0", String.valueOf(c.id));
        }
        if (sql.equals(CooperativeLocks.RELEASE_SERVER_LOCK_SQL)
            || sql.equals(CooperativeLocks.RELEASE_MASTER_LOCK_SQL))
        {
            final String lock = sql.equals(CooperativeLocks.RELEASE_SERVER_LOCK_SQL)
                ? CooperativeLocks.SERVER_LOCK : CooperativeLocks.MASTER_LOCK;
            final long[] l = locks.get(lock);
            if (l == null)
            {
                return row((String)null);
            }
            if (l[0] != c.id)
            {
                return row("0");
            }
            if (--l[1] == 0)
            {
                locks.remove(lock);
            }
            return row("1");
        }
        if (sql.startsWith(CooperativeLocks.SET_WAIT_TIMEOUT_SQL))
        {
            c.waitTimeoutS = Integer.parseInt(sql.substring(CooperativeLocks.SET_WAIT_TIMEOUT_SQL.length()));
            return List.of();
        }
        throw new ServerErrorException(1064, "42000", "unexpected statement: " + sql);
    }

    private boolean getLock(final String lock, final long id)
    {
        final long[] l = locks.get(lock);
        if (l == null)
        {
            locks.put(lock, new long[] {id, 1});
            return true;
        }
        if (l[0] == id)
        {
            l[1]++; // MariaDB: a holder may take its lock again, and must release it as often
            return true;
        }
        return false;
    }

    private String used(final String lock)
    {
        final long holder = holder(lock);
        return holder == 0 ? null : String.valueOf(holder);
    }

    private void dropLocks(final long id)
    {
        locks.values().removeIf(l -> l[0] == id);
    }

    private static List<List<String>> row(final String... values)
    {
        return List.of(Arrays.asList(values));
    }

    /** One client connection, with {@link ServerConnection}'s reconnect behaviour. */
    final class Connection implements CooperativeLocks.Connection
    {
        final List<String> statements = new ArrayList<>();
        long id = -1;
        int waitTimeoutS;
        int connects;
        private boolean killed;

        @Override
        public String name()
        {
            return name;
        }

        @Override
        public List<List<String>> query(final String sql) throws IOException
        {
            if (id >= 0 && killed)
            {
                id = -1;
                killed = false;
                throw new EOFException("server closed the connection");
            }
            if (id < 0)
            {
                if (down)
                {
                    throw new ConnectException("Connection refused");
                }
                id = nextId++;
                waitTimeoutS = 0;
                connects++;
            }
            statements.add(sql);
            return execute(this, sql);
        }

        @Override
        public long connectionId()
        {
            return id;
        }

        /** The server ends the connection ({@code KILL}): its locks go, the client notices at its next query. */
        void kill()
        {
            dropLocks(id);
            killed = true;
        }

        /** How many of this client's statements were exactly sql (or started with it, for SET). */
        long count(final String sql)
        {
            return statements.stream().filter(q -> q.equals(sql) || sql.startsWith("SET") && q.startsWith(sql)).count();
        }

        /** The client closes the connection. */
        void close()
        {
            dropLocks(id);
            id = -1;
            killed = false;
        }
    }
}
