package io.sluice.core.plugins;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is written to System.err (where slf4j-simple logs, looking System.err up at each event)
 * while open, and still passes it on to the original stream. Thread-safe; use one at a time.
 */
public final class LogCapture implements AutoCloseable
{
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public LogCapture()
    {
        final OutputStream tee = new OutputStream()
        {
            @Override
            public void write(final int b)
            {
                synchronized (captured)
                {
                    captured.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(final byte[] b, final int off, final int len)
            {
                synchronized (captured)
                {
                    captured.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** Everything captured so far. */
    public String text()
    {
        synchronized (captured)
        {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** How many times {@code needle} occurs in the captured text. */
    int count(final String needle)
    {
        final String text = text();
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length()))
        {
            count++;
        }
        return count;
    }

    @Override
    public void close()
    {
        System.err.flush();
        System.setErr(original);
    }
}
