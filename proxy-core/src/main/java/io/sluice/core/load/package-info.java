/**
 * Worker load statistics (MaxScale's WorkerLoad): the share of each period spent outside epoll_wait,
 * averaged over 1 s, 1 min and 1 h. Depends on slf4j only; nothing here knows workers or sessions.
 */
package io.sluice.core.load;
