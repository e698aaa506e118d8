package io.sluice.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's packages depend on each other in one direction only (no cycle, e.g. session and
 * monitor, launcher and admin), and none of them is used by the API: read from the sources' imports
 * and fully qualified names, so a new cycle fails the build with the path that closes it.
 */
class PackageCyclesTest
{
    private static final Path ENGINE = Path.of("src/main/java/io/sluice/core");
    private static final Path API = Path.of("api/src/main/java/io/sluice/api");
    private static final Pattern REFERENCE = Pattern.compile("io\\.sluice\\.core\\.(\\w+)\\.[A-Z]");

    /** Package (first level under io.sluice.core) to the packages it refers to. */
    private static Map<String, Set<String>> dependencies(final Path root) throws IOException
    {
        final Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root))
        {
            for (final Path file : (Iterable<Path>)files.filter(f -> f.toString().endsWith(".java"))::iterator)
            {
                final Path relative = root.relativize(file);
                final String from = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                final Set<String> to = deps.computeIfAbsent(from, k -> new TreeSet<>());
                final Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find())
                {
                    if (!m.group(1).equals(from))
                    {
                        to.add(m.group(1));
                    }
                }
            }
        }
        return deps;
    }

    @Test
    void shouldHaveNoCycleBetweenTheEnginesPackages() throws IOException
    {
        final Map<String, Set<String>> deps = dependencies(ENGINE);
        assertTrue(deps.size() > 5, "packages found: " + deps.keySet());
        final List<String> cycles = new ArrayList<>();
        for (final String start : deps.keySet())
        {
            findCycle(deps, start, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "package cycles in io.sluice.core (dependencies: " + deps + ")");
    }

    private static void findCycle(final Map<String, Set<String>> deps, final String start, final String at,
        final List<String> path, final List<String> cycles)
    {
        for (final String next : deps.getOrDefault(at, Set.of()))
        {
            if (next.equals(start))
            {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            }
            else if (!path.contains(next) && next.compareTo(start) > 0)
            {
                path.add(next);
                findCycle(deps, start, next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void shouldKeepTheApiFreeOfTheEngine() throws IOException
    {
        try (Stream<Path> files = Files.walk(API))
        {
            for (final Path file : (Iterable<Path>)files.filter(f -> f.toString().endsWith(".java"))::iterator)
            {
                assertTrue(!REFERENCE.matcher(Files.readString(file)).find(), file + " refers to the engine");
            }
        }
    }
}
