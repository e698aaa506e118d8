package io.sluice.core.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The admin package must not depend on the launcher (the launcher wires the admin API, not the other way round). */
class AdminPackageDependencyTest
{
    @Test
    void shouldNotReferToTheLauncherPackage() throws IOException
    {
        final Path admin = Path.of("src/main/java/io/sluice/core/admin");
        final List<Path> sources;
        try (Stream<Path> files = Files.walk(admin))
        {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertFalse(sources.isEmpty(), "no sources under " + admin.toAbsolutePath());
        final List<String> offenders = sources.stream().filter(f ->
        {
            try
            {
                return Files.readString(f).contains("io.sluice.core.launcher");
            }
            catch (final IOException e)
            {
                throw new IllegalStateException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders, "io.sluice.core.admin must not use io.sluice.core.launcher");
    }
}
