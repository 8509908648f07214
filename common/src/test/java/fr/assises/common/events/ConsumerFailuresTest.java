package fr.assises.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;

import fr.assises.common.events.ConsumerFailures.Kind;

class ConsumerFailuresTest {

    @Test
    void whatTheOutageOfTheReliabilityIssueRaisedIsTransient() {
        // "Unable to acquire JDBC Connection… Connection refused"
        assertThat(ConsumerFailures.classify(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5433 refused", "08001",
                        new ConnectException("Connection refused"))))).isEqualTo(Kind.TRANSIENT);
        // "the database system is starting up"
        assertThat(ConsumerFailures.classify(new RuntimeException(new SQLException("starting up", "57P03"))))
                .isEqualTo(Kind.TRANSIENT);
        // "An I/O error occurred while sending to the backend"
        assertThat(ConsumerFailures.classify(new JDBCConnectionException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend", "08006"))))
                .isEqualTo(Kind.TRANSIENT);
        // connections cut by an immediate shutdown
        assertThat(ConsumerFailures.classify(new SQLException("terminating connection", "57P01")))
                .isEqualTo(Kind.TRANSIENT);
        // the pool had no connection to give within its timeout
        assertThat(ConsumerFailures.classify(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")))).isEqualTo(Kind.TRANSIENT);
        assertThat(ConsumerFailures.classify(new SQLException("deadlock detected", "40P01")))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void anUnreadableOrInvalidRecordIsPoisonEvenWhenWrapped() {
        assertThat(ConsumerFailures.classify(new MalformedEventException("lacks an id"))).isEqualTo(Kind.POISON);
        assertThat(ConsumerFailures.classify(new IllegalStateException(new MalformedEventException("no ce_id"))))
                .isEqualTo(Kind.POISON);
        assertThat(ConsumerFailures.classify(new JsonParseException(null, "Unexpected character")))
                .isEqualTo(Kind.POISON);
    }

    @Test
    void aRuleOrABugIsNeither() {
        assertThat(ConsumerFailures.classify(new IllegalStateException("bug"))).isEqualTo(Kind.OTHER);
        assertThat(ConsumerFailures.classify(new SQLException("duplicate key", "23505"))).isEqualTo(Kind.OTHER);
        assertThat(ConsumerFailures.classify(new SQLException("relation does not exist", "42P01")))
                .isEqualTo(Kind.OTHER);
    }
}
