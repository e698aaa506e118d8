package io.sluice.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniFileTest
{
    private static String lines(String... lines)
    {
        return String.join("\n", lines) + "\n";
    }

    private static String error(String text)
    {
        return assertThrows(ConfigException.class, () -> IniFile.parse("test.cnf", text)).getMessage();
    }

    @Test
    void shouldParseSectionsAndEntriesWithLineNumbers() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", lines(
                "[maxscale]",
                "threads=auto",
                "",
                "[db1]",
                "type=server",
                "address=10.0.0.11"));
        assertEquals("test.cnf", ini.fileName());
        assertEquals(List.of(
                new IniSection("maxscale", 1, List.of(new IniEntry("threads", "auto", 2))),
                new IniSection("db1", 4,
                        List.of(new IniEntry("type", "server", 5), new IniEntry("address", "10.0.0.11", 6)))),
                ini.sections());
        assertEquals(new IniEntry("address", "10.0.0.11", 6),
                ini.section("db1").orElseThrow().entry("address").orElseThrow());
        assertEquals(true, ini.section("db2").isEmpty());
    }

    @Test
    void shouldTrimKeysValuesAndSectionNamesAndKeepEqualsSignsInValues() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", lines(
                "  [ s1 ]  ",
                "  key   =   some value  ",
                "password=a=b#c;d",
                "empty="));
        IniSection s = ini.sections().get(0);
        assertEquals("s1", s.name());
        assertEquals(List.of(new IniEntry("key", "some value", 2), new IniEntry("password", "a=b#c;d", 3),
                new IniEntry("empty", "", 4)), s.entries());
    }

    @Test
    void shouldSkipCommentsAndBlankLines() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", lines(
                "# leading comment",
                "; another",
                "",
                "[s]",
                "   # indented comment",
                "a=1",
                "; a=2",
                "",
                "b=2"));
        assertEquals(List.of(new IniSection("s", 4, List.of(new IniEntry("a", "1", 6), new IniEntry("b", "2", 9)))),
                ini.sections());
    }

    @Test
    void shouldJoinContinuationLinesWithASingleSpace() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", lines(
                "[svc]",
                "servers=db1,",
                "    db2,",
                "\tdb3",
                "user=u"));
        assertEquals(List.of(new IniEntry("servers", "db1, db2, db3", 2), new IniEntry("user", "u", 5)),
                ini.sections().get(0).entries());
    }

    @Test
    void shouldEndContinuationAtBlankLineButNotAtComment() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", lines(
                "[s]",
                "a=1",
                "# comment",
                "  2",
                "",
                "  b=3"));
        assertEquals(List.of(new IniEntry("a", "1 2", 2), new IniEntry("b", "3", 6)), ini.sections().get(0).entries());
    }

    @Test
    void shouldAcceptCrLfLineEndsAndByteOrderMark() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", "\uFEFF[s]\r\na=1\r\n\r\nb=2\r\n");
        assertEquals(List.of(new IniSection("s", 1, List.of(new IniEntry("a", "1", 2), new IniEntry("b", "2", 4)))),
                ini.sections());
    }

    @Test
    void shouldParseAnEmptyFile() throws Exception
    {
        assertEquals(List.of(), IniFile.parse("test.cnf", "").sections());
    }

    @Test
    void shouldRefuseTextOutsideAnySection()
    {
        assertEquals("test.cnf:2: text outside of any section (a [section] header must come first)",
                error(lines("# comment", "threads=4", "[s]")));
    }

    @Test
    void shouldRefuseLineWithoutEquals()
    {
        assertEquals("test.cnf:3: expected 'key=value' or a [section] header, got 'threads 4'",
                error(lines("[s]", "a=1", "threads 4")));
    }

    @Test
    void shouldRefuseEmptyKey()
    {
        assertEquals("test.cnf:2: missing parameter name before '='", error(lines("[s]", "  = 4")));
    }

    @Test
    void shouldRefuseDuplicateSection()
    {
        assertEquals("test.cnf:4: duplicate section [db1] (first defined at line 1)",
                error(lines("[db1]", "a=1", "", "[db1]")));
    }

    @Test
    void shouldRefuseDuplicateKeyInOneSection()
    {
        assertEquals("test.cnf:4: duplicate parameter 'port' in section [db1] (first set at line 2)",
                error(lines("[db1]", "port=1", "address=x", "port = 2")));
    }

    @Test
    void shouldAllowSameKeyInDifferentSections() throws Exception
    {
        IniFile ini = IniFile.parse("test.cnf", lines("[a]", "port=1", "[b]", "port=2"));
        assertEquals("2", ini.section("b").orElseThrow().entry("port").orElseThrow().value());
    }

    @Test
    void shouldRefuseMalformedSectionHeaders()
    {
        assertEquals("test.cnf:1: malformed section header '[db1' (expected [name])", error(lines("[db1")));
        assertEquals("test.cnf:1: malformed section header '[]' (expected [name])", error(lines("[]")));
        assertEquals("test.cnf:1: malformed section header '[db1] x' (expected [name])", error(lines("[db1] x")));
        assertEquals("test.cnf:1: malformed section header '[a[b]' (expected [name])", error(lines("[a[b]")));
    }

    @Test
    void shouldRefuseWhitespaceInSectionName()
    {
        assertEquals("test.cnf:2: section name 'my db' contains whitespace", error(lines("", "[my db]")));
    }

    @Test
    void shouldParseFileFromPath(@TempDir Path dir) throws Exception
    {
        Path file = dir.resolve("sluice.cnf");
        Files.writeString(file, lines("[s]", "a=1"));
        IniFile ini = IniFile.parse(file);
        assertEquals(file.toString(), ini.fileName());
        assertEquals(List.of(new IniEntry("a", "1", 2)), ini.sections().get(0).entries());
    }

    @Test
    void shouldReportUnreadableFileWithoutLine(@TempDir Path dir)
    {
        Path file = dir.resolve("missing.cnf");
        ConfigException e = assertThrows(ConfigException.class, () -> IniFile.parse(file));
        assertEquals(file + ": cannot read the file: java.nio.file.NoSuchFileException: " + file, e.getMessage());
        assertEquals(0, e.line());
        assertEquals(file.toString(), e.file());
    }

    @Test
    void shouldFormatConfigExceptionMessage()
    {
        ConfigException e = new ConfigException("a.cnf", 12, "bad");
        assertEquals("a.cnf:12: bad", e.getMessage());
        assertEquals("a.cnf", e.file());
        assertEquals(12, e.line());
        assertEquals("bad", e.detail());
        assertEquals("a.cnf: bad", new ConfigException("a.cnf", 0, "bad").getMessage());
    }
}
