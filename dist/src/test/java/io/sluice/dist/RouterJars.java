package io.sluice.dist;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds real module jars at test time: Java sources compiled with the JDK's compiler against the
 * distribution's sluice-api jar (what module authors compile against), packed with their META-INF/services file.
 */
final class RouterJars
{
    private RouterJars()
    {
    }

    /**
     * The "tagger" router, version {@code version}: each session greets the client with
     * {@code hello from tagger VERSION\n}, then passes bytes both ways; with {@code upperCase}
     * it upper-cases the server's replies, so a test can tell which version serves a session.
     */
    static Path tagger(final Path work, final Path apiJar, final String version,
            final boolean upperCase, final String api)
        throws IOException
    {
        final String module = """
            package test.tagger;

            import io.sluice.api.*;
            import java.io.IOException;
            import java.nio.ByteBuffer;
            import java.nio.charset.StandardCharsets;
            import java.util.Map;

            public final class TaggerModule implements ModuleProvider
            {
                static final String VERSION = "%s";
                static final boolean UPPER = %s;

                public ModuleInfo module()
                {
                    return ModuleInfo.router("tagger", VERSION, "test router", new RouterApi(TaggerRouter::new))%s;
                }
            }

            final class TaggerRouter implements Router
            {
                private final Target target;

                TaggerRouter(final ServiceContext service)
                {
                    target = service.targets().get(0);
                }

                public RouterSession newSession(final SessionContext session) throws IOException
                {
                    final Endpoint server = session.connect(target);
                    session.writeToClient(ByteBuffer.wrap(("hello from tagger " + TaggerModule.VERSION + "\\n")
                        .getBytes(StandardCharsets.US_ASCII)), null, io.sluice.api.Reply.UNKNOWN);
                    return new RouterSession()
                    {
                        public void routeQuery(final ByteBuffer data, final io.sluice.api.Query query)
                            throws IOException
                        {
                            server.write(data, query);
                        }

                        public void clientReply(final Endpoint from, final ByteBuffer data,
                            final io.sluice.api.Reply reply) throws IOException
                        {
                            if (TaggerModule.UPPER)
                            {
                                for (int i = data.position(); i < data.limit(); i++)
                                {
                                    final byte b = data.get(i);
                                    if (b >= 'a' && b <= 'z')
                                    {
                                        data.put(i, (byte)(b - 32));
                                    }
                                }
                            }
                            session.writeToClient(data, from, reply);
                        }

                        public boolean handleError(final Endpoint from, final IOException cause)
                        {
                            return false;
                        }
                    };
                }

                public Map<String, Object> diagnostics()
                {
                    return Map.of("version", TaggerModule.VERSION);
                }
            }
            """.formatted(version, upperCase, api == null ? "" : ".withApi(new ApiVersion(" + api + "))");
        return jar(work, apiJar, "tagger-" + version + "-" + System.nanoTime(),
            List.of(new Source("test/tagger/TaggerModule.java", module)), "test.tagger.TaggerModule");
    }

    /** A jar with classes but no META-INF/services entry. */
    static Path withoutProvider(final Path work, final Path apiJar) throws IOException
    {
        return jar(work, apiJar, "noprovider-" + System.nanoTime(),
            List.of(new Source("test/plain/Plain.java", "package test.plain; public final class Plain { }")), null);
    }

    record Source(String path, String text)
    {
    }

    static Path jar(final Path work, final Path apiJar, final String name, final List<Source> sources,
            final String provider)
        throws IOException
    {
        final Path src = Files.createDirectories(work.resolve(name + "-src"));
        final Path classes = Files.createDirectories(work.resolve(name + "-classes"));
        final List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-cp",
                apiJar.toString()));
        for (final Source source : sources)
        {
            final Path file = src.resolve(source.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.text());
            args.add(file.toString());
        }
        final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        final ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (javac.run(null, errors, errors, args.toArray(new String[0])) != 0)
        {
            throw new IllegalStateException("test jar does not compile: " + errors.toString(StandardCharsets.UTF_8));
        }
        final Path jar = work.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes))
        {
            for (final Path file : (Iterable<Path>)files.filter(Files::isRegularFile)::iterator)
            {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
            if (provider != null)
            {
                jarOut.putNextEntry(new JarEntry("META-INF/services/io.sluice.api.ModuleProvider"));
                jarOut.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
