package io.sluice.protocol.mysql.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every type bit, operation and flag of the issue, each from a statement that must produce it. The
 * expected text is {@link Classification#describe()}: {@code OPERATION BITS FLAGS TABLES [tmp= name= inner=]}.
 */
class ClassifierTypesTest
{
    private static Classification c(final String sql)
    {
        return QueryClassifier.classify(sql, 0);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        // reads, writes, primary-only reads
        "SELECT a FROM t1 WHERE b = 1 => SELECT READ - t1",
        "(SELECT a FROM t1) UNION (SELECT b FROM db2.t2) => SELECT READ - t1,db2.t2",
        "WITH c AS (SELECT a FROM t1) SELECT * FROM c => SELECT READ - t1",
        "WITH RECURSIVE r (n) AS (SELECT 1 UNION SELECT n + 1 FROM r WHERE n < 3), s AS (SELECT a FROM t2) "
            + "SELECT * FROM r, s, t3 => SELECT READ - t2,t3",
        "VALUES (1, 2) => SELECT READ - -",
        "INSERT INTO t1 (a) VALUES (1) => INSERT WRITE - t1",
        "REPLACE INTO db.t1 SELECT * FROM t2 => INSERT WRITE - db.t1,t2",
        "UPDATE t1 SET a = 1 WHERE b IN (SELECT b FROM t2) => UPDATE WRITE - t1,t2",
        "DELETE FROM t1 WHERE a = 1 => DELETE WRITE - t1",
        "DELETE t1, t2 FROM t1 JOIN t2 ON t1.a = t2.a => DELETE WRITE - t1,t2",
        "SELECT LAST_INSERT_ID() => SELECT READ|MASTER_READ PRIMARY_FN -",
        "SELECT @@last_insert_id, @@identity => SELECT READ|MASTER_READ PRIMARY_FN -",
        "SELECT FOUND_ROWS() => SELECT READ|MASTER_READ PREVIOUS|PRIMARY_FN -",
        "SELECT ROW_COUNT() => SELECT READ|MASTER_READ PREVIOUS|PRIMARY_FN -",
        "SELECT GET_LOCK('l', 10) => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT RELEASE_LOCK('l'), IS_FREE_LOCK('l') => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT RELEASE_ALL_LOCKS(), IS_USED_LOCK('l') => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT NEXTVAL(s1), LASTVAL(s1) => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT SETVAL(s1, 10) => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT NEXT VALUE FOR s1 => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT PREVIOUS VALUE FOR s1 => SELECT READ|WRITE PRIMARY_FN -",
        "SELECT my_udf(a) FROM t1 => SELECT READ|WRITE STORED_FN t1",
        "SELECT db.f() FROM t1 => SELECT READ|WRITE STORED_FN t1",
        "SELECT CONCAT(a, 'x'), COUNT(*), NOW() FROM t1 => SELECT READ - t1",
        "SELECT a FROM t1 FOR UPDATE => SELECT READ|WRITE LOCKING_READ t1",
        "SELECT a FROM t1 LOCK IN SHARE MODE => SELECT READ|WRITE LOCKING_READ t1",
        "SELECT a INTO @x FROM t1 => SELECT USERVAR_WRITE INTO t1",
        "SELECT a, b INTO @x, @y FROM t1 => SELECT USERVAR_WRITE INTO t1",
        "SELECT a INTO OUTFILE '/tmp/x' FROM t1 => SELECT WRITE INTO t1",
        "SELECT a INTO DUMPFILE '/tmp/x' FROM t1 => SELECT WRITE INTO t1",
        "SELECT EXTRACT(YEAR FROM d), TRIM(LEADING 'x' FROM s) FROM t1 => SELECT READ - t1",
        // variables
        "SELECT @a => SELECT READ|USERVAR_READ - -",
        "SELECT @a := 1 => SELECT READ|USERVAR_WRITE - -",
        "SET @a = 1 => SET USERVAR_WRITE - -",
        "SET @a := @b + 1 => SET USERVAR_WRITE|USERVAR_READ - -",
        "SELECT @@max_allowed_packet => SELECT READ|SYSVAR_READ - -",
        "SELECT @@session.sql_mode => SELECT READ|SYSVAR_READ - -",
        "SELECT @@global.read_only => SELECT READ|GSYSVAR_READ - -",
        "SET GLOBAL max_connections = 100 => SET GSYSVAR_WRITE - -",
        "SET @@global.max_connections = 100 => SET GSYSVAR_WRITE - -",
        "SET GLOBAL a = 1, b = 2 => SET GSYSVAR_WRITE - -",
        "SET wait_timeout = 10 => SET SESSION_WRITE - -",
        "SET SESSION wait_timeout = 10 => SET SESSION_WRITE - -",
        "SET @@session.wait_timeout = 10 => SET SESSION_WRITE - -",
        "SET LOCAL wait_timeout = 10 => SET SESSION_WRITE - -",
        "SET sql_mode = 'ANSI_QUOTES' => SET SESSION_WRITE SQL_MODE -",
        // session writes
        "SET NAMES utf8mb4 => SET SESSION_WRITE - -",
        "SET NAMES utf8mb4 COLLATE utf8mb4_bin => SET SESSION_WRITE - -",
        "SET CHARACTER SET utf8 => SET SESSION_WRITE - -",
        "SET CHARSET utf8 => SET SESSION_WRITE - -",
        "SET ROLE r1 => SET SESSION_WRITE - -",
        "USE db1 => CHANGE_DB SESSION_WRITE - -",
        "SET PASSWORD = PASSWORD('x') => SET WRITE - -",
        "SET DEFAULT ROLE r1 FOR u1 => SET WRITE - -",
        // autocommit: the literal decides
        "SET autocommit = 0 => SET SESSION_WRITE|BEGIN_TRX|DISABLE_AUTOCOMMIT - -",
        "SET autocommit = 1 => SET SESSION_WRITE|ENABLE_AUTOCOMMIT|COMMIT - -",
        "SET autocommit = OFF => SET SESSION_WRITE|BEGIN_TRX|DISABLE_AUTOCOMMIT - -",
        "SET AUTOCOMMIT = true => SET SESSION_WRITE|ENABLE_AUTOCOMMIT|COMMIT - -",
        "SET @@autocommit = 0 => SET SESSION_WRITE|BEGIN_TRX|DISABLE_AUTOCOMMIT - -",
        "SET SESSION autocommit = 'ON' => SET SESSION_WRITE|ENABLE_AUTOCOMMIT|COMMIT - -",
        "SET GLOBAL autocommit = 0 => SET GSYSVAR_WRITE - -",
        "SET autocommit = @x => SET SESSION_WRITE|USERVAR_READ - -",
        // transactions
        "BEGIN => TRANSACTION BEGIN_TRX - -",
        "BEGIN WORK => TRANSACTION BEGIN_TRX - -",
        "START TRANSACTION => TRANSACTION BEGIN_TRX - -",
        "START TRANSACTION READ ONLY => TRANSACTION BEGIN_TRX|READONLY - -",
        "START TRANSACTION READ WRITE => TRANSACTION BEGIN_TRX|READWRITE - -",
        "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY => TRANSACTION BEGIN_TRX|READONLY - -",
        "COMMIT => TRANSACTION COMMIT - -",
        "COMMIT WORK AND CHAIN => TRANSACTION BEGIN_TRX|COMMIT - -",
        "ROLLBACK => TRANSACTION ROLLBACK - -",
        "ROLLBACK TO SAVEPOINT sp1 => TRANSACTION WRITE - -",
        "SAVEPOINT sp1 => TRANSACTION WRITE - -",
        "RELEASE SAVEPOINT sp1 => TRANSACTION WRITE - -",
        "XA START 'x1' => TRANSACTION BEGIN_TRX XA -",
        "XA END 'x1' => TRANSACTION WRITE XA -",
        "XA PREPARE 'x1' => TRANSACTION WRITE XA -",
        "XA COMMIT 'x1' => TRANSACTION COMMIT XA -",
        "XA ROLLBACK 'x1' => TRANSACTION ROLLBACK XA -",
        "SET TRANSACTION READ ONLY => SET_TRANSACTION READONLY|NEXT_TRX - -",
        "SET TRANSACTION READ WRITE => SET_TRANSACTION READWRITE|NEXT_TRX - -",
        "SET SESSION TRANSACTION READ ONLY => SET_TRANSACTION SESSION_WRITE|READONLY - -",
        "SET GLOBAL TRANSACTION ISOLATION LEVEL SERIALIZABLE => SET_TRANSACTION GSYSVAR_WRITE - -",
        // implicit commits
        "CREATE TABLE t1 (a INT) => CREATE_TABLE WRITE|COMMIT IMPLICIT_COMMIT t1",
        "CREATE TABLE IF NOT EXISTS db.t1 LIKE t2 => CREATE_TABLE WRITE|COMMIT IMPLICIT_COMMIT db.t1,t2",
        "ALTER TABLE t1 ADD b INT => ALTER_TABLE WRITE|COMMIT IMPLICIT_COMMIT t1",
        "DROP TABLE IF EXISTS t1, t2 => DROP_TABLE WRITE|COMMIT IMPLICIT_COMMIT t1,t2",
        "RENAME TABLE t1 TO t2 => ALTER_TABLE WRITE|COMMIT IMPLICIT_COMMIT t1,t2",
        "TRUNCATE TABLE t1 => TRUNCATE WRITE|COMMIT IMPLICIT_COMMIT t1",
        "CREATE DATABASE d1 => CREATE WRITE|COMMIT IMPLICIT_COMMIT -",
        "CREATE USER u1 IDENTIFIED BY 'x' => CREATE_USER WRITE|COMMIT IMPLICIT_COMMIT -",
        "CREATE ROLE r1 => CREATE_ROLE WRITE|COMMIT IMPLICIT_COMMIT -",
        "GRANT SELECT ON *.* TO u1 => GRANT WRITE|COMMIT IMPLICIT_COMMIT -",
        "REVOKE SELECT ON *.* FROM u1 => REVOKE WRITE|COMMIT IMPLICIT_COMMIT -",
        "LOCK TABLES t1 READ, t2 AS x WRITE => LOCK WRITE|COMMIT IMPLICIT_COMMIT t1,t2",
        "UNLOCK TABLES => LOCK WRITE|COMMIT IMPLICIT_COMMIT -",
        // temporary tables
        "CREATE TEMPORARY TABLE tmp1 (a INT) => CREATE_TABLE WRITE|CREATE_TMP_TABLE - tmp1 tmp=tmp1",
        "CREATE TEMPORARY TABLE IF NOT EXISTS db.tmp1 AS SELECT * FROM t1 "
            + "=> CREATE_TABLE WRITE|CREATE_TMP_TABLE - db.tmp1,t1 tmp=db.tmp1",
        "DROP TEMPORARY TABLE tmp1, tmp2 => DROP_TABLE WRITE DROP_TMP tmp1,tmp2 tmp=tmp1,tmp2",
        // prepared statements
        "PREPARE s1 FROM 'SELECT a FROM t1 WHERE b = ?' "
            + "=> PREPARE PREPARE_NAMED_STMT - - name=s1 inner=[SELECT READ - t1]",
        "PREPARE s1 FROM 'INSERT INTO t1 VALUES (?)' "
            + "=> PREPARE PREPARE_NAMED_STMT - - name=s1 inner=[INSERT WRITE - t1]",
        "PREPARE s1 FROM @sql => PREPARE USERVAR_READ|PREPARE_NAMED_STMT - - name=s1",
        "EXECUTE s1 => EXECUTE EXEC_STMT - - name=s1",
        "EXECUTE s1 USING @a, 5 => EXECUTE USERVAR_READ|EXEC_STMT - - name=s1",
        "DEALLOCATE PREPARE s1 => DEALLOCATE DEALLOC_PREPARE - - name=s1",
        "DROP PREPARE s1 => DEALLOCATE DEALLOC_PREPARE - - name=s1",
        "EXECUTE IMMEDIATE 'SELECT 1' => EXECUTE READ - - inner=[SELECT READ - -]",
        "EXECUTE IMMEDIATE 'DELETE FROM t1' => EXECUTE WRITE - t1 inner=[DELETE WRITE - t1]",
        "EXECUTE IMMEDIATE @sql => EXECUTE WRITE|USERVAR_READ - -",
        // statements tied to the previous one
        "SHOW WARNINGS => SHOW READ PREVIOUS -",
        "SHOW ERRORS LIMIT 1 => SHOW READ PREVIOUS -",
        "SHOW COUNT(*) WARNINGS => SHOW READ PREVIOUS -",
        "GET DIAGNOSTICS @n = NUMBER => OTHER READ|USERVAR_WRITE PREVIOUS -",
        "GET DIAGNOSTICS CONDITION 1 @e = MESSAGE_TEXT => OTHER READ|USERVAR_WRITE PREVIOUS -",
        // others
        "CALL p1(1, @a) => CALL WRITE CALL -",
        "LOAD DATA LOCAL INFILE '/tmp/x' INTO TABLE t1 => LOAD_LOCAL WRITE LOAD_LOCAL t1",
        "LOAD DATA INFILE '/tmp/x' REPLACE INTO TABLE t1 => LOAD WRITE - t1",
        "KILL 42 => KILL WRITE KILL -",
        "KILL QUERY 42 => KILL WRITE KILL -",
        "SHOW DATABASES => SHOW_DATABASES READ - -",
        "SHOW TABLES => SHOW READ - -",
        "SHOW VARIABLES LIKE 'max%' => SHOW SYSVAR_READ - -",
        "SHOW GLOBAL VARIABLES => SHOW GSYSVAR_READ - -",
        "SHOW MASTER STATUS => SHOW MASTER_READ - -",
        "SHOW CREATE TABLE db.t1 => SHOW READ - db.t1",
        "SHOW COLUMNS FROM t1 FROM db => SHOW READ - db.t1",
        "EXPLAIN SELECT * FROM t1 => EXPLAIN READ - t1",
        "EXPLAIN UPDATE t1 SET a = 1 => EXPLAIN READ|WRITE - t1",
        "EXPLAIN FORMAT=JSON INSERT INTO t1 VALUES (1) => EXPLAIN READ|WRITE - t1",
        "DESCRIBE t1 => EXPLAIN READ - t1",
        "ANALYZE SELECT * FROM t1 => SELECT READ - t1",
        "ANALYZE UPDATE t1 SET a = 1 => UPDATE WRITE - t1",
        "ANALYZE TABLE t1 => OTHER WRITE|COMMIT IMPLICIT_COMMIT t1",
        "DO 1 => DO READ|WRITE - -",
        "FLUSH TABLES => OTHER WRITE - -",
        "SET STATEMENT max_statement_time = 1 FOR SELECT a FROM t1 => SELECT READ - t1",
        "SELECT 1; SELECT 2 => SELECT READ|WRITE MULTI -",
        "SELECT 1; INSERT INTO t1 VALUES (1) => SELECT READ|WRITE MULTI t1",
        "BEGIN; UPDATE t1 SET a = 1; COMMIT => TRANSACTION WRITE|BEGIN_TRX|COMMIT MULTI t1",
        "SELECT 1; => SELECT READ - -",
        "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END => CREATE WRITE|COMMIT IMPLICIT_COMMIT -",
        "BEGIN NOT ATOMIC SELECT 1; END => OTHER WRITE - -",
    })
    void shouldClassify(final String sql, final String expected)
    {
        assertEquals(expected, c(sql).describe(), sql);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''", "' '", "'-- only a comment'", "'/* only a comment */'", "';'", "'garbage that is not sql'",
        "'((('", "')))'", "''''", "'SET'", "'SET @'", "'SET x'", "'PREPARE'", "'EXECUTE IMMEDIATE'",
        "'123'", "'@a'", "'CREATE'", "'DROP'", "'SHOW'", "'XA'", "'LOAD'", "'GET'",
    })
    void shouldClassifyWhatItCannotReadAsAWriteToThePrimary(final String sql)
    {
        final Classification r = c(sql);
        assertTrue(r.is(QueryType.WRITE) || r.typeMask() != 0, sql + " -> " + r.describe());
        assertFalse(r.isReadOnly(), sql + " -> " + r.describe());
    }

    @Test
    void shouldMarkUnknownStatementsUnparsed()
    {
        final Classification r = c("FROBNICATE THE DATABASE");
        assertEquals(QueryType.WRITE, r.typeMask());
        assertTrue(r.has(Classification.FLAG_UNPARSED));
        assertEquals(Operation.UNDEFINED, r.operation());
        assertTrue(c("").has(Classification.FLAG_UNPARSED));
    }

    @Test
    void shouldNameTheInnerStatementAndKeepTheOuterSessionBits()
    {
        final Classification r = c("PREPARE `my stmt` FROM 'SELECT LAST_INSERT_ID()'");
        assertEquals("my stmt", r.preparedName());
        assertEquals(QueryType.READ | QueryType.MASTER_READ, r.inner().typeMask());
        assertEquals(QueryType.PREPARE_NAMED_STMT, r.typeMask());
        assertNull(c("SELECT 1").preparedName());
        assertNull(c("SELECT 1").inner());
    }

    @Test
    void shouldTellReadsFromEverythingElse()
    {
        assertTrue(c("SELECT a FROM t1").isReadOnly());
        assertTrue(c("SELECT @@version, @a").isReadOnly());
        assertTrue(c("SHOW TABLES").isReadOnly());
        assertFalse(c("SELECT LAST_INSERT_ID()").isReadOnly());
        assertFalse(c("SELECT a FROM t1 FOR UPDATE").isReadOnly());
        assertFalse(c("SELECT 1 INTO @a").isReadOnly());
        assertFalse(c("SELECT 1; SELECT 2").isReadOnly());
        assertFalse(c("SET @a = 1").isReadOnly());
        assertFalse(c("BEGIN").isReadOnly());
    }

    @Test
    void shouldRoundTripTheNames()
    {
        final int mask = QueryType.READ | QueryType.SESSION_WRITE | QueryType.NEXT_TRX | QueryType.DEALLOC_PREPARE;
        assertEquals("READ|SESSION_WRITE|DEALLOC_PREPARE|NEXT_TRX", QueryType.toString(mask));
        assertEquals(mask, QueryType.parse(QueryType.toString(mask)));
        assertEquals("UNKNOWN", QueryType.toString(0));
        final int flags = Classification.FLAG_CALL | Classification.FLAG_UNPARSED;
        assertEquals(flags, Classification.parseFlags(Classification.flagsToString(flags)));
        assertEquals(List.of("t1"), c("select * from t1 where 1").tables());
    }
}
