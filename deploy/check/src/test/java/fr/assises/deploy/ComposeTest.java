package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose/compose.yaml (Docker cannot run here) read with a full YAML parser, anchors and merge keys
 * resolved as Docker Compose does: every service gets every setting it needs (the same check as the cluster's),
 * what it waits for exists and has a health check, and the files it mounts exist.
 */
class ComposeTest {

    static final Path DIR = Repo.root().resolve("deploy/compose");

    static JsonNode compose() throws IOException {
        try (Reader r = Files.newBufferedReader(DIR.resolve("compose.yaml"))) {
            Map<String, Object> loaded = new Yaml().load(r);
            return new ObjectMapper().valueToTree(loaded);
        }
    }

    static List<String> modules() {
        return ClusterConfigurationTest.MODULES;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyServiceGetsEverySettingItNeeds(String module) throws IOException {
        JsonNode service = compose().path("services").path(module);
        assertThat(service.isObject()).as("service %s", module).isTrue();
        // the compose service as a Deployment with literal variables, checked like the cluster's
        ObjectMapper json = new ObjectMapper();
        ObjectNode deployment = json.createObjectNode();
        deployment.put("kind", "Deployment");
        deployment.putObject("metadata").put("name", module);
        ArrayNode env = deployment.putObject("spec").putObject("template").putObject("spec")
                .putArray("containers").addObject().putArray("env");
        service.path("environment").fields().forEachRemaining(e ->
                env.addObject().put("name", e.getKey()).put("value", e.getValue().asText()));
        Manifests manifests = new Manifests();
        manifests.resources.add(deployment);
        assertThat(ClusterConfigurationTest.missingSettings(module, manifests, deployment))
                .as("settings %s reads with no value in compose.yaml", module).isEmpty();
        assertThat(service.path("environment").path("QUARKUS_HTTP_HOST").asText()).isEqualTo("0.0.0.0");
        assertThat(service.path("read_only").asBoolean()).as("read-only root file system").isTrue();
        assertThat(service.path("image").asText()).endsWith(":0.1.0");
    }

    @Test
    void dependenciesExistAndAreWaitedForByHealth() throws IOException {
        JsonNode services = compose().path("services");
        List<String> wrong = new ArrayList<>();
        services.fields().forEachRemaining(s -> s.getValue().path("depends_on").fields().forEachRemaining(d -> {
            JsonNode target = services.path(d.getKey());
            if (target.isMissingNode()) wrong.add(s.getKey() + " waits for " + d.getKey() + ", which is not a service");
            if ("service_healthy".equals(d.getValue().path("condition").asText())
                    && !target.has("healthcheck")) {
                wrong.add(s.getKey() + " waits for " + d.getKey() + " to be healthy; it has no health check");
            }
        }));
        services.fields().forEachRemaining(s -> s.getValue().path("volumes").forEach(v -> {
            String source = v.asText().split(":")[0];
            if ((source.startsWith("./") || source.startsWith("../")) && !Files.exists(DIR.resolve(source))) {
                wrong.add(s.getKey() + " mounts " + source + ", which does not exist");
            }
        }));
        assertThat(wrong).isEmpty();
        for (String needed : List.of("kafka", "postgres", "keycloak", "mail")) assertThat(services.has(needed)).isTrue();
    }

    @Test
    void eachServiceHasTheDatabaseTheInitScriptCreates() throws IOException {
        String sql = Files.readString(DIR.resolve("postgres/10-databases.sql"));
        for (String module : List.of("programme-service", "registration-service", "budget-service",
                "evaluation-service")) {
            JsonNode env = compose().path("services").path(module).path("environment");
            String url = env.path("QUARKUS_DATASOURCE_JDBC_URL").asText();
            String db = url.substring(url.lastIndexOf('/') + 1);
            String user = env.path("QUARKUS_DATASOURCE_USERNAME").asText();
            assertThat(sql).contains("CREATE DATABASE " + db + " OWNER " + user + ";")
                    .contains("CREATE ROLE " + user + " LOGIN PASSWORD '"
                            + env.path("QUARKUS_DATASOURCE_PASSWORD").asText() + "';");
        }
    }
}
