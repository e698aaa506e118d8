/**
 * Linux system calls through JNA direct mapping: epoll, eventfd, errno and the fd of a NIO channel,
 * each raw call wrapped so that -1 and errno become an IOException (EAGAIN returns 0).
 * Depends on JNA and slf4j only; no other Sluice package.
 */
package io.sluice.nativeio;
