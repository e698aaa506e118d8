/**
 * Client sessions: services and their routed sessions, the process's session ids and live sessions by
 * id, the filter chain, and the raw (byte pass-through) protocol. Depends on the module API,
 * core.monitor, core.net, core.plugins and core.worker.
 */
package io.sluice.core.session;
