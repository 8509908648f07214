package fr.assises.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input: {@code field} is the JSON path of the request body or the parameter name. */
    public record FieldError(String field, String message) {
    }
}
