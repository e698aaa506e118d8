package io.sluice.protocol.mysql.session;

import io.sluice.api.ClientContext;
import io.sluice.api.ClientProtocol;
import io.sluice.protocol.mysql.auth.Account;
import io.sluice.protocol.mysql.auth.HostBlocker;
import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.auth.Seeds;
import io.sluice.protocol.mysql.auth.UserAccounts;
import io.sluice.protocol.mysql.compress.CompressedReader;
import io.sluice.protocol.mysql.compress.CompressedWriter;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client side of a MariaDB session (MaxScale's MariaDBClientConnection): sends the greeting,
 * authenticates the client itself against the service's user accounts, then frames the client's
 * packets for the router. It keeps what the backends need to log in as the same user: the user,
 * SHA1(password) recovered from the client's token, the default database, character set,
 * capabilities and connection attributes. Worker thread only.
 */
final class MariaDbClient implements ClientProtocol
{
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbClient.class);

    /** The error codes and SQLSTATEs of the server's own login errors. */
    static final int ER_DBACCESS_DENIED = 1044;
    static final int ER_ACCESS_DENIED = 1045;
    static final int ER_BAD_DB = 1049;
    static final int ER_HANDSHAKE = 1043;
    static final int ER_ACCOUNT_LOCKED = 4151;
    static final int ER_MALFORMED_PACKET = 1835;
    static final int CR_SERVER_LOST = 2013;
    static final int ER_CONNECTION_FAILED = 2003;

    private enum State
    {
        GREETED, AUTH_SWITCH, WAITING_FOR_USERS, ROUTING, CLOSED
    }

    private final ClientContext context;
    private final MariaDbProtocol protocol;
    private final PacketFramer framer;
    private final byte[] seed = Seeds.newSeed();
    private final List<MariaDbBackend> backends = new ArrayList<>(2);
    private State state = State.GREETED;
    private CompressedReader compressedReader;
    private CompressedWriter compressedWriter;
    private boolean refreshedForThisLogin;
    private int lastSequence;

    // What backends log in with (and COM_CHANGE_USER replaces)
    private Handshake.Response login;
    private String user = "";
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
        offeredCapabilities = protocol.offeredCapabilities();
        context.write(Handshake.greeting(protocol.serverVersion(), context.sessionId() & 0xFFFFFFFFL, seed,
            offeredCapabilities, protocol.serverCharset(), ServerStatus.AUTOCOMMIT));
        // No login timer here: the core closes a client that has not logged in within connect_timeout.
    }

    /** A packet (or a compressed packet) is cut, or a 0xFFFFFF one awaits its continuation: for net_read_timeout. */
    @Override
    public boolean isReadIncomplete()
    {
        return framer.hasPartialPacket() || framer.isContinuationNext()
            || compressedReader != null && !compressedReader.atPacketBoundary();
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
            framer.frame(data, data.position(), data.limit());
            data.position(data.limit());
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
    private void packet(final ByteBuffer b, final int at, final int length, final boolean continuation) throws IOException
    {
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
                // WAITING_FOR_USERS pauses reading; CLOSED drops what is left.
                break;
        }
    }

    // hot path: no allocation
    private void route(final ByteBuffer b, final int at, final int length, final boolean continuation) throws IOException
    {
        final int payload = length - Wire.HEADER_BYTES;
        final boolean data = continuation || isLoadDataInProgress();
        if (compressedWriter != null)
        {
            // The server's rule: what it sends next continues the compressed sequence of the
            // client's last compressed packet (a command's answer too, whose client restarted at 0).
            compressedWriter.sequence(compressedReader.lastSequence() + 1);
        }
        if (!data)
        {
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
                forward(b, at, length);
                context.close(null);
                state = State.CLOSED;
                return;
            }
        }
        forward(b, at, length);
    }

    private void forward(final ByteBuffer b, final int at, final int length) throws IOException
    {
        final int position = b.position();
        final int limit = b.limit();
        b.limit(at + length).position(at);
        try
        {
            context.routeQuery(b);
        }
        finally
        {
            b.limit(limit).position(position);
        }
    }

    private boolean isLoadDataInProgress()
    {
        for (int i = 0; i < backends.size(); i++)
        {
            if (backends.get(i).isLoadDataInProgress())
            {
                return true;
            }
        }
        return false;
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
            failLogin(ER_HANDSHAKE, "08S01", "Bad handshake: TLS is not enabled on this listener");
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
            if (retryAfterRefresh(token))
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
        if (dbCheck != UserAccounts.DatabaseCheck.OK && retryAfterRefresh(token))
        {
            return;
        }
        if (dbCheck == UserAccounts.DatabaseCheck.UNKNOWN_DATABASE)
        {
            protocol.loginFailed();
            failLogin(ER_BAD_DB, "42000", "Unknown database '" + database + "'");
            return;
        }
        if (dbCheck == UserAccounts.DatabaseCheck.ACCESS_DENIED)
        {
            protocol.loginFailed();
            failLogin(ER_DBACCESS_DENIED, "42000", "Access denied for user '" + user + "'@'" + host + "' to database '"
                + database + "'");
            return;
        }
        passwordSha1 = sha1;
        loggedIn();
    }

    /** True if the account exists and the token proves its password (sha1 from {@link #checkPassword}) or both are empty. */
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
     * and try again when they arrive, as MaxScale does. Returns true if a retry is under way.
     */
    private boolean retryAfterRefresh(final byte[] token) throws IOException
    {
        if (refreshedForThisLogin)
        {
            return false;
        }
        refreshedForThisLogin = true;
        if (!protocol.requestUsersRefresh(() -> context.execute(() -> retryLogin(token))))
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

    private void loggedIn() throws IOException
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
            failLogin(ER_CONNECTION_FAILED, "HY000", "Sluice service " + context.service().name()
                + " could not start the session: " + e.getMessage());
            return;
        }
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

    private void failLogin(final int code, final String sqlState, final String message)
    {
        if (state == State.CLOSED)
        {
            return;
        }
        state = State.CLOSED;
        try
        {
            context.write(ErrPacket.of(lastSequence + 1, code, sqlState, message));
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
        writeToClient(ErrPacket.of(lastSequence + 1, ER_MALFORMED_PACKET, "08S01", message));
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
            writeToClient(ErrPacket.of(lastSequence + 1, ER_ACCESS_DENIED, "28000", accessDenied(newUser, token)));
            return;
        }
        user = newUser;
        passwordSha1 = sha1;
        database = newDb.isEmpty() ? null : newDb;
        forward(b, at, length);
    }

    // ---- the router's replies ----

    // hot path: no allocation
    @Override
    public void writeToClient(final ByteBuffer data) throws IOException
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

    @Override
    public void sessionClosing(final String reason)
    {
        if (state != State.ROUTING || reason == null)
        {
            return;
        }
        // A client waiting on a statement gets an error in place of the rest of the response,
        // numbered as the server would have numbered its next packet (compressed: in the
        // compressed sequence the writer continues).
        for (int i = 0; i < backends.size(); i++)
        {
            final MariaDbBackend backend = backends.get(i);
            if (backend.isClientWaiting())
            {
                final int sequence = backend.nextReplySequence(lastSequence);
                if (sequence < 0)
                {
                    LOG.debug("session {}: the client is inside a packet of the response: no error can follow",
                        context.sessionId());
                    return;
                }
                try
                {
                    writeToClient(ErrPacket.of(sequence, CR_SERVER_LOST, "HY000",
                        "Lost connection to server during query: " + reason));
                }
                catch (final IOException e)
                {
                    LOG.debug("session {}: could not send the error: {}", context.sessionId(), e.getMessage());
                }
                return;
            }
        }
    }

    // ---- what backends read ----

    void register(final MariaDbBackend backend)
    {
        backends.add(backend);
    }

    void unregister(final MariaDbBackend backend)
    {
        backends.remove(backend);
    }

    String user()
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
