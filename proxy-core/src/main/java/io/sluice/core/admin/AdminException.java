package io.sluice.core.admin;

/** A request the admin API refuses: the HTTP status and the one-line detail of its {@code errors} document. */
public final class AdminException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int status;

    public AdminException(final int status, final String detail)
    {
        super(detail, null, false, false);
        this.status = status;
    }

    public int status()
    {
        return status;
    }

    public static AdminException notFound(final String detail)
    {
        return new AdminException(404, detail);
    }

    public static AdminException badRequest(final String detail)
    {
        return new AdminException(400, detail);
    }
}
