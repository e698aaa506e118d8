package io.sluice.protocol.mysql.session;

import org.agrona.collections.Int2IntHashMap;
import org.agrona.collections.Int2ObjectHashMap;

import java.nio.ByteBuffer;

/**
 * The parameter types a client last sent with a COM_STMT_EXECUTE, and the number of parameters
 * its statement has (from the first server answer to its prepare), by the client's statement id
 * (MaxScale's {@code exec_metadata}, MXS-2750). A client sends them once after binding
 * ({@code new_params_bound} = 1) and then executes without them: the server remembers. A router
 * that sends the executions of one statement to several servers must give each server the types
 * before its first execution without them: MariaDB 11.4 crashes (signal 11) on an execution
 * without types of a statement that never had any. Each version of a statement's types has a
 * generation (never 0), so a server connection can tell whether it has the latest. Worker thread only.
 */
final class ExecuteTypes
{
    private final Int2ObjectHashMap<byte[]> types = new Int2ObjectHashMap<>();
    private final Int2IntHashMap generations = new Int2IntHashMap(0);
    private final Int2IntHashMap parameterCounts = new Int2IntHashMap(0);
    private int lastGeneration;

    /** A server answered the statement's prepare: it has that many parameters. */
    void prepared(final int statementId, final int parameters)
    {
        if (parameters > 0)
        {
            parameterCounts.put(statementId, parameters);
        }
    }

    /** The statement's number of parameters, or 0 (none, or no server answered its prepare yet). */
    int parameters(final int statementId)
    {
        return parameterCounts.get(statementId);
    }

    /**
     * Where the {@code new_params_bound} byte of a COM_STMT_EXECUTE packet lies (the packet at
     * {@code packetAt}), or -1 if the statement has no parameters known or the packet is shorter.
     */
    // hot path: no allocation
    int boundFlagAt(final ByteBuffer b, final int packetAt, final int statementId)
    {
        final int parameters = parameterCounts.get(statementId);
        if (parameters == 0)
        {
            return -1;
        }
        // header, command, statement id, flags, iteration count, NULL bitmap
        final int at = packetAt + 4 + 1 + 4 + 1 + 4 + (parameters + 7) / 8;
        return at < b.limit() ? at : -1;
    }

    /**
     * The types an execute carries, {@code length} bytes at {@code at} (two per parameter): kept
     * unless they are the ones already known. Returns their generation.
     */
    // hot path: no allocation (types the statement already had)
    int record(final int statementId, final ByteBuffer b, final int at, final int length)
    {
        final byte[] known = types.get(statementId);
        if (known != null && known.length == length && equal(known, b, at))
        {
            return generations.get(statementId);
        }
        final byte[] copy = known != null && known.length == length ? known : new byte[length];
        b.get(at, copy);
        types.put(statementId, copy);
        lastGeneration = lastGeneration == Integer.MAX_VALUE ? 1 : lastGeneration + 1;
        generations.put(statementId, lastGeneration);
        return lastGeneration;
    }

    /** The generation of the statement's latest types, or 0 if no execute of it carried any. */
    int generation(final int statementId)
    {
        return generations.get(statementId);
    }

    /** The statement's latest types (not to be changed), or null. */
    byte[] types(final int statementId)
    {
        return types.get(statementId);
    }

    /** COM_STMT_CLOSE. */
    void remove(final int statementId)
    {
        types.remove(statementId);
        generations.remove(statementId);
        parameterCounts.remove(statementId);
    }

    /** COM_RESET_CONNECTION, COM_CHANGE_USER: the statements are gone. */
    void clear()
    {
        types.clear();
        generations.clear();
        parameterCounts.clear();
    }

    private static boolean equal(final byte[] known, final ByteBuffer b, final int at)
    {
        for (int i = 0; i < known.length; i++)
        {
            if (known[i] != b.get(at + i))
            {
                return false;
            }
        }
        return true;
    }
}
