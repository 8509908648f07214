package fr.assises.registration.support;

import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while {@link #count} runs: background jobs
 * (mail relay, offer expiry) on other threads never disturb the figure.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** The result of the work and how many statements it prepared. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        int[] count = new int[1];
        COUNT.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNT.remove();
        }
    }
}
