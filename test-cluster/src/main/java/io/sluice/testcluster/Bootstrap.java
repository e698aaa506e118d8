package io.sluice.testcluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Creates a fresh data directory the way mariadb-install-db does ({@code mariadbd --bootstrap}
 * fed the system-table scripts of the installation), minus the help tables, the test database
 * and any account naming this host ({@code --cross-bootstrap}), and with root's local accounts
 * given {@link ClusterAccounts#ROOT_PASSWORD}. Done here rather than through the script so that it
 * works the same for the bundled tree and a system installation (whose script and SQL live
 * elsewhere), and without the script's host-name lookup.
 */
final class Bootstrap
{
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private Bootstrap()
    {
    }

    static void createDataDir(final MariaDbBinaries binaries, final Path dataDir, final Path log) throws IOException
    {
        Files.createDirectories(dataDir);
        final List<String> command = new ArrayList<>();
        command.add(binaries.mariadbd().toString());
        command.addAll(MariaDbServer.commonOptions(binaries, dataDir));
        command.addAll(List.of("--bootstrap", "--silent-startup", "--log-warnings=0", "--enforce-storage-engine=",
            "--max-allowed-packet=8M", "--net-buffer-length=16K", "--skip-log-bin"));
        final Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
        try
        {
            try (OutputStream in = process.getOutputStream())
            {
                in.write(sql(binaries).getBytes(StandardCharsets.UTF_8));
            }
            catch (final IOException e)
            {
                // mariadbd stopped reading (it failed): its exit status and log tell why
            }
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
            {
                process.destroyForcibly();
                throw new ClusterException("mariadbd --bootstrap did not finish within " + TIMEOUT.toSeconds()
                    + " s; see " + log);
            }
            if (process.exitValue() != 0)
            {
                throw new ClusterException("mariadbd --bootstrap failed (exit " + process.exitValue() + "):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        catch (final InterruptedException e)
        {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted", e);
        }
    }

    /** The bootstrap script. In bootstrap mode each statement must end its own line. */
    private static String sql(final MariaDbBinaries binaries) throws IOException
    {
        final StringBuilder sql = new StringBuilder(1 << 20);
        sql.append("create database if not exists mysql;\nuse mysql;\n")
            // root authenticates with a password, not as the OS user over the socket
            .append("SET @auth_root_socket=NULL;\n");
        for (final Path file : binaries.bootstrapSqlFiles())
        {
            for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8))
            {
                // mariadb-install-db --cross-bootstrap: no root@<this host> account
                if (!line.contains("@current_hostname"))
                {
                    sql.append(line).append('\n');
                }
            }
        }
        sql.append("FLUSH PRIVILEGES;\n");
        for (final String host : List.of("localhost", "127.0.0.1", "::1"))
        {
            sql.append("ALTER USER IF EXISTS '").append(ClusterAccounts.ROOT_USER).append("'@'").append(host)
                .append("' IDENTIFIED BY '").append(ClusterAccounts.ROOT_PASSWORD).append("';\n");
        }
        return sql.toString();
    }
}
