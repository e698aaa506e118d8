package io.sluice.protocol.mysql.classify;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Function names as the classifier sorts them. A call of a name that is none of these, nor a keyword
 * that takes parentheses ({@link #isKeywordBeforeParenthesis}), is a stored or user-defined function:
 * it may write, so it runs on the primary (as in MaxScale).
 */
final class BuiltinFunctions
{
    /** Read-only built-in functions of MariaDB 11 (any server may run them). */
    private static final Set<String> READ_ONLY = set(
        // control flow, comparison, information
        "IF", "IFNULL", "NULLIF", "COALESCE", "GREATEST", "LEAST", "ISNULL", "INTERVAL", "NVL", "NVL2", "DECODE",
        "DECODE_ORACLE", "DECODE_HISTOGRAM", "BENCHMARK", "BINLOG_GTID_POS", "CHARSET", "COERCIBILITY", "COLLATION",
        "CONNECTION_ID", "CURRENT_ROLE", "CURRENT_USER", "DATABASE", "SCHEMA", "USER", "SESSION_USER", "SYSTEM_USER",
        "VERSION", "DEFAULT", "VALUES", "VALUE", "SLEEP", "ROW", "CAST", "CONVERT", "BINARY", "MATCH", "EXISTS",
        "MASTER_POS_WAIT", "MASTER_GTID_WAIT", "SOURCE_POS_WAIT", "LOAD_FILE", "UUID", "UUID_SHORT", "SYS_GUID",
        "SYS_CONTEXT", "ROWNUM", "SFORMAT", "KDF", "NATURAL_SORT_KEY", "FORMAT_BYTES", "FORMAT_PICO_TIME",
        "IS_IPV4", "IS_IPV6", "IS_IPV4_COMPAT", "IS_IPV4_MAPPED", "INET_ATON", "INET_NTOA", "INET6_ATON",
        "INET6_NTOA", "INET4", "INET6", "WSREP_LAST_SEEN_GTID", "WSREP_LAST_WRITTEN_GTID", "WSREP_SYNC_WAIT_UPTO_GTID",
        "GTID_SUBSET", "GTID_SUBTRACT", "NAME_CONST", "TO_CHAR", "TO_NUMBER", "CHR", "ADD_MONTHS", "MONTHS_BETWEEN",
        // aggregates and windows
        "AVG", "BIT_AND", "BIT_OR", "BIT_XOR", "COUNT", "GROUP_CONCAT", "JSON_ARRAYAGG", "JSON_OBJECTAGG", "MAX", "MIN",
        "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "SUM", "VARIANCE", "VAR_POP", "VAR_SAMP", "CUME_DIST",
        "DENSE_RANK", "FIRST_VALUE", "LAG", "LAST_VALUE", "LEAD", "NTH_VALUE", "NTILE", "PERCENT_RANK", "RANK",
        "ROW_NUMBER", "PERCENTILE_CONT", "PERCENTILE_DISC", "MEDIAN", "ANY_VALUE",
        // strings
        "ASCII", "BIN", "BIT_LENGTH", "CHAR", "CHAR_LENGTH", "CHARACTER_LENGTH", "CONCAT", "CONCAT_WS", "ELT",
        "EXPORT_SET", "EXTRACTVALUE", "FIELD", "FIND_IN_SET", "FORMAT", "FROM_BASE64", "HEX", "INSERT", "INSTR",
        "LCASE", "LEFT", "LENGTH", "LENGTHB", "LIKE", "LOCATE", "LOWER", "LPAD", "LTRIM", "MAKE_SET", "MID",
        "OCT", "OCTET_LENGTH", "ORD", "POSITION", "QUOTE", "REPEAT", "REPLACE", "REVERSE", "RIGHT", "RPAD",
        "RTRIM", "SOUNDEX", "SPACE", "STRCMP", "SUBSTR", "SUBSTRING", "SUBSTRING_INDEX", "TO_BASE64", "TRIM",
        "TRIM_ORACLE", "LTRIM_ORACLE", "RTRIM_ORACLE", "LPAD_ORACLE", "RPAD_ORACLE", "REPLACE_ORACLE",
        "SUBSTR_ORACLE", "CONCAT_OPERATOR_ORACLE", "UCASE", "UNHEX", "UPPER", "UPDATEXML", "WEIGHT_STRING",
        "REGEXP", "REGEXP_INSTR", "REGEXP_REPLACE", "REGEXP_SUBSTR", "RLIKE", "NATIONAL", "CHARACTER", "NCHAR",
        // numbers
        "ABS", "BIT_COUNT", "ACOS", "ASIN", "ATAN", "ATAN2", "CEIL", "CEILING", "CONV", "COS", "COT", "CRC32", "CRC32C",
        "DEGREES", "DIV", "EXP", "FLOOR", "LN", "LOG", "LOG10", "LOG2", "MOD", "OCT", "PI", "POW", "POWER",
        "RADIANS", "RAND", "ROUND", "SIGN", "SIN", "SQRT", "TAN", "TRUNCATE",
        // dates and times
        "ADDDATE", "ADDTIME", "CONVERT_TZ", "CURDATE", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
        "CURTIME", "DATE", "DATEDIFF", "DATE_ADD", "DATE_FORMAT", "DATE_SUB", "DAY", "DAYNAME", "DAYOFMONTH",
        "DAYOFWEEK", "DAYOFYEAR", "EXTRACT", "FROM_DAYS", "FROM_UNIXTIME", "GET_FORMAT", "HOUR", "LAST_DAY",
        "LOCALTIME", "LOCALTIMESTAMP", "MAKEDATE", "MAKETIME", "MICROSECOND", "MINUTE", "MONTH", "MONTHNAME",
        "NOW", "PERIOD_ADD", "PERIOD_DIFF", "QUARTER", "SECOND", "SEC_TO_TIME", "STR_TO_DATE", "SUBDATE",
        "SUBTIME", "SYSDATE", "TIME", "TIMEDIFF", "TIMESTAMP", "TIMESTAMPADD", "TIMESTAMPDIFF", "TIME_FORMAT",
        "TIME_TO_SEC", "TO_DAYS", "TO_SECONDS", "UNIX_TIMESTAMP", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP",
        "WEEK", "WEEKDAY", "WEEKOFYEAR", "YEAR", "YEARWEEK", "TRUNC",
        // encryption, hashing, compression
        "AES_DECRYPT", "AES_ENCRYPT", "COMPRESS", "DECODE", "DES_DECRYPT", "DES_ENCRYPT", "ENCODE", "ENCRYPT",
        "MD5", "OLD_PASSWORD", "PASSWORD", "RANDOM_BYTES", "SHA", "SHA1", "SHA2", "UNCOMPRESS",
        "UNCOMPRESSED_LENGTH",
        // dynamic columns
        "COLUMN_ADD", "COLUMN_CHECK", "COLUMN_CREATE", "COLUMN_DELETE", "COLUMN_EXISTS", "COLUMN_GET",
        "COLUMN_JSON", "COLUMN_LIST",
        // geometry constructors (the ST_ and MBR families are matched by prefix)
        "AREA", "ASBINARY", "ASTEXT", "ASWKB", "ASWKT", "BOUNDARY", "BUFFER", "CENTROID", "CONTAINS",
        "CONVEXHULL", "CROSSES", "DIMENSION", "DISJOINT", "ENDPOINT", "ENVELOPE", "EQUALS", "EXTERIORRING",
        "GEOMCOLLFROMTEXT", "GEOMCOLLFROMWKB", "GEOMETRYCOLLECTION", "GEOMETRYCOLLECTIONFROMTEXT",
        "GEOMETRYCOLLECTIONFROMWKB", "GEOMETRYFROMTEXT", "GEOMETRYFROMWKB", "GEOMETRYN", "GEOMETRYTYPE",
        "GEOMFROMTEXT", "GEOMFROMWKB", "GLENGTH", "INTERIORRINGN", "INTERSECTS", "ISCLOSED", "ISEMPTY", "ISRING",
        "ISSIMPLE", "LINEFROMTEXT", "LINEFROMWKB", "LINESTRING", "LINESTRINGFROMTEXT", "LINESTRINGFROMWKB",
        "MLINEFROMTEXT", "MLINEFROMWKB", "MPOINTFROMTEXT", "MPOINTFROMWKB", "MPOLYFROMTEXT", "MPOLYFROMWKB",
        "MULTILINESTRING", "MULTILINESTRINGFROMTEXT", "MULTILINESTRINGFROMWKB", "MULTIPOINT",
        "MULTIPOINTFROMTEXT", "MULTIPOINTFROMWKB", "MULTIPOLYGON", "MULTIPOLYGONFROMTEXT", "MULTIPOLYGONFROMWKB",
        "NUMGEOMETRIES", "NUMINTERIORRINGS", "NUMPOINTS", "OVERLAPS", "POINT", "POINTFROMTEXT", "POINTFROMWKB",
        "POINTN", "POINTONSURFACE", "POLYFROMTEXT", "POLYFROMWKB", "POLYGON", "POLYGONFROMTEXT", "POLYGONFROMWKB",
        "SRID", "STARTPOINT", "TOUCHES", "WITHIN", "X", "Y", "GEOMETRY",
        // sequences read without side effects, lock-free information
        "LAST_VALUE", "ROWNUM", "DATABASE");

    /** Read on the primary only: their value is that of the server that ran the previous statements. */
    private static final Set<String> PRIMARY_READ = set("LAST_INSERT_ID");
    /** Belong to the server of the previous statement. */
    private static final Set<String> PREVIOUS = set("FOUND_ROWS", "ROW_COUNT");
    /** Lock and sequence functions: they change state on the server that runs them. */
    private static final Set<String> PRIMARY_WRITE = set("GET_LOCK", "RELEASE_LOCK", "RELEASE_ALL_LOCKS",
        "IS_FREE_LOCK", "IS_USED_LOCK", "NEXTVAL", "LASTVAL", "SETVAL");

    /** Words that take a parenthesis without being a function call. */
    private static final Set<String> KEYWORDS = set(
        "IN", "ON", "USING", "AS", "FROM", "JOIN", "AND", "OR", "NOT", "XOR", "SELECT", "WHERE", "INTO", "OVER",
        "INDEX", "KEY", "PARTITION", "PARTITIONS", "ALL", "ANY", "SOME", "IS", "BETWEEN", "WHEN", "THEN", "ELSE",
        "CASE", "RETURN", "UNION", "EXCEPT", "INTERSECT", "MINUS", "BY", "HAVING", "LIMIT", "OFFSET", "SET", "TABLE",
        "WITH", "RECURSIVE", "LATERAL", "DISTINCT", "DISTINCTROW", "USE", "FORCE", "IGNORE", "FOR", "TO", "OF",
        "AGAINST", "ROWS", "RANGE", "PRECEDING", "FOLLOWING", "ESCAPE", "GROUP", "ORDER", "STRAIGHT_JOIN", "NATURAL",
        "CROSS", "INNER", "OUTER", "DUAL", "LOCK", "SHARE", "MODE", "UPDATE", "DELETE", "ASC", "DESC", "END",
        "ELSEIF", "WHILE", "DO", "RETURNS", "PRIMARY", "UNIQUE", "FOREIGN", "REFERENCES", "CHECK", "CONSTRAINT",
        "GENERATED", "ALWAYS", "VIRTUAL", "PERSISTENT", "STORED", "COLUMNS", "PATH", "NESTED", "ORDINALITY",
        "WINDOW", "SOUNDS", "SEPARATOR", "WITHIN", "NULL", "TRUE", "FALSE", "UNKNOWN", "LOCAL", "SESSION", "GLOBAL",
        "PERIOD", "SYSTEM_TIME", "HISTORY", "PORTION", "OUTFILE", "DUMPFILE", "ROLLUP", "CUBE", "FETCH", "NEXT",
        "FIRST", "ONLY", "TIES", "EXPLAIN", "DESCRIBE", "ANALYZE", "VALUES", "RETURNING", "DUPLICATE",
        "HIGH_PRIORITY", "LOW_PRIORITY", "SQL_CALC_FOUND_ROWS", "SQL_NO_CACHE", "SQL_CACHE", "SQL_SMALL_RESULT",
        "SQL_BIG_RESULT", "SQL_BUFFER_RESULT", "INTERSECT", "CALL", "INSERT", "REPLACE", "TEMPORARY", "EXISTS",
        "IF", "ATOMIC", "BEGIN", "LOOP", "REPEAT", "UNTIL", "HANDLER", "DECLARE", "CURSOR", "CONDITION", "ARRAY",
        "SIGNAL", "RESIGNAL", "COLLATE", "ZEROFILL", "UNSIGNED", "SIGNED", "NOWAIT", "WAIT", "SKIP", "LOCKED",
        // types, in CAST(x AS DECIMAL(10,2)) and column definitions
        "DECIMAL", "DEC", "NUMERIC", "FIXED", "FLOAT", "DOUBLE", "REAL", "INT", "INTEGER", "TINYINT", "SMALLINT",
        "MEDIUMINT", "BIGINT", "INT1", "INT2", "INT3", "INT4", "INT8", "VARCHAR", "VARCHAR2", "VARBINARY", "BIT",
        "DATETIME", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB",
        "ENUM", "NVARCHAR", "JSON", "VECTOR", "RAW", "NUMBER", "CLOB", "LONG", "SERIAL", "BOOL", "BOOLEAN",
        "MULTIPOINT", "LINESTRING",
        // interval units: CAST(a AS INTERVAL DAY_SECOND(6))
        "DAY_SECOND", "DAY_MINUTE", "DAY_HOUR", "DAY_MICROSECOND", "HOUR_MINUTE", "HOUR_SECOND", "HOUR_MICROSECOND",
        "MINUTE_SECOND", "MINUTE_MICROSECOND", "SECOND_MICROSECOND", "YEAR_MONTH");

    private BuiltinFunctions()
    {
    }

    private static Set<String> set(final String... names)
    {
        return Set.copyOf(new HashSet<>(Arrays.asList(names)));
    }

    /** How a call of {@code upperName} classifies. */
    enum Kind
    {
        READ_ONLY, PRIMARY_READ, PREVIOUS, PRIMARY_WRITE, STORED
    }

    static Kind kind(final String name)
    {
        final String upper = name.toUpperCase(Locale.ROOT);
        if (PRIMARY_READ.contains(upper))
        {
            return Kind.PRIMARY_READ;
        }
        if (PREVIOUS.contains(upper))
        {
            return Kind.PREVIOUS;
        }
        if (PRIMARY_WRITE.contains(upper))
        {
            return Kind.PRIMARY_WRITE;
        }
        if (READ_ONLY.contains(upper) || upper.startsWith("JSON_") || upper.startsWith("ST_")
            || upper.startsWith("MBR") || upper.startsWith("VEC_") || upper.startsWith("REGEXP_"))
        {
            return Kind.READ_ONLY;
        }
        return Kind.STORED;
    }

    static boolean isKeywordBeforeParenthesis(final String name)
    {
        return KEYWORDS.contains(name.toUpperCase(Locale.ROOT));
    }
}
