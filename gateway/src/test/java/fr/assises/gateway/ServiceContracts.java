package fr.assises.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The services' contracts as committed in {@code contracts/openapi} (each service's own test checks that it serves
 * exactly that document): every answer a stand-in gives, and every JSON body the gateway sends it, is validated
 * against the real service's OpenAPI schema for that operation and status. A drift is recorded, printed and turned
 * into a 500 by the stand-in, so a test relying on a shape the service does not have fails.
 */
final class ServiceContracts {

    /** Every drift seen in this test run, for the test that checks there was none. */
    static final List<String> DRIFTS = new CopyOnWriteArrayList<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ServiceContracts() {
    }

    /** Why {@code body} is not what the service answers to {@code method path} with that status, or null. */
    static String responseDrift(String method, String path, int status, String contentType, String body) {
        if (!path.startsWith("/api/")) {
            return null; // health and OpenAPI themselves
        }
        JsonNode operation = operation(method, path);
        if (operation == null) {
            return method + " " + path + " is not an operation of the service's contract";
        }
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        if (status / 100 == 2 && !responses.has(Integer.toString(status)) && untyped(responses.get("200"))) {
            return null; // an operation answering a Response: its contract names neither status nor body
        }
        if (response == null) {
            return method + " " + path + " answers " + status + ", which its contract does not list";
        }
        return bodyDrift(method + " " + path + " → " + status, response.path("content"), contentType, body);
    }

    private static boolean untyped(JsonNode response) {
        if (response == null) {
            return false;
        }
        JsonNode content = response.path("content");
        return content.isEmpty() || content.path("application/json").path("schema").isEmpty();
    }

    /**
     * Why a body the stand-in accepted (answered 2xx) is one the service would refuse, or null. Bodies the
     * stand-in refuses are the gateway's tests of bad input, checked by the refusal they get.
     */
    static String requestDrift(String method, String path, int status, String contentType, String body) {
        if (status / 100 != 2) {
            return null;
        }
        JsonNode operation = operation(method, path);
        if (operation == null || body == null || body.isEmpty()) {
            return null; // an unknown operation is reported on the answer
        }
        return bodyDrift(method + " " + path + " (request)", operation.path("requestBody").path("content"),
                contentType, body);
    }

    private static String bodyDrift(String what, JsonNode content, String contentType, String body) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.endsWith("json")) {
            return null; // PDFs, CSV, spreadsheets, images: not described by a schema
        }
        JsonNode media = content.get(mediaType);
        if (media == null) {
            StringBuilder documented = new StringBuilder();
            content.fieldNames().forEachRemaining(name -> documented.append(' ').append(name));
            return what + " has " + mediaType + ", its contract documents:" + (documented.length() == 0
                    ? " no body" : documented);
        }
        JsonNode schema = media.get("schema");
        if (schema == null || schema.isEmpty()) {
            return null;
        }
        try {
            Set<ValidationMessage> errors = compiled(what, schema).validate(JSON.readTree(body));
            return errors.isEmpty() ? null : what + ": " + errors.stream().map(ValidationMessage::getMessage)
                    .limit(5).collect(Collectors.joining("; "));
        } catch (IOException e) {
            return what + ": not JSON (" + e.getMessage() + ")";
        }
    }

    private static JsonSchema compiled(String key, JsonNode schema) {
        return COMPILED.computeIfAbsent(key + schema, k -> {
            String service = key.split("/")[2];
            ObjectNode document = JSON.createObjectNode();
            document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            document.set("$defs", document(service).path("components").path("schemas"));
            document.set("allOf", JSON.createArrayNode().add(schema));
            String text = document.toString().replace("\"#/components/schemas/", "\"#/$defs/");
            return SCHEMAS.getSchema(text);
        });
    }

    /** The operation whose path template matches {@code path} best (most literal segments), or null. */
    static JsonNode operation(String method, String path) {
        String[] segments = path.split("/");
        if (segments.length < 3 || !"api".equals(segments[1]) || !METHODS.contains(method.toLowerCase(Locale.ROOT))) {
            return null;
        }
        JsonNode paths = document(segments[2]).path("paths");
        JsonNode best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String[] template = entry.getKey().split("/");
            JsonNode operation = entry.getValue().get(method.toLowerCase(Locale.ROOT));
            if (operation == null || template.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{")) {
                    continue;
                }
                matches = template[i].equals(segments[i]);
                literals++;
            }
            if (matches && literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        return best;
    }

    static JsonNode document(String service) {
        return DOCUMENTS.computeIfAbsent(service, s -> {
            Path file = Path.of("..", "contracts", "openapi", s + ".json");
            try {
                return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
