package io.sluice.core.config;

/**
 * A configuration error, located in a file and (when known) a line.
 *
 * <p>{@link #getMessage()} is exactly {@code file:line: message}, or {@code file: message} when the
 * error concerns the whole file (line 0), so it can be shown to the operator as is.
 */
public final class ConfigException extends Exception
{
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String detail;

    /**
     * @param file   the configuration file name as the operator knows it
     * @param line   1-based line number, or 0 when the error concerns the whole file
     * @param detail what is wrong, without the location prefix
     */
    public ConfigException(String file, int line, String detail)
    {
        this(file, line, detail, null);
    }

    /** Same as {@link #ConfigException(String, int, String)} with an underlying cause. */
    public ConfigException(String file, int line, String detail, Throwable cause)
    {
        super(format(file, line, detail), cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    private static String format(String file, int line, String detail)
    {
        return line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail;
    }

    /** The configuration file name. */
    public String file()
    {
        return file;
    }

    /** The 1-based line number, or 0 when the error concerns the whole file. */
    public int line()
    {
        return line;
    }

    /** The message without the {@code file:line: } prefix. */
    public String detail()
    {
        return detail;
    }
}
