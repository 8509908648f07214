package fr.assises.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.gateway.health.ServicesProbe;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class MergedOpenApiTest {

    /** Two services with a schema of the same name, each referring to its own, and a security scheme each. */
    private static JsonObject service(String name, String path, String field) {
        JsonObject cloneRequest = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put(field, new JsonObject().put("type", "string")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name + " API").put("version", "1"))
                .put("security", new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())))
                .put("paths", new JsonObject().put(path, new JsonObject()
                        .put("parameters", new JsonArray())
                        .put("post", new JsonObject().put("operationId", "CloneResource_cloneOf")
                                .put("requestBody", new JsonObject().put("content", new JsonObject()
                                        .put("application/json", new JsonObject().put("schema",
                                                new JsonObject().put("$ref", "#/components/schemas/CloneRequest")))))
                                .put("responses", new JsonObject().put("201",
                                        new JsonObject().put("description", "Created"))))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("CloneRequest", cloneRequest))
                        .put("securitySchemes", new JsonObject().put("SecurityScheme",
                                new JsonObject().put("type", "http").put("scheme", "bearer"))));
    }

    @Test
    void keepsEverySchemaUnderItsServicesNameAndPointsEachOperationAtItsOwn() {
        Map<String, ServicesProbe.Answer> answers = new LinkedHashMap<>();
        answers.put("programme", new ServicesProbe.Answer(200,
                service("programme", "/api/programme/congresses/{id}/clone", "startDate").encode()));
        answers.put("evaluation", new ServicesProbe.Answer(200,
                service("evaluation", "/api/evaluation/questionnaires/{id}/clone", "congressId").encode()));
        answers.put("budget", new ServicesProbe.Answer(503, null));

        JsonObject merged = MergedOpenApi.merge(answers);

        assertThat(merged.getString("openapi")).isEqualTo("3.1.0");
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.fieldNames()).containsExactlyInAnyOrder("programme.CloneRequest", "evaluation.CloneRequest");
        assertThat(schemas.getJsonObject("programme.CloneRequest").getJsonObject("properties").fieldNames())
                .containsExactly("startDate");
        JsonObject programmeClone = merged.getJsonObject("paths")
                .getJsonObject("/api/programme/congresses/{id}/clone").getJsonObject("post");
        assertThat(programmeClone.getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"))
                .isEqualTo("#/components/schemas/programme.CloneRequest");
        assertThat(programmeClone.getString("operationId")).isEqualTo("programme.CloneResource_cloneOf");
        assertThat(programmeClone.getJsonArray("security").getJsonObject(0).fieldNames())
                .containsExactly("programme.SecurityScheme");
        assertThat(merged.getJsonObject("components").getJsonObject("securitySchemes").fieldNames())
                .containsExactlyInAnyOrder("programme.SecurityScheme", "evaluation.SecurityScheme");
        assertThat(merged.getJsonArray("x-unavailable-services").getList()).containsExactly("budget");
    }
}
