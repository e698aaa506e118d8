package io.sluice.testcluster;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * JUnit 5 access to one {@link TestCluster} per test JVM: started when the first test class that
 * uses the extension starts, stopped when the test run ends (it lives in the root context's store
 * as an {@link AutoCloseable}). Test classes share it, so each should use its own tables.
 *
 * <pre>
 * &#64;ExtendWith(MariaDbClusterExtension.class)
 * class ReadWriteSplitIT
 * {
 *     &#64;Test
 *     void routesReads(final TestCluster cluster) throws Exception
 *     {
 *         cluster.execute(cluster.primary(), "CREATE TABLE test.t (id INT PRIMARY KEY)");
 *         ...
 *     }
 * }
 * </pre>
 * The cluster is injected into test, lifecycle and constructor parameters of type
 * {@link TestCluster}, and {@link #cluster()} returns it from anywhere (a static field
 * initializer runs too early; a {@code @BeforeAll} method is fine). Its data root is the system
 * property {@value #DIR_PROPERTY} if set (the build sets {@code ${project.build.directory}/mariadb-cluster}),
 * else {@code target/mariadb-cluster} under the working directory. If the cluster fails to start,
 * every test that asks for it fails with that same cause, without starting it again.
 */
public final class MariaDbClusterExtension implements BeforeAllCallback, ParameterResolver
{
    public static final String DIR_PROPERTY = "sluice.cluster.dir";

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(MariaDbClusterExtension.class);
    private static volatile TestCluster current;

    /** The cluster the extension started; throws if no test class using the extension has started yet. */
    public static TestCluster cluster()
    {
        final TestCluster cluster = current;
        if (cluster == null)
        {
            throw new IllegalStateException("no test cluster: annotate the test class with "
                    + "@ExtendWith(MariaDbClusterExtension.class)");
        }
        return cluster;
    }

    @Override
    public void beforeAll(final ExtensionContext context)
    {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context)
    {
        return parameter.getParameter().getType() == TestCluster.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context)
    {
        return cluster(context);
    }

    private static TestCluster cluster(final ExtensionContext context)
    {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, key -> Shared.start(),
                Shared.class).get();
    }

    /** The data root: {@value #DIR_PROPERTY}, else target/mariadb-cluster. */
    static Path dataRoot()
    {
        final String dir = System.getProperty(DIR_PROPERTY);
        return (dir == null || dir.isBlank() ? Path.of("target", "mariadb-cluster") : Path.of(dir)).toAbsolutePath();
    }

    /** The root store's value: the started cluster, or why it could not start. Closed when the run ends. */
    private static final class Shared implements AutoCloseable
    {
        private final TestCluster cluster;
        private final RuntimeException failure;

        private Shared(final TestCluster cluster, final RuntimeException failure)
        {
            this.cluster = cluster;
            this.failure = failure;
        }

        static Shared start()
        {
            try
            {
                final TestCluster cluster = TestCluster.start(dataRoot());
                current = cluster;
                return new Shared(cluster, null);
            }
            catch (final IOException e)
            {
                return new Shared(null,
                        new UncheckedIOException("the MariaDB test cluster did not start: " + e.getMessage(), e));
            }
            catch (final RuntimeException e)
            {
                return new Shared(null,
                        new ClusterException("the MariaDB test cluster did not start: " + e.getMessage(), e));
            }
        }

        TestCluster get()
        {
            if (failure != null)
            {
                throw failure;
            }
            return cluster;
        }

        @Override
        public void close()
        {
            current = null;
            if (cluster != null)
            {
                cluster.close();
            }
        }
    }
}
