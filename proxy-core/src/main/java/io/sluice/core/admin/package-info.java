/**
 * The admin REST API (MaxScale-shaped JSON:API over the JDK's HTTP server, Jackson for JSON), its
 * accounts, TLS, Prometheus metrics and status page, over the {@link io.sluice.core.admin.AdminModel}
 * the launcher implements. Depends on the module API, core.config, core.load, core.monitor, core.net,
 * core.session and core.worker; never on core.launcher.
 */
package io.sluice.core.admin;
