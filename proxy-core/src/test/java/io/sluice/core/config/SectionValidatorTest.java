package io.sluice.core.config;

import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionValidatorTest
{
    enum Mode
    {
        FAST, SAFE_MODE
    }

    private static final SectionSpec SPEC = SectionSpec.of(
            ParamSpec.mandatory("address", ParamType.STRING, "where"),
            ParamSpec.withDefault("port", ParamType.PORT, "3306", "port"),
            ParamSpec.withDefault("timeout", ParamType.DURATION, "1500ms", "timeout"),
            ParamSpec.withDefault("buffer", ParamType.SIZE, "16Ki", "buffer"),
            ParamSpec.withDefault("enabled", ParamType.BOOL, "yes", "on/off"),
            ParamSpec.withDefault("mode", ParamType.enumeration("fast", "safe-mode"), "fast", "mode"),
            ParamSpec.optional("tags", ParamType.LIST, "tags"),
            ParamSpec.optional("password", ParamType.PASSWORD, "secret"));

    private static IniSection section(IniEntry... entries)
    {
        return new IniSection("db1", 3, List.of(entries));
    }

    private static String error(IniSection s)
    {
        return assertThrows(ConfigException.class, () -> SectionValidator.validate(SPEC, "x.cnf", s)).getMessage();
    }

    @Test
    void shouldApplyDefaultsAtSectionLine() throws Exception
    {
        Params p = SectionValidator.validate(SPEC, "x.cnf", section(new IniEntry("address", "h1", 4)));
        assertEquals("x.cnf", p.file());
        assertEquals("db1", p.section());
        assertEquals(3, p.sectionLine());
        assertEquals("h1", p.string("address"));
        assertTrue(p.isSet("address"));
        assertEquals(4, p.line("address"));
        assertEquals(3306, p.integer("port"));
        assertFalse(p.isSet("port"));
        assertEquals(3, p.line("port"));
        assertEquals(Optional.of("3306"), p.text("port"));
        assertEquals(1_500_000_000L, p.durationNs("timeout"));
        assertEquals(1500L, p.durationMs("timeout"));
        assertEquals(16384L, p.sizeBytes("buffer"));
        assertTrue(p.bool("enabled"));
        assertEquals("fast", p.enumValue("mode"));
        assertEquals(Mode.FAST, p.enumValue("mode", Mode.class));
        assertEquals(List.of(), p.list("tags"));
        assertFalse(p.hasValue("password"));
        assertEquals(Optional.empty(), p.optionalString("password"));
        assertEquals(List.of("address", "port", "timeout", "buffer", "enabled", "mode", "tags", "password"), p.names());
    }

    @Test
    void shouldConvertSetValues() throws Exception
    {
        Params p = SectionValidator.validate(SPEC, "x.cnf", section(
                new IniEntry("mode", "Safe-Mode", 4),
                new IniEntry("address", "h1", 5),
                new IniEntry("tags", "a, b", 6),
                new IniEntry("enabled", "off", 7),
                new IniEntry("password", "pw", 8)));
        assertEquals(Mode.SAFE_MODE, p.enumValue("mode", Mode.class));
        assertEquals("safe-mode", p.string("mode"));
        assertEquals(List.of("a", "b"), p.list("tags"));
        assertFalse(p.bool("enabled"));
        assertEquals("pw", p.string("password"));
        assertEquals(6, p.line("tags"));
        assertEquals("[db1]{address=h1, port=3306, timeout=1500ms, buffer=16Ki, enabled=off, mode=Safe-Mode, tags=a, "
                + "b, password=*****}",
                p.toString());
    }

    @Test
    void shouldRefuseUnknownParameterWithSuggestion()
    {
        assertEquals("x.cnf:5: unknown parameter 'adress' in section [db1] (did you mean 'address'?)",
                error(section(new IniEntry("port", "1", 4), new IniEntry("adress", "h", 5))));
        assertEquals("x.cnf:4: unknown parameter 'weight' in section [db1]",
                error(section(new IniEntry("weight", "1", 4))));
    }

    @Test
    void shouldRefuseBadValueAtItsLine()
    {
        assertEquals("x.cnf:5: invalid value '70000' for 'port': expected a port number between 1 and 65535",
                error(section(new IniEntry("address", "h", 4), new IniEntry("port", "70000", 5))));
    }

    @Test
    void shouldReportMissingMandatoryAtSectionLine()
    {
        assertEquals("x.cnf:3: missing mandatory parameter 'address' in section [db1]",
                error(section(new IniEntry("port", "1", 4))));
        SectionSpec two = SectionSpec.of(ParamSpec.mandatory("a", ParamType.STRING, "a"),
                ParamSpec.mandatory("b", ParamType.STRING, "b"));
        assertEquals("x.cnf:3: missing mandatory parameters 'a', 'b' in section [db1]",
                assertThrows(ConfigException.class,
                        () -> SectionValidator.validate(two, "x.cnf", section())).getMessage());
    }

    @Test
    void shouldMergeSpecsAndRefuseClashes()
    {
        SectionSpec extra = SectionSpec.of(ParamSpec.withDefault("weight", ParamType.integer(0, 10), "1", "w"));
        SectionSpec merged = SPEC.merge(extra);
        assertEquals(9, merged.params().size());
        assertEquals("weight", merged.params().get(8).name());
        assertEquals(Optional.of("1"), merged.find("weight").flatMap(ParamSpec::defaultValue));
        assertEquals("parameter 'port' declared twice", assertThrows(IllegalArgumentException.class,
                () -> SPEC.merge(SectionSpec.of(ParamSpec.optional("port", ParamType.STRING, "p")))).getMessage());
    }

    @Test
    void shouldRefuseBadDefaultWhenDeclaring()
    {
        assertEquals("bad default '10' for 'timeout': a duration needs a unit: h, m, s or ms (e.g. 10s, 500ms)",
                assertThrows(IllegalArgumentException.class,
                        () -> ParamSpec.withDefault("timeout", ParamType.DURATION, "10", "t")).getMessage());
    }

    @Test
    void shouldDescribeParamSpec()
    {
        ParamSpec p = ParamSpec.withDefault("port", ParamType.PORT, "3306", "TCP port");
        assertEquals("port", p.name());
        assertEquals(ParamType.PORT, p.type());
        assertEquals(Optional.of("3306"), p.defaultValue());
        assertFalse(p.mandatory());
        assertEquals("TCP port", p.description());
        assertTrue(ParamSpec.mandatory("a", ParamType.STRING, "a").mandatory());
        assertEquals(Optional.empty(), ParamSpec.optional("a", ParamType.STRING, "a").defaultValue());
    }

    @Test
    void shouldRefuseMisuseOfAccessors() throws Exception
    {
        Params p = SectionValidator.validate(SPEC, "x.cnf", section(new IniEntry("address", "h1", 4)));
        assertEquals("parameter 'nope' is not declared for [db1]",
                assertThrows(IllegalArgumentException.class, () -> p.string("nope")).getMessage());
        assertEquals("parameter 'port' is of type port",
                assertThrows(IllegalArgumentException.class, () -> p.bool("port")).getMessage());
        assertEquals("parameter 'password' of [db1] is not set and has no default",
                assertThrows(NoSuchElementException.class, () -> p.string("password")).getMessage());
    }
}
