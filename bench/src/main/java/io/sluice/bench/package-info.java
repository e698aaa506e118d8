/**
 * JMH benchmarks: the worker inbox, the worker load meter, packet framing and reply tracking (and, in
 * the router's own package io.sluice.router.rwsplit, readwritesplit's routing decision).
 * Depends on core.load, core.poll, core.worker and protocol-mysql's reply and wire packages; nothing
 * else depends on it.
 */
package io.sluice.bench;
