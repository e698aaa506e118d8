/**
 * The compressed protocol (CLIENT_COMPRESS, zlib) on the client side of the proxy: {@link
 * io.sluice.protocol.mysql.compress.CompressedReader} turns compressed packets back into the ordinary
 * byte stream, {@link io.sluice.protocol.mysql.compress.CompressedWriter} wraps the ordinary stream into
 * compressed packets.
 */
package io.sluice.protocol.mysql.compress;
