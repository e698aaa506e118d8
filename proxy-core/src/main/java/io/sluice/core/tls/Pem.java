package io.sluice.core.tls;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
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
 * PEM files for the JDK's TLS: certificate chains and CA bundles (X.509) and PKCS#8 private keys (RSA, EC or
 * Ed25519, as {@code openssl} 3 writes them), turned into key and trust managers. Control plane.
 */
public final class Pem
{
    private static final char[] NO_PASSWORD = new char[0];

    private Pem()
    {
    }

    /** The key managers of a PEM certificate chain and its PEM PKCS#8 key. */
    public static KeyManager[] keyManagers(final Path certFile, final Path keyFile)
        throws IOException, GeneralSecurityException
    {
        final Certificate[] chain = certificates(certFile).toArray(new Certificate[0]);
        if (chain.length == 0)
        {
            throw new IOException(certFile + " holds no certificate");
        }
        final KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", privateKey(keyFile), NO_PASSWORD, chain);
        final KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, NO_PASSWORD);
        return keys.getKeyManagers();
    }

    /** Trust managers that trust the certificates of a PEM file (a CA bundle). */
    public static TrustManager[] trustManagers(final Path caFile) throws IOException, GeneralSecurityException
    {
        final KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        for (final Certificate c : certificates(caFile))
        {
            store.setCertificateEntry("ca" + i++, c);
        }
        if (i == 0)
        {
            throw new IOException(caFile + " holds no certificate");
        }
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        return trust.getTrustManagers();
    }

    /** The X.509 certificates of a PEM file, in order. */
    public static Collection<? extends Certificate> certificates(final Path file)
        throws IOException, GeneralSecurityException
    {
        try (InputStream in = Files.newInputStream(file))
        {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }

    /** A PEM PKCS#8 private key ({@code BEGIN PRIVATE KEY}). */
    public static PrivateKey privateKey(final Path file) throws IOException, GeneralSecurityException
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
