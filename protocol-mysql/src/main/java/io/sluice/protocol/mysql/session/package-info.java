/**
 * The MariaDB protocol's client and backend sides of a session: authentication, command routing with
 * {@code Query}, session command history replayed into late backends, prepared statement id mapping,
 * one connection id per session ({@code KILL} of a Sluice session, {@code CONNECTION_ID()}).
 * Depends on the module API, the other protocol-mysql packages (admin, auth, compress, reply, wire),
 * Agrona collections and slf4j; never on io.sluice.core.
 */
package io.sluice.protocol.mysql.session;
