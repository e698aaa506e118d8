/**
 * The readwritesplit router: writes and transactions to the primary, reads to replicas.
 * Empty until its issue lands; the module builds so the layout is fixed from the start.
 */
package io.sluice.router.rwsplit;
