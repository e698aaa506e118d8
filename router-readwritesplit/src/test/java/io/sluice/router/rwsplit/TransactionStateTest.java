package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.StatementClassifier;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionStateTest
{
    private final StatementClassifier classifier = new StatementClassifier();
    private final TransactionState trx = new TransactionState();

    private boolean statement(final String sql)
    {
        final ByteBuffer b = ByteBuffer.wrap(sql.getBytes(StandardCharsets.UTF_8));
        final Classification c = classifier.classify(b, 0, b.limit());
        return trx.statement(c);
    }

    @Test
    void shouldFollowBeginCommitAndReadOnlyTransactions()
    {
        assertFalse(trx.isActive());
        assertTrue(statement("START TRANSACTION READ ONLY"));
        assertTrue(trx.isActive() && trx.isReadOnly());
        assertFalse(statement("SELECT 1"));
        statement("COMMIT");
        assertTrue(trx.isEnding());
        trx.serverStatus(TransactionState.SERVER_STATUS_AUTOCOMMIT);
        assertFalse(trx.isActive());
        assertTrue(statement("BEGIN"));
        assertTrue(trx.isActive());
        assertFalse(trx.isReadOnly());
    }

    @Test
    void shouldTreatAutocommitOffAsAlwaysInATransaction()
    {
        assertTrue(statement("SET autocommit = 0"));
        assertTrue(trx.isActive());
        statement("COMMIT");
        trx.serverStatus(0); // no transaction open, autocommit off
        assertTrue(trx.isActive(), "the next statement starts one");
        statement("SET autocommit = 1");
        assertFalse(trx.isActive());
    }

    @Test
    void shouldTakeTheServersWordFromTheStatusFlags()
    {
        final int inTrans = TransactionState.SERVER_STATUS_IN_TRANS | TransactionState.SERVER_STATUS_AUTOCOMMIT;
        assertTrue(trx.serverStatus(inTrans), "a transaction the statements did not show (begun in a CALL)");
        assertTrue(trx.isActive());
        statement("CREATE TABLE t (a INT)"); // an implicit commit
        trx.serverStatus(TransactionState.SERVER_STATUS_AUTOCOMMIT);
        assertFalse(trx.isActive());
    }
}
