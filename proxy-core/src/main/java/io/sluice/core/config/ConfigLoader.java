package io.sluice.core.config;

import io.sluice.api.config.NameSuggester;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates an {@link IniFile} into a {@link SluiceConfig}.
 *
 * <p>Sections are checked in file order and the first error stops loading. Within a section the module
 * ({@code router=} or {@code module=}) is resolved first, since it decides which parameters exist; then
 * the entries are checked in file order, then mandatory parameters, then references to other sections
 * ({@code servers}, {@code filters}, {@code service}), then cross-parameter rules.
 */
public final class ConfigLoader
{
    /** Name of the global section. */
    public static final String GLOBAL_SECTION = "sluice";
    /** MaxScale's name of the global section, accepted as an alias. */
    public static final String MAXSCALE_GLOBAL_SECTION = "maxscale";

    private static final String GLOBAL_TYPE = "global";
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    private final IniFile ini;
    private final String file;
    private final ModuleSpecs modules;
    private final Consumer<String> warnings;
    /** Section name to its valid type (or "global"); sections with a missing or bad type are absent. */
    private final Map<String, String> typeOf = new HashMap<>();

    private ConfigLoader(IniFile ini, ModuleSpecs modules, Consumer<String> warnings)
    {
        this.ini = ini;
        this.file = ini.fileName();
        this.modules = modules;
        this.warnings = warnings;
    }

    /** Parses and validates a configuration file. */
    public static SluiceConfig load(Path file, ModuleSpecs modules) throws ConfigException
    {
        return load(IniFile.parse(file), modules);
    }

    /** Validates a parsed configuration against the core specs and the modules' own specs. */
    public static SluiceConfig load(IniFile ini, ModuleSpecs modules) throws ConfigException
    {
        return load(ini, modules, LOG::warn);
    }

    /** Validates a parsed configuration; warnings (MaxScale's deprecated forms) go to {@code warnings}. */
    public static SluiceConfig load(IniFile ini, ModuleSpecs modules, Consumer<String> warnings) throws ConfigException
    {
        return new ConfigLoader(ini, modules, warnings).load();
    }

    private Params validate(SectionSpec spec, IniSection s, String type) throws ConfigException
    {
        return SectionValidator.validate(spec, file, s, MaxScaleCompat.parameters(type), warnings);
    }

