package io.sluice.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamTypeTest
{
    private static String refusal(ParamType type, String text)
    {
        return assertThrows(IllegalArgumentException.class, () -> type.parse(text)).getMessage();
    }

    @Test
    void shouldParseDurationsWithUnits()
    {
        assertEquals(10_000_000_000L, ParamType.DURATION.parse("10s"));
        assertEquals(500_000_000L, ParamType.DURATION.parse("500ms"));
        assertEquals(60_000_000_000L, ParamType.DURATION.parse("1m"));
        assertEquals(60_000_000_000L, ParamType.DURATION.parse("1min"));
        assertEquals(7_200_000_000_000L, ParamType.DURATION.parse("2h"));
        assertEquals(3_000_000_000L, ParamType.DURATION.parse("3S"));
        assertEquals(0L, ParamType.DURATION.parse("0s"));
    }

    @Test
    void shouldRefuseBadDurations()
    {
        String needsUnit = "a duration needs a unit: h, m, s or ms (e.g. 10s, 500ms)";
        assertEquals(needsUnit, refusal(ParamType.DURATION, "10"));
        assertEquals(needsUnit, refusal(ParamType.DURATION, "abc"));
        assertEquals(needsUnit, refusal(ParamType.DURATION, ""));
        assertEquals("unknown duration unit 'x': use h, m, s or ms (e.g. 10s, 500ms)",
                refusal(ParamType.DURATION, "10x"));
        assertEquals("unknown duration unit ' s': use h, m, s or ms (e.g. 10s, 500ms)",
                refusal(ParamType.DURATION, "10 s"));
        assertEquals("a duration cannot be negative", refusal(ParamType.DURATION, "-1s"));
        assertEquals("a duration is a whole number with a unit; use a smaller unit (e.g. 1500ms)",
                refusal(ParamType.DURATION, "1.5s"));
        assertEquals("duration too large", refusal(ParamType.DURATION, "9999999999999h"));
    }

    @Test
    void shouldCheckDurationBounds()
    {
        ParamType t = ParamType.duration(Duration.ofMillis(100), Duration.ofHours(1));
        assertEquals(100_000_000L, t.parse("100ms"));
        assertEquals(3_600_000_000_000L, t.parse("60m"));
        assertEquals("must be between 100ms and 1h", refusal(t, "99ms"));
        assertEquals("must be between 100ms and 1h", refusal(t, "61m"));
        assertEquals("must be at least 1s",
                refusal(ParamType.duration(Duration.ofSeconds(1), Duration.ofNanos(Long.MAX_VALUE)), "0s"));
    }

    @Test
    void shouldParseSizes()
    {
        assertEquals(65536L, ParamType.SIZE.parse("64Ki"));
        assertEquals(65536L, ParamType.SIZE.parse("64ki"));
        assertEquals(1_000_000L, ParamType.SIZE.parse("1M"));
        assertEquals(16L * 1024 * 1024, ParamType.SIZE.parse("16Mi"));
        assertEquals(2_000L, ParamType.SIZE.parse("2k"));
        assertEquals(3_000_000_000L, ParamType.SIZE.parse("3G"));
        assertEquals(1L << 30, ParamType.SIZE.parse("1Gi"));
        assertEquals(5_000_000_000_000L, ParamType.SIZE.parse("5T"));
        assertEquals(1L << 40, ParamType.SIZE.parse("1Ti"));
        assertEquals(1024L, ParamType.SIZE.parse("1024"));
        assertEquals(0L, ParamType.SIZE.parse("0"));
    }

    @Test
    void shouldRefuseBadSizes()
    {
        assertEquals("unknown size suffix 'Q': use K, M, G, T (x1000) or Ki, Mi, Gi, Ti (x1024), e.g. 64Ki",
                refusal(ParamType.SIZE, "1Q"));
        assertEquals("a size cannot be negative", refusal(ParamType.SIZE, "-5"));
        assertEquals("a size is a whole number of bytes, optionally with a suffix K, M, G, T (x1000) or Ki, Mi, Gi, Ti "
                + "(x1024), e.g. 64Ki",
                refusal(ParamType.SIZE, "big"));
        assertEquals("size too large", refusal(ParamType.SIZE, "9999999999Ti"));
        assertEquals("size too large", refusal(ParamType.SIZE, "99999999999999999999"));
    }

    @Test
    void shouldParseBooleansInAllSpellings()
    {
        for (String t : List.of("true", "TRUE", "yes", "Yes", "on", "ON", "1"))
        {
            assertEquals(true, ParamType.BOOL.parse(t), t);
        }
        for (String f : List.of("false", "False", "no", "NO", "off", "Off", "0"))
        {
            assertEquals(false, ParamType.BOOL.parse(f), f);
        }
        assertEquals("expected a boolean: true/false, yes/no, on/off or 1/0", refusal(ParamType.BOOL, "maybe"));
        assertEquals("expected a boolean: true/false, yes/no, on/off or 1/0", refusal(ParamType.BOOL, "2"));
    }

    @Test
    void shouldParseIntegersInRangeAndAuto()
    {
        ParamType t = ParamType.integer(1, 256);
        assertEquals(1, t.parse("1"));
        assertEquals(256, t.parse("256"));
        assertEquals("expected an integer between 1 and 256", refusal(t, "0"));
        assertEquals("expected an integer between 1 and 256", refusal(t, "auto"));
        assertEquals("expected an integer between 1 and 256", refusal(t, "99999999999999999999"));
        ParamType auto = ParamType.integerOrAuto(1, 256);
        assertSame(Params.AUTO, auto.parse("AUTO"));
        assertEquals(8, auto.parse("8"));
        assertEquals("expected 'auto' or an integer between 1 and 256", refusal(auto, "257"));
    }

    @Test
    void shouldParsePorts()
    {
        assertEquals(1, ParamType.PORT.parse("1"));
        assertEquals(65535, ParamType.PORT.parse("65535"));
        assertEquals("expected a port number between 1 and 65535", refusal(ParamType.PORT, "0"));
        assertEquals("expected a port number between 1 and 65535", refusal(ParamType.PORT, "65536"));
        assertEquals("expected a port number between 1 and 65535", refusal(ParamType.PORT, "http"));
    }

    @Test
    void shouldParseEnumsIgnoringCaseAndReturnDeclaredSpelling()
    {
        ParamType t = ParamType.enumeration("auto", "epoll", "nio");
        assertEquals("epoll", t.parse("EPoll"));
        assertEquals("expected one of: auto, epoll, nio; did you mean 'epoll'?", refusal(t, "epol"));
        assertEquals("expected one of: auto, epoll, nio", refusal(t, "kqueue"));
    }

    @Test
    void shouldParseListsTrimmingItems()
    {
        assertEquals(List.of("db1", "db2", "db3"), ParamType.LIST.parse("db1, db2 ,db3"));
        assertEquals(List.of("db1"), ParamType.LIST.parse("db1"));
        assertEquals(List.of(), ParamType.LIST.parse(""));
        assertEquals("empty item in comma-separated list", refusal(ParamType.LIST, "db1,,db2"));
        assertEquals("empty item in comma-separated list", refusal(ParamType.LIST, "db1,"));
    }

    @Test
    void shouldKeepStringsAsWritten()
    {
        assertEquals("a b=c", ParamType.STRING.parse("a b=c"));
        assertEquals("s3cr#t", ParamType.PASSWORD.parse("s3cr#t"));
    }
}
