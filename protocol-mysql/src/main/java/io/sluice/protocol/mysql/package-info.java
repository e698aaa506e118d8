/**
 * The MySQL/MariaDB protocol module: packet framing, handshake and authentication, reply tracking.
 * Empty until the protocol issue lands; the module builds so the layout is fixed from the start.
 */
package io.sluice.protocol.mysql;
