package io.sluice.core.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Checks that a file is a complete, readable jar and lists the packages it contains. Stateless. */
final class JarContents
{
    private static final int BUFFER_BYTES = 16 * 1024;
    private static final String CLASS_SUFFIX = ".class";

    private JarContents()
    {
    }

    /**
     * Reads every entry to its end (which checks each entry's CRC) and returns the packages of its
     * classes ({@code ""} for the unnamed package). A truncated or corrupt file is refused.
     */
    static Set<String> packagesOf(final Path jar) throws Refusal
    {
        final Set<String> packages = new TreeSet<>();
        final byte[] buffer = new byte[BUFFER_BYTES];
        try (JarFile file = new JarFile(jar.toFile(), true))
        {
            final Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements())
            {
                final JarEntry entry = entries.nextElement();
                if (entry.isDirectory())
                {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry))
                {
                    while (in.read(buffer) >= 0)
                    {
                        // Reading to the end verifies the CRC (and signatures, if any).
                    }
                }
                final String name = entry.getName();
                if (name.endsWith(CLASS_SUFFIX) && !name.startsWith("META-INF/") && !name.endsWith("module-info.class"))
                {
                    final int slash = name.lastIndexOf('/');
                    packages.add(slash < 0 ? "" : name.substring(0, slash).replace('/', '.'));
                }
            }
        }
        catch (final IOException | SecurityException | IllegalStateException e)
        {
            throw new Refusal("not a readable jar: "
                    + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
        }
        return packages;
    }
}
