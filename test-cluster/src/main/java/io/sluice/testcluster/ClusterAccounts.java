package io.sluice.testcluster;

import java.util.List;

/**
 * The accounts and databases every {@link TestCluster} has. They are created on the primary and
 * reach the replicas by replication; only root's local accounts ({@code root@localhost},
 * {@code root@127.0.0.1}, {@code root@::1}) come from the initial data directory, already with
 * {@link #ROOT_PASSWORD}, so root can log in everywhere at any time.
 */
public final class ClusterAccounts
{
    /** {@code root@'%'} (and root's local accounts): ALL PRIVILEGES WITH GRANT OPTION. */
    public static final String ROOT_USER = "root";
    public static final String ROOT_PASSWORD = "root_pw";

    /** {@code repl@'%'}: REPLICATION SLAVE; the replicas replicate as this user. */
    public static final String REPL_USER = "repl";
    public static final String REPL_PASSWORD = "repl_pw";

    /**
     * {@code sluice@'%'}: the proxy's service account. Reads the user accounts (SELECT on
     * {@code mysql.*}), SHOW DATABASES, kills other users' queries (CONNECTION ADMIN), reads
     * replication state (REPLICATION CLIENT, SLAVE MONITOR).
     */
    public static final String SLUICE_USER = "sluice";
    public static final String SLUICE_PASSWORD = "sluice_pw";

    /**
     * {@code sluice_mon@'%'}: for the monitor. SUPER, RELOAD, PROCESS, SHOW DATABASES, EVENT,
     * REPLICATION CLIENT, REPLICATION SLAVE ADMIN, READ_ONLY ADMIN, BINLOG ADMIN, CONNECTION ADMIN,
     * SLAVE MONITOR.
     */
    public static final String MONITOR_USER = "sluice_mon";
    public static final String MONITOR_PASSWORD = "mon_pw";

    /** {@code app@'%'}: ALL PRIVILEGES on {@link #DATABASE} and {@link #DATABASE_2} only. */
    public static final String APP_USER = "app";
    public static final String APP_PASSWORD = "app_pw";

    /** The two (empty) databases the cluster starts with. */
    public static final String DATABASE = "test";
    public static final String DATABASE_2 = "test2";

    private ClusterAccounts()
    {
    }

    /** Run on the primary once, as root, right after the first start; replicated to the replicas. */
    static List<String> setupStatements()
    {
        return List.of(
            "CREATE USER '" + ROOT_USER + "'@'%' IDENTIFIED BY '" + ROOT_PASSWORD + "'",
            "GRANT ALL PRIVILEGES ON *.* TO '" + ROOT_USER + "'@'%' WITH GRANT OPTION",
            "CREATE USER '" + REPL_USER + "'@'%' IDENTIFIED BY '" + REPL_PASSWORD + "'",
            "GRANT REPLICATION SLAVE ON *.* TO '" + REPL_USER + "'@'%'",
            "CREATE USER '" + SLUICE_USER + "'@'%' IDENTIFIED BY '" + SLUICE_PASSWORD + "'",
            "GRANT SELECT ON mysql.* TO '" + SLUICE_USER + "'@'%'",
            "GRANT SHOW DATABASES, CONNECTION ADMIN, REPLICATION CLIENT, SLAVE MONITOR ON *.* TO '"
                + SLUICE_USER + "'@'%'",
            "CREATE USER '" + MONITOR_USER + "'@'%' IDENTIFIED BY '" + MONITOR_PASSWORD + "'",
            "GRANT SUPER, RELOAD, PROCESS, SHOW DATABASES, EVENT, REPLICATION CLIENT, REPLICATION SLAVE ADMIN,"
                + " READ_ONLY ADMIN, BINLOG ADMIN, CONNECTION ADMIN, SLAVE MONITOR ON *.* TO '"
                + MONITOR_USER + "'@'%'",
            "CREATE DATABASE " + DATABASE,
            "CREATE DATABASE " + DATABASE_2,
            "CREATE USER '" + APP_USER + "'@'%' IDENTIFIED BY '" + APP_PASSWORD + "'",
            "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + APP_USER + "'@'%'",
            "GRANT ALL PRIVILEGES ON " + DATABASE_2 + ".* TO '" + APP_USER + "'@'%'");
    }
}
