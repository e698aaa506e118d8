/**
 * TCP connections on a worker: listeners and the hand-off of accepted clients, non-blocking connections
 * with write queues and back-pressure. Depends on core.poll and core.worker only; nothing here knows
 * protocols or sessions.
 */
package io.sluice.core.net;
