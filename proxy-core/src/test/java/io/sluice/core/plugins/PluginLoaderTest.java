package io.sluice.core.plugins;

import test.support.CoreProvider;
import test.support.PluginEvents;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ApiVersion;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.api.ProtocolApi;
import io.sluice.api.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader, registry, plugin jars and class loaders, on jars compiled at test time. */
class PluginLoaderTest
{
    private static final String MISSING_CLASS_ADVICE = ": drop in the jar that provides it; Sluice retries when jars "
            + "change";

    @TempDir
    Path temp;

    private Path plugins;
    private TestPluginJars jars;
    private PluginLoader loader;

    @BeforeEach
    void setUp() throws IOException
    {
        plugins = Files.createDirectories(temp.resolve("plugins"));
        jars = new TestPluginJars(temp.resolve("work"));
        loader = new PluginLoader(plugins);
        PluginEvents.clear();
    }

    @AfterEach
    void tearDown()
    {
        loader.close();
    }

    /** Records "init NAME VERSION" and "finish NAME VERSION" in {@link PluginEvents}. */
    private static String recordingLifecycle(final String name, final String version)
    {
        return "info = info.withLifecycle(new Lifecycle("
            + "() -> test.support.PluginEvents.record(\"init " + name + " " + version + "\"), "
            + "() -> test.support.PluginEvents.record(\"finish " + name + " " + version + "\"), "
            + "worker -> { }, worker -> { }));";
    }

    private Path routerJar(final String file, final String name, final String version, final String snippet)
    {
        return jars.routerJar(plugins.resolve(file), name, version, snippet);
    }

    private List<String> registeredNames()
    {
        return loader.registry().list().stream().map(LoadedModule::name).toList();
    }

    private PluginJar loadGood()
    {
        final LoadResult result = loader.load(routerJar("good.jar", "good", "1.0.0", ""));
        assertTrue(result.isLoaded(), result::toString);
        return result.jar();
    }

    /** Loads the jar, expecting the refusal reason, one log line with it, and the good module still registered. */
    private LoadResult assertRefused(final Path jar, final String reason)
    {
        return assertRefused(jar, reason, List.of("good"));
    }

    /** As {@link #assertRefused(Path, String)}, with the modules expected registered afterwards besides 'good'. */
    private LoadResult assertRefused(final Path jar, final String reason, final List<String> registeredAfter)
    {
        loadGood();
        final LoadResult result;
        final String log;
        try (LogCapture capture = new LogCapture())
        {
            result = loader.load(jar);
            log = capture.text();
        }
        assertFalse(result.isLoaded());
        assertNull(result.jar());
        assertEquals(reason, result.refusal());
        final String line = "plugin " + jar.getFileName() + " refused: " + reason;
        assertTrue(log.contains(line), () -> "log must contain <" + line + "> but was:\n" + log);
        assertTrue(log.contains("[ERROR]"), log);
        assertEquals(1, log.split(" refused: ", -1).length - 1, () -> "one refusal line: " + log);
        assertEquals(registeredAfter, registeredNames());
        assertTrue(loader.registry().find(ModuleType.ROUTER, "good").isPresent());
        return result;
    }

