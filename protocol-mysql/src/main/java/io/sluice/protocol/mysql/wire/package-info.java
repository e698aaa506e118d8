/**
 * The MySQL/MariaDB wire format: packet framing, handshakes, capabilities, commands, server status and
 * ERR packets. JDK only: depends on no other Sluice package.
 */
package io.sluice.protocol.mysql.wire;
