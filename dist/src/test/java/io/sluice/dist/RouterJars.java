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

    /**
     * The "hintroute" router: routes by {@code Query.hint()}, the way a router that honours hints
     * would, to prove what a filter such as hintfilter attached. Each session connects to every
     * server of the service; session commands (prepares, closes, COM_INIT_DB, SET, USE, quit) go to
     * all of them with the first server's answer for the client; any other command goes by its hint:
     * {@code SERVER} to the named server, {@code MASTER} to the first server configured as master,
     * {@code SLAVE} and a lag limit alone to the first one configured as slave, {@code LAST} where
     * the previous command went; no hint to the first server. Its diagnostics count the hinted
     * commands and show the last hint with its command. It does not hold answers of two servers in
     * order: clients must not pipeline.
     */
    static Path hintRoute(final Path work, final Path apiJar) throws IOException
    {
        final String module = """
            package test.hintroute;

            import io.sluice.api.*;
            import java.io.IOException;
            import java.nio.ByteBuffer;
            import java.util.ArrayDeque;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.atomic.AtomicLong;
            import java.util.concurrent.atomic.AtomicReference;

            public final class HintRouteModule implements ModuleProvider
            {
                public ModuleInfo module()
                {
                    return ModuleInfo.router("hintroute", "1.0.0", "test router: routes by Query.hint()",
                        new RouterApi(HintRouter::new));
                }
            }

            final class HintRouter implements Router
            {
                final List<Target> targets;
                final AtomicLong hinted = new AtomicLong();
                final AtomicReference<String> lastHint = new AtomicReference<>("");

                HintRouter(final ServiceContext service)
                {
                    targets = service.targets();
                }

                public RouterSession newSession(final SessionContext session) throws IOException
                {
                    return new HintRouteSession(this, session);
                }

                public Map<String, Object> diagnostics()
                {
                    return Map.of("hinted", hinted.get(), "last_hint", lastHint.get());
                }

                int byRole(final String role)
                {
                    for (int i = 0; i < targets.size(); i++)
                    {
                        if (targets.get(i).role().equals(role))
                        {
                            return i;
                        }
                    }
                    return 0;
                }

                int byName(final String name)
                {
                    for (int i = 0; i < targets.size(); i++)
                    {
                        if (targets.get(i).name().equalsIgnoreCase(name))
                        {
                            return i;
                        }
                    }
                    return 0;
                }
            }

            final class HintRouteSession implements RouterSession
            {
                static final int COM_QUIT = 0x01;
                static final int COM_INIT_DB = 0x02;
                static final int COM_QUERY = 0x03;
                static final int COM_STMT_PREPARE = 0x16;
                static final int COM_STMT_CLOSE = 0x19;

                final HintRouter router;
                final SessionContext session;
                final List<Endpoint> endpoints = new ArrayList<>();
                // per endpoint, for each response it owes: true if it goes to the client
                final List<ArrayDeque<Boolean>> owes = new ArrayList<>();
                int last;

                HintRouteSession(final HintRouter router, final SessionContext session) throws IOException
                {
                    this.router = router;
                    this.session = session;
                    for (final Target target : router.targets)
                    {
                        endpoints.add(session.connect(target));
                        owes.add(new ArrayDeque<>());
                    }
                }

                public void routeQuery(final ByteBuffer data, final Query query) throws IOException
                {
                    if (query.isContinuation() || query.isLoadData())
                    {
                        send(last, data, query, true);
                        return;
                    }
                    final int command = query.command();
                    final RoutingHint hint = query.hint();
                    if (hint != null)
                    {
                        router.hinted.incrementAndGet();
                        router.lastHint.set("command " + command + ": " + hint);
                    }
                    if (command == COM_STMT_PREPARE || command == COM_STMT_CLOSE || command == COM_INIT_DB
                        || command == COM_QUIT || command == COM_QUERY && (startsWith(data, "SET")
                        || startsWith(data, "USE")))
                    {
                        for (int i = 0; i < endpoints.size(); i++)
                        {
                            send(i, data, query, i == 0);
                        }
                        last = 0;
                        return;
                    }
                    final int target;
                    if (hint == null)
                    {
                        target = 0;
                    }
                    else
                    {
                        target = switch (hint.route())
                        {
                            case SERVER -> router.byName(hint.serverName());
                            case MASTER -> router.byRole("master");
                            case SLAVE, NONE -> router.byRole("slave");
                            case LAST -> last;
                        };
                    }
                    send(target, data, query, true);
                    last = target;
                }

                void send(final int index, final ByteBuffer data, final Query query, final boolean toClient)
                    throws IOException
                {
                    if (query.expectsResponse())
                    {
                        owes.get(index).add(toClient);
                    }
                    final int position = data.position();
                    endpoints.get(index).write(data, query);
                    data.position(position);
                }

                public void clientReply(final Endpoint from, final ByteBuffer data, final Reply reply)
                    throws IOException
                {
                    final ArrayDeque<Boolean> owed = owes.get(endpoints.indexOf(from));
                    final boolean toClient = owed.isEmpty() || owed.peek();
                    if (reply.isComplete())
                    {
                        owed.poll();
                    }
                    if (toClient)
                    {
                        session.writeToClient(data, from, reply);
                    }
                }

                public boolean handleError(final Endpoint from, final IOException cause)
                {
                    return false;
                }

                static boolean startsWith(final ByteBuffer data, final String word)
                {
                    final int at = data.position() + 5;
                    if (data.limit() - at < word.length())
                    {
                        return false;
                    }
                    for (int i = 0; i < word.length(); i++)
                    {
                        if (Character.toUpperCase((char)data.get(at + i)) != word.charAt(i))
                        {
                            return false;
                        }
                    }
                    return true;
                }
            }
            """;
        return jar(work, apiJar, "hintroute-" + System.nanoTime(),
            List.of(new Source("test/hintroute/HintRouteModule.java", module)), "test.hintroute.HintRouteModule");
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