    @Test
    void shouldLoadValidRouterJarAndOfferItThroughRegistryAndSpecs() throws Exception
    {
        final Path jar = routerJar("echo.jar", "echo", "1.2.0",
            "info = info.withParameters(SectionSpec.of(ParamSpec.withDefault(\"greeting\", ParamType.STRING, \"hi\", "
                    + "\"what to say\")));");

        final LoadResult result;
        final String log;
        try (LogCapture capture = new LogCapture())
        {
            result = loader.load(jar);
            log = capture.text();
        }

        assertTrue(result.isLoaded(), result::toString);
        assertTrue(log.contains("plugin echo.jar loaded: router 'echo' 1.2.0 (API 2.2)"), log);
        final List<LoadedModule> listed = loader.registry().list();
        assertEquals(1, listed.size());
        final ModuleInfo info = listed.get(0).info();
        assertEquals("echo", info.name());
        assertEquals(ModuleType.ROUTER, info.type());
        assertEquals("1.2.0", info.version());
        assertEquals(ApiVersion.CURRENT, info.api());
        assertEquals("test router echo", info.description());
        assertSame(result.jar(), listed.get(0).jar());
        assertEquals(plugins.resolve("echo.jar").toAbsolutePath(), result.jar().path());
        assertEquals(Files.size(jar), result.jar().stamp().sizeBytes());
        assertEquals(Set.of("test.router.echo"), result.jar().packages());

        assertEquals(Set.of("echo"), loader.registry().specs().routerNames());
        assertEquals(Set.of(), loader.registry().specs().filterNames());
        final Optional<SectionSpec> spec = loader.registry().specs().router("echo");
        assertTrue(spec.isPresent());
        assertEquals(Optional.of("hi"), spec.get().find("greeting").orElseThrow().defaultValue());
        assertEquals(Optional.empty(), loader.registry().specs().monitor("echo"));

        final LoadedModule found = loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow();
        assertSame(listed.get(0).jar(), found.jar());
        assertEquals(Optional.empty(), loader.registry().find(ModuleType.FILTER, "echo"));

        final Router router = found.info().routerApi().createInstance().apply(new TestServiceContext("svc1"));
        assertEquals(Map.of("module", "echo", "version", "1.2.0", "service", "svc1"), router.diagnostics());
        assertSame(result.jar().classLoader(), router.getClass().getClassLoader());
        // Parent first: the module API classes the plugin sees are the core's.
        assertSame(Router.class, result.jar().classLoader().loadClass(Router.class.getName()));
    }

    @Test
    void shouldRefuseCorruptJar() throws IOException
    {
        final byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        final Path jar = Files.write(plugins.resolve("junk.jar"), junk);

        loadGood();
        final LoadResult result = loader.load(jar);
        assertTrue(result.refusal().startsWith("not a readable jar: "), result.refusal());
        assertRefused(jar, result.refusal());
    }

    @Test
    void shouldRefuseTruncatedJar() throws IOException
    {
        final Path whole = routerJar("whole.jar", "whole", "1.0.0", "");
        final byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        final Path jar = Files.write(plugins.resolve("truncated.jar"),
                java.util.Arrays.copyOf(bytes, bytes.length / 2));

        loadGood();
        final LoadResult result = loader.load(jar);
        assertTrue(result.refusal().startsWith("not a readable jar: "), result.refusal());
        assertRefused(jar, result.refusal());
    }

    @Test
    void shouldRefuseJarWithoutProvider()
    {
        final Path jar = jars.jar(plugins.resolve("empty.jar"),
            List.of(new TestPluginJars.Source("test.empty.Nothing",
                    "package test.empty; public final class Nothing { }")), List.of());

        assertRefused(jar, "no module provider found (expected META-INF/services/io.sluice.api.ModuleProvider)");
    }

    @Test
    void shouldRefuseModuleBuiltForApiMajor1()
    {
        final Path jar = routerJar("api1.jar", "r1", "1.0.0", "info = info.withApi(new ApiVersion(1, 1));");

        assertRefused(jar, "module 'r1' (router): module API major version 1 differs from the core's 2"
            + " (module built for API 1.1, core has 2.2)");
    }

    @Test
    void shouldRefuseModuleThatUsesAnEngineClass()
    {
        // The router's module() touches the engine's Worker class: the jar is refused, not retried.
        final Path jar = routerJar("engine.jar", "eng", "1.0.0",
            "if (io.sluice.core.worker.Worker.class.getName().isEmpty()) { return info; }");

        assertRefused(jar,
                "provider test.router.eng.RouterProvider: module() failed: uses io.sluice.core.worker.Worker,"
            + " a class of Sluice's engine; modules may use only the module API (io.sluice.api.*, API 2.2):"
            + " rebuild it against sluice-api");
        assertFalse(loader.waitingForClass().containsKey(jar), "no jar can provide an engine class: no retry");
    }

    @Test
    void shouldRefuseModuleBuiltForNewerApiMinor()
    {
        loader = new PluginLoader(plugins, new ApiVersion(2, 2));
        final Path jar = routerJar("api23.jar", "r23", "1.0.0", "info = info.withApi(new ApiVersion(2, 3));");

        assertRefused(jar, "module 'r23' (router): module API version 2.3 is newer than the core's 2.2");
    }

    @Test
    void shouldLoadModuleBuiltForOlderApiMinor()
    {
        loader = new PluginLoader(plugins, new ApiVersion(2, 3));
        final Path jar = routerJar("api20.jar", "r20", "1.0.0", "info = info.withApi(new ApiVersion(2, 0));");

        final LoadResult result = loader.load(jar);

        assertTrue(result.isLoaded(), result::toString);
        assertEquals(new ApiVersion(2, 0), loader.registry().find(ModuleType.ROUTER, "r20").orElseThrow().info().api());
    }

