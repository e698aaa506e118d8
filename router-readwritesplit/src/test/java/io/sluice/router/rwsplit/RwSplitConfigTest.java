package io.sluice.router.rwsplit;

import io.sluice.api.ModuleInfo;
import io.sluice.core.config.ConfigException;
import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.config.SluiceConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** readwritesplit's parameters through the real configuration loader: MaxScale's names, defaults, file:line errors. */
class RwSplitConfigTest
{
    private static final ModuleInfo MODULE = new ReadWriteSplitModule().module();
    private static final ModuleSpecs SPECS = ModuleSpecs.of(Map.of(MODULE.name(), MODULE.parameters()), Map.of(),
        Map.of());

    private static SluiceConfig load(final String serviceLines) throws ConfigException
    {
        return ConfigLoader.load(IniFile.parse("rw.cnf", "[db1]\ntype=server\naddress=127.0.0.1\nport=3306\n\n"
            + "[RW]\ntype=service\nrouter=readwritesplit\nservers=db1\nuser=u\npassword=p\n" + serviceLines), SPECS);
    }

    private static RwSplitConfig config(final String serviceLines) throws ConfigException
    {
        return RwSplitConfig.from(load(serviceLines).services().get("RW").params());
    }

    @Test
    void shouldHaveMaxScalesDefaults() throws Exception
    {
        final RwSplitConfig c = config("");
        assertEquals(SelectionCriteria.LEAST_CURRENT_OPERATIONS, c.criteria());
        assertEquals(255, c.maxSlaveConnections());
        assertEquals(255, c.slaveConnections());
        assertEquals(0, c.maxReplicationLagSec());
        assertEquals(RwSplitConfig.MasterFailureMode.FAIL_ON_WRITE, c.masterFailureMode());
        assertTrue(c.masterReconnection() && c.retryFailedReads() && c.strictTmpTables() && c.pruneSescmdHistory());
        assertEquals(50, c.maxSescmdHistory());
        assertEquals(10_000, c.delayedRetryTimeoutMs());
    }

    @Test
    void shouldReadEveryParameter() throws Exception
    {
        final RwSplitConfig c = config("slave_selection_criteria=ADAPTIVE_ROUTING\nmax_slave_connections=1\n"
            + "slave_connections=5\nmax_slave_replication_lag=30s\nuse_sql_variables_in=master\n"
            + "master_failure_mode=error_on_write\nlazy_connect=true\nmax_sescmd_history=0\n");
        assertEquals(SelectionCriteria.ADAPTIVE_ROUTING, c.criteria());
        assertEquals(1, c.maxSlaveConnections());
        assertEquals(1, c.slaveConnections(), "at most max_slave_connections");
        assertEquals(30, c.maxReplicationLagSec(), "the deprecated name still works");
        assertTrue(c.sqlVariablesInMaster() && c.lazyConnect());
        assertEquals(RwSplitConfig.MasterFailureMode.ERROR_ON_WRITE, c.masterFailureMode());
        assertEquals(0, c.maxSescmdHistory());
    }

    @Test
    void shouldRefuseABadValueWithItsFileAndLine()
    {
        final ConfigException e = assertThrows(ConfigException.class,
            () -> load("slave_selection_criteria=fastest\n"));
        assertTrue(e.getMessage().startsWith("rw.cnf:12: "), e.getMessage());
        assertTrue(e.getMessage().contains("slave_selection_criteria"), e.getMessage());
    }

    @Test
    void shouldRefuseALagBelowOneSecondWithItsFileAndLine() throws Exception
    {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> config("max_replication_lag=500ms\n"));
        assertEquals("rw.cnf:12: max_replication_lag: the replication lag is measured in whole seconds; use 1s or"
            + " more, or 0s for no limit", e.getMessage());
    }

    @Test
    void shouldReadTheCausalProbeIntervalAndFallback() throws Exception
    {
        final RwSplitConfig defaults = config("");
        assertEquals(50, defaults.causalProbeIntervalMs(), "Sluice's default: a probe every 50 ms");
        assertEquals(RwSplitConfig.CausalFallback.WAIT, defaults.causalFallback());
        final RwSplitConfig set = config("causal_reads_probe_interval=5ms\ncausal_reads_fallback=primary\n");
        assertEquals(5, set.causalProbeIntervalMs());
        assertEquals(RwSplitConfig.CausalFallback.PRIMARY, set.causalFallback());
        assertEquals(0, config("causal_reads_probe_interval=0ms\n").causalProbeIntervalMs(), "0: off");
        assertThrows(ConfigException.class, () -> config("causal_reads_probe_interval=50\n"), "a unit is needed");
        assertThrows(ConfigException.class, () -> config("causal_reads_fallback=sometimes\n"));
    }
}
