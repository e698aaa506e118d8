package io.sluice.protocol.mysql.classify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What real clients send: every statement of sysbench's OLTP scripts (oltp_common.lua), and what
 * MariaDB Connector/J, MySQL Connector/J and the mariadb command-line client send on their own at login.
 */
class ClassifierClientStatementsTest
{
    @ParameterizedTest(name = "sysbench: {0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "SELECT c FROM sbtest1 WHERE id=5023 => SELECT READ - sbtest1",
        "SELECT c FROM sbtest7 WHERE id BETWEEN 4 AND 103 => SELECT READ - sbtest7",
        "SELECT SUM(k) FROM sbtest1 WHERE id BETWEEN 4 AND 103 => SELECT READ - sbtest1",
        "SELECT c FROM sbtest1 WHERE id BETWEEN 4 AND 103 ORDER BY c => SELECT READ - sbtest1",
        "SELECT DISTINCT c FROM sbtest1 WHERE id BETWEEN 4 AND 103 ORDER BY c => SELECT READ - sbtest1",
        "UPDATE sbtest1 SET k=k+1 WHERE id=5023 => UPDATE WRITE - sbtest1",
        "UPDATE sbtest1 SET c='83868641912-28773972837' WHERE id=5023 => UPDATE WRITE - sbtest1",
        "DELETE FROM sbtest1 WHERE id=5023 => DELETE WRITE - sbtest1",
        "INSERT INTO sbtest1 (id, k, c, pad) VALUES (5023, 4997, '6863-8211', '2287-0739') => INSERT WRITE - sbtest1",
        "BEGIN => TRANSACTION BEGIN_TRX - -",
        "COMMIT => TRANSACTION COMMIT - -",
        "SELECT c FROM sbtest1 WHERE id=? => SELECT READ - sbtest1",
    })
    void shouldClassifySysbench(final String sql, final String expected)
    {
        assertEquals(expected, QueryClassifier.classify(sql, 0).describe());
    }

    @ParameterizedTest(name = "login: {0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        // MariaDB Connector/J 3.x
        "set autocommit=1,sql_mode=concat(@@sql_mode,',STRICT_TRANS_TABLES'),session_track_schema=1,"
            + "session_track_system_variables=CONCAT(@@global.session_track_system_variables,"
            + "',auto_increment_increment') "
            + "=> SET SESSION_WRITE|SYSVAR_READ|GSYSVAR_READ|ENABLE_AUTOCOMMIT|COMMIT SQL_MODE -",
        "SELECT @@max_allowed_packet,@@wait_timeout => SELECT READ|SYSVAR_READ - -",
        "set session transaction isolation level read committed => SET_TRANSACTION SESSION_WRITE - -",
        "SET SESSION TRANSACTION READ ONLY => SET_TRANSACTION SESSION_WRITE|READONLY - -",
        "SET SESSION TRANSACTION READ WRITE => SET_TRANSACTION SESSION_WRITE|READWRITE - -",
        "set autocommit=0 => SET SESSION_WRITE|BEGIN_TRX|DISABLE_AUTOCOMMIT - -",
        // MariaDB Connector/J 2.x
        "select @@max_allowed_packet,@@system_time_zone,@@time_zone,@@auto_increment_increment "
            + "=> SELECT READ|SYSVAR_READ - -",
        "SET NAMES utf8mb4 => SET SESSION_WRITE - -",
        // MySQL Connector/J 8
        "/* mysql-connector-j-8.0.33 (Revision: 7d6b0800528b6b25c68b52dc10d6c1c8429c100c) */"
            + "SELECT  @@session.auto_increment_increment AS auto_increment_increment, "
            + "@@character_set_client AS character_set_client, "
            + "@@character_set_connection AS character_set_connection, "
            + "@@character_set_results AS character_set_results, "
            + "@@character_set_server AS character_set_server, @@collation_server AS collation_server, "
            + "@@collation_connection AS collation_connection, @@init_connect AS init_connect, "
            + "@@interactive_timeout AS interactive_timeout, @@license AS license, "
            + "@@lower_case_table_names AS lower_case_table_names, @@max_allowed_packet AS max_allowed_packet, "
            + "@@net_write_timeout AS net_write_timeout, @@performance_schema AS performance_schema, "
            + "@@sql_mode AS sql_mode, @@system_time_zone AS system_time_zone, @@time_zone AS time_zone, "
            + "@@transaction_isolation AS transaction_isolation, @@wait_timeout AS wait_timeout "
            + "=> SELECT READ|SYSVAR_READ - -",
        "SET character_set_results = NULL => SET SESSION_WRITE - -",
        "SET autocommit=1 => SET SESSION_WRITE|ENABLE_AUTOCOMMIT|COMMIT - -",
        "SHOW WARNINGS => SHOW READ PREVIOUS -",
        "SHOW VARIABLES LIKE 'aurora\\_version' => SHOW SYSVAR_READ - -",
        // the mariadb command-line client
        "select @@version_comment limit 1 => SELECT READ|SYSVAR_READ - -",
        "SELECT DATABASE() => SELECT READ - -",
        "show databases => SHOW_DATABASES READ - -",
        "show tables => SHOW READ - -",
        "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci => SET SESSION_WRITE - -",
    })
    void shouldClassifyWhatConnectorsSendAtLogin(final String sql, final String expected)
    {
        assertEquals(expected, QueryClassifier.classify(sql, 0).describe());
    }
}
