package io.sluice.protocol.mysql.session;

import io.sluice.api.SessionHistory;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.Wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The session command history of one MariaDB session (MaxScale keeps it in
 * {@code mariadb_client.cc}): the packets the router marked as session commands, in order, each
 * with the outcome the client got (OK or error, known once its reply has gone to the client). A
 * server connection opened later replays them ({@link MariaDbBackend}). A COM_STMT_PREPARE is
 * removed when the client closes the statement, so a late server never prepares what the client has
 * closed. Worker thread only.
 */
final class SessionCommandHistory implements SessionHistory
{
    /** The outcome of an entry, as the client got it. */
    enum Outcome
    {
        PENDING, OK, ERROR
    }

    /** One session command: a copy of its packet (header included, sequence 0). */
    static final class Entry
    {
        private final long id;
        private final byte[] packet;
        private final long statementId;
        private Outcome outcome = Outcome.PENDING;
        /** Checks waiting for the client's outcome (a server replayed the entry before the client got its reply). */
        private List<Consumer<Outcome>> whenKnown;

        Entry(final long id, final byte[] packet, final long statementId)
        {
            this.id = id;
            this.packet = packet;
            this.statementId = statementId;
        }

        long id()
        {
            return id;
        }

        /** The packet to send (a fresh view: its position and limit are the caller's). */
        ByteBuffer packet()
        {
            return ByteBuffer.wrap(packet);
        }

        int command()
        {
            return packet[Wire.HEADER_BYTES] & 0xFF;
        }

        /** For a COM_STMT_PREPARE, the statement id the client was given; else -1. */
        long statementId()
        {
            return statementId;
        }

        Outcome outcome()
        {
            return outcome;
        }

        /** Runs the check with the client's outcome once known (at once if it is). */
        void whenKnown(final Consumer<Outcome> check)
        {
            if (outcome != Outcome.PENDING)
            {
                check.accept(outcome);
                return;
            }
            if (whenKnown == null)
            {
                whenKnown = new ArrayList<>(1);
            }
            whenKnown.add(check);
        }

        /** A short text for logs and mismatch reports: the command, and the start of a statement's text. */
        String describe()
        {
            final int command = command();
            if (command == Commands.COM_QUERY || command == Commands.COM_STMT_PREPARE
                    || command == Commands.COM_INIT_DB)
            {
                final int textBytes = Math.min(packet.length - Wire.HEADER_BYTES - 1, 80);
                final String text = new String(packet, Wire.HEADER_BYTES + 1, textBytes, StandardCharsets.UTF_8);
                return Commands.name(command) + " '" + text
                        + (textBytes < packet.length - Wire.HEADER_BYTES - 1 ? "...'" : "'");
            }
            return Commands.name(command);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long nextId = 1;
    /** The entry that {@link #add} may record now: the statement id of the packet being routed, or no packet. */
    private boolean routing;
    private long routingStatementId = -1;
    private Entry lastAdded;

    /** The client side is about to route a command packet (a prepare's statement id, else -1). */
    void routing(final long statementId)
    {
        routing = true;
        routingStatementId = statementId;
        lastAdded = null;
    }

    /** The packet has been routed: {@link #add} is no longer valid, and returns what it recorded (or null). */
    Entry routed()
    {
        routing = false;
        final Entry added = lastAdded;
        lastAdded = null;
        return added;
    }

    @Override
    public long add(final ByteBuffer packet)
    {
        if (!routing)
        {
            throw new IllegalStateException("a session command is recorded while its packet is routed,"
                + " from routeQuery, and only a command that gets a response");
        }
        final byte[] copy = new byte[packet.remaining()];
        packet.get(packet.position(), copy);
        copy[3] = 0; // a replayed command starts its own exchange
        final Entry entry = new Entry(nextId++, copy, routingStatementId);
        entries.add(entry);
        lastAdded = entry;
        return entry.id;
    }

    /** The client got the reply to an entry. */
    void outcome(final Entry entry, final boolean error)
    {
        entry.outcome = error ? Outcome.ERROR : Outcome.OK;
        if (entry.whenKnown != null)
        {
            final List<Consumer<Outcome>> checks = entry.whenKnown;
            entry.whenKnown = null;
            for (final Consumer<Outcome> check : checks)
            {
                check.accept(entry.outcome);
            }
        }
    }

    /** The client closed a prepared statement: its prepare is no longer replayed. */
    void statementClosed(final long statementId)
    {
        for (int i = entries.size() - 1; i >= 0; i--)
        {
            if (entries.get(i).statementId == statementId)
            {
                entries.remove(i);
                return;
            }
        }
    }

    /** The entries now, for a new server connection to replay (the list is its own). */
    List<Entry> snapshot()
    {
        return new ArrayList<>(entries);
    }

    @Override
    public int size()
    {
        return entries.size();
    }

    @Override
    public boolean removeOldest()
    {
        if (entries.isEmpty())
        {
            return false;
        }
        entries.remove(0);
        return true;
    }

    @Override
    public void clear()
    {
        entries.clear();
    }
}
