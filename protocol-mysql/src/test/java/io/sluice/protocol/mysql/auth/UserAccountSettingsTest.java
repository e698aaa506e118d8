package io.sluice.protocol.mysql.auth;

import io.sluice.core.config.SectionValidator;

import io.sluice.core.config.IniEntry;
import io.sluice.core.config.IniSection;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountSettingsTest
{
    @Test
    void shouldUseMaxScaleDefaults() throws Exception
    {
        final Params service = SectionValidator.validate(SectionSpec.of(UserAccountSettings.SERVICE_PARAMS), "x.cnf",
                new IniSection("RW", 1, List.of()));
        final Params global = SectionValidator.validate(SectionSpec.of(UserAccountSettings.GLOBAL_PARAMS), "x.cnf",
                new IniSection("maxscale", 1, List.of()));
        assertEquals(UserAccountSettings.DEFAULTS, UserAccountSettings.from(service, global));
        assertEquals(new UserAccountSettings(false, true, false, 30_000, 0, UserAccountSettings.LoopbackMatch.AUTO),
            UserAccountSettings.DEFAULTS);
    }

    @Test
    void shouldReadTheParameters() throws Exception
    {
        final Params service = SectionValidator.validate(SectionSpec.of(UserAccountSettings.SERVICE_PARAMS), "x.cnf",
            new IniSection("RW", 1, List.of(new IniEntry("enable_root_user", "true", 2),
                new IniEntry("strip_db_esc", "false", 3), new IniEntry("auth_all_servers", "true", 4),
                new IniEntry("localhost_match_loopback", "false", 5))));
        final Params global = SectionValidator.validate(SectionSpec.of(UserAccountSettings.GLOBAL_PARAMS), "x.cnf",
            new IniSection("maxscale", 1, List.of(new IniEntry("users_refresh_time", "5s", 2),
                new IniEntry("users_refresh_interval", "2h", 3))));
        assertEquals(
            new UserAccountSettings(true, false, true, 5_000, 7_200_000, UserAccountSettings.LoopbackMatch.OFF),
            UserAccountSettings.from(service, global));
    }

    @Test
    void shouldReadLocalhostMatchLoopbackAsAutoOrABoolean() throws Exception
    {
        for (final String[] c : new String[][] {{"auto", "AUTO"}, {"AUTO", "AUTO"}, {"true", "ON"}, {"on", "ON"},
            {"1", "ON"}, {"yes", "ON"}, {"false", "OFF"}, {"off", "OFF"}, {"0", "OFF"}, {"no", "OFF"}})
        {
            final Params service = SectionValidator.validate(SectionSpec.of(UserAccountSettings.SERVICE_PARAMS),
                "x.cnf", new IniSection("RW", 1, List.of(new IniEntry("localhost_match_loopback", c[0], 2))));
            assertEquals(UserAccountSettings.LoopbackMatch.valueOf(c[1]),
                UserAccountSettings.from(service, null).localhostMatchLoopback(), c[0]);
        }
        assertThrows(Exception.class, () -> SectionValidator.validate(
            SectionSpec.of(UserAccountSettings.SERVICE_PARAMS), "x.cnf",
            new IniSection("RW", 1, List.of(new IniEntry("localhost_match_loopback", "sometimes", 2)))));
        assertTrue(UserAccountSettings.LoopbackMatch.AUTO.matches(false), "auto: a server that resolves names");
        assertFalse(UserAccountSettings.LoopbackMatch.AUTO.matches(true), "auto: skip_name_resolve");
        assertTrue(UserAccountSettings.LoopbackMatch.ON.matches(true));
        assertFalse(UserAccountSettings.LoopbackMatch.OFF.matches(false));
    }

    @Test
    void shouldKeepDefaultsForSectionsWithoutTheParameters()
    {
        assertEquals(UserAccountSettings.DEFAULTS, UserAccountSettings.from(null, null));
    }

    @Test
    void shouldRefuseNegativeTimes()
    {
        assertThrows(IllegalArgumentException.class, () -> new UserAccountSettings(false, true, false, -1, 0,
            UserAccountSettings.LoopbackMatch.AUTO));
    }
}
