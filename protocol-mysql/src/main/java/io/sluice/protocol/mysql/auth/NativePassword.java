package io.sluice.protocol.mysql.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The arithmetic of {@code mysql_native_password}.
 *
 * <p>The server stores {@code SHA1(SHA1(pw))} ("*" + 40 hex digits in {@code mysql.user.Password} or
 * {@code authentication_string}). It sends a 20-byte seed; the client answers with
 * <pre>
 *     token = SHA1(pw) XOR SHA1(seed + SHA1(SHA1(pw)))
 * </pre>
 * Knowing the seed and the stored hash, the proxy recovers {@code SHA1(pw) = token XOR SHA1(seed + stored)}
 * and checks it: {@code SHA1(recovered)} must equal the stored hash. The recovered {@code SHA1(pw)} is
 * then enough to answer any backend's own seed ({@link #scrambleFromSha1}), which is how MaxScale logs
 * in to the servers on the client's behalf without knowing the password.
 *
 * <p>An empty password is special on both sides: the token is empty (not 20 bytes) and the stored
 * hash is the empty string, represented here by {@code null}.
 *
 * <p>Stateless and thread-safe. Allocates (handshake path only).
 */
public final class NativePassword
{
    /** The name the handshake uses for this plugin. */
    public static final String PLUGIN_NAME = "mysql_native_password";
    /** Bytes of the seed, of SHA1 and therefore of a token. */
    public static final int SCRAMBLE_BYTES = 20;

    private NativePassword()
    {
    }

    /**
     * The client's token for this password and seed; empty for an empty password.
     *
     * @param password the password bytes as the client sends them (UTF-8 for a UTF-8 client)
     * @param seed20   the server's 20-byte seed
     */
    public static byte[] scramble(final byte[] password, final byte[] seed20)
    {
        if (password.length == 0)
        {
            return new byte[0];
        }
        return scrambleFromSha1(sha1(password), seed20);
    }

    /**
     * The token computed from {@code SHA1(pw)} instead of the password: used to answer a backend's
     * seed with the SHA1 recovered from the client. An empty {@code sha1pw} (empty password) gives an
     * empty token.
     */
    public static byte[] scrambleFromSha1(final byte[] sha1pw, final byte[] seed20)
    {
        if (sha1pw.length == 0)
        {
            return new byte[0];
        }
        checkLength("SHA1(password)", sha1pw);
        checkLength("seed", seed20);
        final MessageDigest md = newSha1();
        final byte[] stored = md.digest(sha1pw);
        md.update(seed20);
        md.update(stored);
        return xor(sha1pw, md.digest());
    }

    /**
     * {@code SHA1(pw)} recovered from a client token: {@code token XOR SHA1(seed + stored)}. It is only
     * the client's SHA1 if {@link #verify} holds; the caller must check before using it.
     *
     * @param token            the client's 20-byte token
     * @param seed20           the seed the proxy sent
     * @param storedDoubleSha1 the account's stored {@code SHA1(SHA1(pw))}, 20 bytes
     */
    public static byte[] recoverSha1(final byte[] token, final byte[] seed20, final byte[] storedDoubleSha1)
    {
        checkLength("token", token);
        checkLength("seed", seed20);
        checkLength("stored hash", storedDoubleSha1);
        final MessageDigest md = newSha1();
        md.update(seed20);
        md.update(storedDoubleSha1);
        return xor(token, md.digest());
    }

    /**
     * True if the token proves knowledge of the password whose double SHA1 is stored. A null (or empty)
     * stored hash means the account has no password: only the empty token is accepted.
     */
    public static boolean verify(final byte[] token, final byte[] seed20, final byte[] storedDoubleSha1)
    {
        return verifiedSha1(token, seed20, storedDoubleSha1) != null;
    }

    /**
     * {@code SHA1(pw)} if the token verifies (an empty array for an account without password), else null:
     * the proxy keeps this to log in to the backends ({@link #scrambleFromSha1}).
     */
    public static byte[] verifiedSha1(final byte[] token, final byte[] seed20, final byte[] storedDoubleSha1)
    {
        if (storedDoubleSha1 == null || storedDoubleSha1.length == 0)
        {
            return token.length == 0 ? new byte[0] : null;
        }
        if (token.length != SCRAMBLE_BYTES || seed20.length != SCRAMBLE_BYTES
            || storedDoubleSha1.length != SCRAMBLE_BYTES)
        {
            return null;
        }
        final byte[] sha1pw = recoverSha1(token, seed20, storedDoubleSha1);
        // Constant time: MessageDigest.isEqual does not stop at the first difference.
        return MessageDigest.isEqual(sha1(sha1pw), storedDoubleSha1) ? sha1pw : null;
    }

    /**
     * The stored hash of an account as 20 bytes: {@code "*"} + 40 hex digits (the leading '*' may be
     * missing, as MaxScale strips it). The empty string (no password) gives null.
     *
     * @throws IllegalArgumentException for anything else (a pre-4.1 16-digit hash, another plugin's
     *                                  string such as "invalid")
     */
    public static byte[] parseStoredHash(final String stored)
    {
        if (stored == null || stored.isEmpty())
        {
            return null;
        }
        final String hex = stored.charAt(0) == '*' ? stored.substring(1) : stored;
        if (hex.length() != 2 * SCRAMBLE_BYTES)
        {
            throw new IllegalArgumentException("not a mysql_native_password hash: " + printable(stored));
        }
        try
        {
            return HexFormat.of().parseHex(hex);
        }
        catch (final IllegalArgumentException e)
        {
            throw new IllegalArgumentException("not a mysql_native_password hash: " + printable(stored), e);
        }
    }

    /** What {@code PASSWORD(pw)} returns: "*" + upper-case hex of {@code SHA1(SHA1(pw))}; "" for "". */
    public static String storedHash(final byte[] password)
    {
        if (password.length == 0)
        {
            return "";
        }
        return "*" + HexFormat.of().withUpperCase().formatHex(sha1(sha1(password)));
    }

    /** {@code SHA1(SHA1(pw))} as 20 bytes; null for an empty password (like {@link #parseStoredHash}). */
    public static byte[] doubleSha1(final byte[] password)
    {
        return password.length == 0 ? null : sha1(sha1(password));
    }

    /** {@code SHA1(pw)}; empty for an empty password (the form {@link #scrambleFromSha1} takes). */
    public static byte[] sha1OfPassword(final byte[] password)
    {
        return password.length == 0 ? new byte[0] : sha1(password);
    }

    static byte[] sha1(final byte[] data)
    {
        return newSha1().digest(data);
    }

    private static MessageDigest newSha1()
    {
        try
        {
            return MessageDigest.getInstance("SHA-1");
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static byte[] xor(final byte[] a, final byte[] b)
    {
        final byte[] out = new byte[a.length];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = (byte)(a[i] ^ b[i]);
        }
        return out;
    }

    private static void checkLength(final String what, final byte[] bytes)
    {
        if (bytes.length != SCRAMBLE_BYTES)
        {
            throw new IllegalArgumentException(what + " must have " + SCRAMBLE_BYTES + " bytes: " + bytes.length);
        }
    }

    private static String printable(final String stored)
    {
        // Never echo a whole credential into a log line.
        return stored.length() <= 8 ? "'" + stored + "'" : "'" + stored.substring(0, 4) + "...' (" + stored.length()
            + " chars)";
    }
}
