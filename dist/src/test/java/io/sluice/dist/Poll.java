package io.sluice.dist;

/** Waits for a condition in the tests of this module, checking it every 50 ms. */
final class Poll
{
    /** A condition that may need a query or a socket to answer. */
    interface Check
    {
        boolean ok() throws Exception;
    }

    private Poll()
    {
    }

    /** True as soon as the check holds, false if it still does not after timeoutMs (checked once more then). */
    static boolean waitFor(final Check check, final long timeoutMs) throws Exception
    {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline)
        {
            if (check.ok())
            {
                return true;
            }
            Thread.sleep(50);
        }
        return check.ok();
    }
}
