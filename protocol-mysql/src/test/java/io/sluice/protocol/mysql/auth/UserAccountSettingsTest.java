package io.sluice.protocol.mysql.auth;

import io.sluice.core.config.SectionValidator;

import io.sluice.core.config.IniEntry;
import io.sluice.core.config.IniSection;
import io.sluice.api.config.Params;
import io.sluice.api.config.SectionSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(new UserAccountSettings(false, true, false, 30_000, 0, true), UserAccountSettings.DEFAULTS);
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
        assertEquals(new UserAccountSettings(true, false, true, 5_000, 7_200_000, false),
            UserAccountSettings.from(service, global));
    }

    @Test
    void shouldKeepDefaultsForSectionsWithoutTheParameters()
    {
        assertEquals(UserAccountSettings.DEFAULTS, UserAccountSettings.from(null, null));
    }

    @Test
    void shouldRefuseNegativeTimes()
    {
        assertThrows(IllegalArgumentException.class, () -> new UserAccountSettings(false, true, false, -1, 0, true));
    }
}
