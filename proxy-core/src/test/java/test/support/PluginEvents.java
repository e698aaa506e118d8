package test.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A shared log of events that test plugins record (e.g. from lifecycle hooks). Plugins reach it through the
 * core's class loader (parent first), so they and the tests see the same class. Thread-safe.
 */
public final class PluginEvents
{
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private PluginEvents()
    {
    }

    /** Records an event. */
    public static void record(final String event)
    {
        EVENTS.add(event);
    }

    /** The events so far. */
    public static List<String> events()
    {
        return List.copyOf(EVENTS);
    }

    /** Forgets the events. */
    public static void clear()
    {
        EVENTS.clear();
    }
}
