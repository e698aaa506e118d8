/**
 * The readconnroute router module: each connection to one server chosen by role (router_options),
 * least connections first. Depends on the module API (io.sluice.api, io.sluice.api.config) only.
 */
package io.sluice.plugins.readconnroute;
