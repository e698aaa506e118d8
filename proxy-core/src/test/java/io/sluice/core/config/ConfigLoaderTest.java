package io.sluice.core.config;

import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.SectionSpec;
import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.SessionPlacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest
{
    private static final ModuleSpecs MODULES = ModuleSpecs.of(
            Map.of("passthrough", SectionSpec.of(ParamSpec.withDefault("max_connections",
                            ParamType.integer(0, 100_000), "0", "session limit, 0 = none")),
                    "readconnroute", SectionSpec.EMPTY),
            Map.of("mariadbmon", SectionSpec.of(ParamSpec.withDefault("auto_failover", ParamType.BOOL, "false",
                    "promote a replica when the primary fails"))),
            Map.of("hintfilter", SectionSpec.EMPTY));

    private static String lines(String... lines)
    {
        return String.join("\n", lines) + "\n";
    }

    private static SluiceConfig load(String text) throws ConfigException
    {
        return ConfigLoader.load(IniFile.parse("sluice.cnf", text), MODULES);
    }

    private static String error(String text)
    {
        return assertThrows(ConfigException.class, () -> load(text)).getMessage();
    }

    /** A server, a service and a listener: the smallest useful file. */
    private static final String[] MINIMAL = {
            "[db1]",                    // 1
            "type=server",              // 2
            "address=10.0.0.11",        // 3
            "[RW]",                     // 4
            "type=service",             // 5
            "router=passthrough",       // 6
            "servers=db1",              // 7
            "[L]",                      // 8
            "type=listener",            // 9
            "service=RW",               // 10
            "port=4006",                // 11
    };

    private static String minimalPlus(String... more)
    {
        String[] all = new String[MINIMAL.length + more.length];
        System.arraycopy(MINIMAL, 0, all, 0, MINIMAL.length);
        System.arraycopy(more, 0, all, MINIMAL.length, more.length);
        return lines(all);
    }

    @Test
    void shouldLoadFullMaxScaleStyleFile() throws Exception
    {
        SluiceConfig c = load(lines(
                "# Sluice configuration, MaxScale style", // 1
                "[maxscale]",                  // 2
                "threads=4",                   // 3
                "load_period=500ms",           // 4
                "poller=epoll",                // 5
                "writeq_high_water=1Mi",       // 6
                "writeq_low_water=64Ki",       // 7
                "admin_enabled=no",            // 8
                "admin_host=0.0.0.0",          // 9
                "admin_port=8990",             // 10
                "shutdown_timeout=1m",         // 11
                "",                            // 12
                "[db1]",                       // 13
                "type=server",                 // 14
                "address=10.0.0.11",           // 15
                "port=3306",                   // 16
                "protocol=MariaDBBackend",     // 17
                "",                            // 18
                "[db2]",                       // 19
                "type=server",                 // 20
                "address=10.0.0.12",           // 21
                "port=3307",                   // 22
                "",                            // 23
                "[Mon]",                       // 24
                "type=monitor",                // 25
                "module=mariadbmon",           // 26
                "servers=db2, db1",            // 27
                "user=mon",                    // 28
                "password=monpw",              // 29
                "monitor_interval=5s",         // 30
                "auto_failover=true",          // 31
                "",                            // 32
                "[Hints]",                     // 33
                "type=filter",                 // 34
                "module=hintfilter",           // 35
                "",                            // 36
                "[RW]",                        // 37
                "type=service",                // 38
                "router=passthrough",          // 39
                "servers=db1,",                // 40
                "    db2",                     // 41
                "user=maxscale",               // 42
                "password=pw",                 // 43
                "filters=Hints",               // 44
                "max_connections=100",         // 45
                "",                            // 46
                "[RW-Listener]",               // 47
                "type=listener",               // 48
                "service=RW",                  // 49
                "protocol=MariaDBProtocol",    // 50
                "port=4006"));                 // 51

        assertEquals("sluice.cnf", c.file());

        GlobalConfig g = c.global();
        assertEquals(4, g.threadsSetting());
        assertEquals(4, g.threads(64));
        assertFalse(g.threadsAuto());
        assertEquals(Duration.ofMillis(500), g.loadPeriod());
        assertEquals(PollerKind.EPOLL, g.poller());
        assertEquals(1_048_576L, g.writeqHighWater());
        assertEquals(65_536L, g.writeqLowWater());
        assertFalse(g.adminEnabled());
        assertEquals("0.0.0.0", g.adminHost());
        assertEquals(8990, g.adminPort());
        assertEquals(Duration.ofMinutes(1), g.shutdownTimeout());
        assertEquals(7, g.params().line("writeq_low_water"));

        assertEquals(List.of("db1", "db2"), List.copyOf(c.servers().keySet()));
        ServerConfig db1 = c.servers().get("db1");
        assertEquals("db1", db1.name());
        assertEquals("10.0.0.11", db1.address());
        assertEquals(3306, db1.port());
        assertEquals(Optional.of("MariaDBBackend"), db1.protocol());
        ServerConfig db2 = c.servers().get("db2");
        assertEquals("10.0.0.12", db2.address());
        assertEquals(3307, db2.port());
        assertEquals(Optional.empty(), db2.protocol());

        MonitorConfig mon = c.monitors().get("Mon");
        assertEquals("mariadbmon", mon.module());
        assertEquals(List.of(db2, db1), mon.servers());
        assertEquals(Optional.of("mon"), mon.user());
        assertEquals(Optional.of("monpw"), mon.password());
        assertEquals(Duration.ofSeconds(5), mon.monitorInterval());
        assertEquals(Duration.ofSeconds(3), mon.backendConnectTimeout());
        assertEquals(Duration.ofSeconds(3), mon.backendReadTimeout());
        assertEquals(Duration.ofSeconds(3), mon.backendWriteTimeout());
        assertTrue(mon.params().bool("auto_failover"));

        FilterConfig hints = c.filters().get("Hints");
        assertEquals("Hints", hints.name());
        assertEquals("hintfilter", hints.module());

        ServiceConfig rw = c.services().get("RW");
        assertEquals("RW", rw.name());
        assertEquals("passthrough", rw.router());
        assertEquals(List.of(db1, db2), rw.servers());
        assertEquals(Optional.of("maxscale"), rw.user());
        assertEquals(Optional.of("pw"), rw.password());
        assertEquals(List.of(hints), rw.filters());
        assertEquals(100, rw.params().integer("max_connections"));
        assertEquals(45, rw.params().line("max_connections"));
        assertEquals(40, rw.params().line("servers"));

        ListenerConfig l = c.listeners().get("RW-Listener");
        assertEquals("RW-Listener", l.name());
        assertSame(rw, l.service());
        assertEquals("::", l.address());
        assertEquals(4006, l.port());
        assertEquals("MariaDBProtocol", l.protocol());
        assertEquals(47, l.params().line("address"));
    }

    @Test
    void shouldApplyDefaults() throws Exception
    {
        SluiceConfig c = load(minimalPlus(
                "[Mon]",                  // 12
                "type=monitor",           // 13
                "module=mariadbmon"));    // 14
        GlobalConfig g = c.global();
        assertTrue(g.threadsAuto());
        assertEquals(0, g.threadsSetting());
        assertEquals(Duration.ofSeconds(10), g.loadPeriod());
        assertEquals(PollerKind.AUTO, g.poller());
        assertEquals(65_536L, g.writeqHighWater());
        assertEquals(1_024L, g.writeqLowWater());
        assertTrue(g.adminEnabled());
        assertEquals("127.0.0.1", g.adminHost());
        assertEquals(8989, g.adminPort());
        assertEquals(Duration.ofSeconds(10), g.shutdownTimeout());
        assertEquals(0, g.params().line("threads"));
        assertEquals("sluice", g.params().section());

        assertEquals(3306, c.servers().get("db1").port());
        ServiceConfig rw = c.services().get("RW");
        assertEquals(Optional.empty(), rw.user());
        assertEquals(Optional.empty(), rw.password());
        assertEquals(List.of(), rw.filters());
        assertEquals(0, rw.params().integer("max_connections"));
        assertEquals(4, rw.params().line("max_connections"));
        assertEquals(Duration.ofSeconds(10), rw.params().duration("connect_timeout"), "MariaDB's connect_timeout");
        assertEquals(Duration.ofSeconds(30), rw.params().duration("net_read_timeout"), "MariaDB's net_read_timeout");

        ListenerConfig l = c.listeners().get("L");
        assertEquals("::", l.address());
        assertEquals("MariaDBProtocol", l.protocol());

        MonitorConfig m = c.monitors().get("Mon");
        assertEquals(List.of(), m.servers());
        assertEquals(Duration.ofSeconds(2), m.monitorInterval());
        assertEquals(Duration.ofSeconds(3), m.backendConnectTimeout());
        assertEquals(Duration.ofSeconds(3), m.backendReadTimeout());
        assertEquals(Duration.ofSeconds(3), m.backendWriteTimeout());
        assertFalse(m.params().bool("auto_failover"));
    }

    @Test
    void shouldTakeClientTimeoutsPerServiceAndZeroForNever() throws Exception
    {
        SluiceConfig c = load(minimalPlus(
                "[RW2]", "type=service", "router=passthrough", "servers=db1",
                "connect_timeout=2s", "net_read_timeout=0s"));
        assertEquals(Duration.ofSeconds(2), c.services().get("RW2").params().duration("connect_timeout"));
        assertEquals(Duration.ZERO, c.services().get("RW2").params().duration("net_read_timeout"));
        assertEquals(Duration.ofSeconds(30), load(minimalPlus("[RW2]", "type=service", "router=passthrough",
                "net_read_timeout=30")).services().get("RW2").params().duration("net_read_timeout"),
                "a bare number is seconds, as MaxScale takes it");
    }

    @Test
    void shouldResolveAutoThreadsFromCores() throws Exception
    {
        GlobalConfig g = load(lines("[sluice]", "threads=auto")).global();
        assertEquals(8, g.threads(8));
        assertEquals(1, g.threads(0));
        assertEquals(256, load(lines("[sluice]", "threads=256")).global().threads(8));
    }

    @Test
    void shouldAcceptSluiceAndMaxScaleGlobalSectionNames() throws Exception
    {
        assertEquals(3, load(lines("[sluice]", "threads=3")).global().threadsSetting());
        assertEquals(5, load(lines("[maxscale]", "threads=5")).global().threadsSetting());
    }

    @Test
    void shouldRefuseBothGlobalSections()
    {
        assertEquals("sluice.cnf:3: global section [maxscale] given twice: [sluice] at line 1 already holds the global "
                + "parameters",
                error(lines("[sluice]", "threads=3", "[maxscale]", "threads=5")));
    }

    @Test
    void shouldLoadAnEmptyFileWithDefaults() throws Exception
    {
        SluiceConfig c = load("");
        assertEquals(Map.of(), c.servers());
        assertEquals(Map.of(), c.services());
        assertEquals(Map.of(), c.listeners());
        assertEquals(Map.of(), c.monitors());
        assertEquals(Map.of(), c.filters());
        assertEquals(Duration.ofSeconds(10), c.global().loadPeriod());
    }

    @Test
    void shouldRefuseUnknownGlobalParameterWithSuggestion()
    {
        assertEquals("sluice.cnf:12: unknown parameter 'thread' in section [sluice] (did you mean 'threads'?)",
                error(lines("# Sluice", "#", "#", "#", "#", "#", "#", "#", "#", "#", "[sluice]", "thread=4")));
    }

    @Test
    void shouldRefuseTypeInGlobalSection()
    {
        assertEquals("sluice.cnf:2: unknown parameter 'type' in section [maxscale]",
                error(lines("[maxscale]", "type=maxscale")));
    }

    @Test
    void shouldRefuseDurationWithoutUnit()
    {
        assertEquals("sluice.cnf:7: invalid value 'abc' for 'load_period': a duration needs a unit: h, m, s or ms "
                + "(e.g. 10s, 500ms)",
                error(lines("[sluice]", "threads=2", "", "# period", "", "", "load_period=abc")));
        assertEquals("sluice.cnf:2: invalid value '10' for 'shutdown_timeout': a duration needs a unit: h, m, s or ms "
                + "(e.g. 10s, 500ms)",
                error(lines("[sluice]", "shutdown_timeout=10")));
    }

    @Test
    void shouldRefuseLoadPeriodOutOfRange()
    {
        assertEquals("sluice.cnf:2: invalid value '50ms' for 'load_period': must be between 100ms and 1h",
                error(lines("[sluice]", "load_period=50ms")));
        assertEquals("sluice.cnf:2: invalid value '2h' for 'load_period': must be between 100ms and 1h",
                error(lines("[sluice]", "load_period=2h")));
    }

    @Test
    void shouldRefuseBadThreadsAndPoller()
    {
        assertEquals("sluice.cnf:2: invalid value '0' for 'threads': expected 'auto' or an integer between 1 and 256",
                error(lines("[sluice]", "threads=0")));
        assertEquals("sluice.cnf:2: invalid value 'kqueue' for 'poller': expected one of: auto, epoll, nio",
                error(lines("[sluice]", "poller=kqueue")));
        assertEquals("sluice.cnf:2: invalid value 'maybe' for 'admin_enabled': expected a boolean: true/false, yes/no, "
                + "on/off or 1/0",
                error(lines("[sluice]", "admin_enabled=maybe")));
    }

    @Test
    void shouldReadSessionPlacementInEitherGlobalSection() throws Exception
    {
        assertEquals("least_sessions", load(lines("[sluice]", "threads=2")).global().params()
                .enumValue("session_placement"));
        assertEquals(SessionPlacement.LEAST_LOADED, load(lines("[maxscale]", "session_placement=least_loaded"))
                .global().params().enumValue("session_placement", SessionPlacement.class));
        assertEquals(SessionPlacement.ROUND_ROBIN, load(lines("[sluice]", "session_placement=round_robin"))
                .global().params().enumValue("session_placement", SessionPlacement.class));
        assertEquals("sluice.cnf:2: invalid value 'fastest' for 'session_placement': expected one of: least_loaded, "
                + "least_sessions, round_robin",
                error(lines("[sluice]", "session_placement=fastest")));
    }

    @Test
    void shouldReadMaxScalesRebalanceParameters() throws Exception
    {
        final SluiceConfig defaults = load(lines("[sluice]", "threads=2"));
        assertEquals(0, defaults.global().params().durationNs("rebalance_period"), "off by default");
        assertEquals(20, defaults.global().params().integer("rebalance_threshold"));
        assertEquals(10, defaults.global().params().integer("rebalance_window"));
        final SluiceConfig set = load(lines("[maxscale]", "rebalance_period=5s", "rebalance_threshold=35",
                "rebalance_window=60"));
        assertEquals(Duration.ofSeconds(5), set.global().params().duration("rebalance_period"));
        assertEquals(35, set.global().params().integer("rebalance_threshold"));
        assertEquals(60, set.global().params().integer("rebalance_window"));

        final List<String> warnings = new java.util.ArrayList<>();
        final SluiceConfig bare = ConfigLoader.load(IniFile.parse("max.cnf", lines("[maxscale]", "rebalance_period=2")),
                MODULES, warnings::add);
        assertEquals(Duration.ofSeconds(2), bare.global().params().duration("rebalance_period"),
                "a bare number is seconds, as in MaxScale");
        assertEquals(1, warnings.size(), warnings.toString());

        assertTrue(error(lines("[sluice]", "rebalance_threshold=4")).startsWith(
                "sluice.cnf:2: invalid value '4' for 'rebalance_threshold'"),
                error(lines("[sluice]", "rebalance_threshold=4")));
        assertTrue(error(lines("[sluice]", "rebalance_window=61")).startsWith(
                "sluice.cnf:2: invalid value '61' for 'rebalance_window'"),
                error(lines("[sluice]", "rebalance_window=61")));
    }

    @Test
    void shouldRefuseLowWaterNotBelowHighWater()
    {
        assertEquals("sluice.cnf:3: writeq_low_water (64Ki) must be less than writeq_high_water (64Ki)",
                error(lines("[sluice]", "writeq_high_water=64Ki", "writeq_low_water=64Ki")));
        assertEquals("sluice.cnf:2: writeq_low_water (1024) must be less than writeq_high_water (1K)",
                error(lines("[sluice]", "writeq_high_water=1K")));
    }

    @Test
    void shouldRefuseSectionWithoutType()
    {
        assertEquals("sluice.cnf:3: section [db1] has no 'type' parameter (expected one of: server, service, listener, "
                + "monitor, filter)",
                error(lines("[sluice]", "", "[db1]", "address=x")));
    }

    @Test
    void shouldRefuseUnknownType()
    {
        assertEquals("sluice.cnf:3: unknown type 'sevrer' for section [db1] (expected one of: server, service, "
                + "listener, monitor, filter; did you mean 'server'?)",
                error(lines("[db1]", "address=x", "type=sevrer")));
        assertEquals("sluice.cnf:2: unknown type 'router' for section [x] (expected one of: server, service, listener, "
                + "monitor, filter)",
                error(lines("[x]", "type=router")));
    }

    @Test
    void shouldRefuseServerWithoutAddress()
    {
        assertEquals("sluice.cnf:1: missing mandatory parameter 'address' in section [db1]",
                error(lines("[db1]", "type=server", "port=3306")));
    }

    @Test
    void shouldRefuseMisspeltParameterBeforeReportingItMissing()
    {
        assertEquals("sluice.cnf:3: unknown parameter 'adress' in section [db1] (did you mean 'address'?)",
                error(lines("[db1]", "type=server", "adress=x")));
    }

    @Test
    void shouldRefuseBadServerPort()
    {
        assertEquals("sluice.cnf:4: invalid value '0' for 'port': expected a port number between 1 and 65535",
                error(lines("[db1]", "type=server", "address=x", "port=0")));
    }

    @Test
    void shouldRefuseServiceWithoutRouter()
    {
        assertEquals("sluice.cnf:1: missing mandatory parameter 'router' in section [RW]",
                error(lines("[RW]", "type=service")));
    }

    @Test
    void shouldRefuseUnknownRouter()
    {
        assertEquals("sluice.cnf:3: unknown router 'xyz' (known: passthrough, readconnroute)",
                error(lines("[RW]", "type=service", "router=xyz")));
        assertEquals("sluice.cnf:3: unknown router 'pasthrough' (known: passthrough, readconnroute; did you mean "
                + "'passthrough'?)",
                error(lines("[RW]", "type=service", "router=pasthrough")));
    }

    @Test
    void shouldRefuseRouterParameterForAnotherRouter()
    {
        assertEquals("sluice.cnf:4: unknown parameter 'max_connection' in section [RW]",
                error(lines("[RW]", "type=service", "router=readconnroute", "max_connection=1")));
        assertEquals("sluice.cnf:4: parameter 'max_connections' in section [RW] is MaxScale's but not supported yet by "
                + "Sluice",
                error(lines("[RW]", "type=service", "router=readconnroute", "max_connections=1")));
    }

    @Test
    void shouldRefuseBadRouterParameterValue()
    {
        assertEquals("sluice.cnf:4: invalid value '-1' for 'max_connections': expected an integer between 0 and 100000",
                error(lines("[RW]", "type=service", "router=passthrough", "max_connections=-1")));
    }

    @Test
    void shouldRefuseUnknownMonitorAndFilterModules()
    {
        assertEquals("sluice.cnf:3: unknown monitor module 'galeramon' (known: mariadbmon)",
                error(lines("[Mon]", "type=monitor", "module=galeramon")));
        assertEquals("sluice.cnf:3: unknown filter module 'qlafilter' (known: hintfilter)",
                error(lines("[F]", "type=filter", "module=qlafilter")));
        assertEquals("sluice.cnf:1: missing mandatory parameter 'module' in section [F]",
                error(lines("[F]", "type=filter")));
    }

    @Test
    void shouldRefuseUnknownServerInService()
    {
        assertEquals("sluice.cnf:7: unknown server 'db3' in 'servers' of service [RW] (did you mean 'db1'?)",
                error(lines("[db1]", "type=server", "address=x", "[RW]", "type=service", "router=passthrough",
                        "servers=db1,", "  db3")));
        assertEquals("sluice.cnf:4: unknown server 'backend' in 'servers' of service [RW]",
                error(lines("[RW]", "type=service", "router=passthrough", "servers=backend")));
    }

    @Test
    void shouldRefuseServiceServersThatAreNotServers()
    {
        assertEquals("sluice.cnf:7: 'Hints' in 'servers' of service [RW] is a filter, not a server",
                error(lines("[Hints]", "type=filter", "module=hintfilter",
                        "[RW]", "type=service", "router=passthrough", "servers=Hints")));
        assertEquals("sluice.cnf:5: 'sluice' in 'servers' of service [RW] is the global section, not a server",
                error(lines("[sluice]", "[RW]", "type=service", "router=passthrough", "servers=sluice")));
        assertEquals("sluice.cnf:4: 'x' in 'servers' of service [RW] has no valid type, not a server",
                error(lines("[RW]", "type=service", "router=passthrough", "servers=x", "[x]", "type=bogus")));
    }

    @Test
    void shouldRefuseServerListedTwice()
    {
        assertEquals("sluice.cnf:7: server 'db1' is listed twice in 'servers' of service [RW]",
                error(lines("[db1]", "type=server", "address=x", "[RW]", "type=service", "router=passthrough",
                        "servers=db1,db1")));
    }

    @Test
    void shouldRefuseEmptyListItem()
    {
        assertEquals("sluice.cnf:4: invalid value 'db1,,db2' for 'servers': empty item in comma-separated list",
                error(lines("[RW]", "type=service", "router=passthrough", "servers=db1,,db2")));
    }

    @Test
    void shouldRefuseUnknownFilterInService()
    {
        assertEquals("sluice.cnf:4: unknown filter 'Hint' in 'filters' of service [RW] (did you mean 'Hints'?)",
                error(lines("[RW]", "type=service", "router=passthrough", "filters=Hint",
                        "[Hints]", "type=filter", "module=hintfilter")));
    }

    @Test
    void shouldAcceptForwardReferences() throws Exception
    {
        SluiceConfig c = load(lines(
                "[L]", "type=listener", "service=RW", "port=4006",
                "[RW]", "type=service", "router=passthrough", "servers=db2,db1", "filters=Hints",
                "[Hints]", "type=filter", "module=hintfilter",
                "[db2]", "type=server", "address=b",
                "[db1]", "type=server", "address=a"));
        assertEquals(List.of("db2", "db1"), List.copyOf(c.servers().keySet()));
        assertEquals("b", c.services().get("RW").servers().get(0).address());
        assertEquals("Hints", c.services().get("RW").filters().get(0).name());
        assertSame(c.services().get("RW"), c.listeners().get("L").service());
    }

    @Test
    void shouldRefuseListenerWithoutPortOrService()
    {
        assertEquals("sluice.cnf:1: missing mandatory parameter 'port' in section [L]",
                error(lines("[L]", "type=listener", "service=RW")));
        assertEquals("sluice.cnf:1: missing mandatory parameters 'service', 'port' in section [L]",
                error(lines("[L]", "type=listener")));
    }

    @Test
    void shouldRefuseListenerForUnknownService()
    {
        assertEquals("sluice.cnf:3: unknown service 'RO' in 'service' of listener [L]",
                error(lines("[L]", "type=listener", "service=RO", "port=4006")));
        assertEquals("sluice.cnf:14: 'db1' in 'service' of listener [L2] is a server, not a service",
                error(minimalPlus("[L2]", "type=listener", "service=db1", "port=4007")));
    }

    @Test
    void shouldRefuseTwoListenersOnSameAddressAndPort()
    {
        assertEquals("sluice.cnf:15: listener [L2]: address '::' port 4006 is already used by listener [L] at line 8",
                error(minimalPlus("[L2]", "type=listener", "service=RW", "port=4006")));
    }

    @Test
    void shouldAllowSamePortOnDifferentAddresses() throws Exception
    {
        SluiceConfig c = load(minimalPlus("[L2]", "type=listener", "service=RW", "address=127.0.0.1", "port=4006"));
        assertEquals(List.of("L", "L2"), List.copyOf(c.listeners().keySet()));
        assertEquals("127.0.0.1", c.listeners().get("L2").address());
    }

    @Test
    void shouldRefuseUnknownServerInMonitor()
    {
        assertEquals("sluice.cnf:15: unknown server 'db9' in 'servers' of monitor [Mon] (did you mean 'db1'?)",
                error(minimalPlus("[Mon]", "type=monitor", "module=mariadbmon", "servers=db1,db9")));
    }

    @Test
    void shouldRefuseBadMonitorInterval()
    {
        assertEquals("sluice.cnf:4: invalid value '2x' for 'monitor_interval': unknown duration unit 'x': use h, m, s "
                + "or ms (e.g. 10s, 500ms)",
                error(lines("[Mon]", "type=monitor", "module=mariadbmon", "monitor_interval=2x")));
    }

    // ---- configurations written for MaxScale

    @Test
    void shouldTakeMaxScalesProtocolNamesAndAliasesCaseInsensitively() throws Exception
    {
        for (String written : List.of("MariaDBClient", "mariadbclient", "MariaDBProtocol", "mariadb", "MySQLClient",
                "MARIADB"))
        {
            SluiceConfig c = load(minimalPlus("[L2]", "type=listener", "service=RW", "port=4007",
                    "protocol=" + written));
            assertEquals("MariaDBProtocol", c.listeners().get("L2").protocol(), written);
            assertEquals(written, c.listeners().get("L2").params().string("protocol"),
                    "the parameter stays as written");
        }
        assertEquals("raw", load(minimalPlus("[L2]", "type=listener", "service=RW", "port=4007", "protocol=raw"))
                .listeners().get("L2").protocol());
    }

    @Test
    void shouldTakeMysqlmonAsMariadbmon() throws Exception
    {
        SluiceConfig c = load(minimalPlus("[Mon]", "type=monitor", "module=mysqlmon", "servers=db1",
                "auto_failover=true"));
        assertEquals("mariadbmon", c.monitors().get("Mon").module());
        assertTrue(c.monitors().get("Mon").params().bool("auto_failover"), "mariadbmon's own parameters apply");
    }

    @Test
    void shouldTakeBareDurationsInMaxScalesUnitsWithItsDeprecationWarning() throws Exception
    {
        List<String> warnings = new java.util.ArrayList<>();
        SluiceConfig c = ConfigLoader.load(IniFile.parse("max.cnf", lines(
                "[maxscale]", "users_refresh_time=45",
                "[db1]", "type=server", "address=127.0.0.1",
                "[Mon]", "type=monitor", "module=mariadbmon", "servers=db1", "monitor_interval=2500",
                "backend_connect_timeout=4")), MODULES, warnings::add);
        assertEquals(Duration.ofSeconds(45), c.global().params().duration("users_refresh_time"));
        assertEquals(Duration.ofMillis(2500), c.monitors().get("Mon").monitorInterval());
        assertEquals(Duration.ofSeconds(4), c.monitors().get("Mon").backendConnectTimeout());
        assertEquals("2500ms", c.monitors().get("Mon").params().text("monitor_interval").orElseThrow());
        assertEquals(List.of(
                "max.cnf:2: warning: duration users_refresh_time=45 has no unit; taken as 45s as MaxScale does."
                        + " Durations without a unit are deprecated: write users_refresh_time=45s",
                "max.cnf:10: warning: duration monitor_interval=2500 has no unit; taken as 2500ms as MaxScale does."
                        + " Durations without a unit are deprecated: write monitor_interval=2500ms",
                "max.cnf:11: warning: duration backend_connect_timeout=4 has no unit; taken as 4s as MaxScale does."
                        + " Durations without a unit are deprecated: write backend_connect_timeout=4s"), warnings);
        assertEquals("sluice.cnf:2: invalid value '10' for 'load_period': a duration needs a unit: h, m, s or ms (e.g. "
                + "10s, 500ms)",
                error(lines("[sluice]", "load_period=10")), "Sluice's own durations were never unit-less");
    }

    @Test
    void shouldTellMaxScaleParametersNotSupportedYetFromMisspeltOnes()
    {
        assertEquals("sluice.cnf:2: parameter 'query_classifier_cache_size' in section [maxscale] is MaxScale's but not"
                + " supported yet by Sluice", error(lines("[maxscale]", "query_classifier_cache_size=1Mi")));
        assertEquals("sluice.cnf:5: parameter 'ssl_crl' in section [db1] is MaxScale's but not supported yet by"
                + " Sluice", error(lines("[db1]", "type=server", "address=127.0.0.1", "port=3306", "ssl_crl=/x.pem")));
        assertEquals("sluice.cnf:16: parameter 'ssl_cert_verify_depth' in section [L2] is MaxScale's but not"
                + " supported yet by Sluice",
                error(minimalPlus("[L2]", "type=listener", "service=RW", "port=4007", "ssl_cert_verify_depth=3")));
        assertEquals("sluice.cnf:16: parameter 'enforce_simple_topology' in section [Mon] is MaxScale's but not "
                + "supported"
                + " yet by Sluice", error(minimalPlus("[Mon]", "type=monitor", "module=mariadbmon", "servers=db1",
                "enforce_simple_topology=true")));
        assertEquals("sluice.cnf:16: parameter 'transaction_replay' in section [RW2] is MaxScale's but not supported "
                + "yet"
                + " by Sluice", error(minimalPlus("[RW2]", "type=service", "router=readconnroute", "servers=db1",
                "transaction_replay=true")));
        assertEquals("sluice.cnf:2: unknown parameter 'thread' in section [maxscale] (did you mean 'threads'?)",
                error(lines("[maxscale]", "thread=4")));
        assertEquals("sluice.cnf:16: unknown parameter 'conect_timeout' in section [RW2] (did you mean "
                + "'connect_timeout'?)",
                error(minimalPlus("[RW2]", "type=service", "router=readconnroute", "servers=db1",
                        "conect_timeout=5s")));
    }

    @Test
    void shouldReportFirstErrorInFileOrder()
    {
        assertEquals("sluice.cnf:3: invalid value 'x' for 'port': expected a port number between 1 and 65535",
                error(lines("[db1]", "type=server", "port=x", "address=a",
                        "[RW]", "type=service", "router=nope",
                        "[db2]", "type=sever")));
        assertEquals("sluice.cnf:3: unknown router 'nope' (known: passthrough, readconnroute)",
                error(lines("[RW]", "type=service", "router=nope", "[db2]", "type=sever")));
    }

    @Test
    void shouldLoadFromPath(@TempDir Path dir) throws Exception
    {
        Path file = dir.resolve("sluice.cnf");
        Files.writeString(file, minimalPlus());
        SluiceConfig c = ConfigLoader.load(file, MODULES);
        assertEquals(file.toString(), c.file());
        assertEquals(4006, c.listeners().get("L").port());
        Files.writeString(file, lines("[sluice]", "thread=2"));
        assertEquals(file + ":2: unknown parameter 'thread' in section [sluice] (did you mean 'threads'?)",
                assertThrows(ConfigException.class, () -> ConfigLoader.load(file, MODULES)).getMessage());
    }

    @Test
    void shouldExposeModuleNamesSorted()
    {
        assertEquals(List.of("passthrough", "readconnroute"), List.copyOf(MODULES.routerNames()));
        assertEquals(List.of("mariadbmon"), List.copyOf(MODULES.monitorNames()));
        assertEquals(List.of("hintfilter"), List.copyOf(MODULES.filterNames()));
        assertEquals(Optional.empty(), MODULES.router("nope"));
        assertSame(SectionSpec.EMPTY, MODULES.filter("hintfilter").orElseThrow());
    }

    @Test
    void shouldReturnUnmodifiableMaps() throws Exception
    {
        SluiceConfig c = load(minimalPlus());
        assertThrows(UnsupportedOperationException.class, () -> c.servers().clear());
        assertThrows(UnsupportedOperationException.class, () -> c.services().get("RW").servers().clear());
    }
}
