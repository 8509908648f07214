package fr.assises.programme.release;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemType;

/** A refused release is a 422 problem whose {@code conflicts} extension member lists what blocks it. */
public class ReleaseProblems {

    @ServerExceptionMapper
    public Response blocked(BlockingConflictsException e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemType.BUSINESS_RULE.uri());
        body.put("title", ProblemType.BUSINESS_RULE.title());
        body.put("status", ProblemType.BUSINESS_RULE.status());
        body.put("detail", e.getMessage());
        body.put("instance", uri.getPath());
        body.put("errors", e.conflicts().stream()
                .map(c -> new Problem.FieldError(c.code().name(), c.message())).toList());
        body.put("conflicts", e.conflicts());
        return Response.status(ProblemType.BUSINESS_RULE.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
