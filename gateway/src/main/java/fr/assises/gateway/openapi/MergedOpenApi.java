package fr.assises.gateway.openapi;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.assises.gateway.health.ServicesProbe;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /q/openapi-all}: one OpenAPI document gathering each service's {@code /q/openapi}, merged by
 * path (the services' paths never overlap: each lives under its own {@code /api/<name>}). A service that
 * does not answer is listed under {@code x-unavailable-services}.
 */
@ApplicationScoped
public class MergedOpenApi {

    @Inject
    ServicesProbe probe;

    void register(@Observes Router router) {
        router.get("/q/openapi-all").order(-100).blockingHandler(this::serve);
    }

    private void serve(RoutingContext rc) {
        rc.response().putHeader("Content-Type", "application/json").end(merge(probe.getAll("/q/openapi?format=json")).encodePrettily());
    }

    static JsonObject merge(Map<String, ServicesProbe.Answer> answers) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        JsonArray tags = new JsonArray();
        JsonArray unavailable = new JsonArray();
        answers.forEach((service, answer) -> {
            JsonObject document = parse(answer);
            if (document == null) {
                unavailable.add(service);
                return;
            }
            tags.add(new JsonObject().put("name", service)
                    .put("description", document.getJsonObject("info", new JsonObject()).getString("title", service)));
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                JsonObject operations = ((JsonObject) path.getValue()).copy();
                operations.forEach(op -> {
                    if (op.getValue() instanceof JsonObject operation) {
                        operation.put("tags", new JsonArray().add(service));
                    }
                });
                paths.put(path.getKey(), operations);
            });
            JsonObject components = document.getJsonObject("components", new JsonObject());
            components.getJsonObject("schemas", new JsonObject()).forEach(s -> {
                if (!schemas.containsKey(s.getKey())) {
                    schemas.put(s.getKey(), s.getValue());
                }
            });
            components.getJsonObject("securitySchemes", new JsonObject())
                    .forEach(s -> securitySchemes.put(s.getKey(), s.getValue()));
        });
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "Assises API (via la passerelle)").put("version", "0.1.0"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes))
                .put("x-unavailable-services", unavailable);
    }

    private static JsonObject parse(ServicesProbe.Answer answer) {
        if (!answer.ok() || answer.body() == null) {
            return null;
        }
        try {
            return new JsonObject(answer.body());
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }
}
