package io.sluice.protocol.mysql.session;

import io.sluice.api.BackendContext;
import io.sluice.api.BackendProtocol;
import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.reply.ReplyTracker;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.Handshake;
import io.sluice.protocol.mysql.wire.PacketFramer;
import io.sluice.protocol.mysql.wire.ProtocolException;
import io.sluice.protocol.mysql.wire.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * The backend side of one server connection (MaxScale's MariaDBBackendConnection): logs in to the
 * server as the client's user, answering the server's own seed with the SHA1(password) the client
 * side recovered; holds the router's packets until then; afterwards forwards packets unchanged and
 * streams the server's bytes back through a {@link ReplyTracker}, which says where every response
 * ends. Worker thread only.
 */
final class MariaDbBackend implements BackendProtocol
{
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbBackend.class);

    private enum State
    {
        GREETING, AUTHENTICATING, READY, CHANGING_USER, FAILED
    }

    private final BackendContext context;
    private final MariaDbClient client;
    private final MariaDbProtocol protocol;
    private final PacketFramer loginFramer;
    private final ArrayDeque<ByteBuffer> held = new ArrayDeque<>();
    private ReplyTracker tracker;
    private State state = State.GREETING;
    private Handshake.Greeting greeting;
    private long capabilities;
    private boolean previousPacketWasMax;
    private int lastServerSequence;

    MariaDbBackend(final BackendContext context, final MariaDbClient client, final MariaDbProtocol protocol)
    {
        this.context = context;
        this.client = client;
        this.protocol = protocol;
        this.loginFramer = new PacketFramer(1 << 20, this::onLoginPacket);
        client.register(this);
    }

    @Override
    public boolean isReady()
    {
        return state == State.READY;
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

    // hot path: no allocation
    private void stream(final ByteBuffer data) throws IOException
    {
        final int to = data.limit();
        int from = data.position();
        while (from < to)
        {
            final int end = tracker.scan(data, from, to);
            data.limit(end).position(from);
            context.reply(data, tracker);
            data.limit(to);
            from = end;
            if (tracker.isComplete() && !held.isEmpty() && tracker.outstandingResponses() == 0)
            {
                releaseHeld();
            }
        }
        data.position(to);
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
        final Handshake.Response login = client.login();
        state = State.AUTHENTICATING;
        context.writeToServer(Handshake.response(lastServerSequence + 1, capabilities, login.maxPacketBytes(),
            login.charset(), client.user(), token(greeting.seed()), client.database(), login.attributes()));
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
            fail("the server refused the login of '" + client.user() + "': " + Wire.int2(b, at + 5) + " " + message);
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
                fail("the server wants authentication plugin " + plugin + " for '" + client.user()
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

    private void fail(final String reason)
    {
        state = State.FAILED;
        held.clear();
        LOG.warn("session {}: server {}: {}", context.sessionId(), context.target().name(), reason);
        context.fail(reason);
    }

    // ---- the router's packets ----

    /**
     * One client packet from the router. Before the login is done, or while the server still
     * answers earlier commands when a COM_CHANGE_USER is due, packets wait here in order.
     */
    // hot path: no allocation once ready
    @Override
    public void write(final ByteBuffer data) throws IOException
    {
        if (state != State.READY || !held.isEmpty())
        {
            hold(data);
            return;
        }
        send(data);
    }

    private void send(final ByteBuffer data) throws IOException
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
        tracker.expect(command);
        context.writeToServer(data);
    }

    private void hold(final ByteBuffer data)
    {
        final ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data).flip();
        held.add(copy);
    }

    private void releaseHeld() throws IOException
    {
        while (state == State.READY && !held.isEmpty())
        {
            final ByteBuffer next = held.peek();
            final boolean isChangeUser = next.remaining() > Wire.HEADER_BYTES && !previousPacketWasMax
                && !tracker.isLoadDataInProgress() && (next.get(next.position() + Wire.HEADER_BYTES) & 0xFF) == Commands.COM_CHANGE_USER;
            if (isChangeUser && tracker.outstandingResponses() != 0)
            {
                return; // wait until the server has answered everything before it
            }
            held.poll();
            send(next);
        }
    }

    /** Logs in again as the client's (new) user: COM_CHANGE_USER with a token for this server's seed. */
    private void changeUser() throws IOException
    {
        if (tracker.outstandingResponses() != 0)
        {
            throw new IllegalStateException("COM_CHANGE_USER while the server is still answering");
        }
        final byte[] user = MariaDbClient.utf8(client.user());
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
        context.writeToServer(b);
    }

    // ---- what the client side asks ----

    boolean isLoadDataInProgress()
    {
        return tracker != null && tracker.isLoadDataInProgress();
    }

    /** True while the server owes a response to the client. */
    boolean isResponsePending()
    {
        return state == State.CHANGING_USER || tracker != null && tracker.outstandingResponses() != 0;
    }

    @Override
    public void closing(final boolean clientGone)
    {
        client.unregister(this);
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
