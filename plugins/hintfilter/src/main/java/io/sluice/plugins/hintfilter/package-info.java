/**
 * The hintfilter filter module ({@code type=filter}, {@code module=hintfilter}; MaxScale's
 * hintfilter): reads MaxScale's routing hints from the comments of the client's statements
 * ({@code -- maxscale route to master|slave|server NAME|last}, {@code max_slave_replication_lag=N},
 * named and stacked hints) and passes each hinted statement on with the hint as
 * {@link io.sluice.api.Query#hint()}, for routers that honour hints. Depends on the module API
 * (io.sluice.api), SLF4J and Agrona's collections only.
 */
package io.sluice.plugins.hintfilter;
