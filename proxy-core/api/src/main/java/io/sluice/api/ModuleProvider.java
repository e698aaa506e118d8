package io.sluice.api;

/**
 * What {@link java.util.ServiceLoader} finds in a module jar: list the implementing class in
 * {@code META-INF/services/io.sluice.api.ModuleProvider}. It needs a public no-argument
 * constructor; {@link #module()} is called once, when the jar is loaded.
 */
@FunctionalInterface
public interface ModuleProvider
{
    ModuleInfo module();
}