    @Test
    void shouldRefuseDuplicateModuleNameFromAnotherJar()
    {
        assertTrue(loader.load(routerJar("first.jar", "echo", "1.0.0", "")).isLoaded());
        final Path dup = routerJar("dup.jar", "echo", "9.0.0", "");

        assertRefused(dup, "duplicate module name 'echo' (already provided by first.jar)", List.of("echo", "good"));
        assertEquals("1.0.0", loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow().info().version());
    }

    @Test
    void shouldRefuseJarWhoseProcessInitThrows()
    {
        final Path jar = routerJar("boom.jar", "boom", "1.0.0", "info = info.withLifecycle(new Lifecycle("
            + "() -> { throw new IllegalStateException(\"license file missing\"); }, () -> { }, w -> { }, w -> { }));");

        assertRefused(jar, "module 'boom' (router): process init failed: license file missing");
    }

    @Test
    void shouldRefuseJarWhoseProviderModuleThrows()
    {
        final Path jar = routerJar("thrower.jar", "thrower", "1.0.0",
                "if (true) { throw new IllegalStateException(\"no config\"); }");

        assertRefused(jar, "provider test.router.thrower.RouterProvider: module() failed: no config");
    }

    @Test
    void shouldRefuseProviderWithInvalidModuleObject()
    {
        final Path jar = routerJar("invalid.jar", "invalid", "1.0.0",
            "info = ModuleInfo.router(\"Bad Name\", \"1.0\", \"d\", info.routerApi());");

        assertRefused(jar, "provider test.router.invalid.RouterProvider: invalid module object:"
            + " module name 'Bad Name' must match [a-z][a-z0-9_-]*");
    }

    @Test
    void shouldRefuseProviderWhoseConstructorThrows()
    {
        final String source = """
            package test.ctor;
            import io.sluice.api.*;
            public final class Provider implements ModuleProvider
            {
                public Provider()
                {
                    throw new IllegalStateException("constructor failed");
                }
                public ModuleInfo module()
                {
                    return null;
                }
            }
            """;
        final Path jar = jars.jar(plugins.resolve("ctor.jar"),
                List.of(new TestPluginJars.Source("test.ctor.Provider", source)),
            List.of("test.ctor.Provider"));

        assertRefused(jar, "provider test.ctor.Provider could not be created: constructor failed");
    }

    @Test
    void shouldRefuseServicesFileNamingAClassTheJarLacks()
    {
        final Path jar = jars.jar(plugins.resolve("typo.jar"), TestPluginJars.routerSources("typo", "1.0.0", ""),
            List.of("test.router.typo.RouterProvidr"));

        loadGood();
        final LoadResult result = loader.load(jar);
        assertEquals("bad META-INF/services/io.sluice.api.ModuleProvider: Provider test.router.typo.RouterProvidr not "
                + "found",
            result.refusal());
        assertNull(result.missingClass());
        assertRefused(jar, result.refusal());
    }

    @Test
    void shouldSkipProvidersWhoseClassComesFromTheCore()
    {
        // CoreProvider is on the test class path: a plugin's services file naming it gets the core's class.
        final Path onlyCore = jars.jar(plugins.resolve("core-only.jar"),
                TestPluginJars.routerSources("mine", "1.0.0", ""),
            List.of(CoreProvider.class.getName()));
        assertRefused(onlyCore, "no module provider found (expected META-INF/services/io.sluice.api.ModuleProvider)");

        final Path mixed = jars.jar(plugins.resolve("mixed.jar"), TestPluginJars.routerSources("mine", "1.0.0", ""),
            List.of(CoreProvider.class.getName(), TestPluginJars.routerProvider("mine")));
        final LoadResult result = loader.load(mixed);
        assertTrue(result.isLoaded(), result::toString);
        assertEquals(List.of("mine"), result.jar().modules().stream().map(ModuleInfo::name).toList());
        assertEquals(List.of("good", "mine"), registeredNames());
        assertEquals(0, CoreProvider.created, "the core's provider is never instantiated for a plugin jar");
    }

