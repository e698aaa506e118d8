/**
 * TLS settings from configuration: PEM files ({@link io.sluice.core.tls.Pem}) and the {@code ssl*} parameters of
 * listeners and servers ({@link io.sluice.core.tls.TlsConfig}). The TLS connection itself is
 * {@code io.sluice.core.net.TcpConnection}'s (with {@code TlsLayer}); the admin API's HTTPS uses
 * the same PEM loading.
 */
package io.sluice.core.tls;
