package io.sluice.bench;

import io.sluice.protocol.mysql.classify.Canonicalizer;
import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.StatementClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The statement classifier on sysbench's OLTP statements, each in a direct buffer as a worker reads it.
 *
 * <ul>
 *   <li>{@code cachedPointSelect}: {@code SELECT c FROM sbtest1 WHERE id=N} with N different on every call
 *       (written into the buffer, part of the cost): lex, canonicalise, hash, cache hit. Target &lt; 150 ns,
 *       0 B/op.</li>
 *   <li>{@code uncachedOltp}: the nine statements of oltp_read_write in turn (point select, range, sum, order,
 *       distinct, index and non-index update, delete, insert) with the cache disabled: every call is a full
 *       classification, the result and its table names allocated. Target &lt; 2 µs.</li>
 *   <li>{@code canonicalizeOnlyBaseline}: the lexing and canonicalisation of the point select alone, the
 *       floor of every call.</li>
 * </ul>
 */
@State(Scope.Thread)
public class ClassifierBenchmark extends SluiceBenchmark
{
    static final String[] OLTP = {
        "SELECT c FROM sbtest1 WHERE id=5023",
        "SELECT c FROM sbtest1 WHERE id BETWEEN 4907 AND 5006",
        "SELECT SUM(k) FROM sbtest1 WHERE id BETWEEN 4907 AND 5006",
        "SELECT c FROM sbtest1 WHERE id BETWEEN 4907 AND 5006 ORDER BY c",
        "SELECT DISTINCT c FROM sbtest1 WHERE id BETWEEN 4907 AND 5006 ORDER BY c",
        "UPDATE sbtest1 SET k=k+1 WHERE id=5023",
        "UPDATE sbtest1 SET c='83868641912-28773972837-60736120486-75162659906' WHERE id=5023",
        "DELETE FROM sbtest1 WHERE id=5023",
        "INSERT INTO sbtest1 (id, k, c, pad) VALUES (5023, 4997, '68487932199-96439406143-93774651418', "
            + "'22195207048-70116052123-74140395089-76317954521-98694025897')",
    };
    private static final byte[] POINT_SELECT_PREFIX =
        "SELECT c FROM sbtest1 WHERE id=".getBytes(StandardCharsets.UTF_8);

    private final StatementClassifier cached = new StatementClassifier();
    private final StatementClassifier uncached = new StatementClassifier(0, 0);
    private final Canonicalizer canonicalizer = new Canonicalizer();
    private final ByteBuffer pointSelect = ByteBuffer.allocateDirect(64);
    private final ByteBuffer[] oltp = new ByteBuffer[OLTP.length];
    private final int[] oltpLengths = new int[OLTP.length];
    private int id;
    private int next;

    @Setup
    public void setUp()
    {
        pointSelect.put(0, POINT_SELECT_PREFIX);
        for (int i = 0; i < OLTP.length; i++)
        {
            final byte[] bytes = OLTP[i].getBytes(StandardCharsets.UTF_8);
            oltp[i] = ByteBuffer.allocateDirect(bytes.length);
            oltp[i].put(0, bytes);
            oltpLengths[i] = bytes.length;
        }
    }

    /** Writes the next id after the prefix; returns the statement's length. */
    private int nextPointSelect()
    {
        int n = id = (id + 7919) & 0xFFFFF;
        int at = POINT_SELECT_PREFIX.length + 7;
        final int end = at;
        do
        {
            pointSelect.put(--at, (byte)('0' + n % 10));
            n /= 10;
        }
        while (n != 0);
        // left-align the digits
        final int digits = end - at;
        for (int k = 0; k < digits; k++)
        {
            pointSelect.put(POINT_SELECT_PREFIX.length + k, pointSelect.get(at + k));
        }
        return POINT_SELECT_PREFIX.length + digits;
    }

    @Benchmark
    public Classification cachedPointSelect()
    {
        return cached.classify(pointSelect, 0, nextPointSelect());
    }

    @Benchmark
    public Classification uncachedOltp()
    {
        final int i = next;
        next = i + 1 == OLTP.length ? 0 : i + 1;
        return uncached.classify(oltp[i], 0, oltpLengths[i]);
    }

    @Benchmark
    public int canonicalizeOnlyBaseline()
    {
        canonicalizer.canonicalize(pointSelect, 0, nextPointSelect(), 0);
        return canonicalizer.hash();
    }
}
