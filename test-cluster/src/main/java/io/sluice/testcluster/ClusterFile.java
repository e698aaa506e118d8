package io.sluice.testcluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code DIR/cluster.properties}: what {@link ClusterMain} start wrote about the cluster it left
 * running (installation, ports, pids, data directories, sockets, accounts), for stop and status
 * and for people and scripts that connect to it.
 */
final class ClusterFile
{
    /** One server as recorded. */
    record Server(String name, int serverId, ServerInfo.Role role, int port, long pid, Path dataDir, Path socket)
    {
    }

    private final Path basedir;
    private final Path socketTempDir;
    private final List<Server> servers;

    private ClusterFile(final Path basedir, final Path socketTempDir, final List<Server> servers)
    {
        this.basedir = basedir;
        this.socketTempDir = socketTempDir;
        this.servers = List.copyOf(servers);
    }

    Path basedir()
    {
        return basedir;
    }

    /** The temporary folder holding the sockets, or null if they are in the server folders. */
    Path socketTempDir()
    {
        return socketTempDir;
    }

    List<Server> servers()
    {
        return servers;
    }

    static void write(final TestCluster cluster, final Path file) throws IOException
    {
        final StringBuilder out = new StringBuilder();
        out.append("# Sluice test cluster, started ").append(Instant.now()).append(" by ClusterMain.\n")
            .append("# Written by 'start'; 'stop' stops exactly the pids below, 'status' reads it.\n");
        line(out, "basedir", cluster.binaries().basedir().toString());
        line(out, "client", cluster.mariadbClient().toString());
        if (cluster.socketTempDir() != null)
        {
            line(out, "socket_temp_dir", cluster.socketTempDir().toString());
        }
        line(out, "servers", String.join(",", TestCluster.SERVER_NAMES));
        for (final MariaDbServer server : cluster.serversInternal())
        {
            final String p = server.name() + ".";
            out.append('\n');
            line(out, p + "role", server.role().name());
            line(out, p + "server_id", Integer.toString(server.serverId()));
            line(out, p + "host", MariaDbServer.HOST);
            line(out, p + "port", Integer.toString(server.port()));
            line(out, p + "pid", Long.toString(server.pid()));
            line(out, p + "datadir", server.dataDir().toString());
            line(out, p + "socket", server.socket().toString());
            line(out, p + "error_log", server.errorLog().toString());
            line(out, p + "jdbc_url", server.jdbcUrl(ClusterAccounts.DATABASE));
        }
        out.append('\n');
        account(out, "root", ClusterAccounts.ROOT_USER, ClusterAccounts.ROOT_PASSWORD);
        account(out, "repl", ClusterAccounts.REPL_USER, ClusterAccounts.REPL_PASSWORD);
        account(out, "sluice", ClusterAccounts.SLUICE_USER, ClusterAccounts.SLUICE_PASSWORD);
        account(out, "monitor", ClusterAccounts.MONITOR_USER, ClusterAccounts.MONITOR_PASSWORD);
        account(out, "app", ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
        line(out, "databases", ClusterAccounts.DATABASE + "," + ClusterAccounts.DATABASE_2);
        final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, out, StandardCharsets.ISO_8859_1);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void account(final StringBuilder out, final String key, final String user, final String password)
    {
        line(out, "account." + key + ".user", user);
        line(out, "account." + key + ".password", password);
    }

    /** key=value in java.util.Properties syntax (ISO-8859-1, so anything else as a \\u escape). */
    private static void line(final StringBuilder out, final String key, final String value)
    {
        out.append(key).append('=');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (c == '\\')
            {
                out.append("\\\\");
            }
            else if (c < 0x20 || c > 0x7e || (i == 0 && c == ' '))
            {
                out.append(String.format("\\u%04x", (int) c));
            }
            else
            {
                out.append(c);
            }
        }
        out.append('\n');
    }

    static ClusterFile read(final Path file) throws IOException
    {
        final Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1))
        {
            props.load(in);
        }
        final List<Server> servers = new ArrayList<>();
        try
        {
            for (final String name : required(props, file, "servers").split(","))
            {
                final String p = name + ".";
                servers.add(new Server(name, Integer.parseInt(required(props, file, p + "server_id")),
                    ServerInfo.Role.valueOf(required(props, file, p + "role")),
                    Integer.parseInt(required(props, file, p
                            + "port")), Long.parseLong(required(props, file, p + "pid")),
                    Path.of(required(props, file, p + "datadir")), Path.of(required(props, file, p + "socket"))));
            }
        }
        catch (final IllegalArgumentException e)
        {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        final String socketTempDir = props.getProperty("socket_temp_dir");
        return new ClusterFile(Path.of(required(props, file, "basedir")),
            socketTempDir == null ? null : Path.of(socketTempDir), servers);
    }

    private static String required(final Properties props, final Path file, final String key) throws IOException
    {
        final String value = props.getProperty(key);
        if (value == null || value.isBlank())
        {
            throw new IOException(file + ": no " + key);
        }
        return value.trim();
    }
}