    @Test
    void shouldRefuseWholeJarWhenOneOfItsModulesIsRefused()
    {
        final List<TestPluginJars.Source> sources = new ArrayList<>(TestPluginJars.routerSources("fine", "1.0.0",
            recordingLifecycle("fine", "1.0.0")));
        sources.addAll(TestPluginJars.routerSources("bad", "1.0.0", "info = info.withLifecycle(new Lifecycle("
            + "() -> { throw new IllegalStateException(\"bad init\"); }, () -> { }, w -> { }, w -> { }));"));
        final Path jar = jars.jar(plugins.resolve("half.jar"), sources,
            List.of(TestPluginJars.routerProvider("fine"), TestPluginJars.routerProvider("bad")));

        assertRefused(jar, "module 'bad' (router): process init failed: bad init");
        assertEquals(Optional.empty(), loader.registry().find(ModuleType.ROUTER, "fine"));
        // The good module's init is undone.
        assertEquals(List.of("init fine 1.0.0", "finish fine 1.0.0"), PluginEvents.events());
    }

    @Test
    void shouldRefuseWholeJarWhenOneOfItsModulesHasAnotherApiMajor()
    {
        final List<TestPluginJars.Source> sources = new ArrayList<>(TestPluginJars.routerSources("fine", "1.0.0",
            recordingLifecycle("fine", "1.0.0")));
        sources.addAll(TestPluginJars.routerSources("old", "1.0.0", "info = info.withApi(new ApiVersion(0, 9));"));
        final Path jar = jars.jar(plugins.resolve("mixed-api.jar"), sources,
            List.of(TestPluginJars.routerProvider("fine"), TestPluginJars.routerProvider("old")));

        assertRefused(jar, "module 'old' (router): module API major version 0 differs from the core's 2"
            + " (module built for API 0.9, core has 2.2)");
        assertEquals(List.of(), PluginEvents.events(), "no module of a refused jar is initialized");
    }

    /** A library jar providing test.lib.Greeting and, so that it is a plugin, a protocol module 'greetlib'. */
    private Path libraryJar(final Path file)
    {
        final String greeting = """
            package test.lib;
            public final class Greeting
            {
                public static String hello(String who)
                {
                    return "hello " + who;
                }
            }
            """;
        final String provider = """
            package test.lib;
            import io.sluice.api.config.*;
            import io.sluice.api.*;
            import java.util.Set;
            public final class LibProvider implements ModuleProvider
            {
                public ModuleInfo module()
                {
                    return new ModuleInfo("greetlib", ModuleType.PROTOCOL, ApiVersion.CURRENT, "1.0.0",
                        "greeting library",
                        Set.of(), SectionSpec.EMPTY, Lifecycle.NONE, new ProtocolApi(context -> new Protocol()
                        {
                            public ClientProtocol newClient(ClientContext c)
                            {
                                throw new UnsupportedOperationException();
                            }

                            public BackendProtocol newBackend(BackendContext c, ClientProtocol p)
                            {
                                throw new UnsupportedOperationException();
                            }

                            public java.util.Map<String, Object> diagnostics()
                            {
                                return java.util.Map.of("greeting", Greeting.hello(context.name()));
                            }
                        }));
                }
            }
            """;
        return jars.jar(file, List.of(new TestPluginJars.Source("test.lib.Greeting", greeting),
            new TestPluginJars.Source("test.lib.LibProvider", provider)), List.of("test.lib.LibProvider"));
    }

    /** A router 'greeter' whose description comes from the library: it needs test.lib.Greeting in module(). */
    private Path greeterJar(final Path file, final Path library)
    {
        return jars.routerJar(file, "greeter", "1.0.0",
            "info = ModuleInfo.router(\"greeter\", \"1.0.0\", test.lib.Greeting.hello(\"router\"), "
                    + "info.routerApi());", library);
    }

