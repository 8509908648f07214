package fr.assises.common.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A service's contract as committed in {@code contracts/} at the root of the repository: the gateway's tests check
 * their stand-ins against these files, and each service's test checks that what it serves is still what was
 * committed, so an API change shows in review and reaches the gateway's tests in the same commit.
 * Run the service's test with {@code -Dassises.contracts.write=true} to write the file after a deliberate change.
 */
public final class ContractSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ContractSnapshot() {
    }

    /** The repository's contracts directory, seen from a module's directory (where Maven runs its tests). */
    public static Path directory() {
        return Path.of("..", "contracts").toAbsolutePath().normalize();
    }

    /**
     * Fails unless the running service's OpenAPI document names every operation (an {@code operationId}, which the
     * gateway's merged document prefixes with the service) and equals the committed
     * {@code contracts/openapi/<service>.json}.
     */
    @SuppressWarnings("unchecked")
    public static void checkServedOpenApi(String service) {
        String served = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Map<String, Map<String, Object>> paths;
        try {
            paths = (Map<String, Map<String, Object>>) JSON.readValue(served, Map.class).get("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> unnamed = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && !"parameters".equals(method) && op.get("operationId") == null) {
                unnamed.add(method + " " + path);
            }
        }));
        assertThat(paths).as("operations of " + service).isNotEmpty();
        assertThat(unnamed).as("operations without an operationId").isEmpty();
        check("openapi/" + service + ".json", served);
    }

    /** Fails unless {@code served} (a JSON document) equals the committed {@code contracts/<relativePath>}. */
    public static void check(String relativePath, String served) {
        try {
            String normalised = JSON.writeValueAsString(JSON.readValue(served, Object.class)) + "\n";
            Path file = directory().resolve(relativePath);
            if (Boolean.getBoolean("assises.contracts.write")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalised);
                return;
            }
            assertThat(file).as("committed contract %s (write it with -Dassises.contracts.write=true)", file).exists();
            assertThat(normalised)
                    .as("what the service serves differs from %s: if the change is deliberate, rerun this test with "
                            + "-Dassises.contracts.write=true and commit the file with the change", file)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
