package io.sluice.plugins.hintfilter;

import io.sluice.api.ApiVersion;
import io.sluice.api.Filter;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleType;
import io.sluice.api.config.SectionSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module object, as the core's loader finds it through META-INF/services. */
class HintFilterModuleTest
{
    @Test
    void shouldOfferTheHintfilterModuleThroughTheServiceLoader()
    {
        final List<ModuleInfo> modules = ServiceLoader.load(ModuleProvider.class).stream()
            .map(p -> p.get().module()).toList();
        assertEquals(1, modules.size(), modules.toString());
        final ModuleInfo module = modules.get(0);
        assertEquals("hintfilter", module.name());
        assertEquals(ModuleType.FILTER, module.type());
        assertEquals(ApiVersion.CURRENT, module.api());
        assertTrue(module.version().matches("\\d+\\.\\d+\\.\\d+.*"), module.version());
        assertEquals(SectionSpec.EMPTY, module.parameters());

        final Filter filter = module.filterApi().createInstance().apply(Packets.context("MyHint"));
        final Map<String, Object> diagnostics = filter.diagnostics();
        assertEquals(Map.of("none", 0L, "master", 0L, "slave", 0L, "server", 0L, "last", 0L),
            diagnostics.get("hinted_queries"));
        assertEquals(0L, diagnostics.get("malformed_hints"));
        assertEquals(0L, diagnostics.get("hinted_prepares"));
        assertEquals(0L, diagnostics.get("lag_limited_queries"));
    }
}
