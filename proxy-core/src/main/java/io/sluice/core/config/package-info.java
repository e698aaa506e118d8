/**
 * Configuration: MaxScale-compatible INI parsing ({@link io.sluice.core.config.IniFile}), parameter
 * declarations for the core and for plugins ({@link io.sluice.api.config.ParamSpec},
 * {@link io.sluice.api.config.SectionSpec}, {@link io.sluice.api.config.Params}), and the validated
 * configuration ({@link io.sluice.core.config.ConfigLoader}, {@link io.sluice.core.config.SluiceConfig}).
 * Every error is a {@link io.sluice.core.config.ConfigException} reading {@code file:line: message}.
 */
package io.sluice.core.config;
