package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.StatementClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MaxScale's routing rules over the real statement classifier, statement by statement. */
class RouteRulesTest
{
    private final StatementClassifier classifier = new StatementClassifier();

    private Classification classify(final String sql, final boolean prepare)
    {
        final ByteBuffer b = ByteBuffer.wrap(sql.getBytes(StandardCharsets.UTF_8));
        return prepare ? classifier.classifyPrepare(b, 0, b.limit()) : classifier.classify(b, 0, b.limit());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SELECT @@server_id | SLAVE",
        "SELECT c FROM sbtest1 WHERE id = 42 | SLAVE",
        "SELECT FOUND_ROWS() | LAST",
        "SELECT ROW_COUNT() | LAST",
        "SHOW WARNINGS | LAST",
        "SHOW ERRORS | LAST",
        "SHOW COUNT(*) WARNINGS | LAST",
        "SHOW COUNT(*) ERRORS | LAST",
        "SHOW WARNINGS LIMIT 1 | LAST",
        "GET DIAGNOSTICS @n = NUMBER | LAST",
        "GET DIAGNOSTICS CONDITION 1 @m = MESSAGE_TEXT | LAST",
        "SELECT @@warning_count | LAST",
        "SELECT @@error_count | LAST",
        "SELECT @@session.warning_count | LAST",
        "SELECT LAST_INSERT_ID() | MASTER",
        "SELECT * FROM t FOR UPDATE | MASTER",
        "SELECT 1; SELECT 2 | MASTER",
        "CALL p() | MASTER",
        "INSERT INTO t VALUES (1) | MASTER",
        "UPDATE t SET a = 1 | MASTER",
        "SET @v = 1 | ALL",
        "SET NAMES utf8mb4 | ALL",
        "SET SESSION sql_mode = 'ANSI' | ALL",
        "SET autocommit = 0 | ALL",
        "USE db | ALL",
        "PREPARE s FROM 'SELECT 1' | ALL",
        "DEALLOCATE PREPARE s | ALL",
        "SET TRANSACTION READ ONLY | MASTER",
        "BEGIN | MASTER",
        "START TRANSACTION READ ONLY | SLAVE",
        "SELECT GET_LOCK('a', 1) | MASTER",
        "SELECT @v | SLAVE",
        "LOAD DATA LOCAL INFILE 'x' INTO TABLE t | MASTER",
        "this is not sql | MASTER",
    })
    void shouldRouteOutsideATransactionAsMaxScaleDoes(final String sql, final Route expected)
    {
        final Classification c = classify(sql, false);
        assertEquals(expected, RouteRules.query(c, false, false, false, false, false), c.describe());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SELECT @@server_id, ? + 1 | true",
        "SELECT c FROM sbtest1 WHERE id = ? | true",
        "SELECT ? * 2 | true",
        "UPDATE rw SET v = ? WHERE id = 0 | false",
        "SELECT LAST_INSERT_ID() | false",
    })
    void shouldExecutePreparedReadsOnReplicas(final String sql, final boolean onReplica)
    {
        final Classification c = classify(sql, true);
        assertEquals(onReplica, RouteRules.executesOnReplica(c, false), c.describe());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SELECT @@server_id | MASTER",
        "SET @v = 1 | ALL",
        "COMMIT | MASTER",
    })
    void shouldKeepATransactionOnItsServer(final String sql, final Route expected)
    {
        assertEquals(expected, RouteRules.query(classify(sql, false), false, true, false, false, false));
        assertEquals(expected == Route.MASTER ? Route.SLAVE : expected,
            RouteRules.query(classify(sql, false), false, true, true, false, false), "read-only transaction");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SET @v = 1 | MASTER",
        "SELECT @v | MASTER",
        "SELECT @@server_id | SLAVE",
    })
    void shouldKeepUserVariablesOnThePrimaryWithUseSqlVariablesInMaster(final String sql, final Route expected)
    {
        assertEquals(expected, RouteRules.query(classify(sql, false), true, false, false, false, false));
    }
}
