package io.sluice.testcluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finding and ending mariadbd processes through /proc (Linux only). A process is only ever
 * signalled after its command line shows it is a mariadbd of the expected data directory, so a
 * reused pid is never hit.
 */
final class Processes
{
    private static final Path PROC = Path.of("/proc");
    private static final long POLL_MS = 50;

    private Processes()
    {
    }

    /** The effective uid of this JVM, from /proc/self/status; -1 if unknown. */
    static long effectiveUid()
    {
        try
        {
            for (final String line : Files.readAllLines(PROC.resolve("self/status"), StandardCharsets.UTF_8))
            {
                if (line.startsWith("Uid:"))
                {
                    // Uid: real effective saved filesystem
                    return Long.parseLong(line.substring(4).trim().split("\\s+")[1]);
                }
            }
        }
        catch (final IOException | RuntimeException e)
        {
            // not Linux: fall through
        }
        return -1;
    }

    /** The process's arguments, empty if it does not exist or cannot be read. */
    static List<String> commandLine(final long pid)
    {
        try
        {
            final byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            if (raw.length == 0)
            {
                return List.of();
            }
            final int end = raw[raw.length - 1] == 0 ? raw.length - 1 : raw.length;
            return Arrays.asList(new String(raw, 0, end, StandardCharsets.UTF_8).split("\0", -1));
        }
        catch (final IOException e)
        {
            return List.of();
        }
    }

    /** The {@code --datadir} of a running mariadbd, empty if the process is not a mariadbd (or gone). */
    static Optional<Path> mariadbdDataDir(final long pid)
    {
        if (!isRunning(pid))
        {
            return Optional.empty();
        }
        final List<String> args = commandLine(pid);
        if (args.isEmpty() || !Path.of(args.get(0)).getFileName().toString().equals("mariadbd"))
        {
            return Optional.empty();
        }
        for (final String arg : args)
        {
            if (arg.startsWith("--datadir="))
            {
                return Optional.of(Path.of(arg.substring("--datadir=".length())).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** Whether pid is a running mariadbd whose data directory is dataDir. */
    static boolean isMariadbdOf(final long pid, final Path dataDir)
    {
        final Path expected = dataDir.toAbsolutePath().normalize();
        return mariadbdDataDir(pid).map(expected::equals).orElse(false);
    }

    /** Every running mariadbd whose data directory lies under root. */
    static List<Long> mariadbdUnder(final Path root)
    {
        final Path prefix = root.toAbsolutePath().normalize();
        final List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC))
        {
            for (final Path entry : entries)
            {
                final String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit))
                {
                    continue;
                }
                final long pid = Long.parseLong(name);
                if (mariadbdDataDir(pid).map(dir -> dir.startsWith(prefix)).orElse(false))
                {
                    found.add(pid);
                }
            }
        }
        catch (final IOException e)
        {
            // no /proc: nothing to find
        }
        return found;
    }

    /** Alive and not a zombie (an exited child not yet reaped counts as gone). */
    static boolean isRunning(final long pid)
    {
        try
        {
            final String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"),
                    StandardCharsets.UTF_8);
            // pid (comm) S ...: the state follows the last ')', as comm may contain anything
            final int close = stat.lastIndexOf(')');
            return close > 0 && close + 2 < stat.length() && stat.charAt(close + 2) != 'Z'
                    && stat.charAt(close + 2) != 'X';
        }
        catch (final IOException e)
        {
            // no such process; or no /proc at all (not Linux), then ask the JDK
            return !Files.isDirectory(PROC) && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /**
     * Ends the given processes: SIGTERM to all at once (mariadbd shuts down cleanly), then SIGKILL
     * to those still running after gracefulTimeout. Returns the pids that survived even that.
     */
    static List<Long> terminate(final Collection<Long> pids, final Duration gracefulTimeout)
    {
        for (final long pid : pids)
        {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        List<Long> alive = awaitGone(pids, gracefulTimeout);
        if (!alive.isEmpty())
        {
            for (final long pid : alive)
            {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            alive = awaitGone(alive, Duration.ofSeconds(10));
        }
        return alive;
    }

    /** SIGKILL, at once (a crash: no clean shutdown); returns the pids still running 10 s later. */
    static List<Long> kill(final Collection<Long> pids)
    {
        for (final long pid : pids)
        {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        return awaitGone(pids, Duration.ofSeconds(10));
    }

    private static List<Long> awaitGone(final Collection<Long> pids, final Duration timeout)
    {
        final long deadlineNs = System.nanoTime() + timeout.toNanos();
        List<Long> alive = new ArrayList<>(pids);
        while (true)
        {
            alive.removeIf(pid -> !isRunning(pid));
            if (alive.isEmpty() || System.nanoTime() - deadlineNs > 0)
            {
                return alive;
            }
            sleep(POLL_MS);
        }
    }

    static void sleep(final long ms)
    {
        try
        {
            Thread.sleep(ms);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted", e);
        }
    }
}
