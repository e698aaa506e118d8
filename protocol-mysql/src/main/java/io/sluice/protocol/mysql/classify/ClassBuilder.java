package io.sluice.protocol.mysql.classify;

import java.util.ArrayList;
import java.util.List;

/** A {@link Classification} under construction, while {@link QueryClassifier} reads a statement. */
final class ClassBuilder
{
    int mask;
    int flags;
    Operation op = Operation.UNDEFINED;
    final List<String> tables = new ArrayList<>(4);
    final List<String> temp = new ArrayList<>(1);
    String name;
    Classification inner;

    void unparsed()
    {
        mask |= QueryType.WRITE;
        flags |= Classification.FLAG_UNPARSED;
    }

    void implicitCommit()
    {
        mask |= QueryType.WRITE | QueryType.COMMIT;
        flags |= Classification.FLAG_IMPLICIT_COMMIT;
    }

    Classification build(final String canonical)
    {
        return new Classification(mask, flags, op, tables.isEmpty() ? List.of() : List.copyOf(tables),
            temp.isEmpty() ? List.of() : List.copyOf(temp), name, inner, canonical);
    }
}
