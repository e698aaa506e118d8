package io.sluice.core.admin;

import io.sluice.api.config.ParamSpec;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.monitor.ClusterState;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.net.Listener;
import io.sluice.core.session.RoutedService;
import io.sluice.core.worker.WorkerPool;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the admin REST API reads and changes of a running Sluice. The launcher implements it, so the
 * admin package depends on the engine's parts, never on the launcher (no launcher-admin cycle).
 * Every method may be called from the admin thread; none takes a lock a worker takes.
 */
public interface AdminModel
{
    /** The configuration in force (replaced whole by a reload). */
    SluiceConfig config();

    /** The servers' states as routers see them, and the operator's maintenance/drain bits. */
    ClusterState cluster();

    /** The running monitors, by name. */
    Map<String, MonitorRunner> monitors();

    /** The routing workers. */
    WorkerPool pool();

    /** Session rebalancing between the workers: its window loads and its manual triggers. */
    io.sluice.core.worker.Rebalancer rebalancer();

    /** The running services, by name. */
    Map<String, RoutedService> services();

    /** The open listeners. */
    List<Listener> listeners();

    /**
     * Every live session, each described by its own worker on the worker's thread (a task posted to
     * each worker's inbox, no lock); empty if a worker does not answer within a few seconds.
     */
    List<SessionView> sessions();

    /** Closes session {@code id} on its worker; false when no live session has that id. */
    boolean killSession(long id);

    /** Every loaded module. */
    List<ModuleView> modules();

    /** Sluice's version. */
    String version();

    /** When this Sluice started. */
    Instant startedAt();

    /** Where Sluice keeps its state: the admin accounts and the runtime changes ({@code datadir}). */
    java.nio.file.Path dataDir();

    /** What a runtime change does. */
    enum Change
    {
        CREATE, ALTER, DESTROY
    }

    /**
     * Creates, alters or destroys a section of {@code type} (server, service, listener, monitor, filter) while
     * Sluice runs: validated by the configuration file's rules, applied without a restart (an altered section
     * and what depends on it are stopped and started again), then persisted in the data directory. A refused
     * change changes nothing and throws IllegalArgumentException with the reason.
     *
     * @param values the section's parameters (create), or those to change (alter; a null value removes one)
     * @throws AdminException 404 when no section of that type has the name (alter, destroy)
     */
    default void change(final Change change, final String type, final String name, final Map<String, String> values)
    {
        throw new IllegalStateException("runtime changes are not available");
    }

    /**
     * Loads a module jar from an absolute path while Sluice runs (MaxScale's modules, as jars), and keeps it in
     * the data directory so a restart loads it again.
     *
     * @return the modules of the jar
     * @throws IllegalArgumentException with the reason when the jar is refused: nothing changes then
     */
    default List<ModuleView> loadModule(final java.nio.file.Path jar)
    {
        throw new IllegalStateException("loading module jars is not available");
    }

    /**
     * Changes global ({@code [maxscale]}) parameters while Sluice runs. Validated first, all or nothing.
     *
     * @throws IllegalArgumentException naming the parameter and why when one is unknown, has a bad value or
     *                                  cannot change while Sluice runs: nothing changes then
     */
    default void alterGlobals(final Map<String, String> values)
    {
        throw new IllegalStateException("global parameters cannot change while Sluice runs");
    }

    /**
     * A live session.
     *
     * @param id        session id
     * @param worker    the worker it runs on
     * @param service   its service
     * @param remote    the client's address, {@code host:port}
     * @param user      the user the client logged in as, null before it has
     * @param servers   the servers it has connections to
     * @param connected when it started
     * @param queries   the client's commands routed so far
     */
    record SessionView(long id, int worker, String service, String remote, String user, List<String> servers,
        Instant connected, long queries)
    {
    }

    /**
     * A loaded module.
     *
     * @param name        module name
     * @param type        protocol, router, filter, monitor or authenticator (lower case)
     * @param version     the module's own version
     * @param api         the module API version it was built against
     * @param description what it is
     * @param source      the jar it came from
     * @param parameters  the parameters it declares
     */
    record ModuleView(String name, String type, String version, String api, String description, String source,
        List<ParamSpec> parameters)
    {
    }
}
