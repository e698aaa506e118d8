package io.sluice.protocol.mysql.wire;

/** Command bytes: the first payload byte of every client command packet. */
public final class Commands
{
    public static final int COM_SLEEP = 0x00;
    public static final int COM_QUIT = 0x01;
    public static final int COM_INIT_DB = 0x02;
    public static final int COM_QUERY = 0x03;
    public static final int COM_FIELD_LIST = 0x04;
    public static final int COM_CREATE_DB = 0x05;
    public static final int COM_DROP_DB = 0x06;
    public static final int COM_REFRESH = 0x07;
    public static final int COM_SHUTDOWN = 0x08;
    public static final int COM_STATISTICS = 0x09;
    public static final int COM_PROCESS_INFO = 0x0A;
    public static final int COM_CONNECT = 0x0B;
    public static final int COM_PROCESS_KILL = 0x0C;
    public static final int COM_DEBUG = 0x0D;
    public static final int COM_PING = 0x0E;
    public static final int COM_TIME = 0x0F;
    public static final int COM_DELAYED_INSERT = 0x10;
    public static final int COM_CHANGE_USER = 0x11;
    public static final int COM_BINLOG_DUMP = 0x12;
    public static final int COM_TABLE_DUMP = 0x13;
    public static final int COM_CONNECT_OUT = 0x14;
    public static final int COM_REGISTER_SLAVE = 0x15;
    public static final int COM_STMT_PREPARE = 0x16;
    public static final int COM_STMT_EXECUTE = 0x17;
    public static final int COM_STMT_SEND_LONG_DATA = 0x18;
    public static final int COM_STMT_CLOSE = 0x19;
    public static final int COM_STMT_RESET = 0x1A;
    public static final int COM_SET_OPTION = 0x1B;
    public static final int COM_STMT_FETCH = 0x1C;
    public static final int COM_DAEMON = 0x1D;
    public static final int COM_BINLOG_DUMP_GTID = 0x1E;
    public static final int COM_RESET_CONNECTION = 0x1F;
    public static final int COM_STMT_BULK_EXECUTE = 0xFA;

    private Commands()
    {
    }

    /** False only for the commands the server never answers (MaxScale's mxs_mysql_command_will_respond). */
    public static boolean willRespond(final int command)
    {
        return command != COM_STMT_SEND_LONG_DATA && command != COM_QUIT && command != COM_STMT_CLOSE;
    }

    /** True for the commands whose payload starts with a prepared statement id (4 bytes after the command byte). */
    public static boolean namesStatement(final int command)
    {
        return command == COM_STMT_EXECUTE || command == COM_STMT_FETCH || command == COM_STMT_SEND_LONG_DATA
            || command == COM_STMT_RESET || command == COM_STMT_CLOSE || command == COM_STMT_BULK_EXECUTE;
    }

    /** The command's name for logs ({@code COM_QUERY}), or its number in hex. */
    public static String name(final int command)
    {
        switch (command)
        {
            case COM_QUIT: return "COM_QUIT";
            case COM_INIT_DB: return "COM_INIT_DB";
            case COM_QUERY: return "COM_QUERY";
            case COM_FIELD_LIST: return "COM_FIELD_LIST";
            case COM_STATISTICS: return "COM_STATISTICS";
            case COM_PROCESS_KILL: return "COM_PROCESS_KILL";
            case COM_PING: return "COM_PING";
            case COM_CHANGE_USER: return "COM_CHANGE_USER";
            case COM_STMT_PREPARE: return "COM_STMT_PREPARE";
            case COM_STMT_EXECUTE: return "COM_STMT_EXECUTE";
            case COM_STMT_SEND_LONG_DATA: return "COM_STMT_SEND_LONG_DATA";
            case COM_STMT_CLOSE: return "COM_STMT_CLOSE";
            case COM_STMT_RESET: return "COM_STMT_RESET";
            case COM_SET_OPTION: return "COM_SET_OPTION";
            case COM_STMT_FETCH: return "COM_STMT_FETCH";
            case COM_RESET_CONNECTION: return "COM_RESET_CONNECTION";
            case COM_STMT_BULK_EXECUTE: return "COM_STMT_BULK_EXECUTE";
            default: return "command 0x" + Integer.toHexString(command);
        }
    }
}
