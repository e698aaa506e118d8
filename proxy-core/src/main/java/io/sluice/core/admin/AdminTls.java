package io.sluice.core.admin;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;

/**
 * TLS for the admin API ({@code admin_ssl_cert}, {@code admin_ssl_key}: PEM files, MaxScale's names), with the
 * JDK's own TLS: the certificate chain and a PKCS#8 private key (RSA or EC, as {@code openssl} 3 writes them).
 */
public final class AdminTls
{
    private static final char[] NO_PASSWORD = new char[0];

    private AdminTls()
    {
    }

    /** A server context from a PEM certificate chain and a PEM PKCS#8 key. */
    public static SSLContext serverContext(final Path certFile, final Path keyFile) throws IOException
    {
        try
        {
            final Certificate[] chain = certificates(certFile).toArray(new Certificate[0]);
            if (chain.length == 0)
            {
                throw new IOException(certFile + " holds no certificate");
            }
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("admin", privateKey(keyFile), NO_PASSWORD, chain);
            final KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, NO_PASSWORD);
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
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
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (final Certificate c : certificates(caFile))
            {
                store.setCertificateEntry("ca" + i++, c);
            }
            final TrustManagerFactory trust =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException(caFile + ": " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> certificates(final Path file)
        throws IOException, GeneralSecurityException
    {
        try (InputStream in = Files.newInputStream(file))
        {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }

    private static PrivateKey privateKey(final Path file) throws IOException, GeneralSecurityException
    {
        final String pem = Files.readString(file);
        final String begin = "-----BEGIN PRIVATE KEY-----";
        final int start = pem.indexOf(begin);
        final int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (start < 0 || end < 0)
        {
            throw new IOException(file + " is not a PEM PKCS#8 private key (BEGIN PRIVATE KEY); convert it with"
                + " 'openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pkcs8'");
        }
        final byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
        final PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        GeneralSecurityException last = null;
        for (final String algorithm : new String[] {"RSA", "EC", "Ed25519"})
        {
            try
            {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            }
            catch (final GeneralSecurityException e)
            {
                last = e;
            }
        }
        throw last;
    }
}
