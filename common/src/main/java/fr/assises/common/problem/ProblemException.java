package fr.assises.common.problem;

import java.util.List;

/** Thrown by services to answer with a problem+json; the message is the {@code detail} shown to the client. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException businessRule(String detail) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.VALIDATION, detail);
    }

    /** A validation error on one field, for rules Bean Validation cannot express. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
