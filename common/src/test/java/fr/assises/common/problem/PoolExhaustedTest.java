package fr.assises.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * A request that found no free database connection in time wrote nothing: it is answered 503 with
 * {@code Retry-After}, not 500. The exception is built as Agroal throws it and Hibernate wraps it.
 */
class PoolExhaustedTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anExhaustedPoolIsA503ToRetry() {
        Response response = mappers.unexpected(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")), null);

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        Problem problem = (Problem) response.getEntity();
        assertEquals(ProblemType.UNAVAILABLE.uri(), problem.type());
    }

    @Test
    void anyOtherDatabaseFailureStaysA500() {
        Response response = mappers.unexpected(new GenericJDBCException("could not execute statement",
                new SQLException("connection reset", "08006")), null);

        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
