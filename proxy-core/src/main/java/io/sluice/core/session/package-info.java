/**
 * Client sessions: services and their routed sessions, the filter chain, and the raw (byte pass-through)
 * protocol. Depends on the module API, core.monitor, core.net, core.plugins and core.worker.
 */
package io.sluice.core.session;
