package fr.assises.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fr.assises.gateway.health.ServicesProbe;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vertx.core.json.JsonObject;

/**
 * The document {@code /q/openapi-all} serves, merged from the four services' committed contracts, passes two
 * independent validators: swagger-parser (the OpenAPI 3.1 parser and validator of the Swagger project) and the
 * OpenAPI Initiative's own JSON Schema of 3.1 documents. No schema and no operation of a service is dropped.
 */
class MergedOpenApiValidityTest {

    private static final List<String> SERVICES = List.of("programme", "registration", "budget", "evaluation");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String merged;
    private static Map<String, JsonNode> contracts = new LinkedHashMap<>();

    @BeforeAll
    static void mergeTheCommittedContracts() throws IOException {
        Map<String, ServicesProbe.Answer> answers = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String document = Files.readString(Path.of("..", "contracts", "openapi", service + ".json"));
            contracts.put(service, JSON.readTree(document));
            answers.put(service, new ServicesProbe.Answer(200, document));
        }
        merged = MergedOpenApi.merge(answers).encode();
    }

    @Test
    void swaggerParserFindsNoError() {
        SwaggerParseResult result = swaggerParser(merged);

        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
    }

    @Test
    void theOpenApiInitiativesSchemaFindsNoError() throws IOException {
        assertThat(oasSchemaErrors(merged)).as("errors against the OpenAPI 3.1 schema").isEmpty();
    }

    /** Both validators do catch what a careless merge would produce: a dangling reference, a misplaced key. */
    @Test
    void bothValidatorsCatchABrokenDocument() throws IOException {
        JsonObject broken = new JsonObject(merged);
        JsonObject firstPath = broken.getJsonObject("paths").getJsonObject(
                broken.getJsonObject("paths").fieldNames().iterator().next());
        String method = firstPath.fieldNames().stream().filter(m -> !m.equals("parameters")).findFirst().orElseThrow();
        firstPath.getJsonObject(method).put("responses", new JsonObject().put("200", new JsonObject()
                .put("description", "OK").put("content", new JsonObject().put("application/json", new JsonObject()
                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/Dropped")))))
                .put("sometimes", new JsonObject().put("description", "not a status code")));
        broken.remove("info");

        assertThat(swaggerParser(broken.encode()).getMessages()).isNotEmpty();
        assertThat(oasSchemaErrors(broken.encode())).isNotEmpty();
    }

    private static SwaggerParseResult swaggerParser(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    private Set<ValidationMessage> oasSchemaErrors(String document) throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/oas-3.1/schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        return schema.validate(JSON.readTree(document));
    }

    @Test
    void everyServicesPathsAndSchemasAreKept() throws IOException {
        JsonNode document = JSON.readTree(merged);
        int paths = 0;
        int schemas = 0;
        for (Map.Entry<String, JsonNode> contract : contracts.entrySet()) {
            paths += contract.getValue().path("paths").size();
            for (String name : iterable(contract.getValue().path("components").path("schemas").fieldNames())) {
                assertThat(document.path("components").path("schemas").has(contract.getKey() + "." + name))
                        .as(contract.getKey() + "." + name).isTrue();
                schemas++;
            }
        }
        assertThat(document.path("paths").size()).isEqualTo(paths);
        assertThat(document.path("components").path("schemas").size()).isEqualTo(schemas);
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
