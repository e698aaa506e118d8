package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativePasswordTest
{
    private static final byte[] APP_PW = "app_pw".getBytes(StandardCharsets.UTF_8);
    /** SELECT authentication_string for 'app'@'%' IDENTIFIED BY 'app_pw', read from MariaDB 11.4.5. */
    private static final String APP_PW_STORED = "*95BE1A04B76EE9AB97CEE8436421F2D15539B738";
    /** The seed 0x21..0x34 ("!\"#$%&'()*+,-./01234"). */
    private static final byte[] SEED = seq(0x21, 20);
    private static final byte[] OTHER_SEED = seq(0x41, 20);

    @Test
    void shouldComputeTheStoredHashLikePassword()
    {
        assertEquals(APP_PW_STORED, NativePassword.storedHash(APP_PW));
        // The documented example of PASSWORD('password')
        assertEquals("*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19",
            NativePassword.storedHash("password".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", NativePassword.storedHash(new byte[0]));
    }

    @Test
    void shouldScrambleAsComputedStepByStep() throws Exception
    {
        // SHA1(pw) XOR SHA1(seed + SHA1(SHA1(pw))), spelled out with MessageDigest
        final byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(APP_PW);
        final byte[] sha1sha1 = MessageDigest.getInstance("SHA-1").digest(sha1);
        final MessageDigest md = MessageDigest.getInstance("SHA-1");
        md.update(SEED);
        md.update(sha1sha1);
        final byte[] mask = md.digest();
        final byte[] expected = new byte[20];
        for (int i = 0; i < 20; i++)
        {
            expected[i] = (byte)(sha1[i] ^ mask[i]);
        }
        assertArrayEquals(expected, NativePassword.scramble(APP_PW, SEED));
        // and the same vector computed outside Java (Python hashlib)
        assertEquals("a82cce5b02cf71953f90ccd4924a2490ac8f63d6",
            HexFormat.of().formatHex(NativePassword.scramble(APP_PW, SEED)));
    }

    @Test
    void shouldVerifyTheRightPasswordAndRecoverItsSha1() throws Exception
    {
        final byte[] stored = NativePassword.parseStoredHash(APP_PW_STORED);
        final byte[] token = NativePassword.scramble(APP_PW, SEED);
        assertTrue(NativePassword.verify(token, SEED, stored));
        final byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(APP_PW);
        assertArrayEquals(sha1, NativePassword.recoverSha1(token, SEED, stored));
        assertArrayEquals(sha1, NativePassword.verifiedSha1(token, SEED, stored));
    }

    @Test
    void shouldRejectAWrongPasswordOrSeed()
    {
        final byte[] stored = NativePassword.parseStoredHash(APP_PW_STORED);
        assertFalse(NativePassword.verify(NativePassword.scramble("app_pX".getBytes(StandardCharsets.UTF_8), SEED),
            SEED, stored));
        assertFalse(NativePassword.verify(NativePassword.scramble(APP_PW, OTHER_SEED), SEED, stored));
        assertFalse(NativePassword.verify(new byte[0], SEED, stored));
        assertFalse(NativePassword.verify(new byte[19], SEED, stored));
        assertNull(NativePassword.verifiedSha1(new byte[20], SEED, stored));
    }

    @Test
    void shouldAnswerABackendSeedWithTheRecoveredSha1()
    {
        final byte[] stored = NativePassword.parseStoredHash(APP_PW_STORED);
        final byte[] sha1 = NativePassword.verifiedSha1(NativePassword.scramble(APP_PW, SEED), SEED, stored);
        // What the proxy sends to a backend equals what the client would send for that seed.
        assertArrayEquals(NativePassword.scramble(APP_PW, OTHER_SEED),
                NativePassword.scrambleFromSha1(sha1, OTHER_SEED));
    }

    @Test
    void shouldTreatAnEmptyPasswordAsAnEmptyToken()
    {
        assertEquals(0, NativePassword.scramble(new byte[0], SEED).length);
        assertTrue(NativePassword.verify(new byte[0], SEED, null));
        assertTrue(NativePassword.verify(new byte[0], SEED, new byte[0]));
        assertFalse(NativePassword.verify(NativePassword.scramble(APP_PW, SEED), SEED, null));
        assertArrayEquals(new byte[0], NativePassword.verifiedSha1(new byte[0], SEED, null));
        assertEquals(0, NativePassword.scrambleFromSha1(new byte[0], OTHER_SEED).length);
        assertNull(NativePassword.doubleSha1(new byte[0]));
    }

    @Test
    void shouldParseStoredHashes()
    {
        final byte[] expected = HexFormat.of().parseHex("95BE1A04B76EE9AB97CEE8436421F2D15539B738");
        assertArrayEquals(expected, NativePassword.parseStoredHash(APP_PW_STORED));
        assertArrayEquals(expected, NativePassword.parseStoredHash(APP_PW_STORED.substring(1)));
        assertArrayEquals(expected, NativePassword.parseStoredHash(APP_PW_STORED.toLowerCase()));
        assertArrayEquals(NativePassword.doubleSha1(APP_PW), expected);
        assertNull(NativePassword.parseStoredHash(""));
        assertNull(NativePassword.parseStoredHash(null));
        assertThrows(IllegalArgumentException.class, () -> NativePassword.parseStoredHash("invalid"));
        assertThrows(IllegalArgumentException.class, () -> NativePassword.parseStoredHash("6f8c114b58f2ce9e"));
        assertThrows(IllegalArgumentException.class,
            () -> NativePassword.parseStoredHash("*95BE1A04B76EE9AB97CEE8436421F2D15539B73G"));
    }

    @Test
    void shouldRefuseMisSizedInputs()
    {
        assertThrows(IllegalArgumentException.class, () -> NativePassword.scramble(APP_PW, new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> NativePassword.recoverSha1(new byte[20], SEED, new byte[8]));
    }

    private static byte[] seq(final int first, final int n)
    {
        final byte[] b = new byte[n];
        for (int i = 0; i < n; i++)
        {
            b[i] = (byte)(first + i);
        }
        return b;
    }
}