    @Test
    void shouldRetryRouterRefusedForMissingClassWhenItsLibraryJarArrives() throws Exception
    {
        final Path library = libraryJar(temp.resolve("elsewhere/greetlib.jar"));
        final Path router = greeterJar(plugins.resolve("greeter.jar"), library);

        final LoadResult refused;
        final String log;
        try (LogCapture capture = new LogCapture())
        {
            refused = loader.load(router);
            log = capture.text();
        }
        final String reason = "provider test.router.greeter.RouterProvider: module() failed: missing class "
                + "test.lib.Greeting"
            + MISSING_CLASS_ADVICE;
        assertEquals(reason, refused.refusal());
        assertEquals("test.lib.Greeting", refused.missingClass());
        assertTrue(log.contains("plugin greeter.jar refused: " + reason), log);
        assertEquals(Map.of(router.toAbsolutePath(), "test.lib.Greeting"), loader.waitingForClass());
        assertEquals(List.of(), registeredNames());

        final Path dropped = Files.copy(library, plugins.resolve("greetlib.jar"));
        final LoadResult libraryResult = loader.load(dropped);

        assertTrue(libraryResult.isLoaded(), libraryResult::toString);
        assertEquals(List.of("greetlib", "greeter"), registeredNames(), "sorted by type (protocol, router), then name");
        final LoadedModule greeter = loader.registry().find(ModuleType.ROUTER, "greeter").orElseThrow();
        assertEquals("hello router", greeter.info().description());
        assertTrue(loader.lastResult(router).orElseThrow().isLoaded());
        assertEquals(Map.of(), loader.waitingForClass());
        final Class<?> greeting = greeter.jar().classLoader().loadClass("test.lib.Greeting");
        assertSame(libraryResult.jar().classLoader(), greeting.getClassLoader(), "the library's class, not a copy");
    }

    @Test
    void shouldLeaveNoTraceOfAJarRefusedAtAnOperatorsRequest() throws Exception
    {
        final Path library = libraryJar(temp.resolve("elsewhere/greetlib.jar"));
        final Path router = greeterJar(temp.resolve("elsewhere/greeter.jar"), library);
        final Path junk = Files.writeString(temp.resolve("elsewhere/junk.jar"), "junk");

        final LoadResult refused = loader.loadRequested(router);
        assertEquals("test.lib.Greeting", refused.missingClass());
        assertEquals(Map.of(), loader.waitingForClass(), "not retried later: the request was refused");
        assertTrue(loader.lastResult(router).isEmpty());
        assertTrue(loader.loadRequested(junk).refusal().startsWith("not a readable jar"));
        assertTrue(loader.lastResult(junk).isEmpty());
        assertTrue(loader.knownFiles().isEmpty());

        assertTrue(loader.loadRequested(library).isLoaded());
        assertEquals(List.of("greetlib"), registeredNames(), "the refused router did not come back with its library");
        final LoadResult loaded = loader.loadRequested(router);
        assertTrue(loaded.isLoaded(), loaded::toString);
        assertEquals(router.toAbsolutePath().normalize(), loaded.jar().path(), "the source is the jar's own path");
        assertEquals(List.of("greetlib", "greeter"), registeredNames());
    }

    @Test
    void shouldLoadRouterWhoseLibraryJarIsAlreadyLoaded()
    {
        final Path library = libraryJar(plugins.resolve("greetlib.jar"));
        final Path router = greeterJar(plugins.resolve("greeter.jar"), library);

        assertTrue(loader.load(library).isLoaded());
        final LoadResult result = loader.load(router);

        assertTrue(result.isLoaded(), result::toString);
        assertEquals("hello router",
                loader.registry().find(ModuleType.ROUTER, "greeter").orElseThrow().info().description());
        final ModuleInfo lib = loader.registry().find(ModuleType.PROTOCOL, "greetlib").orElseThrow().info();
        assertEquals("hello svc",
            ((ProtocolApi)lib.entryPoints()).createInstance().apply(new TestServiceContext("svc")).diagnostics()
                .get("greeting"));
    }

    @Test
    void shouldLoadWholeDirectoryWhateverTheDependencyOrderOfFileNames() throws IOException
    {
        // "a-greeter.jar" sorts before "z-greetlib.jar" but needs it.
        final Path library = libraryJar(plugins.resolve("z-greetlib.jar"));
        greeterJar(plugins.resolve("a-greeter.jar"), library);
        routerJar("m-echo.jar", "echo", "1.0.0", "");
        Files.writeString(plugins.resolve("readme.txt"), "not a jar");

        final List<LoadResult> results = loader.loadAll();

        assertEquals(List.of("a-greeter.jar", "m-echo.jar", "z-greetlib.jar"),
            results.stream().map(r -> r.path().getFileName().toString()).toList());
        assertTrue(results.stream().allMatch(LoadResult::isLoaded), results::toString);
        assertEquals(List.of("greetlib", "echo", "greeter"), registeredNames());
    }

