package io.sluice.protocol.mysql.session;

import io.sluice.api.ClientContext;
import io.sluice.api.ClientProtocol;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.ReplyState;
import io.sluice.api.SessionHistory;
import io.sluice.protocol.mysql.auth.Account;
import io.sluice.protocol.mysql.auth.HostBlocker;
import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.auth.Privileges;
import io.sluice.protocol.mysql.auth.Seeds;
import io.sluice.protocol.mysql.auth.UserAccounts;
import io.sluice.protocol.mysql.compress.CompressedReader;
import io.sluice.protocol.mysql.compress.CompressedWriter;
import io.sluice.protocol.mysql.reply.ReplyTracker;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.ErrPacket;
import io.sluice.protocol.mysql.wire.Handshake;
import io.sluice.protocol.mysql.wire.PacketFramer;
import io.sluice.protocol.mysql.wire.ProtocolException;
import io.sluice.protocol.mysql.wire.ServerStatus;
import io.sluice.protocol.mysql.wire.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client side of a MariaDB session (MaxScale's MariaDBClientConnection): sends the greeting,
 * authenticates the client itself against the service's user accounts, then frames the client's
 * packets for the router. It keeps what the backends need to log in as the same user: the user,
 * SHA1(password) recovered from the client's token, the default database, character set,
 * capabilities and connection attributes. Worker thread only.
 *
 * <p><b>Connection ids.</b> The client's connection id is the Sluice session id, whichever servers
 * the session uses: the greeting carries it, a select-list {@code CONNECTION_ID()} answers it
 * ({@link ConnectionIdRewrite}), and {@code KILL [HARD|SOFT] [CONNECTION|QUERY] id} and
 * COM_PROCESS_KILL naming a Sluice session (an id from {@link ClientContext#FIRST_SESSION_ID} on) are
 * carried out here, as MaxScale does: the client may kill its own user's sessions, others' with
 * CONNECTION ADMIN (or SUPER on servers before 11.0) among the global privileges of its account and
 * default role; the KILL goes to the server of every connection of the named session (KILL QUERY:
 * its running statement ends with the server's 1317; KILL CONNECTION: the session closes first, so
 * its client sees its connection close as a killed server connection's does), and the killer's OK
 * comes once the servers have answered. The killer's further packets wait meanwhile. An id that is
 * no live session: 1094 Unknown thread id; another user's session without the privilege: 1095. A
 * session that kills itself gets what the server gives then: 1317 for KILL QUERY, 1927 and a closed
 * connection for KILL CONNECTION. Other ids (a server's, from its SHOW PROCESSLIST) and
 * {@code KILL QUERY ID} go to the router like any statement.
 */
final class MariaDbClient implements ClientProtocol
{
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbClient.class);
    /** The statement id of a direct execute: the last statement the client prepared. */
    private static final long DIRECT_EXECUTE_ID = 0xFFFFFFFFL;

    /** The error codes and SQLSTATEs of the server's own login errors. */
    static final int ER_DBACCESS_DENIED = 1044;
    static final int ER_ACCESS_DENIED = 1045;
    static final int ER_HANDSHAKE = 1043;
    static final int ER_ACCOUNT_LOCKED = 4151;
    static final int ER_MALFORMED_PACKET = 1835;
    /** A plain client where TLS is required (MariaDB's require_secure_transport). */
    static final int ER_SECURE_TRANSPORT_REQUIRED = 3159;
    /** MaxScale's code for a session that cannot start (Connector/C reads a client-side code such as 2003 as 2027). */
    static final int ER_INTERNAL_ERROR = 1815;
    /** What KILL answers for an id that is no connection. */
    static final int ER_NO_SUCH_THREAD = MariaDbProtocol.ER_NO_SUCH_THREAD;
    /** What KILL answers for another user's connection without the privilege. */
    static final int ER_KILL_DENIED = 1095;
    /** A statement interrupted by KILL QUERY. */
    static final int ER_QUERY_INTERRUPTED = 1317;
    /** A connection's own statement when KILL CONNECTION ended it. */
    static final int ER_CONNECTION_KILLED = 1927;
    /** The server status flags that describe the session (not one response): what Sluice's own OK carries. */
    private static final int SESSION_STATUS_FLAGS = ServerStatus.IN_TRANS | ServerStatus.AUTOCOMMIT
        | ServerStatus.NO_BACKSLASH_ESCAPES | ServerStatus.IN_TRANS_READONLY;

    private enum State
    {
        GREETED, AUTH_SWITCH, WAITING_FOR_USERS, WAITING_FOR_SERVER, ROUTING, CLOSED
    }

    /** A client packet that waits while a KILL is carried out (a copy). */
    private record Held(ByteBuffer packet, boolean continuation)
    {
    }

    /** What a KILL found of the session it names, on that session's worker. */
    private record KillTarget(MariaDbProtocol protocol, List<MariaDbProtocol.BackendThread> threads)
    {
        /** Not a MariaDB session: no connection a MariaDB client can know. */
        static final KillTarget NOT_A_THREAD = new KillTarget(null, List.of());
        /** Another user's session, and the killer may not kill others'. */
        static final KillTarget NOT_OWNER = new KillTarget(null, List.of());
    }

    private final ClientContext context;
    private final MariaDbProtocol protocol;
    private final PacketFramer framer;
    private final byte[] seed = Seeds.newSeed();
    private final ClientQuery query = new ClientQuery();
    private final PendingResponses pending = new PendingResponses();
    private final SessionCommandHistory history = new SessionCommandHistory();
    private final ExecuteTypes executeTypes = new ExecuteTypes();
    private State state = State.GREETED;
    private CompressedReader compressedReader;
    private CompressedWriter compressedWriter;
    private boolean refreshedForThisLogin;
    private int lastSequence;
    /** The client sends LOCAL INFILE content: from the server's request until the client's empty packet. */
    private boolean loadData;
    // The client's prepared statement ids: Sluice's own, the same whichever servers prepared them
    private long nextStatementId = 1;
    private long lastPreparedId = Query.NO_STATEMENT;
    private final ReplyPosition replyPosition = new ReplyPosition();
    private int backendsOpened;
    /** This session's server connections (closed ones are dropped as new ones come). */
    private final List<MariaDbBackend> backends = new ArrayList<>(2);
    /** The session's status flags as of the last complete response (what an OK made here says). */
    private int sessionStatus = ServerStatus.AUTOCOMMIT;
    // KILL: the parser; while one is carried out, the client's packets that wait, and the answer due
    private final KillStatement kill = new KillStatement();
    private ArrayDeque<Held> heldPackets;
    private ByteBuffer localAnswer;
    private boolean closeAfterAnswer;
    private int answerCompressedSequence;

    // What backends log in with (and COM_CHANGE_USER replaces)
    private Handshake.Response login;
    private String user = "";
    /** The account the client logged in as (its privileges: who it may KILL). */
    private Account account;
    private byte[] passwordSha1;
    private String database;
    private long capabilities;
    private long offeredCapabilities;

    MariaDbClient(final ClientContext context, final MariaDbProtocol protocol)
    {
        this.context = context;
        this.protocol = protocol;
        this.framer = new PacketFramer(protocol.maxCommandBytes(), this::onPacket);
    }

    @Override
    public void start() throws IOException
    {
        // CLIENT_SSL only where the listener speaks TLS: a client that sees it may send an SSLRequest.
        offeredCapabilities = protocol.offeredCapabilities() | (context.tlsAvailable() ? Capabilities.SSL : 0);
        context.write(Handshake.greeting(protocol.serverVersion(), context.sessionId() & 0xFFFFFFFFL, seed,
            offeredCapabilities, protocol.serverCharset(), ServerStatus.AUTOCOMMIT));
        // No login timer here: the core closes a client that has not logged in within connect_timeout.
    }

    /** The user the client logged in as (COM_CHANGE_USER's once it succeeded), null until it has. */
    @Override
    public String user()
    {
        return context.isRouting() ? user : null;
    }

    /** A packet (or a compressed packet) is cut, or a 0xFFFFFF one awaits its continuation: for net_read_timeout. */
    @Override
    public boolean isReadIncomplete()
    {
        return framer.hasPartialPacket() || framer.isContinuationNext()
            || compressedReader != null && !compressedReader.atPacketBoundary();
    }

    /**
     * Logged in and idle between commands: no packet half read, no response owed to the client (which
     * also covers LOCAL INFILE in progress), no packet held for a KILL, no answer of its own waiting.
     * Its state (statement ids, history, reply position, compression) is the session's own, on no
     * thread's. Asked between event batches: allocates nothing.
     */
    @Override
    public boolean isMovable()
    {
        return state == State.ROUTING && pending.isEmpty() && !loadData && heldPackets == null && localAnswer == null
            && !closeAfterAnswer && !isReadIncomplete();
    }

    // hot path: no allocation once routing
    @Override
    public void onData(final ByteBuffer data) throws IOException
    {
        if (compressedReader != null)
        {
            compressedReader.feed(data);
        }
        else
        {
            frame(data);
        }
    }

    // hot path: no allocation
    private void frame(final ByteBuffer data) throws IOException
    {
        try
        {
            // Short of the limit only after an SSLRequest: the rest is the client's TLS handshake, for the core.
            data.position(framer.frame(data, data.position(), data.limit()));
        }
        catch (final UncheckedIOException e)
        {
            throw e.getCause();
        }
        catch (final ProtocolException e)
        {
            protocolError("Malformed communication packet: " + e.getMessage());
        }
    }

    /** The framer's sink, which cannot throw checked exceptions. */
    private void onPacket(final ByteBuffer b, final int at, final int length, final boolean continuation)
    {
        try
        {
            packet(b, at, length, continuation);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    // hot path: no allocation once routing
    private void packet(final ByteBuffer b, final int at, final int length,
            final boolean continuation) throws IOException
    {
        if (heldPackets != null && state == State.ROUTING)
        {
            hold(b, at, length, continuation); // a KILL is being carried out: the packet waits for its answer
            return;
        }
        lastSequence = Wire.sequence(b, at);
        switch (state)
        {
            case ROUTING:
                route(b, at, length, continuation);
                break;
            case GREETED:
                handshakeResponse(b, at, length);
                break;
            case AUTH_SWITCH:
                authSwitchResponse(b, at, length);
                break;
            default:
                // WAITING_FOR_USERS and WAITING_FOR_SERVER pause reading; CLOSED drops what is left.
                break;
        }
    }

    // hot path: no allocation (but for a USE or COM_INIT_DB, whose database name is kept, and a KILL or
    // CONNECTION_ID() handled here)
    private void route(final ByteBuffer b, final int at, final int length,
            final boolean continuation) throws IOException
    {
        final int payload = length - Wire.HEADER_BYTES;
        if (compressedWriter != null)
        {
            // The server's rule: what it sends next continues the compressed sequence of the
            // client's last compressed packet (a command's answer too, whose client restarted at 0).
            compressedWriter.sequence(compressedReader.lastSequence() + 1);
        }
        if (continuation || loadData)
        {
            if (loadData && !continuation && payload == 0)
            {
                loadData = false; // the empty packet that ends the file; the server's OK or ERR follows
            }
            query.data(continuation, !continuation);
            forward(b, at, length);
            return;
        }
        if (payload == 0)
        {
            // An empty packet is no command.
            protocolError("Malformed communication packet: an empty command packet");
            return;
        }
        final int command = b.get(at + Wire.HEADER_BYTES) & 0xFF;
        if (command == Commands.COM_CHANGE_USER)
        {
            changeUser(b, at, length);
            return;
        }
        if (command == Commands.COM_QUIT)
        {
            query.command(command, Query.NO_STATEMENT, false);
            forward(b, at, length);
            context.close(null);
            state = State.CLOSED;
            return;
        }
        long statementId = Query.NO_STATEMENT;
        String database = null;
        ByteBuffer rewritten = null;
        if (command == Commands.COM_STMT_PREPARE)
        {
            statementId = nextStatementId++;
            lastPreparedId = statementId;
        }
        else if (Commands.namesStatement(command) && payload >= 5)
        {
            final long id = Wire.int4(b, at + Wire.HEADER_BYTES + 1);
            statementId = id == DIRECT_EXECUTE_ID ? lastPreparedId : id;
            if (command == Commands.COM_STMT_CLOSE)
            {
                history.statementClosed(statementId);
            }
        }
        else if (command == Commands.COM_INIT_DB)
        {
            database = Wire.string(b, at + Wire.HEADER_BYTES + 1, payload - 1);
        }
        else if (command == Commands.COM_QUERY)
        {
            final int textEnd = at + length;
            final int first = SqlText.skipSpaceAndComments(b, at + Wire.HEADER_BYTES + 1, textEnd);
            final int letter = first < textEnd ? b.get(first) | 0x20 : 0;
            if (letter == 'u')
            {
                database = UseStatement.database(b, first, textEnd - first);
            }
            else if (letter == 'k' && payload < Wire.MAX_PAYLOAD && kill.parse(b, first, textEnd)
                && kill.kind() != KillStatement.Kind.QUERY_ID && isSessionId(kill.id()))
            {
                startKill(kill.kind() == KillStatement.Kind.QUERY, kill.isSoft(), kill.id());
                return;
            }
            else if (letter == 's' && payload < Wire.MAX_PAYLOAD && SqlText.isWord(b, first, textEnd, "SELECT")
                && ConnectionIdRewrite.mentions(b, first, textEnd))
            {
                rewritten = withConnectionId(b, at, textEnd);
            }
        }
        else if (command == Commands.COM_PROCESS_KILL && payload >= 5
            && isSessionId(Wire.int4(b, at + Wire.HEADER_BYTES + 1)))
        {
            startKill(false, false, Wire.int4(b, at + Wire.HEADER_BYTES + 1));
            return;
        }
        else if (command == Commands.COM_RESET_CONNECTION)
        {
            resetSessionState();
        }
        final boolean responds = Commands.willRespond(command);
        query.command(command, statementId, responds);
        if (!responds)
        {
            forward(b, at, length);
            return;
        }
        pending.push(database);
        history.routing(command == Commands.COM_STMT_PREPARE ? statementId : -1);
        try
        {
            if (rewritten != null)
            {
                context.routeQuery(rewritten, query);
            }
            else
            {
                forward(b, at, length);
            }
        }
        finally
        {
            final SessionCommandHistory.Entry recorded = history.routed();
            if (recorded != null)
            {
                pending.markNewest(recorded);
            }
        }
    }

    private void forward(final ByteBuffer b, final int at, final int length) throws IOException
    {
        final int position = b.position();
        final int limit = b.limit();
        b.limit(at + length).position(at);
        try
        {
            context.routeQuery(b, query);
        }
        finally
        {
            b.limit(limit).position(position);
        }
    }

    /** COM_RESET_CONNECTION and COM_CHANGE_USER: the servers forget the session's state and statements. */
    private void resetSessionState()
    {
        history.clear();
        lastPreparedId = Query.NO_STATEMENT;
    }

    // ---- login ----

    private void handshakeResponse(final ByteBuffer b, final int at, final int length) throws IOException
    {
        final Handshake.Response response;
        try
        {
            response = Handshake.parseResponse(b, at + Wire.HEADER_BYTES, length - Wire.HEADER_BYTES);
        }
        catch (final IllegalArgumentException | IndexOutOfBoundsException e)
        {
            failLogin(ER_HANDSHAKE, "08S01", "Bad handshake: " + e.getMessage());
            return;
        }
        if (response.sslRequest())
        {
            if (!context.tlsAvailable() || context.isTls())
            {
                failLogin(ER_HANDSHAKE, "08S01", context.isTls() ? "Bad handshake: a second SSLRequest"
                    : "Bad handshake: TLS is not enabled on this listener");
                return;
            }
            // SSLRequest (sequence 1): the TLS handshake follows at once, then the real HandshakeResponse
            // (sequence 2) inside TLS, so the login's answers keep counting from there.
            framer.stop();
            context.startTls();
            return;
        }
        if (context.tlsRequired() && !context.isTls())
        {
            LOG.warn("session {}: client {} refused: it did not switch to TLS and listener TLS is required"
                + " (require_secure_transport)", context.sessionId(), context.remoteAddress());
            failLogin(ER_SECURE_TRANSPORT_REQUIRED, "08004",
                "Connections using insecure transport are prohibited while --require_secure_transport=ON.");
            return;
        }
        login = response;
        capabilities = response.capabilities() & offeredCapabilities;
        user = response.user();
        database = response.database();
        if (response.authPlugin() != null && !response.authPlugin().equals(Handshake.NATIVE_PASSWORD)
            || response.authResponse().length != 0 && response.authResponse().length != Handshake.SEED_BYTES)
        {
            // The client used another plugin: ask for mysql_native_password with the same seed.
            state = State.AUTH_SWITCH;
            context.write(Handshake.authSwitch(lastSequence + 1, seed));
            return;
        }
        authenticate(response.authResponse());
    }

    private void authSwitchResponse(final ByteBuffer b, final int at, final int length) throws IOException
    {
        authenticate(Wire.bytes(b, at + Wire.HEADER_BYTES, length - Wire.HEADER_BYTES));
    }

    private void authenticate(final byte[] token) throws IOException
    {
        final String host = context.remoteAddress().getAddress().getHostAddress();
        if (protocol.hostBlocker().isBlocked(host, System.nanoTime()))
        {
            failLogin(HostBlocker.ER_HOST_IS_BLOCKED, "HY000", HostBlocker.message(host));
            return;
        }
        final UserAccounts accounts = protocol.accounts();
        if (accounts.isBlockedRoot(user))
        {
            protocol.loginFailed();
            LOG.warn("session {}: root login refused: enable_root_user is false on service {}", context.sessionId(),
                context.service().name());
            failLogin(ER_ACCESS_DENIED, "28000", accessDenied(user, token));
            return;
        }
        final Account account = accounts.find(user, context.remoteAddress().getAddress()).orElse(null);
        final byte[] sha1 = account == null ? null : checkPassword(account, token);
        if (!passwordAccepted(account, token, sha1))
        {
            if (retryAfterRefresh(accounts, token))
            {
                return;
            }
            protocol.loginFailed();
            if (protocol.logAuthWarnings())
            {
                LOG.warn("session {}: access denied for user '{}'@'{}' ({})", context.sessionId(), user, host,
                    account == null ? "no matching account" : "wrong password");
            }
            protocol.hostBlocker().failed(host, System.nanoTime());
            failLogin(ER_ACCESS_DENIED, "28000", accessDenied(user, token));
            return;
        }
        protocol.hostBlocker().succeeded(host);
        if (account.isLocked())
        {
            protocol.loginFailed();
            failLogin(ER_ACCOUNT_LOCKED, "HY000", "Access denied, this account is locked");
            return;
        }
        final UserAccounts.DatabaseCheck dbCheck = database == null ? UserAccounts.DatabaseCheck.OK
            : accounts.checkDatabase(account, database);
        if (dbCheck == UserAccounts.DatabaseCheck.ACCESS_DENIED && retryAfterRefresh(accounts, token))
        {
            return;
        }
        if (dbCheck == UserAccounts.DatabaseCheck.ACCESS_DENIED)
        {
            protocol.loginFailed();
            // The server names the account (its priv_user and priv_host), not the client's address.
            failLogin(ER_DBACCESS_DENIED, "42000", "Access denied for user '" + account.user() + "'@'"
                + account.host().text() + "' to database '" + database + "'");
            return;
        }
        passwordSha1 = sha1;
        this.account = account;
        // A database the accounts do not know (created since they were read, or a name the server
        // refuses on its own terms) is the server's to judge: the client's OK waits for its answer.
        loggedIn(dbCheck != UserAccounts.DatabaseCheck.OK);
    }

    /**
     * True if the account exists and the token proves its password (sha1 from {@link #checkPassword}) or both are
     * empty.
     */
    private static boolean passwordAccepted(final Account account, final byte[] token, final byte[] sha1)
    {
        return account != null && (sha1 != null || token.length == 0 && account.hasEmptyPassword());
    }

    /** The server's wording of error 1045. */
    private String accessDenied(final String who, final byte[] token)
    {
        return "Access denied for user '" + who + "'@'" + context.remoteAddress().getAddress().getHostAddress()
            + "' (using password: " + (token.length == 0 ? "NO" : "YES") + ")";
    }

    /** SHA1(password) if the token proves the account's password, null otherwise (also for an empty password). */
    private byte[] checkPassword(final Account account, final byte[] token)
    {
        final byte[] stored = account.storedDoubleSha1();
        if (stored == null || token.length != Handshake.SEED_BYTES || !account.usesNativePassword())
        {
            return null;
        }
        return NativePassword.verifiedSha1(token, seed, stored);
    }

    /**
     * A login failed on what the accounts say: reload them (at most once per users_refresh_time)
     * and try again when they arrive, as MaxScale does; at once if accounts newer than {@code seen}, the
     * snapshot that refused it, were published meanwhile. Returns true if a retry is under way.
     */
    private boolean retryAfterRefresh(final UserAccounts seen, final byte[] token) throws IOException
    {
        if (refreshedForThisLogin)
        {
            return false;
        }
        refreshedForThisLogin = true;
        if (!protocol.requestUsersRefresh(seen, () -> context.execute(() -> retryLogin(token))))
        {
            return false;
        }
        state = State.WAITING_FOR_USERS;
        context.pauseReading();
        return true;
    }

    private void retryLogin(final byte[] token)
    {
        try
        {
            context.resumeReading();
            authenticate(token);
        }
        catch (final IOException | RuntimeException e)
        {
            context.close("login failed: " + e);
        }
    }

    /**
     * Starts routing. The client's OK goes at once, or, when the server is to judge the login
     * (serverDecides), once the first server connection has logged in; a server's refusal is then
     * the client's login error ({@link #backendLoginRefused}).
     */
    private void loggedIn(final boolean serverDecides) throws IOException
    {
        state = State.ROUTING;
        try
        {
            context.startRouting();
        }
        catch (final IOException | RuntimeException e)
        {
            LOG.warn("session {}: service {} could not start a session for '{}': {}", context.sessionId(),
                context.service().name(), user, e.getMessage());
            failLogin(ER_INTERNAL_ERROR, "HY000", "Internal error: Sluice service " + context.service().name()
                + " could not start the session: " + e.getMessage());
            return;
        }
        if (serverDecides && backendsOpened > 0 && state == State.ROUTING)
        {
            state = State.WAITING_FOR_SERVER;
            context.pauseReading();
            return;
        }
        sendOk();
    }

    private void sendOk() throws IOException
    {
        protocol.loginSucceeded();
        final boolean compress = (capabilities & Capabilities.COMPRESS) != 0;
        context.write(Handshake.ok(lastSequence + 1, ServerStatus.AUTOCOMMIT));
        if (compress)
        {
            // Everything after the OK travels in compressed packets.
            compressedReader = new CompressedReader(this::frame);
            compressedWriter = new CompressedWriter(context::write);
        }
    }

    /** A server connection logged in: the client's OK, if it waited for that, goes now. */
    void backendLoggedIn() throws IOException
    {
        if (state == State.WAITING_FOR_SERVER)
        {
            state = State.ROUTING;
            sendOk();
            context.resumeReading();
        }
    }

    /**
     * A server refused a backend's login (the ERR packet at b[at, at + length)). If the client's OK
     * waited for it, the server's error is the client's login error, renumbered for the client,
     * and the session ends; returns false if the client had logged in already.
     */
    boolean backendLoginRefused(final ByteBuffer b, final int at, final int length)
    {
        if (state != State.WAITING_FOR_SERVER)
        {
            return false;
        }
        protocol.loginFailed();
        final ByteBuffer err = ByteBuffer.allocate(length);
        err.put(0, b, at, length);
        err.put(3, (byte)(lastSequence + 1));
        final int payload = length - Wire.HEADER_BYTES;
        final String message = payload > 9 ? Wire.string(err, Wire.HEADER_BYTES + 9, payload - 9) : "";
        if (protocol.logAuthWarnings())
        {
            LOG.warn("session {}: the server refused the login of '{}' to database '{}': {} {}", context.sessionId(),
                user, database, Wire.int2(err, Wire.HEADER_BYTES + 1), message);
        }
        sendLoginError(err, message);
        return true;
    }

    private void failLogin(final int code, final String sqlState, final String message)
    {
        sendLoginError(ErrPacket.of(lastSequence + 1, code, sqlState, message), message);
    }

    private void sendLoginError(final ByteBuffer err, final String message)
    {
        if (state == State.CLOSED)
        {
            return;
        }
        state = State.CLOSED;
        try
        {
            context.write(err);
        }
        catch (final IOException e)
        {
            LOG.debug("session {}: could not send the login error: {}", context.sessionId(), e.getMessage());
        }
        context.close("login failed: " + message);
    }

    private void protocolError(final String message) throws IOException
    {
        state = State.CLOSED;
        write(ErrPacket.of(lastSequence + 1, ER_MALFORMED_PACKET, "08S01", message));
        context.close("protocol error: " + message);
    }

    // ---- COM_CHANGE_USER ----

    /**
     * Verifies the new user here (its token is made with this connection's seed), then passes the
     * packet on: each backend logs in again as the new user with its own seed, and the server's
     * answer goes back to the client as the reply.
     */
    private void changeUser(final ByteBuffer b, final int at, final int length) throws IOException
    {
        final int end = at + length;
        int p = at + Wire.HEADER_BYTES + 1;
        final int userEnd = Wire.indexOfNul(b, p, end);
        final String newUser = Wire.string(b, p, userEnd - p);
        p = userEnd + 1;
        final int tokenLength = p < end ? b.get(p) & 0xFF : 0;
        final byte[] token = tokenLength == 0 ? new byte[0] : Wire.bytes(b, p + 1, tokenLength);
        p += 1 + tokenLength;
        final String newDb = p < end ? Wire.string(b, p, Wire.indexOfNul(b, p, end) - p) : "";
        final UserAccounts accounts = protocol.accounts();
        final Account account = accounts.isBlockedRoot(newUser) ? null
            : accounts.find(newUser, context.remoteAddress().getAddress()).orElse(null);
        final byte[] sha1 = account == null ? null : checkPassword(account, token);
        if (!passwordAccepted(account, token, sha1) || account.isLocked())
        {
            protocol.loginFailed();
            write(ErrPacket.of(lastSequence + 1, ER_ACCESS_DENIED, "28000", accessDenied(newUser, token)));
            return;
        }
        user = newUser;
        this.account = account;
        passwordSha1 = sha1;
        database = newDb.isEmpty() ? null : newDb;
        resetSessionState();
        query.command(Commands.COM_CHANGE_USER, Query.NO_STATEMENT, true);
        pending.push(null);
        forward(b, at, length);
    }

    // ---- KILL and CONNECTION_ID(): the connection id is the session id ----

    /** True if the id is in Sluice's range of session ids: a KILL naming it is Sluice's to carry out. */
    static boolean isSessionId(final long id)
    {
        return id >= ClientContext.FIRST_SESSION_ID && id <= ClientContext.LAST_SESSION_ID;
    }

    /**
     * KILL [SOFT] QUERY|CONNECTION of session {@code id}: the client's packets wait from now until
     * it is answered; the session named is looked up on its worker ({@link #killedBy}), then the
     * servers of its connections kill them ({@link MariaDbProtocol#kill}), then the client gets its
     * OK (or the error the server would give).
     */
    private void startKill(final boolean query, final boolean soft, final long id) throws IOException
    {
        heldPackets = new ArrayDeque<>();
        context.pauseReading();
        final int sequence = (lastSequence + 1) & 0xFF;
        answerCompressedSequence = compressedReader == null ? 0 : compressedReader.lastSequence() + 1;
        final long killerId = context.sessionId();
        if (id == killerId)
        {
            // What the server does to a connection that kills itself.
            answerLocally(query
                ? ErrPacket.of(sequence, ER_QUERY_INTERRUPTED, "70100", "Query execution was interrupted")
                : ErrPacket.of(sequence, ER_CONNECTION_KILLED, "70100", "Connection was killed"), !query);
            return;
        }
        final String killer = user;
        final boolean killsOthers = account != null
            && Privileges.killsOthers(account.sessionGlobalAccess(), protocol.superKillsOthers());
        context.withSession(id, other -> other instanceof MariaDbClient
                ? ((MariaDbClient)other).killedBy(killerId, killer, killsOthers, query) : KillTarget.NOT_A_THREAD,
            target -> killTargetReached(target, id, query, soft, sequence));
    }

    /**
     * On this session's worker: another session's KILL names this one. Returns the server
     * connections to kill, or {@link KillTarget#NOT_OWNER} if the killer may not (MariaDB's rule: the
     * same user name, or the privilege to kill others'). For KILL CONNECTION the session closes now
     * (its client sees its connection close, as when a server kills it); the servers' KILL follows.
     */
    private KillTarget killedBy(final long killerId, final String killerUser, final boolean killerKillsOthers,
        final boolean query)
    {
        if (!killerKillsOthers && !killerUser.equals(user))
        {
            return KillTarget.NOT_OWNER;
        }
        final List<MariaDbProtocol.BackendThread> threads = new ArrayList<>(backends.size());
        for (final MariaDbBackend backend : backends)
        {
            if (!backend.isClosed() && backend.serverThreadId() != 0)
            {
                threads.add(new MariaDbProtocol.BackendThread(backend.target(), backend.serverThreadId()));
            }
        }
        if (!query)
        {
            LOG.info("session {}: killed by session {} (KILL CONNECTION)", context.sessionId(), killerId);
            state = State.CLOSED;
            context.close("killed by session " + killerId + " (KILL CONNECTION)");
        }
        return new KillTarget(protocol, threads);
    }

    /** Back on this worker with what the KILL found (null: no live session has that id). */
    private void killTargetReached(final KillTarget target, final long id, final boolean query, final boolean soft,
        final int sequence)
    {
        if (target == null || target == KillTarget.NOT_A_THREAD)
        {
            answerLocally(ErrPacket.of(sequence, ER_NO_SUCH_THREAD, "HY000", "Unknown thread id: " + id), false);
            return;
        }
        if (target == KillTarget.NOT_OWNER)
        {
            answerLocally(ErrPacket.of(sequence, ER_KILL_DENIED, "HY000", "You are not owner of thread " + id), false);
            return;
        }
        final long killerId = context.sessionId();
        target.protocol().kill(target.threads(), query, soft, id, "KILL from session " + killerId,
            () -> context.execute(() -> answerLocally(Handshake.ok(sequence, sessionStatus), false)));
    }

    /**
     * The answer to a command Sluice carried out itself (a KILL): sent now, or once the responses to
     * the client's earlier commands have reached it. Then the packets that waited go on.
     */
    private void answerLocally(final ByteBuffer answer, final boolean thenClose)
    {
        localAnswer = answer;
        closeAfterAnswer = thenClose;
        if (pending.isEmpty())
        {
            sendLocalAnswer();
        }
    }

    private void sendLocalAnswer()
    {
        final ByteBuffer answer = localAnswer;
        localAnswer = null;
        try
        {
            if (compressedWriter != null)
            {
                compressedWriter.sequence(answerCompressedSequence);
            }
            write(answer);
        }
        catch (final IOException e)
        {
            context.close("could not answer a KILL: " + e.getMessage());
            return;
        }
        replyPosition.answeredHere();
        // Not from here: this may run inside the router's clientReply, which must not be re-entered.
        if (closeAfterAnswer)
        {
            state = State.CLOSED;
            context.execute(() -> context.close("killed by its own KILL CONNECTION"));
            return;
        }
        context.execute(this::routeHeld);
    }

    /** After a KILL's answer, the packets that waited for it go on, in order; then reading resumes. */
    private void routeHeld()
    {
        final ArrayDeque<Held> held = heldPackets;
        heldPackets = null;
        try
        {
            while (!held.isEmpty())
            {
                if (heldPackets != null)
                {
                    heldPackets.addAll(held); // another KILL: the rest waits for it in turn
                    return;
                }
                final Held next = held.poll();
                packet(next.packet(), 0, next.packet().limit(), next.continuation());
            }
            if (state == State.ROUTING)
            {
                context.resumeReading();
            }
        }
        catch (final IOException | UncheckedIOException e)
        {
            context.close("could not route a command sent after a KILL: " + e.getMessage());
        }
    }

    /** A packet that arrives while a KILL is carried out waits (a copy). */
    private void hold(final ByteBuffer b, final int at, final int length, final boolean continuation)
    {
        final ByteBuffer copy = ByteBuffer.allocate(length);
        copy.put(0, b, at, length);
        heldPackets.add(new Held(copy, continuation));
    }

    /**
     * The COM_QUERY packet at b[at, textEnd) with its select-list {@code CONNECTION_ID()} calls replaced
     * by this session's id ({@link ConnectionIdRewrite}), or null to send it as it is.
     */
    private ByteBuffer withConnectionId(final ByteBuffer b, final int at, final int textEnd)
    {
        final byte[] text = ConnectionIdRewrite.rewrite(b, at + Wire.HEADER_BYTES + 1, textEnd, context.sessionId(),
            (sessionStatus & ServerStatus.NO_BACKSLASH_ESCAPES) != 0);
        if (text == null || 1 + text.length >= Wire.MAX_PAYLOAD)
        {
            return null;
        }
        final int payload = 1 + text.length;
        final ByteBuffer packet = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(packet, 0, payload, Wire.sequence(b, at));
        packet.put(Wire.HEADER_BYTES, (byte)Commands.COM_QUERY);
        packet.put(Wire.HEADER_BYTES + 1, text);
        return packet;
    }

    // ---- the router's replies ----

    // hot path: no allocation
    @Override
    public void writeToClient(final ByteBuffer data, final Reply reply) throws IOException
    {
        if (reply instanceof ReplyTracker)
        {
            delivered((ReplyTracker)reply);
        }
        write(data);
        if (localAnswer != null && pending.isEmpty())
        {
            sendLocalAnswer(); // a KILL's answer waited for the responses to the commands before it
        }
    }

    private void write(final ByteBuffer data) throws IOException
    {
        if (compressedWriter != null)
        {
            compressedWriter.write(data);
        }
        else
        {
            context.write(data);
        }
    }

    /**
     * The client gets bytes of a server's reply: remember where they leave it (inside a response or
     * between two, at a packet boundary or not, which server packet came last), so an error made here
     * later is numbered as the server would have numbered it; apply what a complete response changes.
     */
    // hot path: no allocation
    private void delivered(final ReplyTracker reply)
    {
        replyPosition.delivered(reply);
        final ReplyState replyState = reply.state();
        if (replyState == ReplyState.LOAD_DATA)
        {
            loadData = true; // the server asked for the file: the client's next packets are its content
        }
        if (replyState == ReplyState.DONE)
        {
            responseComplete(reply);
        }
    }

    private void responseComplete(final Reply reply)
    {
        if (!reply.isError())
        {
            sessionStatus = reply.serverStatus() & SESSION_STATUS_FLAGS;
        }
        if (reply instanceof ReplyTracker && ((ReplyTracker)reply).hasTrackedSchema())
        {
            database = reply.trackedSchema();
        }
        if (pending.isEmpty())
        {
            return;
        }
        final SessionCommandHistory.Entry entry = pending.oldestEntry();
        if (entry != null)
        {
            history.outcome(entry, reply.isError());
        }
        if (!reply.isError() && pending.oldestDatabase() != null)
        {
            database = pending.oldestDatabase();
        }
        pending.pop();
    }

    @Override
    public void writeError(final int code, final String sqlState, final String message) throws IOException
    {
        final int sequence = replyPosition.nextErrorSequence(lastSequence);
        if (sequence < 0)
        {
            throw new IOException("the client is inside a packet of a response: no error can follow (" + message + ")");
        }
        write(ErrPacket.of(sequence, code, sqlState, message));
        replyPosition.answeredHere();
        if (!pending.isEmpty())
        {
            final SessionCommandHistory.Entry entry = pending.oldestEntry();
            if (entry != null)
            {
                history.outcome(entry, true);
            }
            pending.pop();
        }
        if (localAnswer != null && pending.isEmpty())
        {
            sendLocalAnswer();
        }
    }

    @Override
    public SessionHistory history()
    {
        return history;
    }

    /**
     * Sends nothing: when a server connection dies mid-statement (KILL on the server, a crash, a
     * shutdown), or the session ends for another reason, the client sees its connection close, as
     * when the server closes it, and reports the loss itself (2013 Lost connection to server
     * during query, or 2006 at its next command). An error packet in its place would need a
     * client-side code (2000-2999), which Connector/C refuses from a server as 2027 Received
     * malformed packet.
     */
    @Override
    public void sessionClosing(final String reason)
    {
        if (state == State.ROUTING && reason != null)
        {
            LOG.debug("session {}: closing the client connection: {}", context.sessionId(), reason);
        }
    }

    // ---- what backends read ----

    /** A server connection of this session was opened (the login's OK may wait for the first one to log in). */
    void backendOpened(final MariaDbBackend backend)
    {
        backendsOpened++;
        backends.removeIf(MariaDbBackend::isClosed);
        backends.add(backend);
    }

    /** The session command history entries now, for a server connection opened now to replay. */
    List<SessionCommandHistory.Entry> historySnapshot()
    {
        return history.snapshot();
    }

    /**
     * The parameter types of the session's prepared statements, which every server connection keeps
     * up to date as it sends, prepares, closes and resets (it goes in the order the router routes).
     */
    ExecuteTypes executeTypes()
    {
        return executeTypes;
    }

    /** The statement id the client's last COM_STMT_PREPARE was given (a direct execute's statement), or -1. */
    long lastPreparedId()
    {
        return lastPreparedId;
    }

    /** The user backends log in as: the client's, known from its handshake response on. */
    String loginUser()
    {
        return user;
    }

    /** SHA1(password), or null for an empty password. */
    byte[] passwordSha1()
    {
        return passwordSha1 == null ? null : Arrays.copyOf(passwordSha1, passwordSha1.length);
    }

    String database()
    {
        return database;
    }

    long capabilities()
    {
        return capabilities;
    }

    Handshake.Response login()
    {
        return login;
    }

    long sessionId()
    {
        return context.sessionId();
    }

    static byte[] utf8(final String s)
    {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
