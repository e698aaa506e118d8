package io.sluice.protocol.mysql.wire;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WireTest
{
    @Test
    void shouldFindTheTerminatingNulOrTheLimit()
    {
        final ByteBuffer b = ByteBuffer.wrap("xuser\0db\0tail".getBytes(StandardCharsets.UTF_8));
        assertEquals(5, Wire.indexOfNul(b, 1, b.limit()));
        assertEquals(8, Wire.indexOfNul(b, 6, b.limit()));
        assertEquals(b.limit(), Wire.indexOfNul(b, 9, b.limit()), "no NUL: the limit");
        assertEquals(4, Wire.indexOfNul(b, 1, 4), "never past the limit");
        assertEquals(5, Wire.indexOfNul(b, 5, b.limit()), "an empty field");
    }

    @Test
    void shouldReadNulTerminatedStringsAsUtf8()
    {
        final ByteBuffer b = ByteBuffer.wrap("\u00e9t\u00e9\0rest".getBytes(StandardCharsets.UTF_8));
        assertEquals("\u00e9t\u00e9", Wire.stringNul(b, 0, b.limit()));
        assertEquals("rest", Wire.stringNul(b, 6, b.limit()));
    }
}
