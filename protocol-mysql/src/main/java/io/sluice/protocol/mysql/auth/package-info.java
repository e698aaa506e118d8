/**
 * Client authentication for the proxy: mysql_native_password arithmetic ({@link
 * io.sluice.protocol.mysql.auth.NativePassword}, {@link io.sluice.protocol.mysql.auth.Seeds}), MariaDB's
 * account matching and ordering ({@link io.sluice.protocol.mysql.auth.HostPattern}), the user account
 * snapshot of a service ({@link io.sluice.protocol.mysql.auth.UserAccounts}), its loading from the
 * grant tables ({@link io.sluice.protocol.mysql.auth.UserAccountLoader}) and its background refresh
 * ({@link io.sluice.protocol.mysql.auth.UserAccountsCache}). See MAXSCALE-NOTES.md section 9.
 */
package io.sluice.protocol.mysql.auth;
