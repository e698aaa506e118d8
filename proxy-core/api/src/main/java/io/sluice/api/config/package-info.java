/**
 * The parameters a module declares and reads: {@link io.sluice.api.config.ParamSpec},
 * {@link io.sluice.api.config.ParamType}, {@link io.sluice.api.config.SectionSpec} and the parsed
 * {@link io.sluice.api.config.Params}. JDK only: depends on no other package, not even io.sluice.api.
 */
package io.sluice.api.config;
