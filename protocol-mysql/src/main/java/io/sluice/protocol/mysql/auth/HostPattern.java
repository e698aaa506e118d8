package io.sluice.protocol.mysql.auth;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * The host part of an account ({@code 'user'@'host'}), matched against a client address the way
 * MariaDB matches it, and ordered the way MariaDB orders accounts.
 *
 * <p><b>Forms</b> (sql_acl.cc {@code update_hostname}, {@code compare_hostname}):
 * <ul>
 * <li>a pattern with '%' (any run) and '_' (one character), '\' escaping the next character;
 *     without wildcards it is an exact IP or name. The empty host means '%'.</li>
 * <li>{@code base/mask} with two dotted IPv4 addresses ({@code 10.0.0.0/255.255.255.0}): an IPv4
 *     client matches when {@code ip & mask == base}. No other form is tried for such a pattern.</li>
 * </ul>
 * The client's IP is written as the server writes it: IPv4-mapped and IPv4-compatible IPv6 addresses
 * as plain IPv4 ({@code ::ffff:127.0.0.1} is {@code 127.0.0.1}), other IPv6 addresses compressed
 * and in lower case ({@code ::1}, {@code fe80::1}). The pattern is compared case-sensitively with
 * the IP and case-insensitively with the client's host name.
 *
 * <p><b>Host names and {@code localhost}.</b> Sluice never does DNS lookups (they would block a
 * worker). The only host name a client can have is {@code localhost}, given to the loopback
 * addresses 127.0.0.1 and ::1 when {@code localhostMatchesLoopback} is set: that is what a server
 * without {@code skip-name-resolve} does (its resolver maps loopback to "localhost" without DNS),
 * and what MaxScale 24.02 ends up doing through its reverse lookup of 127.0.0.1. With the flag off
 * the proxy behaves like a server with {@code skip-name-resolve}: 'localhost' accounts never match
 * a TCP client. {@link UserAccounts} sets the flag as the servers' {@code @@skip_name_resolve} says,
 * unless {@code localhost_match_loopback} overrides it. Other name patterns ({@code app.example.com},
 * {@code %.example.com}) never match.
 *
 * <p><b>Ordering</b> ({@link #MOST_SPECIFIC_FIRST}): MariaDB 10.4+ (sql_acl.cc {@code acl_user_compare},
 * acl_magic_sort {@code get_magic_sort}) sorts each user's accounts by a number that grows with
 * the number of strings the host pattern can match: patterns without wildcards (and netmasks) come
 * first, then '_' patterns, then '%' patterns with more literal characters before fewer; ties go
 * to the host that is greater byte by byte ("localhost" before "127.0.0.1"). The server then takes
 * the first matching account. {@link #sortKey()} is that number (smaller = more specific).
 *
 * <p>Immutable and thread-safe.
 */
public final class HostPattern
{
    /** MariaDB's ordering: most specific first; see the class comment. */
    public static final Comparator<HostPattern> MOST_SPECIFIC_FIRST = HostPattern::compareSpecificity;

    // get_magic_sort's maxlen for host patterns: the Host column is char(255) since MariaDB 10.6.
    private static final int MAX_HOST_LENGTH = 255;

    private final String text;
    private final String effective;
    private final LikePattern pattern;
    private final boolean netmask;
    private final int base;
    private final int mask;
    private final long sortKey;
    private final byte[] sortBytes;

    private HostPattern(final String text)
    {
        this.text = text;
        this.effective = text.isEmpty() ? "%" : text; // historical convention: '' is '%'
        this.pattern = LikePattern.compile(effective);
        final int slash = effective.indexOf('/');
        final long parsedBase = slash > 0 ? parseIpv4(effective, 0, slash) : -1;
        final long parsedMask = slash > 0 ? parseIpv4(effective, slash + 1, effective.length()) : -1;
        // A 0.0.0.0 mask is no mask for the server either (ip_mask == 0 means "not a netmask").
        this.netmask = parsedBase >= 0 && parsedMask > 0;
        this.base = netmask ? (int)parsedBase : 0;
        this.mask = netmask ? (int)parsedMask : 0;
        this.sortKey = magicSort(effective);
        this.sortBytes = effective.getBytes(StandardCharsets.UTF_8);
    }

    /** The pattern of an account's host column, as stored. */
    public static HostPattern parse(final String host)
    {
        return new HostPattern(host == null ? "" : host);
    }

    /** The host as written in the account ({@code ''} stays {@code ''}). */
    public String text()
    {
        return text;
    }

    /** True for the {@code base/mask} form. */
    public boolean isNetmask()
    {
        return netmask;
    }

    /** True if the pattern has an unescaped '%' or '_' (the empty host counts as '%'). */
    public boolean hasWildcards()
    {
        return pattern.hasWildcards();
    }

    /**
     * MariaDB's specificity number for this host (get_magic_sort of the pattern): smaller is more
     * specific; 0 for exact hosts and netmasks.
     */
    public long sortKey()
    {
        return sortKey;
    }

    /** True if a client at this address matches; see the class comment for {@code localhostMatchesLoopback}. */
    public boolean matches(final InetAddress client, final boolean localhostMatchesLoopback)
    {
        return matches(ClientHost.of(client, localhostMatchesLoopback));
    }

    boolean matches(final ClientHost client)
    {
        if (netmask && client.ipv4 != null)
        {
            return (client.ipv4Bits & mask) == base;
        }
        return (client.hostName != null && pattern.matches(client.hostName, true)) || pattern.matches(client.ip, false);
    }

    /** Negative if {@code a} is more specific than {@code b} (comes first in the server's list). */
    static int compareSpecificity(final HostPattern a, final HostPattern b)
    {
        final int bySort = Long.compare(a.sortKey, b.sortKey);
        if (bySort != 0)
        {
            return bySort;
        }
        // acl_user_compare: -strcmp(a, b), so "localhost" comes before "127.0.0.1"
        return -compareBytes(a.sortBytes, b.sortBytes);
    }

    private static int compareBytes(final byte[] a, final byte[] b)
    {
        final int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++)
        {
            final int d = (a[i] & 0xFF) - (b[i] & 0xFF);
            if (d != 0)
            {
                return d;
            }
        }
        return a.length - b.length;
    }

    /**
     * get_magic_sort for one 'h' pattern. N literal characters, M '_', K runs of '%', P the literal
     * prefix before the first wildcard, L = maxlen - N - M when there is a '%' (the longest string
     * the '%' can take), else 0. The number orders patterns by how many strings they can match.
     */
    static long magicSort(final String pattern)
    {
        long n = 0;
        long m = 0;
        long k = 0;
        long p = 0;
        for (int i = 0; i < pattern.length(); i++)
        {
            final char c = pattern.charAt(i);
            if (c == '%')
            {
                if (k == 0 && m == 0)
                {
                    p = n;
                }
                k++;
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == '%')
                {
                    i++;
                }
                continue;
            }
            if (c == '_')
            {
                if (k == 0 && m == 0)
                {
                    p = n;
                }
                m++;
                continue;
            }
            if (c == '\\' && i + 1 < pattern.length())
            {
                i++;
            }
            n++;
        }
        k = Math.min(k, 31);
        m = Math.min(m, 31);
        final long maxLen = MAX_HOST_LENGTH;
        final long l = k > 0 ? Math.max(0, maxLen - n - m) : 0;
        final long d = maxLen + 1;
        final long d1 = Math.min(d, 32);
        if (l > m)
        {
            return (((l * 2 + 1) * d + k) * d1 + m) * d + p;
        }
        return (((m * 2) * d + l) * d1 + k) * d + p;
    }

    /** A dotted IPv4 address in [from, to) as an unsigned 32-bit value, or -1. */
    static long parseIpv4(final String s, final int from, final int to)
    {
        long value = 0;
        int part = 0;
        int i = from;
        while (part < 4)
        {
            final int start = i;
            int octet = 0;
            while (i < to && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9')
            {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || octet > 255)
            {
                return -1;
            }
            value = value << 8 | octet;
            part++;
            if (part < 4)
            {
                if (i >= to || s.charAt(i) != '.')
                {
                    return -1;
                }
                i++;
            }
        }
        return i == to ? value : -1;
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof HostPattern && ((HostPattern)o).text.equals(text);
    }

    @Override
    public int hashCode()
    {
        return text.hashCode();
    }

    @Override
    public String toString()
    {
        return text;
    }

    /**
     * A client address in the forms the server compares: the IP as text, the IPv4 bits for netmasks,
     * and the host name ("localhost" for loopback when enabled, else null). Made once per lookup.
     */
    static final class ClientHost
    {
        final String ip;
        final Inet4Address ipv4;
        final int ipv4Bits;
        final String hostName;

        private ClientHost(final String ip, final Inet4Address ipv4, final String hostName)
        {
            this.ip = ip;
            this.ipv4 = ipv4;
            this.ipv4Bits = ipv4 == null ? 0 : bits(ipv4.getAddress());
            this.hostName = hostName;
        }

        static ClientHost of(final InetAddress address, final boolean localhostMatchesLoopback)
        {
            final InetAddress normalized = normalize(address);
            final Inet4Address v4 = normalized instanceof Inet4Address ? (Inet4Address)normalized : null;
            final String ip = v4 != null ? v4.getHostAddress() : formatIpv6(normalized.getAddress());
            final boolean loopback = v4 != null ? bits(v4.getAddress()) == 0x7F000001 : isIpv6Loopback(normalized);
            return new ClientHost(ip, v4, localhostMatchesLoopback && loopback ? "localhost" : null);
        }
    }

    /** IPv4-mapped and IPv4-compatible IPv6 addresses become IPv4 (vio_get_normalized_ip). */
    static InetAddress normalize(final InetAddress address)
    {
        if (address instanceof Inet6Address)
        {
            final byte[] a = address.getAddress();
            boolean zero80 = true;
            for (int i = 0; i < 10; i++)
            {
                zero80 &= a[i] == 0;
            }
            final boolean mapped = zero80 && a[10] == (byte)0xFF && a[11] == (byte)0xFF;
            final int low = bits(new byte[] {a[12], a[13], a[14], a[15]});
            final boolean compatible = zero80 && a[10] == 0 && a[11] == 0 && Integer.compareUnsigned(low, 1) > 0;
            if (mapped || compatible)
            {
                try
                {
                    return InetAddress.getByAddress(new byte[] {a[12], a[13], a[14], a[15]});
                }
                catch (final java.net.UnknownHostException e)
                {
                    throw new IllegalStateException(e); // never for 4 bytes
                }
            }
        }
        return address;
    }

    /** An IPv6 address as inet_ntop writes it: lower case, longest run (2+) of zero groups as "::". */
    static String formatIpv6(final byte[] a)
    {
        final int[] words = new int[8];
        for (int i = 0; i < 8; i++)
        {
            words[i] = (a[2 * i] & 0xFF) << 8 | (a[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; )
        {
            if (words[i] != 0)
            {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0)
            {
                j++;
            }
            if (j - i > bestLength)
            {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestLength < 2)
        {
            bestStart = -1;
        }
        final StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':')
            {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    private static boolean isIpv6Loopback(final InetAddress address)
    {
        final byte[] a = address.getAddress();
        for (int i = 0; i < 15; i++)
        {
            if (a[i] != 0)
            {
                return false;
            }
        }
        return a[15] == 1;
    }

    private static int bits(final byte[] a)
    {
        return (a[0] & 0xFF) << 24 | (a[1] & 0xFF) << 16 | (a[2] & 0xFF) << 8 | (a[3] & 0xFF);
    }
}
