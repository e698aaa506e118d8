package io.sluice.api;

/**
 * The module API version a module was built against, {@code major.minor}.
 *
 * @param major bumped by a change that breaks modules built before it
 * @param minor bumped by an additive change
 */
public record ApiVersion(int major, int minor)
{
    /** The core's API version. */
    public static final ApiVersion CURRENT = new ApiVersion(2, 2);

    public ApiVersion
    {
        if (major < 0 || minor < 0)
        {
            throw new IllegalArgumentException("API version parts must not be negative: " + major + "." + minor);
        }
    }

    /**
     * Why a module built against this version cannot run on a core of version {@code core}, or
     * null when it can: the majors must be equal and this minor must not be newer.
     */
    public String refusalOn(final ApiVersion core)
    {
        if (major != core.major)
        {
            return "module API major version " + major + " differs from the core's " + core.major
                + " (module built for API " + this + ", core has " + core + ")";
        }
        if (minor > core.minor)
        {
            return "module API version " + this + " is newer than the core's " + core;
        }
        return null;
    }

    @Override
    public String toString()
    {
        return major + "." + minor;
    }
}
