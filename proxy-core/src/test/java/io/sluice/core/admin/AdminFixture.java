package io.sluice.core.admin;

import io.sluice.api.ApiVersion;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.api.Monitor;
import io.sluice.api.MonitorApi;
import io.sluice.api.MonitorCommand;
import io.sluice.api.MonitorContext;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.config.SectionSpec;
import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.launcher.Modules;
import io.sluice.core.launcher.PluginModules;
import io.sluice.core.launcher.Sluice;
import io.sluice.core.plugins.ModuleUsage;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-process Sluice (two workers, three servers, a test monitor module "fixedmon" that publishes db1 as
 * primary and db2 as a replica 3 s behind) with its admin API on a free port. Tests of the API and of sluicectl.
 */
public final class AdminFixture implements AutoCloseable
{
    /** Publishes db1 as primary and db2 as replica 3 s behind; "promote X" makes X the primary. */
    private static final class FixedMonitor implements Monitor
    {
        private final MonitorContext context;
        private String primary = "db1";

        FixedMonitor(final MonitorContext context)
        {
            this.context = context;
        }

        @Override
        public void tick()
        {
            final int master = ServerStatus.bits(ServerStatus.MASTER, ServerStatus.RUNNING);
            final int slave = ServerStatus.bits(ServerStatus.SLAVE, ServerStatus.RUNNING);
            final boolean one = primary.equals("db1");
            context.publish(List.of(new ServerState("db1", one ? master : slave, one ? 0 : 3, "0-1-42", 1,
                    !one, one ? "" : "db2"),
                new ServerState("db2", one ? slave : master, one ? 3 : 0, "0-1-41", 2, one, one ? "db1" : "")));
        }

        @Override
        public Map<String, Object> diagnostics()
        {
            return Map.of("primary", primary);
        }

        @Override
        public Map<String, MonitorCommand> commands()
        {
            return Map.of("promote", new MonitorCommand("<server>", "make a server the primary", args ->
            {
                if (args.size() != 1 || !Set.of("db1", "db2").contains(args.get(0)))
                {
                    throw new IllegalArgumentException("promote needs one server of db1, db2; got " + args);
                }
                primary = args.get(0);
                tick();
                return Map.of("primary", primary);
            }));
        }
    }

    private static final ModuleInfo MONITOR = new ModuleInfo("fixedmon", ModuleType.MONITOR,
            ApiVersion.CURRENT, "1.0.0",
        "test monitor", Set.of(), SectionSpec.EMPTY, Lifecycle.NONE, new MonitorApi(FixedMonitor::new));

    private final Sluice sluice;
    private final AdminServer admin;

    private AdminFixture(final Sluice sluice, final AdminServer admin)
    {
        this.sluice = sluice;
        this.admin = admin;
    }

    static int freePort() throws Exception
    {
        try (ServerSocket s = new ServerSocket(0))
        {
            return s.getLocalPort();
        }
    }

    public static AdminFixture start() throws Exception
    {
        return start(java.nio.file.Files.createTempDirectory("sluice-admin-test"));
    }

    /** With the data directory given (a restart keeps the admin accounts). */
    public static AdminFixture start(final java.nio.file.Path dataDir, final String... globals) throws Exception
    {
        final String cnf = String.join("\n",
            "[sluice]", "threads=2", "admin_port=" + freePort(), "datadir=" + dataDir, String.join("\n", globals),
            "[db1]", "type=server", "address=127.0.0.1", "port=3306",
            "[db2]", "type=server", "address=127.0.0.1", "port=3307", "role=slave",
            "[db3]", "type=server", "address=127.0.0.1", "port=3308", "role=master",
            "[Cluster-Monitor]", "type=monitor", "module=fixedmon", "servers=db1,db2", "user=mon", "password=pw",
            "monitor_interval=60s", "");
        final SluiceConfig config = ConfigLoader.load(IniFile.parse("sluice.cnf", cnf),
            ModuleSpecs.of(Map.of(), Map.of("fixedmon", SectionSpec.EMPTY), Map.of()));
        // The test monitor, and a real plugin loader on an empty plugins directory for jars loaded by path.
        final java.nio.file.Path pluginsDir = java.nio.file.Files.createDirectories(dataDir.resolve("plugins"));
        final PluginModules plugins = PluginModules.load(pluginsDir);
        final Modules modules = new Modules()
        {
            @Override
            public Optional<Choice> find(final ModuleType type, final String name)
            {
                return type == ModuleType.MONITOR && name.equals("fixedmon")
                    ? Optional.of(new Modules.Choice(MONITOR, ModuleUsage.NONE)) : plugins.find(type, name);
            }

            @Override
            public List<Loaded> loaded()
            {
                final List<Loaded> all = new java.util.ArrayList<>(List.of(new Loaded(MONITOR,
                        "/plugins/fixedmon.jar")));
                all.addAll(plugins.loaded());
                return all;
            }

            @Override
            public List<Loaded> loadJar(final java.nio.file.Path jar)
            {
                return plugins.loadJar(jar);
            }

            @Override
            public void workersStarted(final io.sluice.core.worker.WorkerPool pool)
            {
                plugins.workersStarted(pool);
            }
        };
        final Sluice sluice = Sluice.start(config, modules);
        try
        {
            return new AdminFixture(sluice, AdminServer.start(sluice, "127.0.0.1", config.global().adminPort(), true));
        }
        catch (final Exception e)
        {
            sluice.shutdown(1_000);
            throw e;
        }
    }

    /** A self-signed certificate for 127.0.0.1 and its PKCS#8 key, made by openssl: {cert, key}. */
    public static java.nio.file.Path[] selfSignedCertificate(final java.nio.file.Path dir) throws Exception
    {
        final java.nio.file.Path cert = dir.resolve("admin-cert.pem");
        final java.nio.file.Path key = dir.resolve("admin-key.pem");
        final Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
            key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost", "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost").redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0)
        {
            throw new IllegalStateException("openssl failed: " + out);
        }
        return new java.nio.file.Path[] {cert, key};
    }

    public Sluice sluice()
    {
        return sluice;
    }

    public int port()
    {
        return admin.address().getPort();
    }

    @Override
    public void close()
    {
        admin.close();
        sluice.shutdown(1_000);
    }
}
