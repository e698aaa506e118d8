package io.sluice.testcluster;

import java.nio.file.Path;

/**
 * A test JVM that starts a cluster and ends without closing it, for {@link LeftoverServersIT}:
 * {@code halt} ends as a killed JVM does, without running shutdown hooks (the servers are left
 * behind); {@code wait} runs until its standard input closes or it is told to end (its shutdown
 * hook must then stop the servers). Prints the pids, then {@code started}.
 */
public final class AbortedRun
{
    private AbortedRun()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final TestCluster cluster = TestCluster.start(Path.of(args[0]));
        for (final ServerInfo server : cluster.servers())
        {
            System.out.println(server.pid());
        }
        System.out.println("started");
        System.out.flush();
        switch (args[1])
        {
            case "halt" -> Runtime.getRuntime().halt(0);
            // until stdin closes or the JVM is told to end (the shutdown hook then runs)
            case "wait" -> System.in.read();
            default -> throw new IllegalArgumentException("halt or wait, not " + args[1]);
        }
        System.exit(0);
    }
}
