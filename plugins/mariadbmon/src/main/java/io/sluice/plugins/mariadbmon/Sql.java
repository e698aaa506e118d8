package io.sluice.plugins.mariadbmon;

/** Quoting for the few statements the monitor builds from names and passwords. */
final class Sql
{
    private Sql()
    {
    }

    /**
     * A string literal: {@code 'it''s'} with backslashes doubled (MariaDB's default sql_mode reads them as escapes).
     */
    static String quote(final String value)
    {
        final StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            switch (c)
            {
                case '\'' -> out.append("''");
                case '\\' -> out.append("\\\\");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
