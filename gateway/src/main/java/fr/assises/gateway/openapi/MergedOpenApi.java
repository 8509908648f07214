package fr.assises.gateway.openapi;

import java.util.Map;
import java.util.Set;

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
 * {@code GET /q/openapi-all}: one OpenAPI 3.1 document gathering each service's {@code /q/openapi}, merged by
 * path (the services' paths never overlap: each lives under its own {@code /api/<name>}). Components and operation
 * ids are prefixed with the service's name, so two services' {@code CloneRequest} stay two schemas. A service that
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
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        JsonArray unavailable = new JsonArray();
        answers.forEach((service, answer) -> {
            JsonObject document = parse(answer);
            if (document == null) {
                unavailable.add(service);
                return;
            }
            document = (JsonObject) namespaced(document, service);
            tags.add(new JsonObject().put("name", service)
                    .put("description", document.getJsonObject("info", new JsonObject()).getString("title", service)));
            JsonArray documentSecurity = document.getJsonArray("security");
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                JsonObject operations = (JsonObject) path.getValue();
                operations.forEach(op -> {
                    if (op.getValue() instanceof JsonObject operation && METHODS.contains(op.getKey())) {
                        operation.put("tags", new JsonArray().add(service));
                        if (operation.getString("operationId") != null) {
                            operation.put("operationId", service + "." + operation.getString("operationId"));
                        }
                        if (documentSecurity != null && !operation.containsKey("security")) {
                            operation.put("security", documentSecurity.copy());
                        }
                    }
                });
                paths.put(path.getKey(), operations);
            });
            document.getJsonObject("components", new JsonObject()).forEach(kind -> {
                if (kind.getValue() instanceof JsonObject entries) {
                    JsonObject merged = components.getJsonObject(kind.getKey(), new JsonObject());
                    entries.forEach(entry -> merged.put(service + "." + entry.getKey(), entry.getValue()));
                    components.put(kind.getKey(), merged);
                }
            });
        });
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Assises API (via la passerelle)").put("version", "0.1.0")
                        .put("description", "Each service's own document, merged: its components are named "
                                + "<service>.<name> and its operation ids <service>.<id>, so none is dropped."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", components)
                .put("x-unavailable-services", unavailable);
    }

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * The document with every component reference ({@code #/components/<kind>/<name>}) and every security
     * requirement renamed into the service's namespace.
     */
    private static Object namespaced(Object node, String service) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(field -> {
                Object value = field.getValue();
                if ("$ref".equals(field.getKey()) && value instanceof String ref && ref.startsWith("#/components/")) {
                    int slash = ref.indexOf('/', "#/components/".length());
                    copy.put("$ref", ref.substring(0, slash + 1) + service + "." + ref.substring(slash + 1));
                } else if ("security".equals(field.getKey()) && value instanceof JsonArray requirements) {
                    copy.put("security", securityRequirements(requirements, service));
                } else {
                    copy.put(field.getKey(), namespaced(value, service));
                }
            });
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(namespaced(item, service)));
            return copy;
        }
        return node;
    }

    private static JsonArray securityRequirements(JsonArray requirements, String service) {
        JsonArray renamed = new JsonArray();
        requirements.forEach(requirement -> {
            JsonObject named = new JsonObject();
            if (requirement instanceof JsonObject r) {
                r.forEach(scheme -> named.put(service + "." + scheme.getKey(), scheme.getValue()));
            }
            renamed.add(named);
        });
        return renamed;
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
