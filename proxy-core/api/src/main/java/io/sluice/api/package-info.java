/**
 * The module API: what a plugin jar implements. Read this package first if you write a module.
 *
 * <p>As in MaxScale, every protocol, router, filter, monitor and authenticator is a separate
 * artifact exposing one <em>module object</em>: a {@link io.sluice.api.ModuleInfo} with a
 * name, a type, the API version it was built against, its own version, a description,
 * capabilities, a parameter specification, lifecycle hooks, and its type-specific entry points as
 * function-like lambdas ({@link io.sluice.api.RouterApi} for a router).
 *
 * <p>A jar offers its modules through {@link java.util.ServiceLoader}: a file
 * {@code META-INF/services/io.sluice.api.ModuleProvider} lists one provider class per
 * line. Each jar in the plugins directory gets a class loader of its own.
 *
 * <p>Versioning: {@link io.sluice.api.ApiVersion#CURRENT} is the core's API version. A
 * module is loaded when its API major equals the core's and its minor is not newer. Additive
 * changes bump the minor, breaking changes the major.
 *
 * <p>Threading: a router instance is shared by the sessions of its service, which run on every
 * worker, so its state must be thread-safe. A router session lives on one worker and is only
 * ever called on that worker's thread.
 */
package io.sluice.api;
