/**
 * The passthrough router module: each client connection to one configured server, bytes forwarded unchanged.
 * Depends on the module API (io.sluice.api) only.
 */
package io.sluice.plugins.passthrough;
