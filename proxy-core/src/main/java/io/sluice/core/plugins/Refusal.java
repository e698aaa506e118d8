package io.sluice.core.plugins;

/** Why a jar cannot be loaded; thrown inside the loader only. */
final class Refusal extends Exception
{
    private static final long serialVersionUID = 1L;

    /** The class nobody provides, when that is the reason, else null. */
    private final String missingClass;

    Refusal(final String reason)
    {
        this(reason, null);
    }

    Refusal(final String reason, final String missingClass)
    {
        super(reason, null, false, false);
        this.missingClass = missingClass;
    }

    String missingClass()
    {
        return missingClass;
    }

    /**
     * A refusal for {@code failure}, raised while doing {@code what} (e.g. {@code provider a.B: module() failed}):
     * a missing class gets the "drop in the jar" advice and is retried later.
     */
    static Refusal of(final String what, final Throwable failure)
    {
        final String missing = missingClass(failure);
        if (missing != null && PluginClassLoader.isEngineClass(missing))
        {
            // Not retried: no jar can provide the engine's classes.
            return new Refusal(what + ": uses " + missing + ", a class of Sluice's engine; modules may use only"
                + " the module API (io.sluice.api.*, API " + io.sluice.api.ApiVersion.CURRENT
                + "): rebuild it against sluice-api");
        }
        if (missing != null)
        {
            return new Refusal(what + ": missing class " + missing
                + ": drop in the jar that provides it; Sluice retries when jars change", missing);
        }
        return new Refusal(what + ": " + describe(failure));
    }

    /** Lets the JVM's own failures (out of memory, internal errors) through; a plugin's stack overflow is its own. */
    static void rethrowIfFatal(final Throwable failure)
    {
        if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError))
        {
            throw (VirtualMachineError)failure;
        }
    }

    /** The class whose absence caused the failure, or null. */
    static String missingClass(final Throwable failure)
    {
        for (Throwable t = failure; t != null; t = t.getCause())
        {
            final String message = t.getMessage();
            if (message == null)
            {
                continue;
            }
            if (t instanceof NoClassDefFoundError && !message.startsWith("Could not initialize class"))
            {
                return message.replace('/', '.');
            }
            if (t instanceof ClassNotFoundException)
            {
                return message;
            }
        }
        return null;
    }

    /** The exception's message, with its class name when the message alone says too little. */
    static String describe(final Throwable failure)
    {
        Throwable t = failure;
        // A reflective or service-loader wrapper says less than what it wraps.
        while ((t instanceof java.util.ServiceConfigurationError
                || t instanceof java.lang.reflect.InvocationTargetException
            || t instanceof ExceptionInInitializerError) && t.getCause() != null)
        {
            t = t.getCause();
        }
        final String message = t.getMessage();
        if (message == null || message.isBlank())
        {
            return t.getClass().getName();
        }
        if (t instanceof java.util.ServiceConfigurationError)
        {
            // "io.sluice.api.ModuleProvider: Provider x.Y not found": the service name says nothing here.
            final String prefix = io.sluice.api.ModuleProvider.class.getName() + ": ";
            return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        }
        // The message is enough for an exception; an Error's class says what kind of trouble it is.
        return t instanceof Error ? t.getClass().getSimpleName() + ": " + message : message;
    }
}
