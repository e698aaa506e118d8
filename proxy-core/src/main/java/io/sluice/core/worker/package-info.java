/**
 * Routing workers: one thread per core with its poller, timers, load meter and lock-free inbox, and the
 * pool that hands sessions to them. Depends on core.load and core.poll only; nothing here knows
 * sessions or protocols.
 */
package io.sluice.core.worker;
