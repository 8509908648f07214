package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * gateway/OPERATIONS.md says, for every operation of every service's committed contract, which page reaches it or
 * why the web does not: an operation added to a service without a line there fails here.
 */
class OperationsMapTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    void everyOperationOfEveryContractIsMapped() throws IOException {
        String map = Files.readString(Path.of("OPERATIONS.md"));
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Stream<Path> contracts = Files.list(Path.of("..", "contracts", "openapi"))) {
            for (Path contract : contracts.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode paths = new ObjectMapper().readTree(contract.toFile()).path("paths");
                paths.fieldNames().forEachRemaining(path -> {
                    if (path.startsWith("/q/")) return;
                    paths.path(path).fieldNames().forEachRemaining(method -> {
                        String operation = "`" + method.toUpperCase() + " " + path + "`";
                        if (METHODS.contains(method)) checked.add(operation);
                        if (METHODS.contains(method) && !map.contains("| " + operation + " | ")) {
                            missing.add(contract.getFileName() + ": " + operation);
                        }
                    });
                });
            }
        }
        assertThat(checked).as("operations read from the four contracts").hasSizeGreaterThan(100);
        assertThat(missing).as("operations without a line in gateway/OPERATIONS.md").isEmpty();
        assertThat(map).doesNotContain("NOT MAPPED");
    }
}
