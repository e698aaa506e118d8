package io.sluice.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed INI file in MaxScale's dialect: syntax only, no knowledge of parameters.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code [name]} starts a section; the name is trimmed and must not be empty or contain whitespace
 *       or brackets; a name may appear only once.</li>
 *   <li>{@code key=value} adds an entry (key and value trimmed; the value is everything after the first
 *       {@code =}, so it may itself contain {@code =}); a key may appear only once per section.</li>
 *   <li>Lines whose first non-blank character is {@code #} or {@code ;} are comments. There are no
 *       inline comments: {@code password=a#b} is the value {@code a#b}.</li>
 *   <li>A line starting with whitespace right after an entry (comments in between allowed, blank lines
 *       not) continues that entry's value, joined with a single space (inih style).</li>
 * </ul>
 *
 * @param fileName the file name used in error messages
 * @param sections the sections in file order
 */
public record IniFile(String fileName, List<IniSection> sections)
{
    public IniFile
    {
        Objects.requireNonNull(fileName, "fileName");
        sections = List.copyOf(sections);
    }

    /** Reads and parses a UTF-8 file; errors name the file as given. */
    public static IniFile parse(Path file) throws ConfigException
    {
        String text;
        try
        {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e)
        {
            throw new ConfigException(file.toString(), 0, "cannot read the file: " + e, e);
        }
        return parse(file.toString(), text);
    }

    /** Parses {@code text}; {@code fileName} is only used in error messages. */
    public static IniFile parse(String fileName, String text) throws ConfigException
    {
        return new Parser(fileName).parse(text);
    }

    /** The section with this exact name, if present. */
    public Optional<IniSection> section(String name)
    {
        for (IniSection s : sections)
        {
            if (s.name().equals(name))
            {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Line-by-line parser state. */
    private static final class Parser
    {
        private final String file;
        private final List<IniSection> done = new ArrayList<>();
        private final Map<String, Integer> sectionLines = new HashMap<>();
        private String sectionName;
        private int sectionLine;
        private final List<String> keys = new ArrayList<>();
        private final List<StringBuilder> values = new ArrayList<>();
        private final List<Integer> keyLines = new ArrayList<>();
        private final Map<String, Integer> keyIndex = new HashMap<>();
        /** True while an indented line would continue the last entry. */
        private boolean continuable;

        Parser(String file)
        {
            this.file = file;
        }

        IniFile parse(String text) throws ConfigException
        {
            if (text.startsWith("\uFEFF"))
            {
                text = text.substring(1);
            }
            String[] lines = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++)
            {
                parseLine(lines[i], i + 1);
            }
            closeSection();
            return new IniFile(file, done);
        }

        private void parseLine(String raw, int lineNo) throws ConfigException
        {
            String line = raw.strip();
            if (line.isEmpty())
            {
                continuable = false;
                return;
            }
            if (line.startsWith("#") || line.startsWith(";"))
            {
                return;
            }
            if (continuable && Character.isWhitespace(raw.charAt(0)))
            {
                StringBuilder value = values.get(values.size() - 1);
                if (value.length() > 0)
                {
                    value.append(' ');
                }
                value.append(line);
                return;
            }
            if (line.startsWith("["))
            {
                header(line, lineNo);
                return;
            }
            if (sectionName == null)
            {
                throw new ConfigException(file, lineNo,
                        "text outside of any section (a [section] header must come first)");
            }
            int eq = line.indexOf('=');
            if (eq < 0)
            {
                throw new ConfigException(file, lineNo,
                        "expected 'key=value' or a [section] header, got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            if (key.isEmpty())
            {
                throw new ConfigException(file, lineNo, "missing parameter name before '='");
            }
            Integer first = keyIndex.get(key);
            if (first != null)
            {
                throw new ConfigException(file, lineNo, "duplicate parameter '" + key + "' in section ["
                        + sectionName + "] (first set at line " + keyLines.get(first) + ")");
            }
            keyIndex.put(key, keys.size());
            keys.add(key);
            values.add(new StringBuilder(line.substring(eq + 1).strip()));
            keyLines.add(lineNo);
            continuable = true;
        }

        private void header(String line, int lineNo) throws ConfigException
        {
            if (!line.endsWith("]") || line.length() < 2)
            {
                throw new ConfigException(file, lineNo, "malformed section header '" + line + "' (expected [name])");
            }
            String name = line.substring(1, line.length() - 1).strip();
            if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0)
            {
                throw new ConfigException(file, lineNo, "malformed section header '" + line + "' (expected [name])");
            }
            for (int i = 0; i < name.length(); i++)
            {
                if (Character.isWhitespace(name.charAt(i)))
                {
                    throw new ConfigException(file, lineNo, "section name '" + name + "' contains whitespace");
                }
            }
            Integer first = sectionLines.get(name);
            if (first != null)
            {
                throw new ConfigException(file, lineNo,
                        "duplicate section [" + name + "] (first defined at line " + first + ")");
            }
            closeSection();
            sectionLines.put(name, lineNo);
            sectionName = name;
            sectionLine = lineNo;
            continuable = false;
        }

        private void closeSection()
        {
            if (sectionName == null)
            {
                return;
            }
            List<IniEntry> entries = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++)
            {
                entries.add(new IniEntry(keys.get(i), values.get(i).toString(), keyLines.get(i)));
            }
            done.add(new IniSection(sectionName, sectionLine, entries));
            keys.clear();
            values.clear();
            keyLines.clear();
            keyIndex.clear();
        }
    }
}
