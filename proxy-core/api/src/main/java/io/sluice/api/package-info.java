/**
 * The module API (artifact {@code io.sluice:sluice-api}): what a plugin jar implements and all it
 * may use of Sluice. Read this package first if you write a module.
 *
 * <h2>Modules</h2>
 * As in MaxScale, every protocol, router, filter, monitor and authenticator is a separate artifact
 * exposing one <em>module object</em>: a {@link io.sluice.api.ModuleInfo} with a name, a type, the
 * API version it was built against, its own version, a description, capabilities, a parameter
 * specification ({@link io.sluice.api.config}), lifecycle hooks, and its type-specific entry points
 * as function-like lambdas ({@link io.sluice.api.RouterApi} for a router). A jar offers its modules
 * through {@link java.util.ServiceLoader}: a file {@code META-INF/services/io.sluice.api.ModuleProvider}
 * lists one provider class per line. Each jar in the plugins directory gets a class loader of its own,
 * which sees the JDK, this API, SLF4J and the core's libraries (JCTools, Agrona), the classes of other
 * plugin jars by package, and nothing of the engine ({@code io.sluice.core.*}): a jar that uses an
 * engine class is refused. Build against {@code sluice-api} and {@code slf4j-api} with Maven's
 * {@code provided} scope.
 *
 * <p>Versioning: {@link io.sluice.api.ApiVersion#CURRENT} is the core's API version. A module is
 * loaded when its API major equals the core's and its minor is not newer. Additive changes bump the
 * minor, breaking changes the major. 2.0 moved the API into this artifact and gave routers what a
 * multi-server router needs (below); 2.1 added routing hints ({@link io.sluice.api.Query#hint()},
 * attached by a filter such as {@code hintfilter}), and for protocols session ids apart from the
 * servers' connection ids ({@link io.sluice.api.ClientContext#FIRST_SESSION_ID}), a way to reach
 * another session by its id ({@link io.sluice.api.ClientContext#withSession}, for MariaDB's
 * {@code KILL}) and {@link io.sluice.api.BackendContext#isClosed()}; 2.2 added the client's user
 * ({@link io.sluice.api.ClientProtocol#user()}, shown by the admin API) and tells a router when a
 * server connection failed before any statement reached the server
 * ({@link io.sluice.api.ServerNotReachedException}), and session moves between workers
 * ({@code isMovable()}, {@code moved()}); 2.3 added TLS: a listener's
 * ({@link io.sluice.api.ClientContext#startTls()}) and a server's ({@link io.sluice.api.Target#tls()},
 * {@link io.sluice.api.BackendContext#startTls()}).
 *
 * <p>Threading: a router instance is shared by the sessions of its service, which run on every
 * worker, so its state must be thread-safe. A router session lives on one worker and is only ever
 * called on that worker's thread; {@link io.sluice.api.SessionContext#execute} and
 * {@link io.sluice.api.SessionContext#schedule} bring work back to it.
 *
 * <h2>A router session, step by step</h2>
 * <ol>
 *   <li><b>What a client packet is.</b> {@link io.sluice.api.RouterSession#routeQuery} gets each
 *       client packet with a {@link io.sluice.api.Query}: the command, whether the packet continues
 *       the previous one or is LOAD DATA LOCAL INFILE content (send it where the command went), the
 *       client's prepared statement id, and whether a response will come.</li>
 *   <li><b>Session state.</b> Commands that change session state (SET, USE, PREPARE...) go to every
 *       server the session uses, and the router records them in
 *       {@link io.sluice.api.SessionContext#history()}: a server connection opened later gets them
 *       replayed before anything else, and one that answers differently from how the client was
 *       answered is closed with a {@link io.sluice.api.HistoryMismatchException}. It also starts in
 *       the session's current database.</li>
 *   <li><b>Prepared statements.</b> The client sees one statement id per prepare whichever servers
 *       prepared it; each server connection translates it to its own.</li>
 *   <li><b>Commands that get no response</b> ({@link io.sluice.api.Query#expectsResponse()} false,
 *       e.g. closing a statement) complete at once: never wait for their reply.</li>
 *   <li><b>Replies go up named.</b> {@link io.sluice.api.SessionContext#writeToClient} takes the
 *       endpoint and {@link io.sluice.api.Reply} the bytes belong to (null and
 *       {@link io.sluice.api.Reply#UNKNOWN} for bytes the router made), so filters see the right
 *       reply and the protocol numbers its own errors after the right server's packets. A command
 *       sent to several servers gets exactly one reply to the client.</li>
 *   <li><b>Timers and deferred work</b>: {@link io.sluice.api.SessionContext#schedule},
 *       {@link io.sluice.api.SessionContext#execute}, on the session's worker.</li>
 *   <li><b>What a reply says</b>: {@link io.sluice.api.Reply} gives its {@link io.sluice.api.ReplyState},
 *       errors, rows, the server status flags (in a transaction...), warnings, affected rows, last
 *       insert id and the session state the server reported (e.g. {@code last_gtid}).</li>
 *   <li><b>Endpoints come and go.</b> An endpoint the router closes, or that fails, leaves
 *       {@link io.sluice.api.SessionContext#endpoints()}; the session goes on if the router says so.</li>
 * </ol>
 *
 * <h2>A complete router</h2>
 * The router {@code twin} below uses each of these. Every session has the primary, and from
 * {@code replica_delay} on one replica: session commands go to both (the client gets the primary's
 * answer), reads (SELECT, prepared statement executions) outside a transaction go to the replica,
 * everything else to the primary. It keeps it short: a client that pipelines a command to one server
 * behind one still being answered by the other may get the answers out of order (a real router holds
 * the later answer back, or queues the command, as readwritesplit must). This text is compiled into a
 * plugin jar and run against a real cluster by the test {@code ApiGuideRouterIT} in {@code dist/}, so
 * it stays correct. Configure it as {@code router=twin} with {@code replica_delay=0ms} (the default).
 *
 * <pre>{@code
 * package example.twin;
 *
 * import io.sluice.api.*;
 * import io.sluice.api.config.*;
 *
 * import java.io.IOException;
 * import java.nio.ByteBuffer;
 * import java.util.ArrayDeque;
 * import java.util.Map;
 * import java.util.concurrent.atomic.AtomicLong;
 *
 * public final class TwinProvider implements ModuleProvider
 * {
 *     public ModuleInfo module()
 *     {
 *         return ModuleInfo.router("twin", "1.0.0", "the primary, and one replica for reads", new RouterApi(Twin::new))
 *             .withParameters(SectionSpec.of(ParamSpec.withDefault("replica_delay", ParamType.DURATION, "0ms",
 *                 "how long after a session starts its replica is opened")));
 *     }
 *
 *     // The router instance: one per service, shared by the sessions of every worker (counters only).
 *     static final class Twin implements Router
 *     {
 *         final ServiceContext service;
 *         final long replicaDelayMs;
 *         final AtomicLong replicaReads = new AtomicLong();
 *         final AtomicLong mismatches = new AtomicLong();
 *         final AtomicLong replicasClosed = new AtomicLong();
 *         final AtomicLong mostEndpoints = new AtomicLong();
 *
 *         Twin(ServiceContext service)
 *         {
 *             this.service = service;
 *             this.replicaDelayMs = service.params().durationMs("replica_delay");
 *         }
 *
 *         public RouterSession newSession(SessionContext session) throws IOException
 *         {
 *             return new TwinSession(this, session);
 *         }
 *
 *         public Map<String, Object> diagnostics()
 *         {
 *             return Map.of("replica_reads", replicaReads.get(), "history_mismatches", mismatches.get(),
 *                 "replicas_closed", replicasClosed.get(), "most_endpoints", mostEndpoints.get());
 *         }
 *
 *         // The first server the monitor calls primary (or replica) that takes new sessions, or null.
 *         Target find(boolean primary)
 *         {
 *             ClusterSnapshot cluster = service.cluster(); // one volatile read per decision
 *             for (Target target : service.targets())
 *             {
 *                 ServerState state = cluster.state(target);
 *                 if (state != null && state.takesNewSessions() && (primary ? state.isMaster() : state.isSlave()))
 *                 {
 *                     return target;
 *                 }
 *             }
 *             return null;
 *         }
 *     }
 *
 *     // One client's session: only ever called on its worker's thread.
 *     static final class TwinSession implements RouterSession
 *     {
 *         static final int COM_INIT_DB = 0x02;
 *         static final int COM_QUERY = 0x03;
 *         static final int COM_STMT_PREPARE = 0x16;
 *         static final int COM_STMT_EXECUTE = 0x17;
 *         static final int COM_STMT_CLOSE = 0x19;
 *         static final int SERVER_STATUS_IN_TRANS = 1;
 *
 *         final Twin router;
 *         final SessionContext session;
 *         final Endpoint primary;
 *         Endpoint replica;
 *         Endpoint last;
 *         boolean inTransaction;
 *         // For each response an endpoint owes, in order: true if it goes to the client.
 *         final ArrayDeque<Boolean> primaryOwes = new ArrayDeque<>();
 *         final ArrayDeque<Boolean> replicaOwes = new ArrayDeque<>();
 *
 *         TwinSession(Twin router, SessionContext session) throws IOException
 *         {
 *             this.router = router;
 *             this.session = session;
 *             Target target = router.find(true);
 *             if (target == null)
 *             {
 *                 throw new IOException("no primary is available");
 *             }
 *             primary = session.connect(target);
 *             last = primary;
 *             // (6) a timer on this worker; (2) the replica gets the history replayed when it opens
 *             session.schedule(router.replicaDelayMs, this::openReplica);
 *         }
 *
 *         void openReplica()
 *         {
 *             Target target = router.find(false);
 *             if (replica != null || target == null)
 *             {
 *                 return;
 *             }
 *             try
 *             {
 *                 replica = session.connect(target);
 *                 router.mostEndpoints.accumulateAndGet(session.endpoints().size(), Math::max);
 *             }
 *             catch (IOException e)
 *             {
 *                 session.schedule(1000, this::openReplica);
 *             }
 *         }
 *
 *         public void routeQuery(ByteBuffer data, Query query) throws IOException
 *         {
 *             // (1) a continuation or LOCAL INFILE data goes where its command went
 *             if (query.isContinuation() || query.isLoadData())
 *             {
 *                 last.write(data, query);
 *                 return;
 *             }
 *             int command = query.command();
 *             if (command == COM_INIT_DB || command == COM_STMT_PREPARE
 *                 || command == COM_QUERY && (startsWith(data, "SET ") || startsWith(data, "USE ")))
 *             {
 *                 session.history().add(data); // (2) for the servers opened later
 *                 send(primary, data, query, true);
 *                 if (replica != null)
 *                 {
 *                     send(replica, data, query, false); // (3) each server prepares with its own id
 *                 }
 *                 return;
 *             }
 *             if (command == COM_STMT_CLOSE)
 *             {
 *                 // (4) no response comes: nothing to wait for; (3) each server closes its own id
 *                 send(primary, data, query, false);
 *                 if (replica != null)
 *                 {
 *                     send(replica, data, query, false);
 *                 }
 *                 return;
 *             }
 *             closeReplicaIfNoLongerOne();
 *             boolean read = command == COM_STMT_EXECUTE || command == COM_QUERY && startsWith(data, "SELECT");
 *             if (read && !inTransaction && replica != null && replica.isReady())
 *             {
 *                 router.replicaReads.incrementAndGet();
 *                 send(replica, data, query, true);
 *             }
 *             else
 *             {
 *                 send(primary, data, query, true);
 *             }
 *         }
 *
 *         void send(Endpoint to, ByteBuffer data, Query query, boolean toClient) throws IOException
 *         {
 *             if (query.expectsResponse()) // (4)
 *             {
 *                 (to == primary ? primaryOwes : replicaOwes).add(toClient);
 *             }
 *             last = to;
 *             int position = data.position();
 *             to.write(data, query);
 *             data.position(position); // write consumed the bytes: the next server gets them again
 *         }
 *
 *         // (8) a replica the monitor no longer calls one is closed; the session goes on with the primary
 *         void closeReplicaIfNoLongerOne()
 *         {
 *             if (replica == null || !replicaOwes.isEmpty())
 *             {
 *                 return;
 *             }
 *             ServerState state = router.service.cluster().state(replica.target());
 *             if (state == null || !state.isSlave() || !state.takesNewSessions())
 *             {
 *                 replica.close();
 *                 replica = null;
 *                 last = primary;
 *                 router.replicasClosed.incrementAndGet();
 *                 session.execute(this::openReplica); // another one, after this packet
 *             }
 *         }
 *
 *         public void clientReply(Endpoint from, ByteBuffer data, Reply reply) throws IOException
 *         {
 *             ArrayDeque<Boolean> owes = from == primary ? primaryOwes : replicaOwes;
 *             boolean toClient = owes.isEmpty() || owes.peek();
 *             if (reply.isComplete())
 *             {
 *                 owes.poll();
 *                 if (toClient) // (7) the server's status flags say whether a transaction is open
 *                 {
 *                     inTransaction = (reply.serverStatus() & SERVER_STATUS_IN_TRANS) != 0;
 *                 }
 *             }
 *             if (toClient)
 *             {
 *                 session.writeToClient(data, from, reply); // (5) whose reply the client gets
 *             }
 *         }
 *
 *         public boolean handleError(Endpoint from, IOException cause)
 *         {
 *             if (from != replica || replicaOwes.contains(Boolean.TRUE))
 *             {
 *                 return false; // the primary, or a replica the client waits on: the session ends
 *             }
 *             if (cause instanceof HistoryMismatchException)
 *             {
 *                 router.mismatches.incrementAndGet();
 *             }
 *             // (8) the failed endpoint has left the session; reads go to the primary from now on
 *             replica = null;
 *             replicaOwes.clear();
 *             last = primary;
 *             return true;
 *         }
 *
 *         // True if the COM_QUERY's text starts with the word (ASCII, any case).
 *         static boolean startsWith(ByteBuffer data, String word)
 *         {
 *             int at = data.position() + 5; // 4 header bytes, then the command byte
 *             if (data.limit() - at < word.length())
 *             {
 *                 return false;
 *             }
 *             for (int i = 0; i < word.length(); i++)
 *             {
 *                 if (Character.toUpperCase((char)data.get(at + i)) != word.charAt(i))
 *                 {
 *                     return false;
 *                 }
 *             }
 *             return true;
 *         }
 *     }
 * }
 * }</pre>
 */
package io.sluice.api;