    private SluiceConfig load() throws ConfigException
    {
        for (IniSection s : ini.sections())
        {
            if (isGlobal(s.name()))
            {
                typeOf.put(s.name(), GLOBAL_TYPE);
            }
            else
            {
                Optional<IniEntry> type = s.entry("type");
                if (type.isPresent() && CoreSpecs.TYPES.contains(type.get().value()))
                {
                    typeOf.put(s.name(), type.get().value());
                }
            }
        }

        IniSection globalSection = null;
        Params global = null;
        Map<String, Params> servers = new LinkedHashMap<>();
        Map<String, Params> services = new LinkedHashMap<>();
        Map<String, Params> listeners = new LinkedHashMap<>();
        Map<String, Params> monitors = new LinkedHashMap<>();
        Map<String, Params> filters = new LinkedHashMap<>();
        Map<String, Params> endpoints = new HashMap<>();

        for (IniSection s : ini.sections())
        {
            if (isGlobal(s.name()))
            {
                if (globalSection != null)
                {
                    throw new ConfigException(file, s.line(), "global section [" + s.name() + "] given twice: ["
                            + globalSection.name() + "] at line " + globalSection.line()
                            + " already holds the global parameters");
                }
                globalSection = s;
                global = validate(CoreSpecs.GLOBAL, s, GLOBAL_TYPE);
                checkWaterMarks(global);
                continue;
            }
            Optional<IniEntry> type = s.entry("type");
            if (type.isEmpty())
            {
                throw new ConfigException(file, s.line(), "section [" + s.name() + "] has no 'type' parameter"
                        + " (expected one of: " + String.join(", ", CoreSpecs.TYPES) + ")");
            }
            Params p;
            switch (type.get().value())
            {
                case "server":
                    servers.put(s.name(), validate(CoreSpecs.SERVER, s, "server"));
                    break;
                case "service":
                    p = validateWithModule(s, "service", CoreSpecs.SERVICE, "router", "router", modules::router,
                            modules.routerNames());
                    checkReferences(p, "service", "servers", "server");
                    checkReferences(p, "service", "filters", "filter");
                    services.put(s.name(), p);
                    break;
                case "listener":
                    p = validate(CoreSpecs.LISTENER, s, "listener");
                    checkReferences(p, "listener", "service", "service");
                    checkEndpoint(p, endpoints);
                    listeners.put(s.name(), p);
                    break;
                case "monitor":
                    p = validateWithModule(s, "monitor", CoreSpecs.MONITOR, "module", "monitor module",
                            name -> modules.monitor(MaxScaleCompat.monitorModule(name)), modules.monitorNames());
                    checkReferences(p, "monitor", "servers", "server");
                    monitors.put(s.name(), p);
                    break;
                case "filter":
                    filters.put(s.name(), validateWithModule(s, "filter", CoreSpecs.FILTER, "module", "filter module",
                            modules::filter, modules.filterNames()));
                    break;
                default:
                    String value = type.get().value();
                    throw new ConfigException(file, type.get().line(), "unknown type '" + value + "' for section ["
                            + s.name() + "] (expected one of: " + String.join(", ", CoreSpecs.TYPES)
                            + NameSuggester.closest(value, CoreSpecs.TYPES).map(t -> "; did you mean '"
                            + t + "'?").orElse("")
                            + ")");
            }
        }
        if (global == null)
        {
            global = SectionValidator.validate(CoreSpecs.GLOBAL, file, new IniSection(GLOBAL_SECTION, 0, List.of()));
        }
        return build(GlobalConfig.from(global), servers, services, listeners, monitors, filters);
    }

    private static boolean isGlobal(String name)
    {
        return name.equals(GLOBAL_SECTION) || name.equals(MAXSCALE_GLOBAL_SECTION);
    }

    private Params validateWithModule(IniSection s, String type, SectionSpec core, String key, String noun,
                                      Function<String, Optional<SectionSpec>> lookup, Set<String> known)
            throws ConfigException
    {
        Optional<IniEntry> entry = s.entry(key);
        if (entry.isEmpty())
        {
            return validate(core, s, type); // reports the missing mandatory key (or an earlier entry error)
        }
        String name = entry.get().value();
        Optional<SectionSpec> moduleSpec = lookup.apply(name);
        if (moduleSpec.isEmpty())
        {
            throw new ConfigException(file, entry.get().line(), "unknown " + noun + " '" + name + "' (known: "
                    + (known.isEmpty() ? "none" : String.join(", ", known))
                    + NameSuggester.closest(name, known).map(m -> "; did you mean '" + m + "'?").orElse("") + ")");
        }
        return validate(core.merge(moduleSpec.get()), s, type);
    }

    /** Each name in {@code key} (a LIST or STRING parameter) must be a section of type {@code wanted}, once. */
    private void checkReferences(Params p, String ownType, String key, String wanted) throws ConfigException
    {
        List<String> names = p.spec(key).type().kind() == ParamType.Kind.LIST ? p.list(key) : List.of(p.string(key));
        Set<String> seen = new HashSet<>();
        String where = "in '" + key + "' of " + ownType + " [" + p.section() + "]";
        for (String name : names)
        {
            String actual = typeOf.get(name);
            if (!ini.section(name).isPresent())
            {
                throw new ConfigException(file, p.line(key), "unknown " + wanted + " '" + name + "' " + where
                        + NameSuggester.hint(name, sectionsOfType(wanted)));
            }
            if (!wanted.equals(actual))
            {
                String is = actual == null ? "has no valid type"
                        : actual.equals(GLOBAL_TYPE) ? "is the global section" : "is a " + actual;
                throw new ConfigException(file, p.line(key), "'" + name + "' " + where + " " + is
                        + ", not a " + wanted);
            }
            if (!seen.add(name))
            {
                throw new ConfigException(file, p.line(key), wanted + " '" + name + "' is listed twice " + where);
            }
        }
    }

