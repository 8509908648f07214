package fr.assises.common.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents what every service really answers on failure: each error response (and a {@code default} one, for
 * the statuses an operation does not list) is {@code application/problem+json} with the {@code Problem} schema of
 * {@link Problem}, and a field of an answer may be null unless it is required, as the services write it; so
 * clients, the gateway's stand-ins and the merged document read the shapes the services really send.
 */
@OpenApiFilter
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ProblemResponsesFilter::nullableUnlessRequired);
            if (openAPI.getComponents().getSchemas().containsKey("JsonNode")) {
                // Jackson's JsonNode is any JSON value (an answer may be a number, a text, a list…), not an object
                openAPI.getComponents().addSchema("JsonNode",
                        OASFactory.createSchema().description("N'importe quelle valeur JSON"));
            }
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Map<?, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(ProblemResponsesFilter::documentProblems);
            }
        });
    }

    private static void documentProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.length() == 3 && (status.startsWith("4") || status.startsWith("5"))) {
                    response.setContent(problemContent());
                }
            });
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse()
                    .description("Refus ou erreur, décrits en problem+json (RFC 9457)")
                    .content(problemContent()));
        }
    }

    /**
     * The services write every field of their answers, {@code null} included, and a field without a
     * {@code @NotNull}-like constraint may be null: say so, so that the document describes the real answers.
     */
    private static void nullableUnlessRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                Schema reference = OASFactory.createSchema().ref(property.getRef());
                property.setRef(null);
                property.addAnyOf(reference).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("chemin JSON du champ du corps, ou nom du paramètre"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addRequired("field").addRequired("message");
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Un refus ou une erreur (RFC 9457), en français")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("urn:assises:problem:…"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addType(Schema.SchemaType.NULL))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addType(Schema.SchemaType.NULL))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .addType(Schema.SchemaType.NULL).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
