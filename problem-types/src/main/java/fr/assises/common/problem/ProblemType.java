package fr.assises.common.problem;

import java.net.URI;

/**
 * The problem types of the whole system, services and gateway ({@code urn:assises:problem:<name>}); a problem's
 * {@code title} is the same for every occurrence of a type.
 */
public enum ProblemType {

    VALIDATION(400, "Requête invalide"),
    MALFORMED_BODY(400, "Corps de requête illisible"),
    /** A path spelled otherwise than the one way the services route it (refused by the gateway). */
    NON_CANONICAL_PATH(400, "Adresse mal écrite"),
    UNAUTHENTICATED(401, "Authentification requise"),
    FORBIDDEN(403, "Accès refusé"),
    NOT_FOUND(404, "Ressource introuvable"),
    METHOD_NOT_ALLOWED(405, "Méthode non autorisée"),
    NOT_ACCEPTABLE(406, "Format de réponse non disponible"),
    CONFLICT(409, "Conflit avec l'état actuel"),
    GONE(410, "Ressource supprimée"),
    LENGTH_REQUIRED(411, "Longueur du corps requise"),
    PRECONDITION_FAILED(412, "Précondition non remplie"),
    PAYLOAD_TOO_LARGE(413, "Requête trop volumineuse"),
    UNSUPPORTED_MEDIA_TYPE(415, "Format de requête non pris en charge"),
    BUSINESS_RULE(422, "Règle de gestion non respectée"),
    TOO_MANY_REQUESTS(429, "Trop de requêtes"),
    INTERNAL(500, "Erreur interne"),
    /** The gateway could not reach the service behind it. */
    BAD_GATEWAY(502, "Service injoignable"),
    UNAVAILABLE(503, "Service indisponible"),
    DEADLINE_PASSED(503, "Délai de la requête dépassé"),
    /** The service behind the gateway had not started answering by the request's deadline. */
    GATEWAY_TIMEOUT(504, "Délai de réponse dépassé");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:assises:problem:" + name().toLowerCase().replace('_', '-'));
    }

    /** The type matching an HTTP status, for errors raised by the framework rather than by our code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
