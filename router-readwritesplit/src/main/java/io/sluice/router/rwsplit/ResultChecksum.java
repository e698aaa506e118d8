package io.sluice.router.rwsplit;

import io.sluice.api.Reply;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The checksum of one statement's answer, for transaction replay (MaxScale hashes each answer with
 * xxHash64): a replayed statement must get the answer the client already has. Fed the answer's bytes
 * as they stream, in any cut; {@link #finish} gives 64 bits, CRC-32C and CRC-32 of the bytes side
 * by side (both intrinsics of the JDK, neither allocates).
 *
 * <p>What counts: a result set's bytes, all of them (column definitions, rows, the closing EOF/OK); an
 * OK's affected rows, last insert id and warnings, not its bytes (its status flags and session state,
 * e.g. the {@code last_gtid} a new primary gives the same write, differ for the same outcome); an
 * error's code and SQLSTATE. With {@code transaction_replay_checksum=result_only} an OK counts for
 * nothing; with {@code no_insert_id}, neither does anything of a statement that reads
 * {@code LAST_INSERT_ID()} (MaxScale's rule).
 */
final class ResultChecksum
{
    /** The first payload byte of an answer: OK, ERR; anything else starts a result set (or LOCAL INFILE). */
    private static final int OK = 0x00;
    private static final int ERR = 0xFF;
    /** An answer's first payload byte is its fifth: after the 3-byte length and the sequence number. */
    private static final int FIRST_PAYLOAD_BYTE = 4;

    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();
    private long bytes;
    private int firstByte = -1;

    void reset()
    {
        crc32c.reset();
        crc32.reset();
        bytes = 0;
        firstByte = -1;
    }

    /** Adds the bytes [position, limit) of the answer; the buffer's position is left as it was. */
    // hot path: no allocation
    void update(final ByteBuffer data)
    {
        final int position = data.position();
        final int length = data.remaining();
        if (firstByte < 0 && bytes + length > FIRST_PAYLOAD_BYTE)
        {
            firstByte = data.get(position + (int)(FIRST_PAYLOAD_BYTE - bytes)) & 0xFF;
        }
        crc32c.update(data);
        data.position(position);
        crc32.update(data);
        data.position(position);
        bytes += length;
    }

    /**
     * The checksum of the complete answer, of which {@code reply} describes the end.
     *
     * @param mode             transaction_replay_checksum
     * @param readsInsertId    the statement reads LAST_INSERT_ID() (for {@code no_insert_id})
     */
    // hot path: no allocation
    long finish(final Reply reply, final RwSplitConfig.TrxChecksum mode, final boolean readsInsertId)
    {
        if (mode == RwSplitConfig.TrxChecksum.NO_INSERT_ID && readsInsertId)
        {
            return 0;
        }
        if (firstByte == ERR)
        {
            return 0x8000_0000_0000_0000L | (long)reply.errorCode() << 32 | reply.sqlState().hashCode() & 0xFFFF_FFFFL;
        }
        if (firstByte == OK)
        {
            if (mode != RwSplitConfig.TrxChecksum.FULL)
            {
                return 0;
            }
            long h = reply.affectedRows();
            h = h * 31 + reply.lastInsertId();
            return h * 31 + reply.warnings();
        }
        return crc32c.getValue() << 32 | crc32.getValue();
    }
}