    @Test
    void shouldReplaceOldVersionAndUnloadItWhenTheLastUserReleasesIt() throws Exception
    {
        final Path path = routerJar("echo.jar", "echo", "1.0.0", recordingLifecycle("echo", "1.0.0"));
        final PluginJar v1 = loader.load(path).jar();
        v1.acquire();
        final List<RegistryChange> changes = new ArrayList<>();
        loader.registry().addListener(changes::add);

        routerJar("echo.jar", "echo", "2.0.0", recordingLifecycle("echo", "2.0.0"));
        final LoadResult result = loader.load(path);

        assertTrue(result.isLoaded(), result::toString);
        final PluginJar v2 = result.jar();
        assertNotEquals(v1.sequence(), v2.sequence());
        final LoadedModule current = loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow();
        assertEquals("2.0.0", current.info().version());
        assertSame(v2, current.jar());
        assertEquals(1, changes.size());
        assertEquals(RegistryChange.Kind.REPLACED, changes.get(0).kind());
        assertSame(v1, changes.get(0).before().jar());
        assertSame(v2, changes.get(0).after().jar());
        assertTrue(v1.isSuperseded());
        assertFalse(v1.isUnloaded(), "still used once");
        assertEquals(List.of("init echo 1.0.0", "init echo 2.0.0"), PluginEvents.events());

        final String log;
        try (LogCapture capture = new LogCapture())
        {
            v1.release();
            log = capture.text();
        }

        assertTrue(v1.isUnloaded());
        assertTrue(log.contains("plugin echo.jar (version 1.0.0) unloaded"), log);
        assertEquals(List.of("init echo 1.0.0", "init echo 2.0.0", "finish echo 1.0.0"), PluginEvents.events());
        assertTrue(v1.classLoader().isClosed());
        // TestRouter of v1 was never loaded: its closed loader cannot load it any more (nor borrow v2's).
        assertThrows(ClassNotFoundException.class,
                () -> v1.classLoader().loadClass(TestPluginJars.routerClass("echo")));
        assertThrows(IllegalStateException.class, v1::acquire);
        assertFalse(v2.isSuperseded());
        final Router router = current.info().routerApi().createInstance().apply(new TestServiceContext("svc"));
        assertEquals("2.0.0", router.diagnostics().get("version"));
    }

    @Test
    void shouldUnloadReplacedVersionAtOnceWhenUnused()
    {
        final Path path = routerJar("echo.jar", "echo", "1.0.0", recordingLifecycle("echo", "1.0.0"));
        final PluginJar v1 = loader.load(path).jar();

        routerJar("echo.jar", "echo", "2.0.0", "");
        assertTrue(loader.load(path).isLoaded());

        assertTrue(v1.isUnloaded());
        assertEquals(List.of("init echo 1.0.0", "finish echo 1.0.0"), PluginEvents.events());
    }

    @Test
    void shouldKeepOldVersionWhenNewVersionIsRefused()
    {
        final Path path = routerJar("echo.jar", "echo", "1.0.0", "");
        final PluginJar v1 = loader.load(path).jar();

        routerJar("echo.jar", "echo", "2.0.0", "info = info.withApi(new ApiVersion(3, 0));");
        final LoadResult result = loader.load(path);

        assertFalse(result.isLoaded());
        assertEquals("module 'echo' (router): module API major version 3 differs from the core's 2"
            + " (module built for API 3.0, core has 2.2)", result.refusal());
        final LoadedModule current = loader.registry().find(ModuleType.ROUTER, "echo").orElseThrow();
        assertSame(v1, current.jar());
        assertEquals("1.0.0", current.info().version());
        assertFalse(v1.isSuperseded());
    }

    @Test
    void shouldReplaceModulesAndReportRemovedNamesWhenNewVersionProvidesOthers()
    {
        final Path path = routerJar("multi.jar", "alpha", "1.0.0", "");
        loader.load(path);
        final List<RegistryChange> changes = new ArrayList<>();
        loader.registry().addListener(changes::add);

        routerJar("multi.jar", "beta", "1.0.0", "");
        assertTrue(loader.load(path).isLoaded());

        assertEquals(List.of("beta"), registeredNames());
        assertEquals(List.of(RegistryChange.Kind.ADDED, RegistryChange.Kind.REMOVED),
                changes.stream().map(RegistryChange::kind).toList());
        assertEquals(List.of("beta", "alpha"), changes.stream().map(RegistryChange::name).toList());
    }

