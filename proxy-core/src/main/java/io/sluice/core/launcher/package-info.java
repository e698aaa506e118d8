/**
 * Startup and shutdown: the command line, loading modules, building the worker pool, services,
 * listeners and monitors from a configuration, signals and reload. The top of the engine: depends on
 * the module API, nativeio and core.admin, config, monitor, net, plugins, session and worker.
 */
package io.sluice.core.launcher;