    private List<String> sectionsOfType(String type)
    {
        List<String> names = new ArrayList<>();
        for (IniSection s : ini.sections())
        {
            if (type.equals(typeOf.get(s.name())))
            {
                names.add(s.name());
            }
        }
        return names;
    }

    private void checkEndpoint(Params p, Map<String, Params> endpoints) throws ConfigException
    {
        String address = p.string("address");
        int port = p.integer("port");
        Params other = endpoints.putIfAbsent(address.toLowerCase(Locale.ROOT) + " " + port, p);
        if (other != null)
        {
            throw new ConfigException(file, p.line("port"), "listener [" + p.section() + "]: address '" + address
                    + "' port " + port + " is already used by listener [" + other.section() + "] at line "
                    + other.sectionLine());
        }
    }

    private void checkWaterMarks(Params p) throws ConfigException
    {
        if (p.sizeBytes("writeq_low_water") >= p.sizeBytes("writeq_high_water"))
        {
            int line = p.isSet("writeq_low_water") ? p.line("writeq_low_water") : p.line("writeq_high_water");
            throw new ConfigException(file, line, "writeq_low_water (" + p.text("writeq_low_water").orElseThrow()
                    + ") must be less than writeq_high_water (" + p.text("writeq_high_water").orElseThrow() + ")");
        }
    }

    private SluiceConfig build(GlobalConfig global, Map<String, Params> serverParams, Map<String, Params> serviceParams,
                               Map<String, Params> listenerParams, Map<String, Params> monitorParams,
                               Map<String, Params> filterParams)
    {
        Map<String, ServerConfig> servers = new LinkedHashMap<>();
        for (Params p : serverParams.values())
        {
            servers.put(p.section(), ServerConfig.from(p));
        }
        Map<String, FilterConfig> filters = new LinkedHashMap<>();
        for (Params p : filterParams.values())
        {
            filters.put(p.section(), FilterConfig.from(p));
        }
        Map<String, MonitorConfig> monitors = new LinkedHashMap<>();
        for (Params p : monitorParams.values())
        {
            monitors.put(p.section(),
                    new MonitorConfig(p.section(), MaxScaleCompat.monitorModule(p.string("module")),
                            pick(servers, p.list("servers")),
                    p.optionalString("user"), p.optionalString("password"), p.duration("monitor_interval"),
                    p.duration("backend_connect_timeout"), p.duration("backend_read_timeout"),
                    p.duration("backend_write_timeout"), p));
        }
        Map<String, ServiceConfig> services = new LinkedHashMap<>();
        for (Params p : serviceParams.values())
        {
            services.put(p.section(),
                    new ServiceConfig(p.section(), p.string("router"), pick(servers, p.list("servers")),
                    p.optionalString("user"), p.optionalString("password"), pick(filters, p.list("filters")), p));
        }
        Map<String, ListenerConfig> listeners = new LinkedHashMap<>();
        for (Params p : listenerParams.values())
        {
            listeners.put(p.section(), new ListenerConfig(p.section(), services.get(p.string("service")),
                    p.string("address"), p.integer("port"), MaxScaleCompat.protocol(p.string("protocol")), p));
        }
        return new SluiceConfig(file, global, servers, services, listeners, monitors, filters);
    }

    private static <V> List<V> pick(Map<String, V> byName, List<String> names)
    {
        List<V> picked = new ArrayList<>(names.size());
        for (String name : names)
        {
            picked.add(byName.get(name));
        }
        return picked;
    }
}
