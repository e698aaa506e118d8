package io.sluice.core.tls;

import io.sluice.api.TlsSettings;
import io.sluice.core.admin.AdminFixture;
import io.sluice.core.config.ConfigException;
import io.sluice.core.config.ConfigLoader;
import io.sluice.core.config.IniFile;
import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.config.SluiceConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ssl* parameters of listeners and servers: what they make, and what is refused with file:line. */
class TlsConfigTest
{
    @TempDir
    static Path dir;
    private static Path cert;
    private static Path key;

    @BeforeAll
    static void certificate() throws Exception
    {
        final Path[] pem = AdminFixture.selfSignedCertificate(dir);
        cert = pem[0];
        key = pem[1];
    }

    private static SluiceConfig load(final String... lines) throws ConfigException
    {
        return ConfigLoader.load(IniFile.parse("sluice.cnf", String.join("\n", lines) + "\n"),
            ModuleSpecs.of(Map.of("readconnroute", io.sluice.api.config.SectionSpec.EMPTY), Map.of(), Map.of()));
    }

    /** A server (lines 1-3, then its lines from 4), a service, a listener (lines 8-11, then its lines). */
    private static SluiceConfig config(final List<String> server, final List<String> listener) throws ConfigException
    {
        final List<String> all = new java.util.ArrayList<>(List.of("[db1]", "type=server", "address=127.0.0.1"));
        all.addAll(server);
        all.addAll(List.of("[S]", "type=service", "router=readconnroute", "servers=db1", "[L]", "type=listener",
            "service=S", "port=4006"));
        all.addAll(listener);
        return load(all.toArray(new String[0]));
    }

    private static String listenerError(final String... listener)
    {
        return assertThrows(ConfigException.class,
            () -> TlsConfig.listener(config(List.of(), List.of(listener)).listeners().get("L").params())).getMessage();
    }

    private static String serverError(final String... server)
    {
        return assertThrows(ConfigException.class,
            () -> TlsConfig.server(config(List.of(server), List.of()).servers().get("db1").params())).getMessage();
    }

    @Test
    void shouldMakeNoTlsWhenSslIsOff() throws Exception
    {
        final SluiceConfig c = config(List.of(), List.of());
        assertSame(TlsConfig.Listener.NONE, TlsConfig.listener(c.listeners().get("L").params()));
        assertNull(TlsConfig.server(c.servers().get("db1").params()));
    }

    @Test
    void shouldMakeAListenerThatRequiresTlsByDefault() throws Exception
    {
        final TlsConfig.Listener tls = TlsConfig.listener(config(List.of(), List.of("ssl=true", "ssl_cert=" + cert,
            "ssl_key=" + key, "ssl_version=TLSv13")).listeners().get("L").params());
        assertTrue(tls.required());
        final SSLEngine engine = tls.settings().newEngine("127.0.0.1", 50000);
        assertFalse(engine.getUseClientMode());
        assertFalse(engine.getNeedClientAuth());
        assertArrayEquals(new String[] {"TLSv1.3"}, engine.getEnabledProtocols());
        assertFalse(TlsConfig.listener(config(List.of(), List.of("ssl=true", "ssl_cert=" + cert, "ssl_key=" + key,
            "require_secure_transport=false")).listeners().get("L").params()).required());
    }

    @Test
    void shouldMakeAServerThatVerifiesItsHost() throws Exception
    {
        final TlsSettings tls = TlsConfig.server(config(List.of("ssl=true", "ssl_ca=" + cert,
            "ssl_verify_peer_certificate=true", "ssl_verify_peer_host=true",
            "ssl_cipher=TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384"), List.of()).servers().get("db1").params());
        final SSLEngine engine = tls.newEngine("127.0.0.1", 3306);
        assertTrue(engine.getUseClientMode());
        assertEquals("HTTPS", engine.getSSLParameters().getEndpointIdentificationAlgorithm());
        assertArrayEquals(new String[] {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"},
            engine.getEnabledCipherSuites());
    }

    @Test
    void shouldRefuseIncompleteOrWrongSettingsWithTheirLine()
    {
        assertEquals("sluice.cnf:12: listener L: ssl=true needs ssl_cert and ssl_key", listenerError("ssl=true"));
        assertEquals("sluice.cnf:12: require_secure_transport=true needs ssl=true",
            listenerError("require_secure_transport=true"));
        assertEquals("sluice.cnf:15: ssl_verify_peer_certificate=true needs ssl_ca", listenerError("ssl=true",
            "ssl_cert=" + cert, "ssl_key=" + key, "ssl_verify_peer_certificate=true"));
        assertEquals("sluice.cnf:15: ssl_version: unknown version 'TLSv14' (MAX, TLSv10, TLSv11, TLSv12, TLSv13)",
            listenerError("ssl=true", "ssl_cert=" + cert, "ssl_key=" + key, "ssl_version=TLSv14"));
        assertTrue(listenerError("ssl=true", "ssl_cert=" + cert, "ssl_key=" + key, "ssl_version=TLSv10")
            .startsWith("sluice.cnf:15: ssl_version: TLSv10 is disabled in this JDK"));
        assertTrue(listenerError("ssl=true", "ssl_cert=" + cert, "ssl_key=" + key, "ssl_cipher=AES128-SHA")
            .startsWith("sluice.cnf:15: ssl_cipher: 'AES128-SHA' is not a cipher suite of this JDK"));
        assertTrue(listenerError("ssl=true", "ssl_cert=" + cert, "ssl_key=" + cert)
            .startsWith("sluice.cnf:13: ssl_cert " + cert + " / ssl_key " + cert + ": " + cert
                + " is not a PEM PKCS#8 private key"));
        assertEquals("sluice.cnf:5: ssl_verify_peer_host=true needs ssl_verify_peer_certificate=true",
            serverError("ssl=true", "ssl_verify_peer_host=true"));
        assertEquals("sluice.cnf:5: ssl_cert and ssl_key go together", serverError("ssl=true", "ssl_cert=" + cert));
        assertEquals("sluice.cnf:6: ssl_ca_cert is MaxScale's older name of ssl_ca: give only one",
            serverError("ssl=true", "ssl_ca=" + cert, "ssl_ca_cert=" + cert));
    }
}
