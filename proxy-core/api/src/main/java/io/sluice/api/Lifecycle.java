package io.sluice.api;

import java.util.function.IntConsumer;

/**
 * A module's lifecycle hooks (MaxScale's process_init/finish and thread_init/finish).
 *
 * @param processInit   once, when the module is loaded; throwing refuses the module
 * @param processFinish once, when the module is unloaded
 * @param threadInit    on each worker thread, with the worker's index, before the module is used there
 * @param threadFinish  on each worker thread when the module is unloaded
 */
public record Lifecycle(Runnable processInit, Runnable processFinish, IntConsumer threadInit, IntConsumer threadFinish)
{
    /** No hooks. */
    public static final Lifecycle NONE = new Lifecycle(() ->
    {
    }, () ->
    {
    }, worker ->
    {
    }, worker ->
    {
    });

    public Lifecycle
    {
        if (processInit == null || processFinish == null || threadInit == null || threadFinish == null)
        {
            throw new IllegalArgumentException("lifecycle hooks must not be null; use Lifecycle.NONE or no-op lambdas");
        }
    }
}
