/**
 * The admin REST API (MaxScale-shaped JSON:API over the JDK's HTTP server) and its JSON writer.
 * Depends on the module API, core.config, core.launcher, core.load, core.monitor and core.worker.
 */
package io.sluice.core.admin;
