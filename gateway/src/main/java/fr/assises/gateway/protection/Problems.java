package fr.assises.gateway.protection;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers with an RFC 9457 {@code application/problem+json} body, in French like the services. */
public final class Problems {

    public static final String TYPE_BASE = "https://assises.example/problemes/";

    private Problems() {
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(of(status, slug, title, detail, rc.request().path()).encode());
    }

    public static JsonObject of(int status, String slug, String title, String detail, String instance) {
        return new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
    }
}
