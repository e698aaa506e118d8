package io.sluice.core.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A text table for people: a header, a rule, one aligned row per item, columns two spaces apart. */
final class Table
{
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(final String... header)
    {
        this.header = List.of(header);
    }

    Table row(final Object... cells)
    {
        final List<String> row = new ArrayList<>(cells.length);
        for (final Object cell : cells)
        {
            row.add(cell == null ? "" : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    int size()
    {
        return rows.size();
    }

    void print(final PrintWriter out)
    {
        final int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++)
        {
            widths[i] = header.get(i).length();
            for (final List<String> row : rows)
            {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, header, widths);
        final List<String> rule = new ArrayList<>();
        for (final int width : widths)
        {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        for (final List<String> row : rows)
        {
            line(out, row, widths);
        }
        out.flush();
    }

    private static void line(final PrintWriter out, final List<String> cells, final int[] widths)
    {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++)
        {
            if (i > 0)
            {
                text.append("  ");
            }
            text.append(cells.get(i));
            if (i < cells.size() - 1)
            {
                text.append(" ".repeat(widths[i] - cells.get(i).length()));
            }
        }
        out.println(text);
    }
}
