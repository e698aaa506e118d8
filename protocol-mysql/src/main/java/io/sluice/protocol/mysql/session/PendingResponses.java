package io.sluice.protocol.mysql.session;

/**
 * The client's commands that await a response, oldest first, with what their response changes in
 * the session once it reaches the client as an OK: the default database (COM_INIT_DB, {@code USE})
 * and the outcome of a session command history entry. A ring that grows to the client's pipelining
 * depth, then allocates nothing. Worker thread only.
 */
final class PendingResponses
{
    private String[] databases = new String[8];
    private SessionCommandHistory.Entry[] entries = new SessionCommandHistory.Entry[8];
    private int head;
    private int count;

    /** A command that expects a response was routed; {@code database} is what it selects, or null. */
    // hot path: no allocation once grown
    void push(final String database)
    {
        if (count == databases.length)
        {
            grow();
        }
        final int slot = (head + count) & (databases.length - 1);
        databases[slot] = database;
        entries[slot] = null;
        count++;
    }

    /** The newest command is also a session command recorded in the history. */
    void markNewest(final SessionCommandHistory.Entry entry)
    {
        entries[(head + count - 1) & (databases.length - 1)] = entry;
    }

    boolean isEmpty()
    {
        return count == 0;
    }

    /** The database the oldest command selects (null if none); call before {@link #pop}. */
    String oldestDatabase()
    {
        return databases[head];
    }

    /** The history entry of the oldest command (null if none); call before {@link #pop}. */
    SessionCommandHistory.Entry oldestEntry()
    {
        return entries[head];
    }

    /** The oldest command got its whole response. */
    void pop()
    {
        databases[head] = null;
        entries[head] = null;
        head = (head + 1) & (databases.length - 1);
        count--;
    }

    void clear()
    {
        while (count > 0)
        {
            pop();
        }
    }

    private void grow()
    {
        final String[] d = new String[databases.length * 2];
        final SessionCommandHistory.Entry[] e = new SessionCommandHistory.Entry[databases.length * 2];
        for (int i = 0; i < count; i++)
        {
            d[i] = databases[(head + i) & (databases.length - 1)];
            e[i] = entries[(head + i) & (databases.length - 1)];
        }
        databases = d;
        entries = e;
        head = 0;
    }
}
