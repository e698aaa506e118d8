/**
 * The mariadbmon monitor module (MaxScale's MariaDB Monitor): probes server roles, lag and GTIDs each
 * tick; switchover, failover and rejoin; cooperative monitoring through server locks.
 * Depends on the module API (io.sluice.api, io.sluice.api.config), protocol-mysql's admin client and slf4j only.
 */
package io.sluice.plugins.mariadbmon;
