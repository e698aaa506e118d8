package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedsTest
{
    @Test
    void shouldMakePrintableSeedsWithoutNulOrDollar()
    {
        final Set<Byte> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++)
        {
            final byte[] seed = Seeds.newSeed();
            assertEquals(20, seed.length);
            for (final byte b : seed)
            {
                assertTrue(b >= 33 && b <= 126, "printable: " + b);
                assertTrue(b != '$' && b != 0);
                seen.add(b);
            }
            assertTrue(Seeds.isValidSeed(seed));
        }
        assertEquals(93, seen.size(), "every printable character but '$' shows up");
    }

    @Test
    void shouldNotRepeatSeeds()
    {
        assertFalse(Arrays.equals(Seeds.newSeed(), Seeds.newSeed()));
    }

    @Test
    void shouldBeReproducibleWithASeededRandom()
    {
        assertEquals(Arrays.toString(Seeds.newSeed(new Random(7))), Arrays.toString(Seeds.newSeed(new Random(7))));
    }

    @Test
    void shouldRejectInvalidSeeds()
    {
        assertFalse(Seeds.isValidSeed(new byte[19]));
        final byte[] dollar = Seeds.newSeed();
        dollar[3] = '$';
        assertFalse(Seeds.isValidSeed(dollar));
        final byte[] nul = Seeds.newSeed();
        nul[0] = 0;
        assertFalse(Seeds.isValidSeed(nul));
    }
}
