package io.sluice.core.plugins;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds real plugin jars at test time: Java sources compiled with the system compiler against the test
 * JVM's class path (plus any library jars), packaged with their {@code META-INF/services} file. Not
 * thread-safe; one per test.
 *
 * <p>{@link #routerJar} is the quick way to a router module; {@link #jar} takes any sources.
 */
public final class TestPluginJars
{
    /** One Java compilation unit. */
    public record Source(String className, String code)
    {
    }

    private static final String SERVICES = "META-INF/services/io.sluice.api.ModuleProvider";

    private final Path workDir;
    private int builds;

    /** Builds in {@code workDir} (a @TempDir): sources and classes go to sub-directories of it. */
    public TestPluginJars(final Path workDir)
    {
        this.workDir = workDir;
    }

    /** The package of a router built by {@link #routerSources}: {@code test.router.<name>} ('-' becomes '_'). */
    public static String routerPackage(final String name)
    {
        return "test.router." + name.replace('-', '_');
    }

    /** The provider class of a router built by {@link #routerSources}. */
    public static String routerProvider(final String name)
    {
        return routerPackage(name) + ".RouterProvider";
    }

    /** The router class of a router built by {@link #routerSources}; it is loaded only by createInstance. */
    public static String routerClass(final String name)
    {
        return routerPackage(name) + ".TestRouter";
    }

    /**
     * Builds a jar with one router module to {@code jarFile}. See {@link #routerSources} for the snippet.
     *
     * @param libraries jars the snippet's code uses (on the compile class path only, not packaged)
     */
    public Path routerJar(final Path jarFile, final String name, final String version, final String snippet,
        final Path... libraries)
    {
        return jar(jarFile, routerSources(name, version, snippet), List.of(routerProvider(name)), libraries);
    }

    /**
     * The sources of a router module {@code name} {@code version}: a provider whose {@code module()} starts with
     * {@code ModuleInfo info = ModuleInfo.router(name, version, "test router <name>", api)}, runs the snippet
     * (statements that may reassign {@code info}, e.g. {@code info = info.withApi(new ApiVersion(2, 0));},
     * or throw: write {@code if (true) throw ...;}), then returns {@code info}. The imports are
     * {@code io.sluice.api.config.*}, {@code io.sluice.api.*} and {@code java.util.*}. The router's
     * {@code diagnostics()} gives {@code module}, {@code version} and {@code service} (the ServiceContext's name);
     * its sessions echo the client's bytes back.
     */
    public static List<Source> routerSources(final String name, final String version, final String snippet)
    {
        final String pkg = routerPackage(name);
        final String provider = """
            package %1$s;

            import io.sluice.api.config.*;
            import io.sluice.api.*;
            import java.util.*;

            public final class RouterProvider implements ModuleProvider
            {
                @Override
                public ModuleInfo module()
                {
                    // A lambda, not TestRouter::new: TestRouter is loaded only when an instance is created.
                    ModuleInfo info = ModuleInfo.router("%2$s", "%3$s", "test router %2$s",
                        new RouterApi(context -> new TestRouter(context)));
                    %4$s
                    return info;
                }
            }
            """.formatted(pkg, name, version, snippet);
        final String router = """
            package %1$s;

            import io.sluice.api.*;
            import java.io.IOException;
            import java.nio.ByteBuffer;
            import java.util.Map;

            public final class TestRouter implements Router
            {
                private final ServiceContext context;

                public TestRouter(ServiceContext context)
                {
                    this.context = context;
                }

                @Override
                public RouterSession newSession(SessionContext session)
                {
                    return new RouterSession()
                    {
                        @Override
                        public void routeQuery(ByteBuffer data, Query query) throws IOException
                        {
                            session.writeToClient(data, null, Reply.UNKNOWN);
                        }

                        @Override
                        public void clientReply(Endpoint from, ByteBuffer data, io.sluice.api.Reply reply)
                            throws IOException
                        {
                            session.writeToClient(data, from, reply);
                        }

                        @Override
                        public boolean handleError(Endpoint from, IOException cause)
                        {
                            return false;
                        }
                    };
                }

                @Override
                public Map<String, Object> diagnostics()
                {
                    return Map.of("module", "%2$s", "version", "%3$s", "service", context.name());
                }
            }
            """.formatted(pkg, name, version);
        return List.of(new Source(pkg + ".RouterProvider", provider), new Source(pkg + ".TestRouter", router));
    }

    /**
     * Compiles the sources against the test class path and the libraries and writes a jar of their classes to
     * {@code jarFile}, with a services file listing {@code providers} (none: no services file).
     */
    public Path jar(final Path jarFile, final List<Source> sources, final List<String> providers,
            final Path... libraries)
    {
        try
        {
            final Path build = Files.createDirectories(workDir.resolve("build-" + (++builds)));
            final Path classes = compile(build, sources, libraries);
            writeJar(jarFile, classes, providers);
            return jarFile;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private static Path compile(final Path build, final List<Source> sources,
            final Path... libraries) throws IOException
    {
        final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null)
        {
            throw new IllegalStateException("no system Java compiler: the tests need a JDK, not a JRE");
        }
        final Path src = Files.createDirectories(build.resolve("src"));
        final Path classes = Files.createDirectories(build.resolve("classes"));
        final List<File> files = new ArrayList<>();
        for (final Source source : sources)
        {
            final Path file = src.resolve(source.className().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.code(), StandardCharsets.UTF_8);
            files.add(file.toFile());
        }
        final String classPath = Stream.concat(Stream.of(System.getProperty("java.class.path")),
            Arrays.stream(libraries).map(Path::toString)).collect(Collectors.joining(File.pathSeparator));
        final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8))
        {
            final List<String> options = List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none",
                "-encoding", "UTF-8", "-nowarn");
            final boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null,
                fileManager.getJavaFileObjectsFromFiles(files)).call();
            if (!ok)
            {
                throw new IllegalStateException("compiling the test plugin failed:\n"
                        + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(Object::toString)
                    .collect(Collectors.joining("\n")));
            }
        }
        return classes;
    }

    private static void writeJar(final Path jarFile, final Path classes,
            final List<String> providers) throws IOException
    {
        final Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Files.createDirectories(jarFile.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(file,
                manifest))
        {
            final List<Path> classFiles;
            try (Stream<Path> walk = Files.walk(classes))
            {
                classFiles = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (final Path classFile : classFiles)
            {
                jar.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace(File.separatorChar,
                        '/')));
                Files.copy(classFile, jar);
                jar.closeEntry();
            }
            if (!providers.isEmpty())
            {
                jar.putNextEntry(new JarEntry(SERVICES));
                jar.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }
}
