package fr.assises.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every error into an RFC 9457 problem. Details are written for the client: no stack trace, no class
 * name, no SQL. Anything unexpected is a 500 whose detail carries only an id to find the log entry.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL's SQLSTATE for a statement cancelled, here by the statement timeout of a request's deadline. */
    private static final String QUERY_CANCELED = "57014";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1
                ? "Le champ « " + errors.get(0).field() + " » est invalide : " + errors.get(0).message()
                : errors.size() + " champs sont invalides.";
        return respond(ProblemType.VALIDATION, detail, uri, errors);
    }

    /** Declared apart so that it wins over Quarkus' built-in mapper for this exception. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_BODY, "Le corps de la requête n'est pas un JSON valide.", uri, List.of());
        }
        String message = "valeur illisible ou de type inattendu";
        return respond(ProblemType.MALFORMED_BODY, "Le champ « " + field + " » a une valeur illisible.", uri,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                "Un jeton d'accès valide est nécessaire.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Votre rôle ne permet pas cette opération.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(respond(type, defaultDetail(type), uri, List.of()))
                .status(status);
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return respond(ProblemType.CONFLICT,
                        "L'opération entre en conflit avec une donnée existante.", uri, List.of());
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return respond(ProblemType.CONFLICT,
                        "La ressource a été modifiée entre-temps ; rechargez-la et recommencez.", uri, List.of());
            }
            if (cause instanceof java.sql.SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                // stopped at the gateway's deadline (DeadlineStatementTimeout); its transaction rolled back
                LOG.infof("A statement of %s was stopped at the request's deadline: answered 503",
                        uri == null ? "?" : uri.getPath());
                return respond(ProblemType.DEADLINE_PASSED,
                        "La passerelle a cessé d'attendre cette requête ; elle a été interrompue et rien n'a été enregistré.",
                        uri, List.of());
            }
            if (isPoolExhausted(cause)) {
                LOG.warnf("No database connection free in time on %s: answered 503", uri == null ? "?" : uri.getPath());
                return Response.fromResponse(respond(ProblemType.UNAVAILABLE,
                        "Le service est momentanément saturé ; la requête n'a pas été traitée. Réessayez dans un instant.",
                        uri, List.of()))
                        .header(HttpHeaders.RETRY_AFTER, "1")
                        .build();
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(ProblemType.INTERNAL,
                "Une erreur inattendue est survenue (référence " + errorId + ").", uri, List.of());
    }

    /**
     * Agroal's pool gives up waiting for a free connection with a plain {@link java.sql.SQLException} whose only
     * mark is its message (agroal-pool 2.x, {@code ConnectionPool.handlerFromSharedCache}). Nothing was written
     * (no connection, no transaction), so the request can be retried: a 503 with {@code Retry-After}, not a 500.
     */
    static boolean isPoolExhausted(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && sql.getSQLState() == null
                && sql.getMessage() != null && sql.getMessage().startsWith("Sorry, acquisition timeout");
    }

    private static String defaultDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "Aucune ressource ne correspond à cette adresse.";
            case METHOD_NOT_ALLOWED -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
            case UNSUPPORTED_MEDIA_TYPE -> "Envoyez le corps de la requête en application/json.";
            case NOT_ACCEPTABLE -> "Le format de réponse demandé n'est pas disponible.";
            case UNAUTHENTICATED -> "Un jeton d'accès valide est nécessaire.";
            case FORBIDDEN -> "Votre rôle ne permet pas cette opération.";
            case PAYLOAD_TOO_LARGE -> "Le corps de la requête dépasse la taille autorisée.";
            default -> "La requête ne peut pas être traitée telle quelle.";
        };
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.request.halfDays[0].start} becomes {@code halfDays[0].start}; a query parameter keeps its name. */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (name == null) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", names);
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
