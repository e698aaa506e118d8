package io.sluice.core.plugins;

/**
 * Counts who uses a loaded module's code (its jar's class loader), so a replaced jar is unloaded
 * only after its last session ends. {@link #NONE} for code that is never unloaded.
 */
public interface ModuleUsage
{
    ModuleUsage NONE = new ModuleUsage()
    {
        @Override
        public void acquire()
        {
        }

        @Override
        public void release()
        {
        }
    };

    void acquire();

    void release();
}
