package fr.assises.common.events;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JacksonException;

/**
 * Tells apart why a consumer failed, because the answer decides the record's fate: a record that can never be
 * processed belongs on the dead-letter topic, while one that met an unavailable database or network must be
 * tried again in its place, or the projections built from it silently go wrong.
 */
public final class ConsumerFailures {

    /** What a failure says about the record that caused it. */
    public enum Kind {
        /** The record itself is unusable (unreadable, invalid): retrying cannot help. */
        POISON,
        /** The record is fine and the infrastructure is not (database, network, timeout): retry until it is. */
        TRANSIENT,
        /** Neither: a few more tries, then the dead-letter topic. */
        OTHER
    }

    private ConsumerFailures() {
    }

    public static Kind classify(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof MalformedEventException || t instanceof JacksonException) {
                return Kind.POISON;
            }
        }
        seen.clear();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isTransient(t)) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.OTHER;
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof IOException || t instanceof TimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            return transientSqlState(sql.getSQLState())
                    // the connection pool's own refusal (every connection busy or unreachable) has no SQL state
                    || sql.getSQLState() == null && String.valueOf(sql.getMessage()).contains("acquisition timeout");
        }
        return false;
    }

    /**
     * PostgreSQL's codes for a server that is unreachable, starting, stopping or out of resources, and for a
     * transaction that lost a race it may win next time.
     */
    static boolean transientSqlState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08")                  // connection exception
                || state.startsWith("53")              // insufficient resources
                || state.startsWith("57P")             // admin/crash shutdown, cannot connect now
                || state.equals("57014")               // statement cancelled (timeout)
                || state.equals("40001")               // serialization failure
                || state.equals("40P01")               // deadlock detected
                || state.equals("55P03")               // lock not available
                || state.equals("58030");              // I/O error
    }
}
