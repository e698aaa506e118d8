package io.sluice.protocol.mysql.admin;

import io.sluice.api.TlsSettings;
import io.sluice.protocol.mysql.auth.NativePassword;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.Handshake;
import io.sluice.protocol.mysql.wire.ServerStatus;
import io.sluice.protocol.mysql.wire.Wire;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small blocking MySQL/MariaDB client for the proxy's own housekeeping: loading user accounts,
 * {@code KILL QUERY} for a client that went away, and the monitor. A plain {@link Socket} with a
 * connect and a read timeout; it runs on the caller's thread, so never call it from a worker.
 *
 * <p>Protocol: handshake v10 (MariaDB's extended capabilities are read), an SSLRequest and TLS when the
 * options have TLS settings (a server with {@code ssl=true}), HandshakeResponse41 with
 * mysql_native_password, one AuthSwitchRequest to mysql_native_password with a new seed. It never
 * asks for compression, DEPRECATE_EOF (result sets end with EOF packets), result set metadata
 * caching or optional metadata, local files or multi-statements. Packets of 16 MiB and more arrive
 * as continuation packets and are joined.
 *
 * <p>Not thread-safe: one thread at a time. Allocates freely (not a hot path).
 */
public final class AdminClient implements AutoCloseable
{
    /** utf8mb4_general_ci: result text comes back as UTF-8 from MariaDB and MySQL alike. */
    private static final int CHARSET_UTF8MB4 = 45;
    private static final int MAX_PACKET_BYTES = 1 << 30;
    private static final int ERR = 0xFF;
    private static final int OK = 0x00;
    private static final int EOF = 0xFE;
    private static final int LOCAL_INFILE = 0xFB;
    private static final int NULL_VALUE = 0xFB;
    private static final String MARIADB_VERSION_PREFIX = "5.5.5-";

    // What we ask for; anything the server lacks is dropped. Deliberately absent: COMPRESS, SSL (added for TLS),
    // DEPRECATE_EOF, OPTIONAL_RESULTSET_METADATA, LOCAL_FILES, MULTI_STATEMENTS, SESSION_TRACK and
    // every MariaDB extension (CLIENT_MYSQL is set, so the server reads no extended capabilities).
    private static final long WANTED = Capabilities.CLIENT_MYSQL | Capabilities.LONG_FLAG | Capabilities.PROTOCOL_41
        | Capabilities.TRANSACTIONS | Capabilities.SECURE_CONNECTION | Capabilities.MULTI_RESULTS
        | Capabilities.PS_MULTI_RESULTS | Capabilities.PLUGIN_AUTH | Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA;

    /**
     * Connection settings.
     *
     * @param connectTimeoutMs TCP connect timeout (0 = none)
     * @param readTimeoutMs    longest wait for any read, login included (0 = none)
     * @param database         default database, or null
     */
    public record Options(int connectTimeoutMs, int readTimeoutMs, String database, TlsSettings tls)
    {
        /** 3 s to connect and to read, like MaxScale's monitor defaults; no database; no TLS. */
        public static final Options DEFAULTS = new Options(3_000, 3_000, null, null);

        /** Without TLS. */
        public Options(final int connectTimeoutMs, final int readTimeoutMs, final String database)
        {
            this(connectTimeoutMs, readTimeoutMs, database, null);
        }

        public Options withReadTimeoutMs(final int ms)
        {
            return new Options(connectTimeoutMs, ms, database, tls);
        }

        public Options withDatabase(final String db)
        {
            return new Options(connectTimeoutMs, readTimeoutMs, db, tls);
        }

        /** TLS to the server (its {@code ssl=true} settings), or null for plain TCP. */
        public Options withTls(final TlsSettings settings)
        {
            return new Options(connectTimeoutMs, readTimeoutMs, database, settings);
        }
    }

    /**
     * A text result set.
     *
     * @param columns column names (the alias, as a client shows it)
     * @param rows    the rows; SQL NULL is null
     */
    public record ResultSet(List<String> columns, List<List<String>> rows)
    {
        /** Index of a column by name, ignoring case; -1 if absent. */
        public int column(final String name)
        {
            for (int i = 0; i < columns.size(); i++)
            {
                if (columns.get(i).equalsIgnoreCase(name))
                {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final String serverVersion;
    private final long connectionId;
    private final long serverCapabilities;
    private final int serverCharset;
    private final long capabilities;
    private final String serverAuthPlugin;
    private int sequence;
    private int serverStatus;
    private long lastAffectedRows;
    private long lastInsertId;
    private int warnings;
    private boolean closed;

    private AdminClient(final Socket socket, final DataInputStream in, final Greeting greeting, final long capabilities,
        final int firstSequence) throws IOException
    {
        this.socket = socket;
        this.in = in;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        this.serverVersion = stripPrefix(greeting.version);
        this.connectionId = greeting.connectionId;
        this.serverCapabilities = greeting.capabilities;
        this.capabilities = capabilities;
        this.serverAuthPlugin = greeting.plugin;
        this.serverCharset = greeting.charset;
        this.sequence = firstSequence; // the greeting was packet 0 (and an SSLRequest packet 1)
    }

    /** Connects to a server and logs in; throws {@link ServerErrorException} (e.g. 1045) if refused. */
    public static AdminClient connect(final BackendAddress server, final String user, final String password,
                                      final Options options) throws IOException
    {
        return connect(server.host(), server.port(), user, password,
            server.tls() == null ? options : options.withTls(server.tls()));
    }

    /** Connects to {@code host:port} and logs in; throws {@link ServerErrorException} (e.g. 1045) if refused. */
    public static AdminClient connect(final String host, final int port, final String user, final String password,
                                      final Options options) throws IOException
    {
        final Socket socket = new Socket();
        try
        {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(options.readTimeoutMs());
            socket.connect(new InetSocketAddress(host, port), options.connectTimeoutMs());
            return login(socket, user, password == null ? "" : password, options);
        }
        catch (final IOException | RuntimeException e)
        {
            closeQuietly(socket);
            throw e;
        }
    }

    private static AdminClient login(final Socket socket, final String user, final String password,
                                     final Options options) throws IOException
    {
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 16 * 1024));
        final Greeting greeting = Greeting.parse(readGreeting(in));
        final long offered = greeting.capabilities & 0xFFFF_FFFFL;
        if (!Capabilities.has(offered, Capabilities.PROTOCOL_41)
                || !Capabilities.has(offered, Capabilities.SECURE_CONNECTION))
        {
            throw new ProtocolException("server too old (no 4.1 protocol): " + greeting.version);
        }
        final long wanted = options.database() == null ? WANTED : WANTED | Capabilities.CONNECT_WITH_DB;
        // CLIENT_MYSQL (once CLIENT_LONG_PASSWORD) is sent even to MariaDB, which clears it in its
        // greeting to announce extended capabilities: set, it tells the server to read none.
        long negotiated = wanted & offered | Capabilities.CLIENT_MYSQL;
        Socket connected = socket;
        int sequence = 1;
        if (options.tls() != null)
        {
            if (!Capabilities.has(offered, Capabilities.SSL))
            {
                throw new ProtocolException("ssl=true but the server does not offer TLS (CLIENT_SSL is missing"
                    + " from its greeting)");
            }
            // SSLRequest (packet 1), the TLS handshake, then the login inside TLS as packet 2.
            negotiated |= Capabilities.SSL;
            final ByteBuffer request = Handshake.sslRequest(sequence++, negotiated, Wire.MAX_PAYLOAD + 1L,
                CHARSET_UTF8MB4);
            final OutputStream raw = socket.getOutputStream();
            raw.write(request.array(), 0, request.limit());
            raw.flush();
            final InetSocketAddress peer = (InetSocketAddress)socket.getRemoteSocketAddress();
            connected = options.tls().layer(socket, peer.getHostString(), peer.getPort());
            in = new DataInputStream(new BufferedInputStream(connected.getInputStream(), 16 * 1024));
        }
        final AdminClient client = new AdminClient(connected, in, greeting, negotiated, sequence);
        client.authenticate(greeting, user, password, options.database());
        return client;
    }

    private void authenticate(final Greeting greeting, final String user, final String password, final String db)
        throws IOException
    {
        final byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        final boolean pluginAuth = Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH);
        // Answered with mysql_native_password whatever the greeting names: the server switches if the
        // account needs another plugin, and only a switch to mysql_native_password is followed.
        final byte[] token = NativePassword.scramble(pw, greeting.seed);

        final PayloadWriter w = new PayloadWriter(128 + user.length() + (db == null ? 0 : db.length()));
        w.int4(capabilities);
        w.int4(Wire.MAX_PAYLOAD + 1L);
        w.int1(CHARSET_UTF8MB4);
        w.zeros(19);
        w.int4(0); // MariaDB extended capabilities: none (CLIENT_MYSQL is set)
        w.nulString(user);
        if (Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA))
        {
            w.lenenc(token.length);
        }
        else
        {
            w.int1(token.length);
        }
        w.bytes(token);
        if (db != null)
        {
            w.nulString(db);
        }
        if (pluginAuth)
        {
            w.nulString(NativePassword.PLUGIN_NAME);
        }
        writePacket(w.array(), w.length());

        boolean switched = false;
        while (true)
        {
            final byte[] p = readPayload();
            final int first = p.length == 0 ? -1 : p[0] & 0xFF;
            if (first == OK)
            {
                readOk(p);
                return;
            }
            if (first == ERR)
            {
                throw error(p);
            }
            if (first == EOF && !switched)
            {
                // AuthSwitchRequest: 0xFE, plugin name NUL, plugin data (the new seed, NUL-terminated)
                switched = true;
                if (p.length == 1)
                {
                    throw new ProtocolException("server asks for the pre-4.1 password protocol (mysql_old_password)");
                }
                final ByteBuffer b = ByteBuffer.wrap(p);
                final String plugin = Wire.stringNul(b, 1, p.length);
                if (!plugin.equals(NativePassword.PLUGIN_NAME))
                {
                    throw new ProtocolException("the account uses authentication plugin " + plugin
                        + "; only mysql_native_password is supported");
                }
                final int dataAt = 1 + plugin.getBytes(StandardCharsets.UTF_8).length + 1;
                int dataEnd = p.length;
                if (dataEnd > dataAt && p[dataEnd - 1] == 0)
                {
                    dataEnd--;
                }
                final byte[] seed = Arrays.copyOfRange(p, dataAt, dataEnd);
                if (seed.length < NativePassword.SCRAMBLE_BYTES)
                {
                    throw new ProtocolException("AuthSwitchRequest seed of " + seed.length + " bytes");
                }
                final byte[] answer = NativePassword.scramble(pw, Arrays.copyOf(seed, NativePassword.SCRAMBLE_BYTES));
                writePacket(answer, answer.length);
                continue;
            }
            throw new ProtocolException("unexpected packet during login, first byte " + first);
        }
    }

    /** The server version without MariaDB's old "5.5.5-" prefix, e.g. "11.4.5-MariaDB". */
    public String serverVersion()
    {
        return serverVersion;
    }

    /** True for MariaDB (the version says so). */
    public boolean isMariaDb()
    {
        return serverVersion.contains("MariaDB");
    }

    /** The server's id of this connection (what {@code KILL} takes). */
    public long connectionId()
    {
        return connectionId;
    }

    /** What the server offered: the low 32 bits and MariaDB's extended capabilities shifted by 32. */
    public long serverCapabilities()
    {
        return serverCapabilities;
    }

    /** The collation id the server's greeting named (the low byte of its character_set_server's default). */
    public int serverCharset()
    {
        return serverCharset;
    }

    /** What this client negotiated. */
    public long capabilities()
    {
        return capabilities;
    }

    /** The plugin the login finished with (always mysql_native_password). */
    public String authPlugin()
    {
        return NativePassword.PLUGIN_NAME;
    }

    /** The authentication plugin the server's greeting named (its default). */
    public String serverAuthPlugin()
    {
        return serverAuthPlugin;
    }

    /** Status flags of the last OK or EOF packet ({@link ServerStatus}). */
    public int serverStatus()
    {
        return serverStatus;
    }

    /** The last insert id of the last OK packet. */
    public long lastInsertId()
    {
        return lastInsertId;
    }

    /** The warning count of the last OK or EOF packet. */
    public int warnings()
    {
        return warnings;
    }

    /**
     * Runs a statement and returns the rows of its (first) result set, NULL as null; an empty list for
     * a statement without result set. Further result sets (a CALL) are read and dropped.
     */
    public List<List<String>> query(final String sql) throws IOException
    {
        return queryWithColumns(sql).rows();
    }

    /** Like {@link #query} with the column names. */
    public ResultSet queryWithColumns(final String sql) throws IOException
    {
        sendQuery(sql);
        final ResultSet first = readResult();
        while (Capabilities.has(serverStatus, ServerStatus.MORE_RESULTS_EXISTS))
        {
            readResult();
        }
        return first;
    }

    /** Runs a statement that returns no rows; returns the affected rows of its OK packet. */
    public long execute(final String sql) throws IOException
    {
        sendQuery(sql);
        final ResultSet first = readResult();
        final long affected = lastAffectedRows;
        while (Capabilities.has(serverStatus, ServerStatus.MORE_RESULTS_EXISTS))
        {
            readResult();
        }
        if (!first.columns().isEmpty())
        {
            throw new ProtocolException("execute() got a result set; use query(): " + abbreviate(sql));
        }
        return affected;
    }

    /** {@code KILL QUERY id}: stops the statement running on that connection, which stays open. */
    public void killQuery(final long connectionId) throws IOException
    {
        execute("KILL QUERY " + connectionId);
    }

    /** {@code KILL CONNECTION id}. */
    public void killConnection(final long connectionId) throws IOException
    {
        execute("KILL CONNECTION " + connectionId);
    }

    /** COM_PING: throws if the server does not answer OK within the read timeout. */
    public void ping() throws IOException
    {
        sequence = 0;
        writePacket(new byte[] {(byte)Commands.COM_PING}, 1);
        final byte[] p = readPayload();
        if (p.length > 0 && (p[0] & 0xFF) == ERR)
        {
            throw error(p);
        }
        readOk(p);
    }

    /** True until {@link #close()} or an I/O error closed the socket. */
    public boolean isOpen()
    {
        return !closed && !socket.isClosed();
    }

    /** Sends COM_QUIT (best effort) and closes the socket. */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            sequence = 0;
            writePacket(new byte[] {(byte)Commands.COM_QUIT}, 1);
        }
        catch (final IOException ignored)
        {
            // closing anyway
        }
        closeQuietly(socket);
    }

    // ---- result sets ----

    private void sendQuery(final String sql) throws IOException
    {
        if (closed)
        {
            throw new IOException("connection closed");
        }
        final byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        final byte[] payload = new byte[1 + text.length];
        payload[0] = (byte)Commands.COM_QUERY;
        System.arraycopy(text, 0, payload, 1, text.length);
        sequence = 0;
        writePacket(payload, payload.length);
    }

    private ResultSet readResult() throws IOException
    {
        final byte[] head = readPayload();
        final int first = head.length == 0 ? -1 : head[0] & 0xFF;
        if (first == OK)
        {
            readOk(head);
            return new ResultSet(List.of(), List.of());
        }
        if (first == ERR)
        {
            serverStatus &= ~ServerStatus.MORE_RESULTS_EXISTS;
            throw error(head);
        }
        if (first == LOCAL_INFILE)
        {
            // Not negotiated (no LOCAL_FILES), so a server should never ask; refuse with an empty packet.
            writePacket(new byte[0], 0);
            readPayload();
            throw new ProtocolException("server asked for a local file");
        }
        final ByteBuffer hb = ByteBuffer.wrap(head);
        final int columnCount = (int)Wire.lenenc(hb, 0);
        final List<String> names = new ArrayList<>(columnCount);
        for (int i = 0; i < columnCount; i++)
        {
            names.add(columnName(readPayload()));
        }
        readEof(readPayload()); // end of column definitions (DEPRECATE_EOF is never negotiated)
        final List<List<String>> rows = new ArrayList<>();
        while (true)
        {
            final byte[] p = readPayload();
            final int b0 = p.length == 0 ? -1 : p[0] & 0xFF;
            if (b0 == EOF && p.length < 9)
            {
                readEof(p);
                break;
            }
            if (b0 == ERR)
            {
                serverStatus &= ~ServerStatus.MORE_RESULTS_EXISTS;
                throw error(p);
            }
            rows.add(row(p, columnCount));
        }
        return new ResultSet(List.copyOf(names), rows);
    }

    private static String columnName(final byte[] p)
    {
        // catalog, schema, table, org_table, name, ... (all length-encoded strings)
        final ByteBuffer b = ByteBuffer.wrap(p);
        int at = 0;
        for (int i = 0; i < 4; i++)
        {
            at += Wire.lenencSize(b, at) + (int)Wire.lenenc(b, at);
        }
        final int length = (int)Wire.lenenc(b, at);
        return Wire.string(b, at + Wire.lenencSize(b, at), length);
    }

    private static List<String> row(final byte[] p, final int columnCount) throws ProtocolException
    {
        final ByteBuffer b = ByteBuffer.wrap(p);
        final List<String> values = new ArrayList<>(columnCount);
        int at = 0;
        for (int i = 0; i < columnCount; i++)
        {
            if (at >= p.length)
            {
                throw new ProtocolException("row shorter than its " + columnCount + " columns");
            }
            if ((p[at] & 0xFF) == NULL_VALUE)
            {
                values.add(null);
                at++;
                continue;
            }
            final long length = Wire.lenenc(b, at);
            at += Wire.lenencSize(b, at);
            if (length < 0 || at + length > p.length)
            {
                throw new ProtocolException("bad column length " + length);
            }
            values.add(Wire.string(b, at, (int)length));
            at += (int)length;
        }
        return values;
    }

    private void readOk(final byte[] p)
    {
        final ByteBuffer b = ByteBuffer.wrap(p);
        int at = 1;
        lastAffectedRows = Wire.lenenc(b, at);
        at += Wire.lenencSize(b, at);
        lastInsertId = Wire.lenenc(b, at);
        at += Wire.lenencSize(b, at);
        if (at + 4 <= p.length)
        {
            serverStatus = Wire.int2(b, at);
            warnings = Wire.int2(b, at + 2);
        }
    }

    private void readEof(final byte[] p) throws IOException
    {
        if (p.length == 0 || (p[0] & 0xFF) != EOF || p.length >= 9)
        {
            if (p.length > 0 && (p[0] & 0xFF) == ERR)
            {
                throw error(p);
            }
            throw new ProtocolException("expected an EOF packet");
        }
        if (p.length >= 5)
        {
            final ByteBuffer b = ByteBuffer.wrap(p);
            warnings = Wire.int2(b, 1);
            serverStatus = Wire.int2(b, 3);
        }
    }

    private static ServerErrorException error(final byte[] p)
    {
        final ByteBuffer b = ByteBuffer.wrap(p);
        final int code = p.length >= 3 ? Wire.int2(b, 1) : 0;
        int at = 3;
        String state = "HY000";
        // Before the handshake is done the server may send an ERR without SQLSTATE.
        if (p.length >= 9 && p[3] == '#')
        {
            state = Wire.string(b, 4, 5);
            at = 9;
        }
        final String message = at < p.length ? Wire.string(b, at, p.length - at) : "";
        return new ServerErrorException(code, state, message);
    }

    // ---- packets ----

    private byte[] readPayload() throws IOException
    {
        try
        {
            byte[] payload = readOnePacket();
            int length = payload.length;
            if (length < Wire.MAX_PAYLOAD)
            {
                return payload;
            }
            // A payload of exactly 0xFFFFFF bytes continues in the next packet (possibly an empty one).
            byte[] all = Arrays.copyOf(payload, Wire.MAX_PAYLOAD * 2);
            while (true)
            {
                final byte[] next = readOnePacket();
                if (length + next.length > MAX_PACKET_BYTES)
                {
                    throw new ProtocolException("packet larger than " + MAX_PACKET_BYTES + " bytes");
                }
                if (length + next.length > all.length)
                {
                    all = Arrays.copyOf(all, Math.max(all.length * 2, length + next.length));
                }
                System.arraycopy(next, 0, all, length, next.length);
                length += next.length;
                if (next.length < Wire.MAX_PAYLOAD)
                {
                    return Arrays.copyOf(all, length);
                }
            }
        }
        catch (final IOException e)
        {
            closed = true;
            closeQuietly(socket);
            throw e;
        }
    }

    private byte[] readOnePacket() throws IOException
    {
        final int b0 = in.read();
        if (b0 < 0)
        {
            throw new EOFException("server closed the connection");
        }
        final int length = b0 | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
        final int seq = in.readUnsignedByte();
        if (seq != (sequence & 0xFF))
        {
            throw new ProtocolException("packet sequence " + seq + ", expected " + (sequence & 0xFF));
        }
        sequence = seq + 1;
        final byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    /** The first packet (the greeting), before the client exists. */
    private static byte[] readGreeting(final DataInputStream in) throws IOException
    {
        final int b0 = in.read();
        if (b0 < 0)
        {
            throw new EOFException("server closed the connection before its greeting");
        }
        final int length = b0 | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
        final int seq = in.readUnsignedByte();
        final byte[] payload = new byte[length];
        in.readFully(payload);
        if (seq != 0)
        {
            throw new ProtocolException("greeting with sequence " + seq);
        }
        return payload;
    }

    private void writePacket(final byte[] payload, final int length) throws IOException
    {
        try
        {
            int at = 0;
            final byte[] header = new byte[Wire.HEADER_BYTES];
            while (true)
            {
                final int chunk = Math.min(length - at, Wire.MAX_PAYLOAD);
                header[0] = (byte)chunk;
                header[1] = (byte)(chunk >>> 8);
                header[2] = (byte)(chunk >>> 16);
                header[3] = (byte)sequence++;
                out.write(header);
                out.write(payload, at, chunk);
                at += chunk;
                if (chunk < Wire.MAX_PAYLOAD)
                {
                    break; // a full chunk is followed by another packet, if need be an empty one
                }
            }
            out.flush();
        }
        catch (final IOException e)
        {
            closed = true;
            closeQuietly(socket);
            throw e;
        }
    }

    private static String stripPrefix(final String version)
    {
        return version.startsWith(MARIADB_VERSION_PREFIX)
                ? version.substring(MARIADB_VERSION_PREFIX.length()) : version;
    }

    private static String abbreviate(final String sql)
    {
        return sql.length() <= 60 ? sql : sql.substring(0, 57) + "...";
    }

    private static void closeQuietly(final Socket socket)
    {
        try
        {
            socket.close();
        }
        catch (final IOException ignored)
        {
            // nothing to do
        }
    }

    /** The server's first packet (Protocol::HandshakeV10). */
    static final class Greeting
    {
        final String version;
        final long connectionId;
        final long capabilities;
        final byte[] seed;
        final String plugin;
        final int charset;

        private Greeting(final String version, final long connectionId, final long capabilities, final byte[] seed,
                         final String plugin, final int charset)
        {
            this.version = version;
            this.connectionId = connectionId;
            this.capabilities = capabilities;
            this.seed = seed;
            this.plugin = plugin;
            this.charset = charset;
        }

        static Greeting parse(final byte[] p) throws IOException
        {
            if (p.length > 0 && (p[0] & 0xFF) == ERR)
            {
                throw error(p); // e.g. 1129 host blocked, 1040 too many connections
            }
            if (p.length < 1 || p[0] != 10)
            {
                throw new ProtocolException("not a protocol 10 handshake (first byte "
                        + (p.length > 0 ? p[0] : -1) + ")");
            }
            final ByteBuffer b = ByteBuffer.wrap(p);
            final String version = Wire.stringNul(b, 1, p.length);
            int at = 1 + version.getBytes(StandardCharsets.UTF_8).length + 1;
            if (at + 4 + 8 + 1 + 2 > p.length)
            {
                throw new ProtocolException("handshake too short");
            }
            final long connectionId = Wire.int4(b, at);
            at += 4;
            final byte[] seed1 = Wire.bytes(b, at, 8);
            at += 8 + 1; // + filler
            long capabilities = Wire.int2(b, at);
            at += 2;
            int authDataLength = 0;
            int charset = 0;
            if (at + 16 <= p.length)
            {
                charset = Wire.int1(b, at);
                at += 1 + 2; // character set, status flags
                capabilities |= (long)Wire.int2(b, at) << 16;
                at += 2;
                authDataLength = Wire.int1(b, at);
                at += 1 + 6;
                if (!Capabilities.has(capabilities, Capabilities.CLIENT_MYSQL))
                {
                    // MariaDB: the last 4 of the 10 reserved bytes carry the extended capabilities
                    capabilities |= Wire.int4(b, at) << 32;
                }
                at += 4;
            }
            byte[] seed = seed1;
            if (Capabilities.has(capabilities, Capabilities.SECURE_CONNECTION) && at < p.length)
            {
                final int part2 = Math.min(Math.max(13, authDataLength - 8), p.length - at);
                // 12 more seed bytes and a NUL
                final int seedBytes = Math.min(part2, NativePassword.SCRAMBLE_BYTES - 8);
                seed = new byte[8 + seedBytes];
                System.arraycopy(seed1, 0, seed, 0, 8);
                b.get(at, seed, 8, seedBytes);
                at += part2;
            }
            String plugin = NativePassword.PLUGIN_NAME;
            if (Capabilities.has(capabilities, Capabilities.PLUGIN_AUTH) && at < p.length)
            {
                plugin = Wire.stringNul(b, at, p.length); // some servers omit the final NUL
            }
            if (seed.length != NativePassword.SCRAMBLE_BYTES)
            {
                throw new ProtocolException("handshake seed of " + seed.length + " bytes");
            }
            return new Greeting(version, connectionId, capabilities, seed, plugin, charset);
        }
    }

    /** A growable payload being written. */
    private static final class PayloadWriter
    {
        private byte[] buf;
        private int length;

        PayloadWriter(final int capacity)
        {
            buf = new byte[capacity];
        }

        void int1(final int v)
        {
            ensure(1);
            buf[length++] = (byte)v;
        }

        void int4(final long v)
        {
            ensure(4);
            for (int i = 0; i < 4; i++)
            {
                buf[length++] = (byte)(v >>> (8 * i));
            }
        }

        void lenenc(final long v)
        {
            ensure(9);
            length += Wire.putLenenc(ByteBuffer.wrap(buf), length, v);
        }

        void zeros(final int n)
        {
            ensure(n);
            length += n;
        }

        void bytes(final byte[] b)
        {
            ensure(b.length);
            System.arraycopy(b, 0, buf, length, b.length);
            length += b.length;
        }

        void nulString(final String s)
        {
            bytes(s.getBytes(StandardCharsets.UTF_8));
            int1(0);
        }

        byte[] array()
        {
            return buf;
        }

        int length()
        {
            return length;
        }

        private void ensure(final int n)
        {
            if (length + n > buf.length)
            {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
            }
        }
    }
}
