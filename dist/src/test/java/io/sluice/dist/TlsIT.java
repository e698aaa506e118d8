package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.StandaloneServer;
import io.sluice.testcluster.TestCertificates;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TLS end to end, bin/sluice in front of the real test cluster: clients switch to TLS with MariaDB's SSLRequest on
 * a listener with {@code ssl=true} (MariaDB Connector/J with {@code sslMode=verify-full}, MySQL Connector/J with
 * {@code sslMode=VERIFY_IDENTITY}, the {@code mariadb --ssl} client, all verifying Sluice's certificate against the
 * test CA); a client verifying against another CA refuses Sluice; a plain client is refused where TLS is required;
 * garbage in place of a TLS handshake and a client that hangs up in the middle of one close only that connection;
 * and Sluice reaches a server that has {@code require_secure_transport=ON} over TLS (sessions, the service's
 * user-account loading and the monitor).
 */
@ExtendWith(MariaDbClusterExtension.class)
class TlsIT
{
    private static final String APP = ClusterAccounts.APP_USER;
    private static final String APP_PW = ClusterAccounts.APP_PASSWORD;
    private static final String TRUST_PASSWORD = "changeit";

    private static TestCluster cluster;
    private static TestCertificates certs;
    private static StandaloneServer tlsServer;
    private static SluiceProcess sluice;
    private static Path trustStore;
    private static int tlsPort;
    private static int mixedPort;
    private static int backendTlsPort;
    private static int adminPort;

    @BeforeAll
    static void start(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        certs = cluster.certificates();
        tlsServer = StandaloneServer.startWithTls(cluster, "tlsdb");
        tlsServer.execute("SET GLOBAL require_secure_transport=ON");
        trustStore = pkcs12TrustStore(certs.caCert());
        tlsPort = SluiceProcess.freePort();
        mixedPort = SluiceProcess.freePort();
        backendTlsPort = SluiceProcess.freePort();
        adminPort = SluiceProcess.freePort();
        final String listenerTls = "ssl=true\nssl_cert=" + certs.serverCert() + "\nssl_key=" + certs.serverKey()
            + "\nssl_ca=" + certs.caCert() + "\n";
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        config.append("[tlsdb]\ntype=server\naddress=127.0.0.1\nport=").append(tlsServer.info().port())
            .append("\nssl=true\nssl_ca=").append(certs.caCert())
            .append("\nssl_verify_peer_certificate=true\nssl_verify_peer_host=true\n\n");
        config.append("[Write-Service]\ntype=service\nrouter=readconnroute\nrouter_options=master\nservers=db1,db2,db3")
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
            .append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[TLS-Server-Service]\ntype=service\nrouter=readconnroute\nrouter_options=running\nservers=tlsdb")
            .append("\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
            .append(ClusterAccounts.SLUICE_PASSWORD).append("\n\n");
        config.append("[TLS-Monitor]\ntype=monitor\nmodule=mariadbmon\nservers=tlsdb\nuser=")
            .append(ClusterAccounts.MONITOR_USER).append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD)
            .append("\nmonitor_interval=500ms\n\n");
        // ssl=true: TLS is required (as on MaxScale's TLS listeners)
        config.append("[TLS-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBClient\n"
            + "address=127.0.0.1\nport=").append(tlsPort).append('\n').append(listenerTls).append('\n');
        config.append("[Mixed-Listener]\ntype=listener\nservice=Write-Service\nprotocol=MariaDBClient\n"
            + "address=127.0.0.1\nport=").append(mixedPort).append('\n').append(listenerTls)
            .append("require_secure_transport=false\n\n");
        config.append("[Backend-TLS-Listener]\ntype=listener\nservice=TLS-Server-Service\nprotocol=MariaDBClient\n"
            + "address=127.0.0.1\nport=").append(backendTlsPort).append("\n");
        sluice = SluiceProcess.start(Path.of("target", "tls-it"), config.toString());
    }

