package io.sluice.core.launcher;

import io.sluice.core.admin.AdminServer;
import io.sluice.core.config.ConfigException;
import io.sluice.core.config.GlobalConfig;
import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.ModuleJars;
import io.sluice.core.config.RuntimeChanges;
import io.sluice.core.config.SluiceConfig;
import io.sluice.api.ModuleType;
import io.sluice.core.plugins.RegistryChange;
import io.sluice.nativeio.ChannelFds;
import io.sluice.nativeio.Epoll;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/sluice}: reads the configuration, starts Sluice, and runs until SIGTERM or SIGINT,
 * which shut it down gracefully. Exit status: 0 after a clean stop or a successful --check,
 * 1 for a configuration or startup error (printed as {@code file:line: message}), 2 for bad
 * command-line arguments.
 */
@Command(name = "sluice", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A MySQL/MariaDB database proxy.", sortOptions = false)
public final class Main implements Callable<Integer>
{
    static final int EXIT_OK = 0;
    static final int EXIT_CONFIG = 1;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "The configuration file (MaxScale-style INI). Required unless --list-modules.")
    private Path config;

    @Option(names = {"-p", "--plugins"}, paramLabel = "DIR",
        description = "The plugins directory, scanned for module jars. bin/sluice passes the distribution's plugins/.")
    private Path plugins;

    @Option(names = "--list-modules", description = "List the modules of the plugins directory and exit.")
    private boolean listModules;

    @Option(names = "--check", description = "Validate the configuration and exit.")
    private boolean checkOnly;

    @Option(names = "--debug", description = "Log at debug level (worker loads every period, among others).")
    private boolean debug;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch stopped = new CountDownLatch(1);

    Main(final PrintStream out, final PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    public static void main(final String[] args)
    {
        System.exit(run(args, System.out, System.err));
    }

    static int run(final String[] args, final PrintStream out, final PrintStream err)
    {
        final CommandLine cli = new CommandLine(new Main(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return cli.execute(args);
    }

    @Override
    public Integer call()
    {
        if (debug)
        {
            // Before the first logger exists: slf4j-simple reads this once.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        if (plugins != null && !Files.isDirectory(plugins))
        {
            err.println("sluice: plugins directory " + plugins + " does not exist or is not a directory");
            return EXIT_CONFIG;
        }
        if (config == null && !listModules)
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--config=FILE'");
        }
        final PluginModules modules = PluginModules.load(plugins);
        if (listModules)
        {
            modules.printList(out);
            return EXIT_OK;
        }
        SluiceConfig loaded;
        final IniFile base;
        final RuntimeChanges saved;
        try
        {
            base = IniFile.parse(config);
            loaded = ConfigLoader.load(base, modules.specs());
            // Jars loaded by path through the admin API come back before the runtime changes that may use them.
            modules.loadSaved(ModuleJars.load(Sluice.dataDir(loaded)));
            saved = RuntimeChanges.load(Sluice.dataDir(loaded));
        }
        catch (final ConfigException e)
        {
            err.println(e.getMessage());
            return EXIT_CONFIG;
        }
        if (!saved.touched().isEmpty())
        {
            try
            {
                loaded = ConfigLoader.load(saved.over(base), modules.specs());
            }
            catch (final ConfigException e)
            {
                err.println("sluice: the runtime changes saved in "
                        + Sluice.dataDir(loaded).resolve(RuntimeChanges.FILE_NAME)
                    + " (" + saved.touched() + ") no longer fit " + config + ": " + e.detail());
                return EXIT_CONFIG;
            }
        }
        if (checkOnly)
        {
            out.println(config + ": OK (" + loaded.servers().size() + " servers, " + loaded.services().size()
                + " services, " + loaded.listeners().size() + " listeners)");
            return EXIT_OK;
        }

        final Sluice sluice;
        try
        {
            sluice = Sluice.start(loaded, modules);
        }
        catch (final ConfigException e)
        {
            err.println(e.getMessage());
            return EXIT_CONFIG;
        }
        catch (final IOException | RuntimeException e)
        {
            err.println("sluice: cannot start: " + e.getMessage());
            return EXIT_CONFIG;
        }
        sluice.enableRuntimeChanges(base, saved, modules::specs);
        // A newer jar of a router in use: its services take it for new sessions.
        modules.registry().addListener(change ->
        {
            if (change.kind() == RegistryChange.Kind.REPLACED && change.after().type() == ModuleType.ROUTER)
            {
                sluice.routerReplaced(change.name(), modules);
            }
        });
        if (plugins != null)
        {
            modules.watch();
        }
        final AdminServer admin = startAdmin(sluice, loaded);
        ProcessSignals.onHangup(() -> reload(sluice, modules));
        final long shutdownTimeoutMs = loaded.global().shutdownTimeout().toMillis();
        // SIGTERM and SIGINT end the wait below, so main shuts down and exits 0. The hook covers
        // any other way the JVM is asked to exit.
        ProcessSignals.onTermOrInt(stopped::countDown);
        final Thread hook = new Thread(() ->
        {
            if (admin != null)
            {
                admin.close();
            }
            sluice.shutdown(shutdownTimeoutMs);
        }, "sluice-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Sluice " + SluiceVersion.version() + " ready: " + sluice.pool().size() + " workers ("
            + sluice.pool().pollerKind() + " poller), " + describeListeners(sluice)
            + (admin == null ? "" : "; admin API on " + (admin.isTls() ? "https" : "http") + "://"
            + admin.address().getHostString() + ":" + admin.address().getPort()));
        try
        {
            stopped.await();
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        sluice.shutdown(shutdownTimeoutMs);
        modules.close();
        return EXIT_OK;
    }

    /** SIGHUP: re-read the configuration with the modules loaded now; a bad file changes nothing. */
    /**
     * The admin REST API when {@code admin_enabled}: an address that cannot be bound is logged and
     * Sluice serves on without it.
     */
    private static AdminServer startAdmin(final Sluice sluice, final SluiceConfig config)
    {
        final GlobalConfig global = config.global();
        if (!global.adminEnabled())
        {
            return null;
        }
        try
        {
            return AdminServer.start(sluice, global.adminHost(), global.adminPort(),
                    global.params().bool("admin_auth"));
        }
        catch (final IOException | RuntimeException e)
        {
            LoggerFactory.getLogger(Main.class).error("admin API: cannot listen on {}:{} ({}); Sluice serves without "
                    + "it",
                global.adminHost(), global.adminPort(), e.getMessage());
            return null;
        }
    }

    private void reload(final Sluice sluice, final PluginModules modules)
    {
        final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Main.class);
        try
        {
            sluice.reloadFile(IniFile.parse(config));
        }
        catch (final ConfigException e)
        {
            log.error("configuration reload refused, nothing changed: {}", e.getMessage());
        }
        catch (final IOException | RuntimeException e)
        {
            log.error("configuration reload failed, nothing changed: {}", e.getMessage());
        }
    }

    private static String describeListeners(final Sluice sluice)
    {
        final StringBuilder text = new StringBuilder();
        for (final io.sluice.core.net.Listener listener : sluice.listeners())
        {
            if (text.length() > 0)
            {
                text.append(", ");
            }
            text.append("listener ").append(listener.name()).append(" on ").append(listener.address());
        }
        return text.length() == 0 ? "no listeners" : text.toString();
    }

    /** {@code --version}: the build, the JVM, and whether epoll works here (and if not, why). */
    static final class Version implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            final String epoll = Epoll.isAvailable()
                ? "epoll available (channel fds via " + ChannelFds.strategy() + ")"
                : "epoll unavailable: " + Epoll.unavailableReason();
            return new String[] {
                "sluice " + SluiceVersion.version(),
                "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                epoll,
            };
        }
    }
}
