/**
 * Readiness notification for one worker's channels: epoll through nativeio, or a NIO selector where epoll
 * is unavailable, behind one Poller contract. Depends on nativeio only; nothing here knows sessions.
 */
package io.sluice.core.poll;