    @AfterAll
    static void stop() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
        if (tlsServer != null)
        {
            tlsServer.close();
        }
    }

    /** A PKCS#12 trust store with the test CA, for MySQL Connector/J (which reads no PEM). */
    private static Path pkcs12TrustStore(final Path caPem) throws Exception
    {
        final KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(caPem))
        {
            store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        final Path file = Path.of("target", "tls-it", "ca-trust.p12").toAbsolutePath();
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file))
        {
            store.store(out, TRUST_PASSWORD.toCharArray());
        }
        return file;
    }

    private static String mariadbUrl(final int port, final Path ca)
    {
        return "jdbc:mariadb://127.0.0.1:" + port + "/test?sslMode=verify-full&serverSslCert=" + ca;
    }

    private static List<String> row(final Connection c, final String sql) throws SQLException
    {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next(), sql);
            final List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++)
            {
                values.add(rs.getString(i));
            }
            return values;
        }
    }

    // ---- clients over TLS ----

    @Test
    void mariaDbConnectorVerifiesSluiceAndRunsQueries() throws Exception
    {
        try (Connection c = DriverManager.getConnection(mariadbUrl(tlsPort, certs.caCert()), APP, APP_PW);
             Statement s = c.createStatement())
        {
            assertEquals(List.of("1", "tls-42"), row(c, "SELECT @@server_id, CONCAT('tls-', 6 * 7)"));
            s.execute("CREATE OR REPLACE TABLE test.tls_rows (id INT PRIMARY KEY, v VARCHAR(20000))");
            final String big = "x".repeat(19_000); // more than one TLS record each way
            try (PreparedStatement p = c.prepareStatement("INSERT INTO test.tls_rows VALUES (?, ?)"))
            {
                for (int i = 1; i <= 50; i++)
                {
                    p.setInt(1, i);
                    p.setString(2, i + big);
                    p.addBatch();
                }
                p.executeBatch();
            }
            // 50 rows of 19000 bytes after their ids (1..9: one digit, 10..50: two)
            assertEquals(List.of("50", Integer.toString(50 * 19_000 + 9 + 41 * 2)),
                row(c, "SELECT COUNT(*), SUM(LENGTH(v)) FROM test.tls_rows"));
            final List<String> row7 = row(c, "SELECT id, v FROM test.tls_rows WHERE id = 7");
            assertEquals("7", row7.get(0));
            assertTrue(row7.get(1).equals("7" + big), "row 7 comes back unchanged");
        }
    }

    @Test
    void mysqlConnectorVerifiesIdentityAndRunsPreparedStatements() throws Exception
    {
        final String url = "jdbc:mysql://127.0.0.1:" + tlsPort + "/test?sslMode=VERIFY_IDENTITY"
            + "&trustCertificateKeyStoreUrl=" + trustStore.toUri() + "&trustCertificateKeyStoreType=PKCS12"
            + "&trustCertificateKeyStorePassword=" + TRUST_PASSWORD + "&useServerPrepStmts=true";
        try (Connection c = DriverManager.getConnection(url, APP, APP_PW);
             PreparedStatement p = c.prepareStatement("SELECT @@server_id, ? * 2, CONCAT(?, '-tls')"))
        {
            for (int i = 0; i < 3; i++)
            {
                p.setInt(1, 20 + i);
                p.setString(2, "mysql" + i);
                try (ResultSet rs = p.executeQuery())
                {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1));
                    assertEquals(40 + 2 * i, rs.getInt(2));
                    assertEquals("mysql" + i + "-tls", rs.getString(3));
                }
            }
        }
    }

    @Test
    void mariadbCommandLineClientWithSsl() throws Exception
    {
        final String out = mariadbClient(tlsPort, certs.caCert(), "SELECT 6 * 7 AS answer, @@server_id AS id; \\s");
        assertTrue(out.contains("answer\tid\n42\t1\n"), out);
        // The client's own status line: the cipher of its connection to Sluice.
        assertTrue(out.matches("(?s).*\nSSL:\\s+Cipher in use is \\S+, cert is OK\n.*"), out);
        assertTrue(out.contains("Server version:\t\t11.4.5-MariaDB-sluice"), out);
    }

    @Test
    void clientVerifyingAgainstAnotherCaRefusesSluice() throws Exception
    {
        final SQLException e = assertThrows(SQLException.class,
            () -> DriverManager.getConnection(mariadbUrl(tlsPort, certs.otherCaCert()), APP, APP_PW).close());
        assertTrue(e.getMessage().contains("unable to find valid certification path to requested target"),
            e.getMessage());
        final String out = mariadbClient(tlsPort, certs.otherCaCert(), "SELECT 1");
        assertTrue(out.contains("ERROR 2026") && out.contains("certificate"), out);
        sluice.awaitLog(java.util.regex.Pattern.quote("TLS handshake failed"), 10_000);
        // Sluice still serves
        try (Connection c = DriverManager.getConnection(mariadbUrl(tlsPort, certs.caCert()), APP, APP_PW))
        {
            assertEquals(List.of("7"), row(c, "SELECT 3 + 4"));
        }
    }

    @Test
    void plainClientsAreRefusedWhereTlsIsRequired() throws Exception
    {
        final SQLException mariadb = assertThrows(SQLException.class, () -> DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + tlsPort + "/test", APP, APP_PW).close());
        assertEquals(3159, mariadb.getErrorCode(), mariadb.getMessage());
        assertEquals("08004", mariadb.getSQLState());
        assertTrue(mariadb.getMessage().contains(
            "Connections using insecure transport are prohibited while --require_secure_transport=ON."),
            mariadb.getMessage());
        final SQLException mysql = assertThrows(SQLException.class, () -> DriverManager.getConnection(
            "jdbc:mysql://127.0.0.1:" + tlsPort + "/test?sslMode=DISABLED", APP, APP_PW).close());
        assertEquals(3159, mysql.getErrorCode(), mysql.getMessage());
        // Where TLS is optional (require_secure_transport=false) plain and TLS clients both get in.
        try (Connection plain = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + mixedPort + "/test", APP,
                APP_PW);
             Connection tls = DriverManager.getConnection(mariadbUrl(mixedPort, certs.caCert()), APP, APP_PW))
        {
            assertEquals(List.of("plain", "1"), row(plain, "SELECT 'plain', @@server_id"));
            assertEquals(List.of("tls", "1"), row(tls, "SELECT 'tls', @@server_id"));
        }
    }

    // ---- bad input ----

    @Test
    void garbageInPlaceOfTlsHandshakeClosesOnlyThatConnection() throws Exception
    {
        try (Connection before = DriverManager.getConnection(mariadbUrl(tlsPort, certs.caCert()), APP, APP_PW))
        {
            try (Socket s = sslRequested(tlsPort))
            {
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: sluice\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                assertTrue(readsToEnd(s.getInputStream()), "Sluice closes the connection");
            }
            sluice.awaitLog(java.util.regex.Pattern.quote("TLS handshake failed: Unrecognized SSL message, plaintext "
                    + "connection?"), 10_000);
            try (Socket s = sslRequested(tlsPort))
            {
                // The first bytes of a ClientHello record, then the client hangs up.
                s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01});
                s.getOutputStream().flush();
            }
            sluice.awaitLog(java.util.regex.Pattern.quote("TLS handshake failed: the peer closed the connection during "
                    + "the handshake"), 10_000);
            // The session opened before, and new ones, carry on.
            assertEquals(List.of("still here"), row(before, "SELECT 'still here'"));
        }
        try (Connection after = DriverManager.getConnection(mariadbUrl(tlsPort, certs.caCert()), APP, APP_PW))
        {
            assertEquals(List.of("8"), row(after, "SELECT 2 * 4"));
        }
    }

    /** A raw connection that has read Sluice's greeting (checking it offers CLIENT_SSL) and sent an SSLRequest. */
    private static Socket sslRequested(final int port) throws IOException
    {
        final Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(10_000);
        final DataInputStream in = new DataInputStream(s.getInputStream());
        final byte[] header = new byte[4];
        in.readFully(header);
        final byte[] greeting = new byte[(header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16];
        in.readFully(greeting);
        int at = 1;
        while (greeting[at] != 0)
        {
            at++;
        }
        final int lowCapabilities = (greeting[at + 14] & 0xFF) | (greeting[at + 15] & 0xFF) << 8;
        assertTrue((lowCapabilities & 0x800) != 0, "the greeting offers CLIENT_SSL");
        final byte[] request = new byte[4 + 32];
        request[0] = 32;
        request[3] = 1;
        final int caps = 0x200 | 0x8000 | 0x800 | 0x80000; // PROTOCOL_41, SECURE_CONNECTION, SSL, PLUGIN_AUTH
        for (int i = 0; i < 4; i++)
        {
            request[4 + i] = (byte)(caps >>> (8 * i));
        }
        request[4 + 8] = 45;
        s.getOutputStream().write(request);
        return s;
    }

    /** True if the peer ends the stream (after whatever alert it sends). */
    private static boolean readsToEnd(final InputStream in) throws IOException
    {
        final byte[] b = new byte[1024];
        try
        {
            while (in.read(b) >= 0)
            {
                // an alert, if any
            }
            return true;
        }
        catch (final java.net.SocketException e)
        {
            return e.getMessage().contains("reset");
        }
    }

    // ---- servers over TLS ----

    @Test
    void sluiceReachesAServerThatRequiresSecureTransport() throws Exception
    {
        // The server refuses plain clients...
        final SQLException direct = assertThrows(SQLException.class, () -> DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + tlsServer.info().port() + "/test", APP, APP_PW).close());
        assertEquals(3159, direct.getErrorCode(), direct.getMessage());
        // ...Sluice logs in over TLS (having loaded the accounts over TLS too) as the client's user.
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + backendTlsPort + "/test", APP,
                APP_PW))
        {
            assertEquals(List.of("100", "TLSv1.3"),
                row(c, "SELECT @@server_id, VARIABLE_VALUE FROM information_schema.SESSION_STATUS"
                    + " WHERE VARIABLE_NAME = 'SSL_VERSION'"));
            assertEquals(List.of("app"), row(c, "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)"));
        }
        // The monitor's connection is TLS too: it finds the server running.
        final HttpResponse<String> server = SluiceProcess.admin(adminPort, "GET", "/v1/servers/tlsdb",
                java.time.Duration.ofSeconds(30));
        assertTrue(server.body().contains("\"state\":\"Master, Running\""), server.body());
    }

    // ---- helpers ----

    private static String mariadbClient(final int port, final Path ca, final String sql) throws Exception
    {
        final List<String> command = new ArrayList<>(cluster.mariadbCommand(cluster.primary(), APP, APP_PW));
        command.replaceAll(a -> a.startsWith("--port=") ? "--port=" + port : a);
        command.remove("--skip-ssl");
        command.addAll(List.of("--ssl", "--ssl-ca=" + ca, "--ssl-verify-server-cert", "--batch", "-e", sql, "test"));
        final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the client ends");
        return out;
    }
}
