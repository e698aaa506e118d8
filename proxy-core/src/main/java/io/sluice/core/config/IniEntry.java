package io.sluice.core.config;

import java.util.Objects;

/**
 * One {@code key=value} line of an INI section (continuation lines already joined).
 *
 * @param key   parameter name, trimmed, never empty
 * @param value parameter value, trimmed, possibly empty
 * @param line  1-based line number of the key
 */
public record IniEntry(String key, String value, int line)
{
    public IniEntry
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
