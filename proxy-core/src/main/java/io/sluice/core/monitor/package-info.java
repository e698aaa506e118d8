/**
 * Runs monitor modules on threads of their own and keeps the cluster state (server roles) they publish.
 * Depends on the module API, core.plugins, JCTools and slf4j; nothing here knows workers or sessions.
 */
package io.sluice.core.monitor;
