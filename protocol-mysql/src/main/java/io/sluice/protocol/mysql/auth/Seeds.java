package io.sluice.protocol.mysql.auth;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Authentication seeds (the "scramble" of the handshake): 20 printable ASCII bytes, like the
 * server's. Never 0 (the handshake carries the seed NUL-terminated) and never '$' (MySQL 8's
 * caching_sha2_password crypt format uses it as a separator; the server avoids it too).
 *
 * <p>Thread-safe: one shared {@link SecureRandom}.
 */
public final class Seeds
{
    /** Bytes of a seed. */
    public static final int SEED_BYTES = NativePassword.SCRAMBLE_BYTES;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] ALPHABET = alphabet();

    private Seeds()
    {
    }

    /** A new 20-byte seed from a shared SecureRandom. */
    public static byte[] newSeed()
    {
        return newSeed(RANDOM);
    }

    /** A new 20-byte seed from the given source (tests pass a seeded Random). */
    public static byte[] newSeed(final Random random)
    {
        final byte[] seed = new byte[SEED_BYTES];
        for (int i = 0; i < seed.length; i++)
        {
            seed[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return seed;
    }

    /** True if every byte could have come from {@link #newSeed}. */
    public static boolean isValidSeed(final byte[] seed)
    {
        if (seed.length != SEED_BYTES)
        {
            return false;
        }
        for (final byte b : seed)
        {
            if (b < '!' || b > '~' || b == '$')
            {
                return false;
            }
        }
        return true;
    }

    private static byte[] alphabet()
    {
        // '!' (33) to '~' (126), without '$'
        final byte[] chars = new byte['~' - '!'];
        int n = 0;
        for (int c = '!'; c <= '~'; c++)
        {
            if (c != '$')
            {
                chars[n++] = (byte)c;
            }
        }
        return chars;
    }
}
