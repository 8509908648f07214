package fr.assises.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values read from native SQL queries, whose JDBC types depend on the column and the driver. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A {@code timestamptz} column as an instant, whether Hibernate hands it over as Instant, OffsetDateTime or Timestamp. */
    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
