/**
 * JMH benchmarks: the worker inbox, the worker load meter, packet framing and reply tracking.
 * Depends on core.load, core.poll, core.worker and protocol-mysql's reply and wire packages; nothing
 * else depends on it.
 */
package io.sluice.bench;
