package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/operations.md names every environment variable and ConfigMap key the manifests give the services, every
 * Secret they need, and every Kafka topic: a setting added to the manifests without a word for the operator fails.
 */
class OperationsDocTest {

    @Test
    void everyVariableSecretAndTopicOfTheManifestsIsDocumented() throws IOException {
        String doc = Files.readString(Repo.root().resolve("docs/operations.md"));
        List<String> missing = new ArrayList<>();
        for (String overlay : ClusterConfigurationTest.OVERLAYS) {
            Manifests m = ClusterConfigurationTest.overlay(overlay);
            for (JsonNode d : m.ofKind("Deployment")) {
                for (JsonNode e : Manifests.container(d).path("env")) {
                    String var = e.path("name").asText();
                    if (!doc.contains("`" + var + "`") && !doc.contains(var + "`")) missing.add("variable " + var);
                }
            }
            m.named("ConfigMap", "assises-config").orElseThrow().path("data").fieldNames().forEachRemaining(k -> {
                if (!doc.contains(k)) missing.add("ConfigMap key " + k);
            });
            for (JsonNode t : m.ofKind("KafkaTopic")) {
                String topic = t.path("metadata").path("name").asText();
                if (!doc.contains("`" + topic + "`")) missing.add("topic " + topic);
            }
        }
        for (JsonNode s : Manifests.secretShapes()) {
            String name = s.path("metadata").path("name").asText();
            if (!doc.contains(name)) missing.add("Secret " + name);
        }
        assertThat(missing.stream().distinct().toList()).as("missing from docs/operations.md").isEmpty();
    }
}
