package io.sluice.testcluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server that cannot start says why: a taken port (the cluster then picks another), or its error log. */
class MariaDbServerIT
{
    private static final Path ROOT = Path.of(System.getProperty("sluice.testcluster.jar")).resolveSibling("server-it");
    private static MariaDbBinaries binaries;

    private MariaDbServer server;

    @BeforeAll
    static void bootstrap() throws Exception
    {
        MariaDbBinaries.deleteTree(ROOT);
        binaries = MariaDbBinaries.locate();
        Bootstrap.createDataDir(binaries, ROOT.resolve("db1/data"),
                Files.createDirectories(ROOT.resolve("db1")).resolve("bootstrap.log"));
    }

    @AfterEach
    void stop()
    {
        if (server != null)
        {
            server.stop(Duration.ofSeconds(30));
        }
        assertEquals(List.of(), Processes.mariadbdUnder(ROOT));
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws Exception
    {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")))
        {
            server = new MariaDbServer("db1", 1, ServerInfo.Role.PRIMARY, binaries, ROOT.resolve("db1"),
                ROOT.resolve("db1/mysqld.sock"), taken.getLocalPort());
            server.start(false);
            final MariaDbServer.PortInUseException e = assertThrows(MariaDbServer.PortInUseException.class,
                () -> server.awaitReady(Duration.ofSeconds(60)));
            assertEquals("db1: port " + taken.getLocalPort() + " is in use", e.getMessage());
        }
        // the port is free now: the same server starts on it
        server.start(false);
        server.awaitReady(Duration.ofSeconds(60));
        assertTrue(server.isRunning());
        assertEquals(server.port(), server.info().port());
    }

    @Test
    void aServerThatDiesAtStartupThrowsWithItsErrorLog() throws Exception
    {
        // a socket path beyond the UNIX limit: mariadbd refuses to start
        server = new MariaDbServer("db1", 1, ServerInfo.Role.PRIMARY, binaries, ROOT.resolve("db1"),
            ROOT.resolve("db1/" + "s".repeat(120) + ".sock"), 0);
        server.start(false);
        final ClusterException e = assertThrows(ClusterException.class,
                () -> server.awaitReady(Duration.ofSeconds(60)));
        assertTrue(e.getMessage().startsWith("db1 (mariadbd, pid " + server.pid() + ") exited during startup:\n--- "
            + ROOT.resolve("db1/error.log") + ":\n"), e.getMessage());
        assertTrue(e.getMessage().contains("[ERROR]"), e.getMessage());
    }
}
