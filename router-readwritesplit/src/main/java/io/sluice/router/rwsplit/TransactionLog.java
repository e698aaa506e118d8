package io.sluice.router.rwsplit;

import io.sluice.api.Query;
import io.sluice.protocol.mysql.classify.Classification;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The open transaction's statements as its server was sent them, with the checksum of each answer
 * the client got, for {@code transaction_replay} (MaxScale's {@code Trx}). Every packet that goes to
 * the transaction's server while it is open is an entry, in order, so the answers, which come in the
 * same order, match entries one by one ({@link #answered}); an entry that is not to be replayed (a
 * prepare: the session history brings it to a new server) keeps its place but is skipped.
 *
 * <p>The entries' buffers are kept from one transaction to the next: a session whose transactions
 * fit in what it has held before allocates nothing. Worker thread only.
 */
final class TransactionLog
{
    /** One statement of the transaction. */
    static final class Entry
    {
        final HeldQuery query = new HeldQuery();
        /** Sent again by a replay (false: its effect comes back another way, e.g. the history). */
        boolean replayed;
        /** Its answer came, and {@link #checksum} is the checksum of what the client got. */
        boolean answered;
        long checksum;
        /** It reads LAST_INSERT_ID() (transaction_replay_checksum=no_insert_id ignores its answer). */
        boolean readsInsertId;
        /** It ends the transaction with COMMIT. */
        boolean commits;
        /** Its bytes are kept (false past transaction_replay_max_size: it only keeps its place). */
        boolean stored;
        /** Which of its server connection's client answers is its ({@link RwBackend#clientRequests}). */
        long answerSeq;
    }


    private final long maxSizeBytes;
    private final String tooBig;
    private final List<Entry> entries = new ArrayList<>();
    private int count;
    /** The first entry whose answer has not come (entries without an answer are skipped). */
    private int nextAnswer;
    private long sizeBytes;
    /** Why this transaction cannot be replayed, or null. */
    private String unreplayable;

    TransactionLog(final long maxSizeBytes)
    {
        this.maxSizeBytes = maxSizeBytes;
        this.tooBig = "the transaction is bigger than transaction_replay_max_size (" + maxSizeBytes + " bytes)";
    }

    /**
     * Records a packet sent to the transaction's server. Returns false if the transaction just became
     * too big to replay (transaction_replay_max_size): from then on entries keep their place but not
     * their bytes.
     */
    // hot path: no allocation (once the session has held as many entries, as big)
    boolean add(final ByteBuffer packet, final Query query, final Classification c, final long answerSeq,
        final boolean replayed, final boolean readsInsertId, final boolean commits)
    {
        if (count == entries.size())
        {
            entries.add(new Entry());
        }
        final Entry e = entries.get(count++);
        e.answered = !query.expectsResponse();
        e.answerSeq = answerSeq;
        e.checksum = 0;
        e.readsInsertId = readsInsertId;
        e.commits = commits;
        e.replayed = replayed;
        sizeBytes += packet.remaining();
        final boolean fits = sizeBytes <= maxSizeBytes;
        e.stored = fits;
        if (fits)
        {
            final int position = packet.position();
            e.query.copy(packet, query, c, 0);
            packet.position(position);
            return true;
        }
        if (unreplayable == tooBig)
        {
            return true; // said already
        }
        unreplayable = tooBig;
        return false;
    }

    /** Marks the transaction as one that cannot be replayed, and says why (the first reason stays). */
    void unreplayable(final String why)
    {
        if (unreplayable == null)
        {
            unreplayable = why;
        }
    }

    /** Why the transaction cannot be replayed, or null if it can. */
    String unreplayableReason()
    {
        return unreplayable;
    }

    /** The entry whose answer comes next, or null if every entry has its answer. */
    Entry awaitingAnswer()
    {
        while (nextAnswer < count && entries.get(nextAnswer).answered)
        {
            nextAnswer++;
        }
        return nextAnswer < count ? entries.get(nextAnswer) : null;
    }

    /** The answer of {@link #awaitingAnswer()} is complete and the client got it: its checksum. */
    void answered(final long checksum)
    {
        final Entry e = awaitingAnswer();
        if (e != null)
        {
            e.answered = true;
            e.checksum = checksum;
            nextAnswer++;
        }
    }

    /** Entries sent whose answers have not come. */
    int unanswered()
    {
        int n = 0;
        for (int i = nextAnswer; i < count; i++)
        {
            if (!entries.get(i).answered)
            {
                n++;
            }
        }
        return n;
    }

    int size()
    {
        return count;
    }

    Entry entry(final int index)
    {
        return entries.get(index);
    }

    boolean isEmpty()
    {
        return count == 0;
    }

    /**
     * The transaction ended with the answer just recorded: its entries go; entries sent after it (the
     * client's next statements, already on their way) stay, as the next transaction's.
     */
    void endTransaction()
    {
        final int keep = count - nextAnswer;
        for (int i = 0; i < keep; i++)
        {
            final Entry moved = entries.get(nextAnswer + i);
            entries.set(nextAnswer + i, entries.get(i));
            entries.set(i, moved);
        }
        count = keep;
        nextAnswer = 0;
        sizeBytes = 0;
        unreplayable = null;
        for (int i = 0; i < count; i++)
        {
            final Entry e = entries.get(i);
            sizeBytes += e.stored ? e.query.packet().remaining() : maxSizeBytes;
            if (!e.stored)
            {
                unreplayable = tooBig;
            }
        }
    }

    /** Forgets everything (a reset of the session). */
    void clear()
    {
        count = 0;
        nextAnswer = 0;
        sizeBytes = 0;
        unreplayable = null;
    }
}
