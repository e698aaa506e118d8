package io.sluice.api;

/**
 * The status bits of a server, as MaxScale names them ({@code target.hh}): a monitor sets the
 * role and health bits, an operator sets {@link #MAINT} and {@link #DRAINING}. A
 * {@link ServerState} holds them as one {@code int}, so routers test them without allocating.
 */
public enum ServerStatus
{
    /** Set by an operator: no new connections, existing ones are closed (MaxScale: Maintenance). */
    MAINT("Maintenance"),
    /** Set by an operator: no new connections, existing ones finish (MaxScale: Draining). */
    DRAINING("Draining"),
    /** The primary: writable, replicas replicate from it. */
    MASTER("Master"),
    /** A replica that replicates from another replica as well as serving its own replicas. */
    RELAY("Relay Master"),
    /** A replica with both replication threads running. */
    SLAVE("Slave"),
    /** A Galera node in sync. */
    JOINED("Synced"),
    /** The monitor reached it in its last tick; without this bit the server is Down. */
    RUNNING("Running"),
    /** The monitor's credentials were refused. */
    AUTH_ERROR("Auth Error"),
    /** The server's disk is full. */
    DISK_SPACE_EXHAUSTED("Disk Space Exhausted");

    private final String label;

    ServerStatus(final String label)
    {
        this.label = label;
    }

    /** The bit of this status in {@link ServerState#status()}. */
    public int bit()
    {
        return 1 << ordinal();
    }

    /** How MaxScale prints it, e.g. {@code Master}. */
    public String label()
    {
        return label;
    }

    /** The bits of the given statuses. */
    public static int bits(final ServerStatus... statuses)
    {
        int bits = 0;
        for (final ServerStatus s : statuses)
        {
            bits |= s.bit();
        }
        return bits;
    }

    /**
     * MaxScale's status text, e.g. {@code Master, Running}, {@code Slave, Running},
     * {@code Maintenance, Down}: every set bit in the enum's order, with {@code Down} for a
     * server that is not running.
     */
    public static String describe(final int bits)
    {
        final StringBuilder text = new StringBuilder();
        for (final ServerStatus s : values())
        {
            if (s == RUNNING)
            {
                append(text, (bits & RUNNING.bit()) != 0 ? "Running" : "Down");
            }
            else if ((bits & s.bit()) != 0)
            {
                append(text, s.label);
            }
        }
        return text.toString();
    }

    private static void append(final StringBuilder text, final String label)
    {
        if (text.length() > 0)
        {
            text.append(", ");
        }
        text.append(label);
    }
}
