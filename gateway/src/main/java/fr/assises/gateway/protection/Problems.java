package fr.assises.gateway.protection;

import fr.assises.common.problem.ProblemType;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with an RFC 9457 {@code application/problem+json} body of one of common's {@link ProblemType}s, so a
 * client reads the gateway's refusals with the same types and titles as the services'.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(RoutingContext rc, ProblemType type, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(type.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(of(type, detail, rc.request().path()).encode());
    }

    public static JsonObject of(ProblemType type, String detail, String instance) {
        return new JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", instance);
    }
}
