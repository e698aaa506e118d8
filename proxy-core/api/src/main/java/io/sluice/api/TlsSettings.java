package io.sluice.api;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

/**
 * TLS for one side of Sluice's connections, built by the core from a section's {@code ssl*} parameters
 * (MaxScale's names): a listener's (Sluice is the TLS server, the client's certificate checked only with
 * {@code ssl_verify_peer_certificate}) or a server's (Sluice is the TLS client of that server). The JDK's
 * own TLS ({@link SSLEngine}); immutable and thread-safe. Added in API 2.3.
 */
public final class TlsSettings
{
    private final SSLContext context;
    private final boolean clientMode;
    private final String[] protocols;
    private final String[] cipherSuites;
    private final boolean verifyPeerCertificate;
    private final boolean verifyPeerHost;

    /**
     * @param context               keys and trust, from the section's PEM files
     * @param clientMode            true for a server's connections (Sluice connects), false for a listener's
     * @param protocols             the TLS versions to enable (JDK names, e.g. {@code TLSv1.3}), or null for the JDK's
     * @param cipherSuites          the cipher suites to enable (JDK names), or null for the JDK's
     * @param verifyPeerCertificate a listener: ask for and check the client's certificate; a server: check the
     *                              server's certificate against the CA (otherwise any certificate is taken)
     * @param verifyPeerHost        a server: its certificate must name the host Sluice connects to
     */
    public TlsSettings(final SSLContext context, final boolean clientMode, final List<String> protocols,
        final List<String> cipherSuites, final boolean verifyPeerCertificate, final boolean verifyPeerHost)
    {
        if (context == null)
        {
            throw new IllegalArgumentException("context is required");
        }
        this.context = context;
        this.clientMode = clientMode;
        this.protocols = protocols == null ? null : protocols.toArray(new String[0]);
        this.cipherSuites = cipherSuites == null ? null : cipherSuites.toArray(new String[0]);
        this.verifyPeerCertificate = verifyPeerCertificate;
        this.verifyPeerHost = verifyPeerHost;
    }

    /** A new engine for one connection to or from {@code peerHost:peerPort}. Control plane: allocates. */
    public SSLEngine newEngine(final String peerHost, final int peerPort)
    {
        final SSLEngine engine = clientMode ? context.createSSLEngine(peerHost, peerPort) : context.createSSLEngine();
        engine.setUseClientMode(clientMode);
        engine.setSSLParameters(parameters(peerHost));
        return engine;
    }

    /**
     * Layers TLS over a connected blocking socket (Sluice is the client) and completes the handshake; closing the
     * returned socket closes {@code socket}. For the blocking housekeeping clients (monitors, user accounts).
     */
    public SSLSocket layer(final Socket socket, final String host, final int port) throws IOException
    {
        if (!clientMode)
        {
            throw new IllegalStateException("a listener's TLS settings cannot connect to a server");
        }
        final SSLSocket tls = (SSLSocket)context.getSocketFactory().createSocket(socket, host, port, true);
        tls.setSSLParameters(parameters(host));
        tls.startHandshake();
        return tls;
    }

    private SSLParameters parameters(final String peerHost)
    {
        final SSLParameters p = context.getDefaultSSLParameters();
        if (protocols != null)
        {
            p.setProtocols(protocols);
        }
        if (cipherSuites != null)
        {
            p.setCipherSuites(cipherSuites);
        }
        if (clientMode)
        {
            if (verifyPeerHost)
            {
                // HTTPS rules: the host must be among the certificate's subject alternative names.
                p.setEndpointIdentificationAlgorithm("HTTPS");
            }
            if (peerHost != null && !peerHost.isEmpty() && Character.isLetter(peerHost.charAt(0)))
            {
                p.setServerNames(List.of(new SNIHostName(peerHost)));
            }
        }
        else
        {
            p.setNeedClientAuth(verifyPeerCertificate);
        }
        return p;
    }

    public boolean isClientMode()
    {
        return clientMode;
    }

    public boolean verifyPeerCertificate()
    {
        return verifyPeerCertificate;
    }

    public boolean verifyPeerHost()
    {
        return verifyPeerHost;
    }

    @Override
    public String toString()
    {
        return (clientMode ? "client" : "server") + " TLS " + (protocols == null ? "(JDK versions)"
            : Arrays.toString(protocols)) + (verifyPeerCertificate ? ", peer certificate verified" : "")
            + (verifyPeerHost ? ", peer host verified" : "");
    }
}
