package io.sluice.protocol.mysql.auth;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may kill other users' connections, by global privileges and server version. */
class PrivilegesTest
{
    @Test
    void shouldLetConnectionAdminKillOthersOnEveryServer()
    {
        assertTrue(Privileges.killsOthers(Privileges.CONNECTION_ADMIN, false));
        assertTrue(Privileges.killsOthers(Privileges.CONNECTION_ADMIN | Privileges.SELECT, true));
        assertTrue(Privileges.killsOthers(-1L, false), "root's access: every bit");
        assertEquals(1L << 32, Privileges.CONNECTION_ADMIN, "the bit a real 11.4 server stores for CONNECTION ADMIN");
    }

    @Test
    void shouldLetSuperKillOthersOnlyBefore11()
    {
        assertTrue(Privileges.killsOthers(Privileges.SUPER, true));
        assertFalse(Privileges.killsOthers(Privileges.SUPER, false));
        assertFalse(Privileges.killsOthers(Privileges.PROCESS | Privileges.SELECT | Privileges.SHOW_DB, true));
        assertFalse(Privileges.killsOthers(0, true));
    }

    @Test
    void shouldTellFromTheVersionWhetherSuperKills()
    {
        assertFalse(Privileges.superKillsOthers("11.4.5-MariaDB"));
        assertFalse(Privileges.superKillsOthers("11.0.2-MariaDB-log"));
        assertFalse(Privileges.superKillsOthers("12.1.1-MariaDB"));
        assertTrue(Privileges.superKillsOthers("10.11.9-MariaDB"));
        assertTrue(Privileges.superKillsOthers("5.5.5-10.6.18-MariaDB"));
        assertTrue(Privileges.superKillsOthers("8.0.39"));
        assertTrue(Privileges.superKillsOthers("10.4.34-MariaDB-1:10.4.34+maria~ubu2004"));
        assertFalse(Privileges.superKillsOthers(""));
        assertFalse(Privileges.superKillsOthers("MariaDB"));
    }

    @Test
    void shouldReadSuperFromTheOldUserTable()
    {
        final Map<String, String> row = Map.of("super_priv", "Y", "select_priv", "Y", "process_priv", "Y");
        assertEquals(Privileges.SUPER | Privileges.SELECT, Privileges.fromUserColumns(row::get));
        assertEquals(0, Privileges.fromUserColumns(Map.of("super_priv", "N")::get));
    }
}
