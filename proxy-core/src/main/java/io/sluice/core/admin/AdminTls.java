package io.sluice.core.admin;

import io.sluice.core.tls.Pem;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * TLS for the admin API ({@code admin_ssl_cert}, {@code admin_ssl_key}: PEM files, MaxScale's names), with the
 * JDK's own TLS: the certificate chain and a PKCS#8 private key (RSA or EC, as {@code openssl} 3 writes them),
 * read by {@link Pem}.
 */
public final class AdminTls
{
    private AdminTls()
    {
    }

    /** A server context from a PEM certificate chain and a PEM PKCS#8 key. */
    public static SSLContext serverContext(final Path certFile, final Path keyFile) throws IOException
    {
        try
        {
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(Pem.keyManagers(certFile, keyFile), null, null);
            return context;
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException("admin_ssl_cert " + certFile + " / admin_ssl_key " + keyFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** A client context trusting the certificates of a PEM file (sluicectl's --tls-ca-cert). */
    public static SSLContext clientContext(final Path caFile) throws IOException
    {
        try
        {
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, Pem.trustManagers(caFile), null);
            return context;
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException(caFile + ": " + e.getMessage(), e);
        }
    }
}
