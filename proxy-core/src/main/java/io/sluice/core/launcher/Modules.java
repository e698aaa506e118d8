package io.sluice.core.launcher;

import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.core.worker.WorkerPool;

import java.util.List;
import java.util.Optional;

/** Where {@link Sluice} finds modules by type and name: the plugin registry, or a fixed set in tests. */
@FunctionalInterface
public interface Modules
{
    /** A loaded module and what keeps its code loaded while a service uses it. */
    record Choice(ModuleInfo module, ModuleUsage usage)
    {
    }

    Optional<Choice> find(ModuleType type, String name);

    /**
     * The workers are up (before any service or listener starts): modules' per-worker
     * {@code threadInit} hooks run on them now.
     */
    default void workersStarted(final WorkerPool pool)
    {
    }

    /** Every loaded module with the jar it came from (the admin API's module list). */
    default List<Loaded> loaded()
    {
        return List.of();
    }

    /** A loaded module and its jar. */
    record Loaded(ModuleInfo module, String source)
    {
    }

    /**
     * Loads a module jar from a path while Sluice runs (the admin API): its modules, each with its jar.
     *
     * @throws IllegalArgumentException with the reason when the jar is refused (nothing changes then)
     * @throws IllegalStateException when these modules cannot load jars
     */
    default List<Loaded> loadJar(final java.nio.file.Path jar)
    {
        throw new IllegalStateException("this Sluice cannot load module jars");
    }

    default Optional<Choice> router(final String name)
    {
        return find(ModuleType.ROUTER, name);
    }
}
