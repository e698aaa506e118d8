package io.sluice.api;

import java.io.IOException;
import java.util.Map;

/** A filter instance, one per filter section. Shared by sessions on every worker: keep it thread-safe. */
public interface Filter
{
    /**
     * Opens this filter's part of a new session's chain, on the session's worker.
     *
     * @param session the session (its {@link SessionContext#writeToClient} bypasses the filters)
     * @param down    where queries go next: the next filter, or the router
     * @param up      where replies go next: the previous filter, or the client
     */
    FilterSession newSession(SessionContext session, Downstream down, Upstream up) throws IOException;

    /** Statistics and settings for the admin interface. */
    Map<String, Object> diagnostics();

    /** The filter is being removed. */
    default void destroy()
    {
    }

    /** The next stage for queries. */
    @FunctionalInterface
    interface Downstream
    {
        void routeQuery(java.nio.ByteBuffer data, Query query) throws IOException;
    }

    /** The next stage for replies. */
    @FunctionalInterface
    interface Upstream
    {
        /** {@code from} is null for a reply a filter made itself. */
        void clientReply(Endpoint from, java.nio.ByteBuffer data, Reply reply) throws IOException;
    }
}
