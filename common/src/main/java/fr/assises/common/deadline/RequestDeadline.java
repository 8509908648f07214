package fr.assises.common.deadline;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemType;

/**
 * Honours the deadline the gateway gives each request ({@code X-Request-Deadline}, an instant): a request whose
 * caller has already given up is refused before any work, and the transactions of the others may last only
 * until the deadline, so a service does not go on with work nobody waits for. The filter runs on the thread of
 * the resource method (worker threads for blocking endpoints), where the transaction manager's timeout applies
 * to the transactions that request begins; it is set on every request, so none inherits another's. The statements
 * themselves stop at the deadline too ({@link DeadlineStatementTimeout}): a transaction timeout alone cannot
 * interrupt one under way.
 */
public class RequestDeadline {

    public static final String HEADER = "X-Request-Deadline";
    private static final Logger LOG = Logger.getLogger(RequestDeadline.class);

    @Inject
    TransactionManager transactions;

    @Inject
    CurrentDeadline current;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Response apply(ContainerRequestContext request) throws SystemException {
        String header = request.getHeaderString(HEADER);
        Instant deadline = parse(header);
        if (deadline == null) {
            // 0 restores the configured default (quarkus.transaction-manager.default-transaction-timeout)
            transactions.setTransactionTimeout(0);
            return null;
        }
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            ProblemType type = ProblemType.DEADLINE_PASSED;
            return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(type.uri(), type.title(), type.status(),
                            "La passerelle a cessé d'attendre cette requête ; elle n'a pas été traitée.",
                            request.getUriInfo().getPath(), null))
                    .build();
        }
        // whole seconds, rounded up: the transaction manager counts in seconds
        transactions.setTransactionTimeout((int) Math.max(1, (left.toMillis() + 999) / 1000));
        // and the statements of the connections this request borrows stop at the deadline (DeadlineStatementTimeout)
        current.set(deadline);
        return null;
    }

    private static Instant parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(header.trim());
        } catch (DateTimeException e) {
            LOG.debugf("Ignoring an unreadable %s header", HEADER);
            return null;
        }
    }
}
