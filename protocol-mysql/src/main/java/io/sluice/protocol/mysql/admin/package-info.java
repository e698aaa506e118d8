/**
 * A small blocking MySQL/MariaDB client ({@link io.sluice.protocol.mysql.admin.AdminClient}) for the
 * proxy's housekeeping threads: user account loading, KILL QUERY, monitoring. Never used on a worker.
 */
package io.sluice.protocol.mysql.admin;
