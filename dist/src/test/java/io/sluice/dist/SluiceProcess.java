package io.sluice.dist;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** bin/sluice of the built distribution as a real process, with its output in files. */
final class SluiceProcess implements AutoCloseable
{
    static final Path HOME = Path.of(System.getProperty("sluice.home"));

    private final Process process;
    private final Path out;
    private final Path err;

    private SluiceProcess(final Process process, final Path out, final Path err)
    {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Writes the configuration to dir, starts Sluice with the distribution's plugins and waits for its ready line. */
    static SluiceProcess start(final Path dir, final String config) throws Exception
    {
        return start(dir, config, HOME.resolve("plugins"));
    }

    /** Writes the configuration to dir, starts Sluice with the plugins directory given and waits for its ready line. */
    static SluiceProcess start(final Path dir, final String config, final Path plugins) throws Exception
    {
        Files.createDirectories(dir);
        final Path file = dir.resolve("sluice.cnf");
        Files.writeString(file, config);
        final Path out = dir.resolve("out.txt");
        final Path err = dir.resolve("err.txt");
        final ProcessBuilder pb = new ProcessBuilder(List.of(HOME.resolve("bin/sluice").toString(), "--config",
            file.toString(), "--plugins", plugins.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("SLUICE_JAVA_OPTS");
        final SluiceProcess sluice = new SluiceProcess(pb.start(), out, err);
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(out).contains("ready:"))
        {
            if (!sluice.process.isAlive() || System.nanoTime() > deadlineNs)
            {
                sluice.close();
                throw new IllegalStateException("sluice did not start: " + Files.readString(out)
                        + Files.readString(err));
            }
            Thread.sleep(50);
        }
        return sluice;
    }

    /** Everything the process printed so far. */
    String log() throws IOException
    {
        return Files.readString(out) + Files.readString(err);
    }

    long pid()
    {
        return process.pid();
    }

    boolean isAlive()
    {
        return process.isAlive();
    }

    static int freePort() throws IOException
    {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException
    {
        process.destroy(); // SIGTERM: a graceful stop
        if (!process.waitFor(20, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
        }
    }
}
