/**
 * Module jars: one class loader per jar (which sees the module API but not the engine), the registry,
 * loading, replacing and unloading while Sluice runs, the directory watcher. Depends on the module API
 * and core.config only.
 */
package io.sluice.core.plugins;
