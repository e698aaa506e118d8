package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostPatternTest
{
    @ParameterizedTest(name = "''{0}'' vs {1} (loopback=localhost: {2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
        "%                        | 10.1.2.3          | true  | true",
        "''                       | 10.1.2.3          | true  | true",
        "10.1.2.3                 | 10.1.2.3          | true  | true",
        "10.1.2.4                 | 10.1.2.3          | true  | false",
        "10.1.2.%                 | 10.1.2.3          | true  | true",
        "10.1.2.%                 | 10.1.20.3         | true  | false",
        "10.1._.3                 | 10.1.2.3          | true  | true",
        "10.1._.3                 | 10.1.22.3         | true  | false",
        "10.%                     | 10.255.0.1        | true  | true",
        "10.0.0.0/255.0.0.0       | 10.200.1.1        | true  | true",
        "10.0.0.0/255.255.255.0   | 10.0.1.1          | true  | false",
        "10.0.0.0/255.255.255.0   | ::ffff:10.0.0.7   | true  | true",
        "10.0.0.0/255.255.255.0   | ::1               | true  | false",
        "10.0.0.0/0.0.0.0         | 10.0.0.1          | true  | false",
        "127.0.0.1                | ::ffff:127.0.0.1  | true  | true",
        "127.0.0.%                | ::ffff:127.0.0.1  | false | true",
        "localhost                | 127.0.0.1         | true  | true",
        "localhost                | 127.0.0.1         | false | false",
        "localhost                | ::1               | true  | true",
        "localhost                | ::ffff:127.0.0.1  | true  | true",
        "LocalHost                | 127.0.0.1         | true  | true",
        "localhost                | 127.0.0.2         | true  | false",
        "localhost                | 10.0.0.1          | true  | false",
        "local%                   | 127.0.0.1         | true  | true",
        "::1                      | ::1               | true  | true",
        "::1                      | 127.0.0.1         | true  | false",
        "fe80::1                  | fe80:0:0:0:0:0:0:1| true  | true",
        "FE80::1                  | fe80::1           | true  | false",
        "2001:db8::%              | 2001:db8::5       | true  | true",
        "%                        | ::1               | false | true",
        "app.example.com          | 10.0.0.1          | true  | false",
        "%.example.com            | 10.0.0.1          | true  | false",
        "10.0.0.1\\%              | 10.0.0.1          | true  | false",
        "10\\.0.0.1               | 10.0.0.1          | true  | true",
    })
    void shouldMatchLikeTheServer(final String pattern, final String client, final boolean loopbackIsLocalhost,
                                  final boolean expected) throws Exception
    {
        final InetAddress address = InetAddress.getByName(client);
        assertEquals(expected, HostPattern.parse(pattern).matches(address, loopbackIsLocalhost));
    }

    @Test
    void shouldNormaliseAndFormatClientAddressesLikeInetNtop() throws Exception
    {
        assertEquals("::1", ip("::1"));
        assertEquals("::", ip("::"));
        assertEquals("fe80::1", ip("fe80:0:0:0:0:0:0:1"));
        assertEquals("2001:db8::1:0:0:1", ip("2001:db8:0:0:1:0:0:1"));
        assertEquals("1:0:0:2::3", ip("1:0:0:2:0:0:0:3"));
        assertEquals("1:2:3:4:5:6:7:0", ip("1:2:3:4:5:6:7:0"));
        assertEquals("0:0:1::", ip("0:0:1:0:0:0:0:0"));
        assertEquals("2001:db8::abcd", ip("2001:DB8::ABCD"));
        assertEquals("127.0.0.1", ip("::ffff:127.0.0.1"));
        assertEquals("10.1.2.3", ip("::10.1.2.3"));  // IPv4-compatible
        assertEquals("10.1.2.3", ip("10.1.2.3"));
    }

    /** The order MariaDB 11.4.5 chose, checked by logging in from 127.0.0.1 (see UserAccountLoaderIT). */
    @Test
    void shouldOrderMostSpecificFirstLikeMariaDb()
    {
        final List<String> expected = List.of("localhost", "127.0.0.1", "127.0.0.0/255.255.255.0", "12_.0.0.1",
            "127.0.0._", "127.0.0.%", "127.0.%", "1%", "%");
        final List<HostPattern> shuffled = new ArrayList<>();
        for (final String s : expected)
        {
            shuffled.add(HostPattern.parse(s));
        }
        Collections.shuffle(shuffled, new Random(42));
        shuffled.sort(HostPattern.MOST_SPECIFIC_FIRST);
        assertEquals(expected, shuffled.stream().map(HostPattern::text).toList());
    }

    @Test
    void shouldGiveExactHostsAndNetmasksTheSortKeyZero()
    {
        assertEquals(0, HostPattern.parse("10.0.0.1").sortKey());
        assertEquals(0, HostPattern.parse("localhost").sortKey());
        assertEquals(0, HostPattern.parse("10.0.0.0/255.0.0.0").sortKey());
        assertEquals(HostPattern.parse("%").sortKey(), HostPattern.parse("").sortKey());
        assertEquals(HostPattern.parse("%").sortKey(), HostPattern.parse("%%").sortKey());
        assertTrue(HostPattern.parse("10.0.0.0/255.0.0.0").isNetmask());
        assertFalse(HostPattern.parse("10.0.0.0/255.0.0.").isNetmask());
        assertFalse(HostPattern.parse("10.0.0.0/0.0.0.0").isNetmask());
    }

    @Test
    void shouldKeepMagicSortWithinThirtyBits()
    {
        final String longest = "%" + "_".repeat(31) + "%";
        assertTrue(HostPattern.magicSort("%") < 1L << 30);
        assertTrue(HostPattern.magicSort(longest) < 1L << 30);
        // more literal characters before the '%' make it more specific
        assertTrue(HostPattern.magicSort("10.0.%") < HostPattern.magicSort("10.%"));
        // '\%' is a literal: no wildcard at all
        assertEquals(0, HostPattern.magicSort("a\\%b"));
    }

    @Test
    void shouldParseDottedIpv4Strictly()
    {
        assertEquals(0x0A000001L, HostPattern.parseIpv4("10.0.0.1", 0, 8));
        assertEquals(0xFFFFFFFFL, HostPattern.parseIpv4("255.255.255.255", 0, 15));
        assertEquals(-1, HostPattern.parseIpv4("256.0.0.1", 0, 9));
        assertEquals(-1, HostPattern.parseIpv4("10.0.0", 0, 6));
        assertEquals(-1, HostPattern.parseIpv4("10.0.0.1.", 0, 9));
        assertEquals(-1, HostPattern.parseIpv4("10.0.x.1", 0, 8));
    }

    private static String ip(final String text) throws Exception
    {
        return HostPattern.ClientHost.of(InetAddress.getByName(text), false).ip;
    }
}
