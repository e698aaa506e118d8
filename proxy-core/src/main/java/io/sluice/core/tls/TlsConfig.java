package io.sluice.core.tls;

import io.sluice.api.TlsSettings;
import io.sluice.api.config.Params;
import io.sluice.core.config.ConfigException;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TlsSettings} that the {@code ssl*} parameters of listeners and servers make (MaxScale's names; declared
 * in {@code CoreSpecs}).
 * A listener with {@code ssl=true} is a TLS server with {@code ssl_cert} and {@code ssl_key}; it asks clients for
 * a certificate signed by {@code ssl_ca} only with {@code ssl_verify_peer_certificate=true}. A server with
 * {@code ssl=true} is reached over TLS; its certificate is checked against {@code ssl_ca} (or the JDK's trusted
 * CAs) with {@code ssl_verify_peer_certificate=true}, and must name the server's {@code address} with
 * {@code ssl_verify_peer_host=true}; {@code ssl_cert}/{@code ssl_key} are Sluice's client certificate. Control
 * plane.
 */
public final class TlsConfig
{
    /** MaxScale's {@code ssl_version} values and the JDK's protocol names. */
    private static final Map<String, String> VERSIONS = Map.of("tlsv10", "TLSv1", "tlsv11", "TLSv1.1", "tlsv12",
        "TLSv1.2", "tlsv13", "TLSv1.3");

    /**
     * A listener's TLS.
     *
     * @param settings the TLS server settings, null when {@code ssl=false}
     * @param required plain clients are refused
     */
    public record Listener(TlsSettings settings, boolean required)
    {
        /** A listener without TLS. */
        public static final Listener NONE = new Listener(null, false);
    }

    private TlsConfig()
    {
    }

    /** A listener section's TLS: {@link Listener#NONE} when {@code ssl=false}. */
    public static Listener listener(final Params p) throws ConfigException
    {
        final boolean ssl = p.bool("ssl");
        final boolean required = p.hasValue("require_secure_transport") ? p.bool("require_secure_transport") : ssl;
        if (!ssl)
        {
            if (required)
            {
                throw error(p, "require_secure_transport", "require_secure_transport=true needs ssl=true");
            }
            return Listener.NONE;
        }
        if (!p.hasValue("ssl_cert") || !p.hasValue("ssl_key"))
        {
            throw error(p, "ssl", "listener " + p.section() + ": ssl=true needs ssl_cert and ssl_key");
        }
        final String ca = ca(p);
        final boolean verify = p.bool("ssl_verify_peer_certificate");
        if (verify && ca == null)
        {
            throw error(p, "ssl_verify_peer_certificate", "ssl_verify_peer_certificate=true needs ssl_ca");
        }
        final KeyManager[] keys = keys(p);
        final TrustManager[] trust = ca == null ? null : trust(p, ca);
        return new Listener(settings(p, keys, trust, false, verify, false), required);
    }

    /** A server section's TLS, null when {@code ssl=false}. */
    public static TlsSettings server(final Params p) throws ConfigException
    {
        if (!p.bool("ssl"))
        {
            return null;
        }
        final boolean verify = p.bool("ssl_verify_peer_certificate");
        final boolean verifyHost = p.bool("ssl_verify_peer_host");
        if (verifyHost && !verify)
        {
            throw error(p, "ssl_verify_peer_host", "ssl_verify_peer_host=true needs ssl_verify_peer_certificate=true");
        }
        if (p.hasValue("ssl_cert") != p.hasValue("ssl_key"))
        {
            throw error(p, p.hasValue("ssl_cert") ? "ssl_cert" : "ssl_key", "ssl_cert and ssl_key go together");
        }
        final KeyManager[] keys = p.hasValue("ssl_cert") ? keys(p) : null;
        final String ca = ca(p);
        // Not verifying: any certificate is taken (MaxScale's default for servers); null: the JDK's trusted CAs.
        final TrustManager[] trust = !verify ? new TrustManager[] {TrustAll.INSTANCE}
            : ca == null ? null : trust(p, ca);
        return settings(p, keys, trust, true, verify, verifyHost);
    }

    private static TlsSettings settings(final Params p, final KeyManager[] keys, final TrustManager[] trust,
        final boolean clientMode, final boolean verify, final boolean verifyHost) throws ConfigException
    {
        final SSLContext context;
        try
        {
            context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
        }
        catch (final GeneralSecurityException e)
        {
            throw error(p, "ssl", "cannot set up TLS: " + e.getMessage());
        }
        final List<String> versions = versions(p, context);
        final List<String> ciphers = ciphers(p, context);
        final TlsSettings settings = new TlsSettings(context, clientMode, versions, ciphers, verify, verifyHost);
        try
        {
            // Fails now, not at the first client, if versions and cipher suites leave nothing to negotiate.
            final SSLEngine probe = settings.newEngine("localhost", 0);
            if (probe.getEnabledProtocols().length == 0 || probe.getEnabledCipherSuites().length == 0)
            {
                throw new IllegalArgumentException("no TLS version or cipher suite is left enabled");
            }
        }
        catch (final IllegalArgumentException e)
        {
            throw error(p, p.isSet("ssl_cipher") ? "ssl_cipher" : "ssl_version", e.getMessage());
        }
        return settings;
    }

