/**
 * The readwritesplit router ({@code router=readwritesplit}), MaxScale's read/write split: writes and
 * transactions to the primary, reads outside a transaction to replicas, session commands (SET, USE,
 * PREPARE...) to every server with one reply to the client. By concern, as MaxScale splits it:
 * {@link io.sluice.router.rwsplit.ReadWriteSplitModule} and {@link io.sluice.router.rwsplit.RwSplitConfig}
 * (module object, parameters), {@link io.sluice.router.rwsplit.ReadWriteSplit} (instance, server
 * statistics, diagnostics), {@link io.sluice.router.rwsplit.RwSplitSession} (a session: the query
 * queue, replies, failures), {@link io.sluice.router.rwsplit.RouteRules} and
 * {@link io.sluice.router.rwsplit.TransactionState} (statement routing),
 * {@link io.sluice.router.rwsplit.ReplicaChooser} and {@link io.sluice.router.rwsplit.SelectionCriteria}
 * (backend selection), {@link io.sluice.router.rwsplit.RwBackend} and
 * {@link io.sluice.router.rwsplit.ResponseQueue} (one server connection and what it owes).
 */
package io.sluice.router.rwsplit;
