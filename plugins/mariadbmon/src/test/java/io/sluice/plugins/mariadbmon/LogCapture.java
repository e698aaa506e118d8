package io.sluice.plugins.mariadbmon;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the monitor logs (slf4j-simple writes each line to the current {@code System.err}), kept
 * while it also goes to the real standard error. Close to restore.
 */
final class LogCapture implements AutoCloseable
{
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    LogCapture()
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

    String text()
    {
        synchronized (captured)
        {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Where the log is now, for {@link #linesSince}. */
    int mark()
    {
        return text().length();
    }

    /** The lines captured after the mark that contain the text. */
    List<String> linesSince(final int mark, final String containing)
    {
        return text().substring(mark).lines().filter(l -> l.contains(containing)).toList();
    }

    /** The captured lines that contain the text. */
    List<String> lines(final String containing)
    {
        return text().lines().filter(l -> l.contains(containing)).toList();
    }

    /** Waits until a line contains the text; returns it. */
    String await(final String containing, final Duration timeout)
    {
        final long deadlineNs = System.nanoTime() + timeout.toNanos();
        while (true)
        {
            final List<String> found = lines(containing);
            if (!found.isEmpty())
            {
                return found.get(0);
            }
            if (System.nanoTime() - deadlineNs > 0)
            {
                fail("no log line with '" + containing + "' within " + timeout.toMillis() + " ms");
            }
            Await.pause();
        }
    }

    @Override
    public void close()
    {
        System.setErr(original);
    }
}