    @Test
    void shouldRemoveModulesOnUnloadButKeepAnAcquiredJarUsableUntilReleased()
    {
        final Path path = routerJar("echo.jar", "echo", "1.0.0", recordingLifecycle("echo", "1.0.0"));
        final LoadedModule module = loader.registry().find(ModuleType.ROUTER, "echo").or(() ->
        {
            loader.load(path);
            return loader.registry().find(ModuleType.ROUTER, "echo");
        }).orElseThrow();
        final PluginJar jar = module.jar();
        jar.acquire();
        final List<RegistryChange> changes = new ArrayList<>();
        loader.registry().addListener(changes::add);

        assertTrue(loader.unload(path));

        assertEquals(List.of(), loader.registry().list());
        assertEquals(Optional.empty(), loader.registry().find(ModuleType.ROUTER, "echo"));
        assertEquals(Set.of(), loader.registry().specs().routerNames());
        assertEquals(Optional.empty(), loader.lastResult(path));
        assertEquals(1, changes.size());
        assertEquals(RegistryChange.Kind.REMOVED, changes.get(0).kind());
        assertNull(changes.get(0).after());
        assertTrue(jar.isSuperseded());
        assertFalse(jar.isUnloaded());
        // Still usable: its router class is loaded now, for the first time.
        final Router router = module.info().routerApi().createInstance().apply(new TestServiceContext("svc"));
        assertEquals("echo", router.diagnostics().get("module"));
        jar.acquire();
        jar.release();
        assertFalse(jar.isUnloaded());

        jar.release();

        assertTrue(jar.isUnloaded());
        assertEquals(List.of("init echo 1.0.0", "finish echo 1.0.0"), PluginEvents.events());
        assertFalse(loader.unload(path), "nothing left to unload");
    }

    @Test
    void shouldRejectReleaseWithoutAcquire()
    {
        final PluginJar jar = loadGood();

        final IllegalStateException e = assertThrows(IllegalStateException.class, jar::release);

        assertTrue(e.getMessage().contains("released more often than acquired"), e.getMessage());
        assertEquals(0, jar.usageCount());
    }

    @Test
    void shouldCountUsesFromManyThreads() throws Exception
    {
        final PluginJar jar = loadGood();
        final List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++)
        {
            threads.add(new Thread(() ->
            {
                for (int i = 0; i < 10_000; i++)
                {
                    jar.acquire();
                    jar.release();
                }
            }));
        }
        jar.acquire();
        threads.forEach(Thread::start);
        for (final Thread thread : threads)
        {
            thread.join();
        }
        assertEquals(1, jar.usageCount());

        loader.unload(jar.path());
        assertFalse(jar.isUnloaded());
        jar.release();
        assertTrue(jar.isUnloaded());
    }

    @Test
    void shouldRunProcessFinishOfUnusedJarsOnClose()
    {
        routerJar("echo.jar", "echo", "1.0.0", recordingLifecycle("echo", "1.0.0"));
        loader.loadAll();

        loader.close();

        assertEquals(List.of("init echo 1.0.0", "finish echo 1.0.0"), PluginEvents.events());
        assertEquals(List.of(), loader.registry().list());
    }

    @Test
    void shouldLogPackageConflictAndLetTheFirstJarWin() throws Exception
    {
        final Path first = libraryJar(plugins.resolve("a-lib.jar"));
        assertTrue(loader.load(first).isLoaded());
        // Another jar with the same package test.lib (and module names of its own).
        final String other = """
            package test.lib;
            public final class Other
            {
            }
            """;
        final List<TestPluginJars.Source> sources = new ArrayList<>(TestPluginJars.routerSources("second", "1.0.0",
                ""));
        sources.add(new TestPluginJars.Source("test.lib.Other", other));
        final Path second = jars.jar(plugins.resolve("b-second.jar"), sources,
                List.of(TestPluginJars.routerProvider("second")));

        final String log;
        try (LogCapture capture = new LogCapture())
        {
            assertTrue(loader.load(second).isLoaded());
            log = capture.text();
        }

        assertTrue(log.contains("plugin b-second.jar: package test.lib is also in a-lib.jar, loaded first"), log);
        final PluginJar firstJar = loader.registry().jar(first.toAbsolutePath()).orElseThrow();
        assertSame(firstJar, loader.registry().packageIndex().owner("test.lib"));
    }
}
