package io.sluice.api;

import java.util.List;
import java.util.function.Function;

/**
 * An operator command of a monitor, e.g. {@code switchover}.
 *
 * @param usage       the arguments, e.g. {@code [new-primary] [current-primary]}
 * @param description one line for command lists
 * @param action      runs the command with the operator's arguments and returns a JSON-ready result;
 *                    throws {@link IllegalArgumentException} for bad arguments and
 *                    {@link IllegalStateException} when the cluster does not allow it, with a message
 *                    for the operator
 */
public record MonitorCommand(String usage, String description, Function<List<String>, Object> action)
{
    public MonitorCommand
    {
        if (usage == null || description == null || action == null)
        {
            throw new IllegalArgumentException("usage, description and action are required");
        }
    }
}
