package io.sluice.testcluster;

/**
 * A {@link TestCluster} could not do what was asked: a server did not start (the message carries
 * the tail of its error log), replication did not come up, or a wait timed out.
 */
public final class ClusterException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ClusterException(final String message)
    {
        super(message);
    }

    public ClusterException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
