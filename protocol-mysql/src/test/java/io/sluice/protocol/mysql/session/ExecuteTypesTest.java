package io.sluice.protocol.mysql.session;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The session's record of execute parameter types: a generation per version of a statement's types,
 * the same one for the same types, where the new_params_bound byte lies.
 */
class ExecuteTypesTest
{
    private final ExecuteTypes types = new ExecuteTypes();

    /** A COM_STMT_EXECUTE packet of statement 7 with {@code parameters} parameters and the given types (or none). */
    private static ByteBuffer execute(final int parameters, final byte[] typeBytes)
    {
        final int nullBitmap = (parameters + 7) / 8;
        final int payload = 1 + 4 + 1 + 4 + nullBitmap + 1 + (typeBytes == null ? 0 : typeBytes.length) + 4;
        final ByteBuffer b = ByteBuffer.allocate(4 + payload);
        b.put(0, (byte)payload);
        int at = 4;
        b.put(at++, (byte)0x17);
        b.put(at, (byte)7);
        at += 4 + 1;
        b.put(at, (byte)1);
        at += 4 + nullBitmap;
        b.put(at++, (byte)(typeBytes == null ? 0 : 1));
        if (typeBytes != null)
        {
            b.put(at, typeBytes);
        }
        return b;
    }

    @Test
    void shouldFindTheBoundFlagAfterTheNullBitmapOnceTheParametersAreKnown()
    {
        final ByteBuffer b = execute(9, null);
        assertEquals(-1, types.boundFlagAt(b, 0, 7), "no prepare answered yet");
        types.prepared(7, 9);
        assertEquals(4 + 10 + 2, types.boundFlagAt(b, 0, 7), "header, 10 bytes, 2 bytes of NULL bitmap");
        types.prepared(8, 0);
        assertEquals(0, types.parameters(8), "a statement without parameters has no types");
    }

    @Test
    void shouldKeepTheGenerationForTheSameTypesAndStartANewOneForOthers()
    {
        types.prepared(7, 2);
        final byte[] longs = {3, 0, 3, 0};
        final byte[] strings = {(byte)0xFD, 0, 3, 0};
        final ByteBuffer first = execute(2, longs);
        final int at = types.boundFlagAt(first, 0, 7) + 1;
        final int g1 = types.record(7, first, at, 4);
        assertNotEquals(0, g1);
        assertEquals(g1, types.record(7, execute(2, longs), at, 4), "the same types again: the same generation");
        final int g2 = types.record(7, execute(2, strings), at, 4);
        assertNotEquals(g1, g2, "a new bind with other types");
        assertEquals(g2, types.generation(7));
        assertArrayEquals(strings, types.types(7));
    }

    @Test
    void shouldForgetAClosedStatementAndEverythingOnAReset()
    {
        types.prepared(7, 2);
        types.prepared(9, 1);
        final ByteBuffer b = execute(2, new byte[] {3, 0, 3, 0});
        final int g = types.record(7, b, types.boundFlagAt(b, 0, 7) + 1, 4);
        types.remove(7);
        assertEquals(0, types.generation(7));
        assertNull(types.types(7));
        assertEquals(0, types.parameters(7));
        assertEquals(1, types.parameters(9));
        types.prepared(7, 2);
        assertNotEquals(g, types.record(7, b, types.boundFlagAt(b, 0, 7) + 1, 4), "generations never repeat");
        types.clear();
        assertEquals(0, types.parameters(9));
        assertEquals(0, types.generation(7));
    }
}
