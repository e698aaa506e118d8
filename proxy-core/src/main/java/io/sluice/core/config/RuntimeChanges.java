package io.sluice.core.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sections created, altered or destroyed at run time through the admin API (MaxScale's {@code persistdir}
 * idea), kept in {@code DATADIR/runtime-changes.json} so a restart keeps them. Laid over the configuration
 * file, they give the configuration in force: a section of the file that was altered is replaced where it
 * stands, one that was destroyed is left out, new ones follow. Immutable: each change makes a new value,
 * which the caller saves only once the configuration it gives has been validated and applied.
 */
public final class RuntimeChanges
{
    /** The file in the data directory. */
    public static final String FILE_NAME = "runtime-changes.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Line numbers of runtime sections: far past any file, so an error's line shows where it came from. */
    private static final int RUNTIME_LINE = 1_000_000;

    private final Map<String, Map<String, String>> sections;
    private final Set<String> removed;

    private RuntimeChanges(final Map<String, Map<String, String>> sections, final Set<String> removed)
    {
        this.sections = sections;
        this.removed = removed;
    }

    /** None. */
    public static RuntimeChanges none()
    {
        return new RuntimeChanges(new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    /** The changes saved in the data directory, or none. */
    public static RuntimeChanges load(final Path dataDir) throws ConfigException
    {
        final Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file))
        {
            return none();
        }
        try
        {
            final Stored stored = JSON.readValue(file.toFile(), new TypeReference<Stored>()
            {
            });
            return new RuntimeChanges(new LinkedHashMap<>(stored.sections), new LinkedHashSet<>(stored.removed));
        }
        catch (final IOException e)
        {
            throw new ConfigException(file.toString(), 0, "cannot read the runtime changes: " + e.getMessage(), e);
        }
    }

    /** The JSON form. */
    public static final class Stored
    {
        public Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        public List<String> removed = new ArrayList<>();
    }

    /** Writes the changes (replaced atomically). */
    public void save(final Path dataDir) throws IOException
    {
        Files.createDirectories(dataDir);
        final Stored stored = new Stored();
        stored.sections = sections;
        stored.removed = new ArrayList<>(removed);
        final Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(stored));
        Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's sections with these changes laid over them. */
    public IniFile over(final IniFile base)
    {
        final List<IniSection> result = new ArrayList<>();
        final Set<String> placed = new LinkedHashSet<>();
        for (final IniSection s : base.sections())
        {
            if (sections.containsKey(s.name()))
            {
                result.add(section(s.name(), sections.get(s.name())));
                placed.add(s.name());
            }
            else if (!removed.contains(s.name()))
            {
                result.add(s);
            }
        }
        for (final Map.Entry<String, Map<String, String>> e : sections.entrySet())
        {
            if (!placed.contains(e.getKey()))
            {
                result.add(section(e.getKey(), e.getValue()));
            }
        }
        return new IniFile(base.fileName(), result);
    }

    private static IniSection section(final String name, final Map<String, String> values)
    {
        final List<IniEntry> entries = new ArrayList<>();
        for (final Map.Entry<String, String> e : values.entrySet())
        {
            entries.add(new IniEntry(e.getKey(), e.getValue(), RUNTIME_LINE));
        }
        return new IniSection(name, RUNTIME_LINE, entries);
    }

    /** A section created at run time: refused when the configuration in force already has one of that name. */
    public RuntimeChanges create(final IniFile inForce, final String name, final Map<String, String> values)
    {
        if (inForce.section(name).isPresent())
        {
            throw new IllegalArgumentException("a section named '" + name + "' already exists");
        }
        if (name.isBlank() || name.contains("]") || name.contains("\n"))
        {
            throw new IllegalArgumentException("'" + name + "' is not a valid section name");
        }
        final RuntimeChanges next = copy();
        next.removed.remove(name);
        next.sections.put(name, new LinkedHashMap<>(values));
        return next;
    }

    /** A section's parameters changed (a value of null removes one); its type cannot change. */
    public RuntimeChanges alter(final IniFile inForce, final String name, final Map<String, String> changes)
    {
        final IniSection current = inForce.section(name).orElseThrow(() ->
            new IllegalArgumentException("no section named '" + name + "'"));
        if (changes.containsKey("type"))
        {
            throw new IllegalArgumentException("the type of [" + name + "] cannot change");
        }
        final Map<String, String> values = new LinkedHashMap<>();
        for (final IniEntry e : current.entries())
        {
            values.put(e.key(), e.value());
        }
        for (final Map.Entry<String, String> c : changes.entrySet())
        {
            if (c.getValue() == null)
            {
                values.remove(c.getKey());
            }
            else
            {
                values.put(c.getKey(), c.getValue());
            }
        }
        final RuntimeChanges next = copy();
        next.sections.put(name, values);
        return next;
    }

    /** A section destroyed. */
    public RuntimeChanges destroy(final IniFile inForce, final String name)
    {
        if (inForce.section(name).isEmpty())
        {
            throw new IllegalArgumentException("no section named '" + name + "'");
        }
        final RuntimeChanges next = copy();
        next.sections.remove(name);
        next.removed.add(name);
        return next;
    }

    private RuntimeChanges copy()
    {
        final Map<String, Map<String, String>> s = new LinkedHashMap<>();
        sections.forEach((k, v) -> s.put(k, new LinkedHashMap<>(v)));
        return new RuntimeChanges(s, new LinkedHashSet<>(removed));
    }

    /** The sections this change set touches (created, altered or destroyed). */
    public Set<String> touched()
    {
        final Set<String> all = new LinkedHashSet<>(sections.keySet());
        all.addAll(removed);
        return all;
    }
}
