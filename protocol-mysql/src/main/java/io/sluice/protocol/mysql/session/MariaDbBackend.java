package io.sluice.protocol.mysql.session;

import io.sluice.api.BackendContext;
import io.sluice.api.BackendProtocol;
import io.sluice.api.HistoryMismatchException;
import io.sluice.api.Query;
import io.sluice.api.Target;
import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.reply.ReplyTracker;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.Handshake;
import io.sluice.protocol.mysql.wire.PacketFramer;
import io.sluice.protocol.mysql.wire.ProtocolException;
import io.sluice.protocol.mysql.wire.Wire;
import org.agrona.collections.Int2IntHashMap;
import org.agrona.collections.IntArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The backend side of one server connection (MaxScale's MariaDBBackendConnection): logs in to the
 * server as the client's user, answering the server's own seed with the SHA1(password) the client
 * side recovered; replays the session's command history (comparing every outcome with the one the
 * client got); holds the router's packets until then, and while a prepare is in flight here;
 * afterwards forwards packets and streams the server's bytes back through a {@link ReplyTracker},
 * which says where every response ends.
 *
 * <p>Prepared statements: the client knows each statement by the id Sluice gave it; this server by
 * its own. Packets naming a statement go down with this server's id; a prepare's answer goes up with
 * the client's. A command that gets no response and names a statement this server does not know
 * (a close, long data) is dropped. A client sends an execute's parameter types only after binding
 * and the server remembers them; an execute without them, of a statement whose latest types this
 * server never got (its executions went to other servers), goes with the types put back in
 * ({@link ExecuteTypes}; MariaDB crashes on such an execute). Worker thread only.
 */
