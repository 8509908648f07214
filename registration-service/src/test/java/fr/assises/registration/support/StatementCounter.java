package fr.assises.registration.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while {@link #count} runs: background jobs
 * (mail relay, offer expiry) on other threads never disturb the figure.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> seen = SEEN.get();
        if (seen != null) {
            seen.add(sql);
        }
        return sql;
    }

    /** The result of the work, how many statements it prepared and which (a batched insert counts once). */
    public record Counted<T>(T result, int statements, List<String> sql) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            T result = work.get();
            return new Counted<>(result, seen.size(), List.copyOf(seen));
        } finally {
            SEEN.remove();
        }
    }
}
