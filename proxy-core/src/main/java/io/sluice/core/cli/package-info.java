/**
 * {@code sluicectl}, the command-line client of the admin REST API (MaxScale's {@code maxctrl}):
 * tables for people, JSON for scripts. Talks HTTP only; depends on core.launcher for the version.
 */
package io.sluice.core.cli;
