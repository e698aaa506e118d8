package io.sluice.core.plugins;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * The class loader of one plugin jar. Thread-safe (registered as parallel capable).
 *
 * <p>Where a plugin's classes come from, in this order:
 * <ol>
 *   <li><b>The core</b> (the parent, the class loader that loaded Sluice): the JDK, the module API
 *       {@code io.sluice.api.*} and the core's libraries (SLF4J, JCTools, Agrona, ...). A plugin cannot
 *       override them: a copy of such a class inside a plugin jar is never used. The engine behind the API
 *       ({@code io.sluice.core.*}) is not visible: a jar that uses one of its classes is refused
 *       ({@link #isEngineClass}), and other {@code io.sluice.*} names are never looked up in the core.</li>
 *   <li><b>Its own jar.</b></li>
 *   <li><b>Other loaded plugin jars, by package</b>: a class still not found is looked up in the jar that
 *       exports its package, so a router jar can use the classes of a library jar such as
 *       {@code protocol-mysql.jar}. A jar exports the packages of the classes it contains. When two loaded
 *       jars contain the same package, the one loaded first wins for everybody else and the second is
 *       logged as a conflict. A jar that needs a class no loaded jar provides is refused ("missing class")
 *       and retried each time another jar loads, so the order in which jars are dropped in does not
 *       matter.</li>
 * </ol>
 * Resources come from the core and the jar itself only, never from other plugin jars; the
 * {@code META-INF/services} files from the jar itself only (a module class the core's class path
 * happens to list, as in tests, is not this jar's provider). Once the jar is superseded (replaced or removed), other
 * jars no longer see its
 * packages: a newer version of it takes them over. Once it is unloaded, this loader is closed: classes it
 * already defined keep working, new ones cannot be loaded through it.
 */
public final class PluginClassLoader extends URLClassLoader
{
    static
    {
        ClassLoader.registerAsParallelCapable();
    }

    private static final String SERVICES = "META-INF/services/";

    private final String jarName;
    private final PackageIndex otherJars;
    private volatile boolean closed;

    PluginClassLoader(final String jarName, final URL jarUrl, final ClassLoader core, final PackageIndex otherJars)
    {
        super("plugin:" + jarName, new URL[] {jarUrl}, core);
        this.jarName = jarName;
        this.otherJars = otherJars;
    }

    /** The file name of the jar this loader reads, e.g. {@code readwritesplit.jar}. */
    public String jarName()
    {
        return jarName;
    }

    /** True once the jar was unloaded (or refused) and this loader closed. */
    public boolean isClosed()
    {
        return closed;
    }

    @Override
    protected Class<?> loadClass(final String name, final boolean resolve) throws ClassNotFoundException
    {
        synchronized (getClassLoadingLock(name))
        {
            Class<?> c = findLoadedClass(name);
            if (c == null && isVisibleInCore(name))
            {
                c = fromCore(name);
            }
            if (c == null)
            {
                c = fromOwnJar(name);
            }
            if (c == null && !closed)
            {
                c = otherJars.load(name, this);
            }
            if (c == null)
            {
                throw new ClassNotFoundException(name);
            }
            if (resolve)
            {
                resolveClass(c);
            }
            return c;
        }
    }

    /**
     * True for a class of Sluice's engine, which plugins may not use (only the module API, {@code io.sluice.api.*}).
     */
    static boolean isEngineClass(final String name)
    {
        return name.startsWith("io.sluice.core.");
    }

    /**
     * What the core lends plugins: everything but Sluice's own classes outside the API (the engine, and
     * modules that happen to be on the core's class path, as in tests: a plugin gets those from the jars).
     */
    private static boolean isVisibleInCore(final String name)
    {
        return !name.startsWith("io.sluice.") || name.startsWith("io.sluice.api.");
    }

    /**
     * A class of this jar only, for the other plugin loaders: no delegation at all, so lookups between
     * jars never go round in circles. Null if this jar does not have it or is closed.
     */
    Class<?> loadOwnClass(final String name)
    {
        if (closed)
        {
            return null;
        }
        synchronized (getClassLoadingLock(name))
        {
            final Class<?> loaded = findLoadedClass(name);
            return loaded != null ? loaded : fromOwnJar(name);
        }
    }

    private Class<?> fromCore(final String name)
    {
        try
        {
            return getParent().loadClass(name);
        }
        catch (final ClassNotFoundException e)
        {
            return null;
        }
    }

    private Class<?> fromOwnJar(final String name)
    {
        try
        {
            return findClass(name);
        }
        catch (final ClassNotFoundException e)
        {
            return null;
        }
    }

    @Override
    public Enumeration<URL> getResources(final String name) throws IOException
    {
        return name.startsWith(SERVICES) ? findResources(name) : super.getResources(name);
    }

    @Override
    public void close() throws IOException
    {
        closed = true;
        super.close();
    }

    @Override
    public String toString()
    {
        return "PluginClassLoader[" + jarName + (closed ? ", closed]" : "]");
    }
}
