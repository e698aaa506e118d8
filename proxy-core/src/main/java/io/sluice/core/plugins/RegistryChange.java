package io.sluice.core.plugins;

/**
 * One change of the {@link ModuleRegistry}, given to its listeners. Immutable.
 *
 * @param kind   what happened
 * @param before the module that was registered under the name, null for {@link Kind#ADDED}
 * @param after  the module now registered under the name, null for {@link Kind#REMOVED}
 */
public record RegistryChange(Kind kind, LoadedModule before, LoadedModule after)
{
    /** What happened to a module name. */
    public enum Kind
    {
        /** A name that was not registered now is. */
        ADDED,
        /** A newer version of the same jar file now provides the name. */
        REPLACED,
        /** The name is no longer registered (its jar was removed or its new version lacks it). */
        REMOVED
    }

    public RegistryChange
    {
        if (kind == null || (kind != Kind.ADDED) != (before != null) || (kind != Kind.REMOVED) != (after != null))
        {
            throw new IllegalArgumentException("a " + kind + " change has before=" + before + ", after=" + after);
        }
    }

    /** The module name that changed. */
    public String name()
    {
        return after != null ? after.name() : before.name();
    }
}
