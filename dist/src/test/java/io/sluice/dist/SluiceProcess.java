package io.sluice.dist;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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

    /** Waits until the output has a match of {@code regex}; fails, showing the output, after patienceMs. */
    void awaitLog(final String regex, final long patienceMs) throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMs);
        final Pattern pattern = Pattern.compile(regex);
        while (!pattern.matcher(log()).find())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                fail("no '" + regex + "' in the log within " + patienceMs + " ms:\n" + log());
            }
            Thread.sleep(50);
        }
    }

    /** A request without a body to the admin API on adminPort, as the default admin/mariadb account. */
    static HttpResponse<String> admin(final int adminPort, final String method, final String path,
        final Duration timeout) throws Exception
    {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path))
            .header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:mariadb".getBytes(StandardCharsets.UTF_8)))
            .timeout(timeout)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A number the service's router publishes in its router_diagnostics ({@code GET /v1/services/NAME}). */
    static long routerDiagnostic(final int adminPort, final String service, final String name) throws Exception
    {
        final String body = admin(adminPort, "GET", "/v1/services/" + service, Duration.ofSeconds(30)).body();
        final Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(body);
        assertTrue(m.find(), name + " in " + body);
        return Long.parseLong(m.group(1));
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