final class MariaDbBackend implements BackendProtocol
{
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbBackend.class);
    /** No server id for a client id (server ids start at 1). */
    private static final int UNKNOWN_STATEMENT = 0;
    /** A prepare whose client id is not known (a router that did not say): its answer keeps the server's id. */
    private static final int NO_CLIENT_ID = -1;

    private enum State
    {
        GREETING, AUTHENTICATING, READY, CHANGING_USER, FAILED
    }

    /** A packet held until it may go (a copy, with its query's values). */
    private record Held(ByteBuffer packet, long statementId, boolean continuation, boolean loadData)
    {
    }

    private final BackendContext context;
    private final MariaDbClient client;
    private final MariaDbProtocol protocol;
    private final PacketFramer loginFramer;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private ReplyTracker tracker;
    private State state = State.GREETING;
    private Handshake.Greeting greeting;
    private long capabilities;
    private boolean previousPacketWasMax;
    private int lastServerSequence;
    // The session's history when this connection opened, replayed after the login, then what is awaiting its reply
    private List<SessionCommandHistory.Entry> toReplay;
    private final ArrayDeque<SessionCommandHistory.Entry> replaying = new ArrayDeque<>();
    // Prepared statements: client id -> this server's id; client ids of the prepares awaiting an answer
    private final Int2IntHashMap serverIds = new Int2IntHashMap(UNKNOWN_STATEMENT);
    private final IntArrayQueue preparesInFlight = new IntArrayQueue(Integer.MIN_VALUE);
    // The head of a prepare's answer cut by a read, waiting for the rest (see stream)
    private ByteBuffer carry = ByteBuffer.allocate(64);
    private ByteBuffer joined = ByteBuffer.allocate(0);
    /** The server's id of a statement, written between the parts of a client's packet. */
    private final ByteBuffer statementIdBytes = ByteBuffer.allocate(4);
    /** Client id -> the generation of the statement's parameter types this server has ({@link ExecuteTypes}). */
    private final Int2IntHashMap typesSent = new Int2IntHashMap(0);
    /** An execute with the parameter types it lacked put back in (kept once grown). */
    private ByteBuffer withTypes = ByteBuffer.allocate(0);

    MariaDbBackend(final BackendContext context, final MariaDbClient client, final MariaDbProtocol protocol)
    {
        this.context = context;
        this.client = client;
        this.protocol = protocol;
        this.loginFramer = new PacketFramer(1 << 20, this::onLoginPacket);
        this.toReplay = client.historySnapshot();
        client.backendOpened(this);
        carry.limit(0);
    }

    @Override
    public boolean isReady()
    {
        return state == State.READY && toReplay == null && replaying.isEmpty();
    }

    /**
     * Logged in with the history replayed, nothing held, no response outstanding and the server's
     * stream at a packet boundary with nothing carried over: the connection is idle. Allocates nothing.
     */
    @Override
    public boolean isMovable()
    {
        return isReady() && held.isEmpty() && preparesInFlight.isEmpty() && !carry.hasRemaining()
            && tracker.outstandingResponses() == 0 && tracker.atPacketBoundary();
    }

    // ---- the server's bytes ----

    // hot path: no allocation once ready
    @Override
    public void onData(final ByteBuffer data) throws IOException
    {
        if (state == State.READY)
        {
            stream(data);
        }
        else
        {
            try
            {
                loginFramer.frame(data, data.position(), data.limit());
                data.position(data.limit());
            }
            catch (final UncheckedIOException e)
            {
                throw e.getCause();
            }
            catch (final ProtocolException e)
            {
                fail("the server broke the protocol while logging in: " + e.getMessage());
            }
        }
    }

    // hot path: no allocation (but when a read cuts the head of a prepare's answer)
    private void stream(final ByteBuffer data) throws IOException
    {
        final ByteBuffer b = carry.hasRemaining() ? joinCarry(data) : data;
        final int to = b.limit();
        int from = b.position();
        while (from < to && state != State.FAILED)
        {
            final int end = tracker.scan(b, from, to);
            if (end == from)
            {
                keepCarry(b, from, to); // the head of a prepare's answer is cut: wait for its id
                break;
            }
            final int idAt = tracker.takePrepareIdPosition();
            if (idAt >= 0)
            {
                prepared(b, idAt);
            }
            final boolean complete = tracker.isComplete();
            if (!replaying.isEmpty())
            {
                // A replayed session command's answer is this connection's own business.
                if (complete)
                {
                    replayAnswered(replaying.poll());
                }
            }
            else
            {
                b.limit(end).position(from);
                context.reply(b, tracker);
                b.limit(to);
            }
            from = end;
            if (complete)
            {
                responseDone();
            }
        }
        data.position(data.limit());
    }

    /** The carried head of a prepare's answer followed by the new bytes, in one buffer (rare: kept once grown). */
    private ByteBuffer joinCarry(final ByteBuffer data)
    {
        final int length = carry.remaining() + data.remaining();
        if (joined.capacity() < length)
        {
            joined = ByteBuffer.allocate(Math.max(length, 2 * joined.capacity()));
        }
        joined.clear();
        joined.put(carry).put(data.duplicate()).flip();
        carry.clear().limit(0);
        return joined;
    }

    private void keepCarry(final ByteBuffer b, final int from, final int to)
    {
        final int length = to - from;
        if (carry.capacity() < length)
        {
            carry = ByteBuffer.allocate(length);
        }
        carry.clear();
        carry.put(0, b, from, length).limit(length);
    }

    /** A prepare's answer names this server's statement id: remember it, and give the client its own id. */
    private void prepared(final ByteBuffer b, final int idAt)
    {
        if (preparesInFlight.isEmpty() || preparesInFlight.peekInt() == NO_CLIENT_ID)
        {
            return;
        }
        final int clientId = preparesInFlight.peekInt();
        serverIds.put(clientId, (int)Wire.int4(b, idAt));
        Wire.putInt4(b, idAt, clientId & 0xFFFFFFFFL);
    }

    /** A response ended: a prepare's, and what was held behind it or behind the replay may go. */
    private void responseDone() throws IOException
    {
        if (tracker.command() == Commands.COM_STMT_PREPARE && !preparesInFlight.isEmpty())
        {
            final int clientId = preparesInFlight.pollInt();
            if (clientId != NO_CLIENT_ID && !tracker.isError())
            {
                client.executeTypes().prepared(clientId, tracker.parameterCount());
            }
        }
        if (!held.isEmpty())
        {
            releaseHeld();
        }
    }

    /**
     * A replayed session command was answered: the same way as for the client, or this connection is
     * unusable. When the client's own reply has not come yet, the check waits for it.
     */
    private void replayAnswered(final SessionCommandHistory.Entry entry)
    {
        final boolean error = tracker.isError();
        final String detail = error ? "error " + tracker.errorCode() + " (" + tracker.errorMessage() + ")" : "OK";
        entry.whenKnown(original ->
        {
            if (state != State.FAILED && error != (original == SessionCommandHistory.Outcome.ERROR))
            {
                historyMismatch(entry, error, detail);
            }
        });
    }

    private void historyMismatch(final SessionCommandHistory.Entry entry, final boolean error, final String detail)
    {
        final String reason = "session command history mismatch: " + entry.describe() + " got " + detail
            + " from this server but " + (error ? "OK" : "an error") + " for the client";
        state = State.FAILED;
        held.clear();
        LOG.warn("session {}: server {}: {}", context.sessionId(), context.target().name(), reason);
        context.fail(new HistoryMismatchException(reason));
    }

    private void onLoginPacket(final ByteBuffer b, final int at, final int length, final boolean continuation)
    {
        try
        {
            loginPacket(b, at, length, continuation);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private void loginPacket(final ByteBuffer b, final int at, final int length, final boolean continuation)
        throws IOException
    {
        lastServerSequence = Wire.sequence(b, at);
        final int payloadAt = at + Wire.HEADER_BYTES;
        final int payload = length - Wire.HEADER_BYTES;
        switch (state)
        {
            case GREETING:
                greeting(b, payloadAt, payload);
                break;
            case AUTHENTICATING:
            case CHANGING_USER:
                authResult(b, at, length);
                break;
            default:
                break;
        }
    }

    private void greeting(final ByteBuffer b, final int at, final int length) throws IOException
    {
        try
        {
            greeting = Handshake.parseGreeting(b, at, length);
        }
        catch (final IllegalArgumentException | IndexOutOfBoundsException e)
        {
            fail("bad greeting from the server: " + e.getMessage());
            return;
        }
        // The client's capabilities, as far as the server has them (BackendCapabilities has the rule).
        final long serverCapabilities = greeting.capabilities();
        protocol.learnServerCapabilities(context.target().name(), serverCapabilities);
        final long missing = BackendCapabilities.missing(client.capabilities(), serverCapabilities);
        if (missing != 0)
        {
            fail("the server lacks " + Capabilities.names(missing) + ", which the client negotiated with Sluice;"
                + " clients that log in from now on are not offered it");
            return;
        }
        capabilities = BackendCapabilities.forServer(client.capabilities(), serverCapabilities);
        tracker = new ReplyTracker(capabilities);
        tracker.holdPrepareHead(true);
        final Handshake.Response login = client.login();
        state = State.AUTHENTICATING;
        int sequence = lastServerSequence + 1;
        if (context.target().tls() != null)
        {
            if ((serverCapabilities & Capabilities.SSL) == 0)
            {
                fail("ssl=true but the server does not offer TLS (CLIENT_SSL is missing from its greeting)");
                return;
            }
            // SSLRequest, the TLS handshake, then the HandshakeResponse inside TLS with the next sequence id
            // (the core holds it until the handshake completes).
            capabilities |= Capabilities.SSL;
            context.writeToServer(Handshake.sslRequest(sequence++, capabilities, login.maxPacketBytes(),
                login.charset()));
            context.startTls();
        }
        context.writeToServer(Handshake.response(sequence, capabilities, login.maxPacketBytes(),
            login.charset(), client.loginUser(), token(greeting.seed()), client.database(), login.attributes()));
    }

    private byte[] token(final byte[] seed)
    {
        final byte[] sha1 = client.passwordSha1();
        return sha1 == null ? new byte[0] : NativePassword.scrambleFromSha1(sha1, seed);
    }

    private void authResult(final ByteBuffer b, final int at, final int length) throws IOException
    {
        final int type = b.get(at + Wire.HEADER_BYTES) & 0xFF;
        if (type == 0x00)
        {
            final boolean changingUser = state == State.CHANGING_USER;
            state = State.READY;
            if (changingUser)
            {
                // The server's OK answers the client's COM_CHANGE_USER (sequence 1 for the client).
                deliverLoginReply(b, at, length);
            }
            else
            {
                client.backendLoggedIn();
                replayHistory();
            }
            releaseHeld();
        }
        else if (type == 0xFF)
        {
            final String message = Wire.string(b, at + Wire.HEADER_BYTES + 9, length - Wire.HEADER_BYTES - 9);
            if (state == State.CHANGING_USER)
            {
                state = State.READY;
                deliverLoginReply(b, at, length);
                releaseHeld();
                return;
            }
            state = State.FAILED;
            if (client.backendLoginRefused(b, at, length))
            {
                held.clear();
                return; // the client's login error: the session ends
            }
            fail("the server refused the login of '" + client.loginUser() + "': "
                    + Wire.int2(b, at + 5) + " " + message);
        }
        else if (type == 0xFE)
        {
            // AuthSwitchRequest: plugin name, NUL, new seed.
            final int end = at + length;
            int p = at + Wire.HEADER_BYTES + 1;
            final int pluginEnd = Wire.indexOfNul(b, p, end);
            final String plugin = Wire.string(b, p, pluginEnd - p);
            p = pluginEnd + 1;
            if (!plugin.equals(Handshake.NATIVE_PASSWORD))
            {
                fail("the server wants authentication plugin " + plugin + " for '" + client.loginUser()
                    + "', which Sluice cannot answer");
                return;
            }
            final byte[] seed = Wire.bytes(b, p, Math.min(Handshake.SEED_BYTES, end - p));
            context.writeToServer(packet(lastServerSequence + 1, token(seed)));
        }
        else
        {
            fail("unexpected packet 0x" + Integer.toHexString(type) + " while logging in to the server");
        }
    }

    /** Passes the server's answer to a COM_CHANGE_USER to the router as a complete reply. */
    private void deliverLoginReply(final ByteBuffer b, final int at, final int length) throws IOException
    {
        final ByteBuffer copy = ByteBuffer.allocate(length);
        copy.put(0, b, at, length);
        copy.put(3, (byte)1);
        tracker.expect(Commands.COM_PING); // the same shape: one OK or ERR
        final int end = tracker.scan(copy, 0, length);
        copy.limit(end);
        context.reply(copy, tracker);
    }

    private static ByteBuffer packet(final int sequence, final byte[] payload)
    {
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload.length);
        Wire.putHeader(b, 0, payload.length, sequence);
        b.put(Wire.HEADER_BYTES, payload);
        return b;
    }

    /** Sends the session's history, as it was when this connection opened, before anything else. */
    private void replayHistory() throws IOException
    {
        final List<SessionCommandHistory.Entry> entries = toReplay;
        toReplay = null;
        for (final SessionCommandHistory.Entry entry : entries)
        {
            replaying.add(entry);
            sendCommand(entry.packet(), entry.command(), entry.statementId());
        }
    }

    private void fail(final String reason)
    {
        state = State.FAILED;
        held.clear();
        LOG.warn("session {}: server {}: {}", context.sessionId(), context.target().name(), reason);
        context.fail(reason);
    }

    // ---- the router's packets ----

    /**
     * One client packet from the router. Before the login and the history replay are done, while a
     * prepare is in flight here, or while the server still answers earlier commands when a
     * COM_CHANGE_USER is due, packets wait here in order.
     */
    // hot path: no allocation once ready
    @Override
    public void write(final ByteBuffer data, final Query query) throws IOException
    {
        if (state != State.READY || !held.isEmpty() || !replaying.isEmpty() || !preparesInFlight.isEmpty())
        {
            hold(data, query);
            return;
        }
        send(data, query.statementId());
    }

    private void send(final ByteBuffer data, final long statementId) throws IOException
    {
        final int at = data.position();
        final int payload = data.remaining() - Wire.HEADER_BYTES;
        final boolean continuation = previousPacketWasMax;
        previousPacketWasMax = payload == Wire.MAX_PAYLOAD;
        if (continuation)
        {
            context.writeToServer(data);
            return;
        }
        if (tracker.isLoadDataInProgress())
        {
            if (payload == 0)
            {
                tracker.endLoadData();
            }
            context.writeToServer(data);
            return;
        }
        final int command = data.get(at + Wire.HEADER_BYTES) & 0xFF;
        if (command == Commands.COM_CHANGE_USER)
        {
            changeUser();
            data.position(data.limit());
            return;
        }
        if (Commands.namesStatement(command) && payload >= 5)
        {
            sendNamingStatement(data, command, statementId);
            return;
        }
        sendCommand(data, command, statementId);
    }

    /** A command's first packet (not naming a statement): the tracker expects its response. */
    // hot path: no allocation
    private void sendCommand(final ByteBuffer data, final int command, final long statementId) throws IOException
    {
        if (command == Commands.COM_STMT_PREPARE)
        {
            preparesInFlight.offerInt(statementId < 0 ? NO_CLIENT_ID : (int)statementId);
        }
        else if (command == Commands.COM_RESET_CONNECTION)
        {
            serverIds.clear(); // the server forgets its statements
            typesSent.clear();
            client.executeTypes().clear();
        }
        tracker.expect(command);
        context.writeToServer(data);
    }

    /**
     * A command on a prepared statement: it goes with this server's id for the client's. The client's
     * packet is never changed (it may go to other servers too, and the connection may hold a view of
     * it until the read is handled): when the ids differ it goes in three writes, the id from a buffer
     * of this connection's, which the connection copies. An unknown statement: a command that gets no
     * response is dropped (an error would desynchronise the client), the others go with id 0, which
     * no statement has, so the server answers with its error.
     */
    // hot path: no allocation
    private void sendNamingStatement(final ByteBuffer data, final int command, final long statementId)
        throws IOException
    {
        final int idAt = data.position() + Wire.HEADER_BYTES + 1;
        final long clientIdInPacket = Wire.int4(data, idAt);
        final long clientId = statementId >= 0 ? statementId : clientIdInPacket;
        final int serverId = serverIds.get((int)clientId);
        if (command == Commands.COM_STMT_CLOSE)
        {
            serverIds.remove((int)clientId);
            typesSent.remove((int)clientId);
            client.executeTypes().remove((int)clientId); // the executes before it were routed: none needs them
        }
        if (serverId == UNKNOWN_STATEMENT && !Commands.willRespond(command))
        {
            data.position(data.limit());
            return;
        }
        tracker.expect(command);
        if (command == Commands.COM_STMT_EXECUTE && serverId != UNKNOWN_STATEMENT)
        {
            final ByteBuffer typed = parameterTypes(data, (int)clientId, true);
            if (typed != data)
            {
                data.position(data.limit());
                Wire.putInt4(typed, Wire.HEADER_BYTES + 1, serverId & 0xFFFFFFFFL);
                context.writeToServer(typed);
                return;
            }
        }
        if ((serverId & 0xFFFFFFFFL) == clientIdInPacket)
        {
            context.writeToServer(data);
            return;
        }
        final int end = data.limit();
        data.limit(idAt);
        context.writeToServer(data);
        Wire.putInt4(statementIdBytes, 0, serverId & 0xFFFFFFFFL);
        statementIdBytes.limit(4).position(0);
        context.writeToServer(statementIdBytes);
        data.limit(end).position(idAt + 4);
        context.writeToServer(data);
    }

    private void hold(final ByteBuffer data, final Query query)
    {
        ByteBuffer copy = data;
        final int at = data.position();
        if (!query.isContinuation() && !query.isLoadData() && data.remaining() >= Wire.HEADER_BYTES + 5
            && (data.get(at + Wire.HEADER_BYTES) & 0xFF) == Commands.COM_STMT_EXECUTE)
        {
            // the types as of now, in the order the router routes (a close routed later forgets them)
            final long id = query.statementId() >= 0 ? query.statementId()
                : Wire.int4(data, at + Wire.HEADER_BYTES + 1);
            copy = parameterTypes(data, (int)id, false);
        }
        if (copy == data)
        {
            copy = ByteBuffer.allocate(data.remaining());
            copy.put(data).flip();
        }
        else
        {
            data.position(data.limit());
        }
        held.add(new Held(copy, query.statementId(), query.isContinuation(), query.isLoadData()));
    }

    /**
     * A COM_STMT_EXECUTE of a statement with parameters: the types it carries become the session's
     * latest, which this server now has; one that carries none, when this server lacks the latest,
     * comes back as a new packet with them (in {@link #withTypes} when {@code reuse}, else in a buffer
     * of its own) and this server has them; otherwise {@code data} itself comes back.
     */
    // hot path: no allocation (but once per statement and server, or when held)
    private ByteBuffer parameterTypes(final ByteBuffer data, final int clientId, final boolean reuse)
    {
        final ExecuteTypes executeTypes = client.executeTypes();
        final int flagAt = executeTypes.boundFlagAt(data, data.position(), clientId);
        if (flagAt < 0)
        {
            return data;
        }
        final int typeBytes = 2 * executeTypes.parameters(clientId);
        if (data.get(flagAt) != 0)
        {
            if (flagAt + 1 + typeBytes <= data.limit())
            {
                typesSent.put(clientId, executeTypes.record(clientId, data, flagAt + 1, typeBytes));
            }
            return data;
        }
        final int generation = executeTypes.generation(clientId);
        if (generation == 0 || typesSent.get(clientId) == generation)
        {
            return data;
        }
        final int at = data.position();
        final int payload = data.remaining() - Wire.HEADER_BYTES + typeBytes;
        if (payload >= Wire.MAX_PAYLOAD || data.remaining() - Wire.HEADER_BYTES == Wire.MAX_PAYLOAD)
        {
            LOG.warn("session {}: server {}: an execute of statement {} without its parameter types, too big to"
                + " add them to", context.sessionId(), context.target().name(), clientId);
            return data;
        }
        final int length = Wire.HEADER_BYTES + payload;
        ByteBuffer b = reuse ? withTypes : ByteBuffer.allocate(length);
        if (b.capacity() < length)
        {
            b = ByteBuffer.allocate(Math.max(length, 2 * b.capacity()));
            withTypes = b;
        }
        final int head = flagAt - at; // header, command, id, flags, iteration count, NULL bitmap
        b.clear();
        b.put(0, data, at, head);
        Wire.putInt3(b, 0, payload);
        b.put(head, (byte)1);
        b.put(head + 1, executeTypes.types(clientId));
        b.put(head + 1 + typeBytes, data, flagAt + 1, data.limit() - flagAt - 1);
        b.limit(length);
        typesSent.put(clientId, generation);
        return b;
    }

    private void releaseHeld() throws IOException
    {
        while (state == State.READY && !held.isEmpty() && replaying.isEmpty() && preparesInFlight.isEmpty())
        {
            final Held next = held.peek();
            final ByteBuffer packet = next.packet();
            final boolean isChangeUser = packet.remaining() > Wire.HEADER_BYTES && !previousPacketWasMax
                && !tracker.isLoadDataInProgress()
                && (packet.get(packet.position() + Wire.HEADER_BYTES) & 0xFF) == Commands.COM_CHANGE_USER;
            if (isChangeUser && tracker.outstandingResponses() != 0)
            {
                return; // wait until the server has answered everything before it
            }
            held.poll();
            send(packet, next.statementId());
        }
    }

    /** Logs in again as the client's (new) user: COM_CHANGE_USER with a token for this server's seed. */
    private void changeUser() throws IOException
    {
        if (tracker.outstandingResponses() != 0)
        {
            throw new IllegalStateException("COM_CHANGE_USER while the server is still answering");
        }
        final byte[] user = MariaDbClient.utf8(client.loginUser());
        final byte[] token = token(greeting.seed());
        final byte[] db = client.database() == null ? new byte[0] : MariaDbClient.utf8(client.database());
        final byte[] plugin = MariaDbClient.utf8(Handshake.NATIVE_PASSWORD);
        final byte[] attributes = client.login().attributes();
        final boolean withAttributes = attributes != null && (capabilities & Capabilities.CONNECT_ATTRS) != 0;
        final int payload = 1 + user.length + 1 + 1 + token.length + db.length + 1 + 2 + plugin.length + 1
            + (withAttributes ? attributes.length : 0);
        final ByteBuffer b = ByteBuffer.allocate(Wire.HEADER_BYTES + payload);
        Wire.putHeader(b, 0, payload, 0);
        int p = Wire.HEADER_BYTES;
        b.put(p++, (byte)Commands.COM_CHANGE_USER);
        b.put(p, user);
        p += user.length + 1;
        b.put(p++, (byte)token.length);
        b.put(p, token);
        p += token.length;
        b.put(p, db);
        p += db.length + 1;
        Wire.putInt2(b, p, client.login().charset());
        p += 2;
        b.put(p, plugin);
        p += plugin.length + 1;
        if (withAttributes)
        {
            b.put(p, attributes);
        }
        state = State.CHANGING_USER;
        serverIds.clear(); // a new login: the server forgets the statements
        typesSent.clear();
        client.executeTypes().clear();
        context.writeToServer(b);
    }

    // ---- what a KILL of the session needs ----

    /** The server this connection goes to. */
    Target target()
    {
        return context.target();
    }

    /** The server's id for this connection (its thread id, from the greeting), or 0 before the greeting. */
    long serverThreadId()
    {
        return greeting == null ? 0 : greeting.connectionId();
    }

    /** True once the connection is closed. */
    boolean isClosed()
    {
        return context.isClosed();
    }

    /** True while the server owes a response (to the client, or to the history replay). */
    private boolean isResponsePending()
    {
        return state == State.CHANGING_USER || tracker != null && tracker.outstandingResponses() != 0;
    }

    @Override
    public void closing(final boolean clientGone)
    {
        if (clientGone && greeting != null && isResponsePending())
        {
            // The client hung up mid-statement: stop the statement on the server, as the server
            // itself would not notice until it writes.
            protocol.killQuery(context.target(), greeting.connectionId(), context.sessionId());
        }
        else if (state == State.READY)
        {
            try
            {
                context.writeToServer(packet(0, new byte[] {(byte)Commands.COM_QUIT}));
            }
            catch (final IOException e)
            {
                LOG.debug("session {}: COM_QUIT to {} failed: {}", context.sessionId(), context.target().name(),
                    e.getMessage());
            }
        }
    }
}