    private static String ca(final Params p) throws ConfigException
    {
        if (p.hasValue("ssl_ca") && p.hasValue("ssl_ca_cert"))
        {
            throw error(p, "ssl_ca_cert", "ssl_ca_cert is MaxScale's older name of ssl_ca: give only one");
        }
        return p.hasValue("ssl_ca") ? p.string("ssl_ca") : p.optionalString("ssl_ca_cert").orElse(null);
    }

    private static KeyManager[] keys(final Params p) throws ConfigException
    {
        try
        {
            return Pem.keyManagers(Path.of(p.string("ssl_cert")), Path.of(p.string("ssl_key")));
        }
        catch (final IOException | GeneralSecurityException | RuntimeException e)
        {
            throw error(p, "ssl_cert", "ssl_cert " + p.string("ssl_cert") + " / ssl_key " + p.string("ssl_key")
                + ": " + e.getMessage());
        }
    }

    private static TrustManager[] trust(final Params p, final String ca) throws ConfigException
    {
        try
        {
            return Pem.trustManagers(Path.of(ca));
        }
        catch (final IOException | GeneralSecurityException | RuntimeException e)
        {
            throw error(p, p.hasValue("ssl_ca") ? "ssl_ca" : "ssl_ca_cert", "ssl_ca " + ca + ": " + e.getMessage());
        }
    }

    /** The JDK protocol names of ssl_version, null for MAX (the JDK's enabled versions). */
    private static List<String> versions(final Params p, final SSLContext context) throws ConfigException
    {
        final List<String> written = p.list("ssl_version");
        if (written.size() == 1 && written.get(0).equalsIgnoreCase("MAX"))
        {
            return null;
        }
        final Set<String> enabled = Set.of(context.getDefaultSSLParameters().getProtocols());
        final List<String> versions = new ArrayList<>();
        for (final String v : written)
        {
            final String jdk = VERSIONS.get(v.toLowerCase(Locale.ROOT));
            if (jdk == null)
            {
                throw error(p, "ssl_version", "ssl_version: unknown version '" + v + "' (MAX, TLSv10, TLSv11, TLSv12,"
                    + " TLSv13)");
            }
            if (!enabled.contains(jdk))
            {
                throw error(p, "ssl_version", "ssl_version: " + v + " is disabled in this JDK (jdk.tls."
                    + "disabledAlgorithms in java.security); enabled: " + enabled);
            }
            versions.add(jdk);
        }
        return versions;
    }

    private static List<String> ciphers(final Params p, final SSLContext context) throws ConfigException
    {
        if (!p.hasValue("ssl_cipher"))
        {
            return null;
        }
        final Set<String> supported = Set.of(context.getSupportedSSLParameters().getCipherSuites());
        final List<String> ciphers = new ArrayList<>();
        for (final String c : p.string("ssl_cipher").split("[:,\\s]+"))
        {
            if (c.isEmpty())
            {
                continue;
            }
            if (!supported.contains(c))
            {
                throw error(p, "ssl_cipher", "ssl_cipher: '" + c + "' is not a cipher suite of this JDK (names as"
                    + " IANA writes them, e.g. TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)");
            }
            ciphers.add(c);
        }
        return ciphers;
    }

    private static ConfigException error(final Params p, final String param, final String message)
    {
        return new ConfigException(p.file(), p.line(param), message);
    }


    /** Takes any server certificate: {@code ssl_verify_peer_certificate=false} on a server (MaxScale's default). */
    private static final class TrustAll extends X509ExtendedTrustManager
    {
        static final TrustAll INSTANCE = new TrustAll();

        @Override
        public void checkClientTrusted(final X509Certificate[] chain, final String authType, final Socket socket)
        {
        }

        @Override
        public void checkServerTrusted(final X509Certificate[] chain, final String authType, final Socket socket)
        {
        }

        @Override
        public void checkClientTrusted(final X509Certificate[] chain, final String authType, final SSLEngine engine)
        {
        }

        @Override
        public void checkServerTrusted(final X509Certificate[] chain, final String authType, final SSLEngine engine)
        {
        }

        @Override
        public void checkClientTrusted(final X509Certificate[] chain, final String authType)
        {
        }

        @Override
        public void checkServerTrusted(final X509Certificate[] chain, final String authType)
        {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers()
        {
            return new X509Certificate[0];
        }
    }
}
