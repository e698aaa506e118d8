package io.sluice.core.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [name]} section of an INI file with its entries in file order.
 *
 * @param name    section name (without brackets), never containing whitespace
 * @param line    1-based line number of the header, or 0 for a synthetic section
 * @param entries the entries in file order; keys are unique
 */
public record IniSection(String name, int line, List<IniEntry> entries)
{
    public IniSection
    {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
    }

    /** The entry with this exact key, if present. */
    public Optional<IniEntry> entry(String key)
    {
        for (IniEntry e : entries)
        {
            if (e.key().equals(key))
            {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
