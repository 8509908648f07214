package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Kubernetes resource of each rendered overlay is valid against the Kubernetes API's JSON schemas (those
 * fabric8 publishes on Maven Central inside its kubernetes-model 6.x jars, which the build copies to
 * target/kubernetes-schemas), made strict here: an object with declared
 * properties accepts no other, so a misspelt field ({@code readinesProbe}) fails instead of being dropped by the
 * API server. Strimzi's resources are checked against Strimzi's own model (StrimziModelTest); CloudNativePG's and
 * Keycloak's by PlatformTest and RealmImportTest only: no schema of theirs is published on a registry this build
 * reaches.
 */
class KubernetesSchemaTest {

    /** apiVersion + kind to the schema's definition. */
    static final Map<String, String> DEFINITIONS = Map.of(
            "v1 ConfigMap", "kubernetes_core_ConfigMap",
            "v1 Secret", "kubernetes_core_Secret",
            "v1 Service", "kubernetes_core_Service",
            "apps/v1 Deployment", "kubernetes_apps_Deployment",
            "autoscaling/v2 HorizontalPodAutoscaler", "kubernetes_autoscaling_v2_HorizontalPodAutoscaler",
            "policy/v1 PodDisruptionBudget", "kubernetes_policy_v1_PodDisruptionBudget",
            "networking.k8s.io/v1 Ingress", "kubernetes_networking_v1_Ingress");

    /** Groups of the operators' custom resources, checked elsewhere. */
    static final Set<String> OPERATED = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "k8s.keycloak.org");

    private static final ObjectNode SCHEMA = strictSchema();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyKubernetesResourceIsValid(String overlay) {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (JsonNode r : ClusterConfigurationTest.overlay(overlay).resources) {
            String type = r.path("apiVersion").asText() + " " + r.path("kind").asText();
            String group = r.path("apiVersion").asText().contains("/")
                    ? r.path("apiVersion").asText().split("/")[0] : "";
            if (OPERATED.contains(group)) continue;
            String definition = DEFINITIONS.get(type);
            if (definition == null) {
                errors.add(Kustomize.id(r) + ": no schema for " + type);
                continue;
            }
            validate(definition, r).forEach(m -> errors.add(Kustomize.id(r) + ": " + m));
            checked++;
        }
        assertThat(errors).isEmpty();
        assertThat(checked).as("resources checked").isGreaterThan(20);
    }

    @Test
    void theSecretsExampleIsValidToo() {
        List<String> errors = new ArrayList<>();
        for (JsonNode s : Manifests.secretShapes()) {
            validate("kubernetes_core_Secret", s).forEach(m -> errors.add(Kustomize.id(s) + ": " + m));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aMisspeltFieldOrAWrongTypeIsRefused() throws IOException {
        JsonNode deployment = ClusterConfigurationTest.overlay("small").deployment("gateway").deepCopy();
        ObjectNode container = (ObjectNode) Manifests.container(deployment);
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertThat(validate("kubernetes_apps_Deployment", deployment)).anyMatch(m -> m.contains("readinesProbe"));

        JsonNode service = new YAMLMapper().readTree("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec:
                  ports:
                    - port: "eighty"
                """);
        assertThat(validate("kubernetes_core_Service", service)).isNotEmpty();
    }

    private static List<String> validate(String definition, JsonNode resource) {
        ObjectNode root = SCHEMA.deepCopy();
        root.put("$ref", "#/definitions/" + definition);
        JsonSchema schema = FACTORY.getSchema(root);
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(resource)) out.add(m.getMessage());
        return out;
    }

    /** The definitions of every kubernetes-model jar on the class path, in one schema, made strict. */
    private static ObjectNode strictSchema() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode definitions = json.createObjectNode();
        Path dir = Path.of(System.getProperty("assises.kubernetes-schemas", "target/kubernetes-schemas"));
        try (var jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry entry = zip.getEntry("schema/validation-schema.json");
                    if (entry == null) continue;
                    try (InputStream in = zip.getInputStream(entry)) {
                        definitions.setAll((ObjectNode) json.readTree(in).path("definitions"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the schemas the build copies to " + dir, e);
        }
        assertThat(definitions.size()).as("schemas found in %s", dir).isGreaterThan(300);
        // written as a number or a string in YAML, described as Java objects by fabric8
        List<String> names = new ArrayList<>();
        definitions.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (name.endsWith("_IntOrString")) {
                definitions.set(name, json.createObjectNode()
                        .set("type", json.createArrayNode().add("integer").add("string")));
            } else if (name.endsWith("_Quantity")) {
                definitions.set(name, json.createObjectNode()
                        .set("type", json.createArrayNode().add("integer").add("number").add("string")));
            }
        }
        definitions.elements().forEachRemaining(KubernetesSchemaTest::strict);
        ObjectNode root = json.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("definitions", definitions);
        return root;
    }

    private static void strict(JsonNode node) {
        if (!(node instanceof ObjectNode o)) {
            if (node.isArray()) node.forEach(KubernetesSchemaTest::strict);
            return;
        }
        if (o.has("properties") && !o.path("additionalProperties").isObject()) o.put("additionalProperties", false);
        for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) strict(it.next());
    }
}
