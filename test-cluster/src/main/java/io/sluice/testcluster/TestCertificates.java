package io.sluice.testcluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * TLS files for tests, made with {@code openssl} (3.x) at test time: a CA, a server certificate signed by it for
 * {@code 127.0.0.1} and {@code localhost} (subject alternative names, so host verification passes), and a second,
 * unrelated CA that trusts none of them (a client verifying against it must refuse the server). EC P-256 keys,
 * written as PKCS#8 ({@code BEGIN PRIVATE KEY}), valid for 30 days. Files in one folder:
 * {@code ca.pem}, {@code ca-key.pem}, {@code server-cert.pem}, {@code server-key.pem}, {@code other-ca.pem}.
 */
public final class TestCertificates
{
    private static final long OPENSSL_TIMEOUT_S = 30;

    private final Path dir;

    private TestCertificates(final Path dir)
    {
        this.dir = dir;
    }

    /** Makes the files in dir (created if need be), or takes those an earlier call made there. */
    public static TestCertificates create(final Path dir) throws IOException
    {
        final TestCertificates certs = new TestCertificates(dir);
        if (Files.exists(certs.otherCaCert()))
        {
            return certs;
        }
        Files.createDirectories(dir);
        final Path ext = dir.resolve("server-ext.cnf");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
            + "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n",
            StandardCharsets.US_ASCII);
        certs.newCa("ca", "Sluice Test CA");
        certs.openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "server-key.pem", "-out", "server.csr", "-subj", "/CN=localhost");
        certs.openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
            "-days", "30", "-sha256", "-extfile", ext.getFileName().toString(), "-out", "server-cert.pem");
        // Last: its presence says the set is complete.
        certs.newCa("other-ca", "Sluice Unrelated CA");
        return certs;
    }

    private void newCa(final String name, final String commonName) throws IOException
    {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", name + "-key.pem", "-out", name + ".pem", "-days", "30", "-sha256", "-subj", "/CN=" + commonName,
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private void openssl(final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        final Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try
        {
            if (!p.waitFor(OPENSSL_TIMEOUT_S, TimeUnit.SECONDS) || p.exitValue() != 0)
            {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    public Path dir()
    {
        return dir;
    }

    /** The CA that signed the server certificate (PEM). */
    public Path caCert()
    {
        return dir.resolve("ca.pem");
    }

    /** The server certificate (PEM), for 127.0.0.1 and localhost. */
    public Path serverCert()
    {
        return dir.resolve("server-cert.pem");
    }

    /** The server certificate's key (PEM PKCS#8). */
    public Path serverKey()
    {
        return dir.resolve("server-key.pem");
    }

    /** A CA that signed nothing here: verifying the server against it fails. */
    public Path otherCaCert()
    {
        return dir.resolve("other-ca.pem");
    }

    /** mariadbd's options for TLS with these files. */
    public List<String> serverOptions()
    {
        return List.of("--ssl-ca=" + caCert(), "--ssl-cert=" + serverCert(), "--ssl-key=" + serverKey());
    }
}
