package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every installation needs around the Deployments, in each rendered overlay: sizes, probes, an autoscaler and
 * a disruption budget per service, and the gateway alone exposed over TLS.
 */
class InstallationTest {

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerIsSizedAndProbed(String overlay) {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        List<String> wrong = new ArrayList<>();
        for (String module : ClusterConfigurationTest.MODULES) {
            JsonNode c = Manifests.container(m.deployment(module));
            for (String kind : List.of("requests", "limits")) {
                for (String res : List.of("cpu", "memory")) {
                    if (c.path("resources").path(kind).path(res).asText().isEmpty()) {
                        wrong.add(module + " has no " + kind + "." + res);
                    }
                }
            }
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                if (c.path(probe).isMissingNode()) wrong.add(module + " has no " + probe);
            }
            if (!c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()) {
                wrong.add(module + " may write to its root file system");
            }
            if (!c.path("image").asText().matches(".+:[\\w.-]+") || c.path("image").asText().endsWith(":latest")) {
                wrong.add(module + " has no fixed image tag: " + c.path("image").asText());
            }
            if (m.deployment(module).path("spec").has("replicas")) {
                wrong.add(module + " sets replicas, which its autoscaler owns");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasAnAutoscalerAndADisruptionBudget(String overlay) {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        for (String module : ClusterConfigurationTest.MODULES) {
            JsonNode hpa = m.named("HorizontalPodAutoscaler", module).orElseThrow();
            assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(module);
            int min = hpa.path("spec").path("minReplicas").asInt();
            assertThat(min).as("%s: minReplicas", module).isPositive()
                    .isLessThanOrEqualTo(hpa.path("spec").path("maxReplicas").asInt());

            JsonNode pdb = m.named("PodDisruptionBudget", module).orElseThrow();
            JsonNode podLabels = m.deployment(module).path("spec").path("template").path("metadata").path("labels");
            pdb.path("spec").path("selector").path("matchLabels").fields().forEachRemaining(e ->
                    assertThat(podLabels.path(e.getKey()).asText()).as("PDB %s selects its pods", module)
                            .isEqualTo(e.getValue().asText()));
            // a budget that forbids every eviction would block node drains
            assertThat(pdb.path("spec").path("maxUnavailable").asInt()).as("PDB %s", module).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsExposedAndOverTls(String overlay) {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        List<JsonNode> ingresses = m.ofKind("Ingress");
        assertThat(ingresses).hasSize(1);
        JsonNode spec = ingresses.get(0).path("spec");
        List<String> hosts = new ArrayList<>();
        spec.path("tls").forEach(t -> t.path("hosts").forEach(h -> hosts.add(h.asText())));
        for (JsonNode rule : spec.path("rules")) {
            assertThat(hosts).as("every host is served over TLS").contains(rule.path("host").asText());
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                assertThat(backend.path("name").asText()).isEqualTo("gateway");
                JsonNode service = m.named("Service", "gateway").orElseThrow();
                List<String> ports = new ArrayList<>();
                service.path("spec").path("ports").forEach(p -> ports.add(p.path("name").asText()));
                assertThat(ports).contains(backend.path("port").path("name").asText());
            }
            String link = m.named("ConfigMap", "assises-config").orElseThrow().path("data")
                    .path("ASSISES_SURVEY_LINK_BASE").asText();
            assertThat(link).as("the links sent by e-mail name the Ingress's host")
                    .startsWith("https://" + rule.path("host").asText() + "/");
        }
        for (JsonNode tls : spec.path("tls")) {
            assertThat(Manifests.secretKeys(tls.path("secretName").asText()))
                    .as("shape of the certificate Secret in secrets.example.yaml").contains("tls.crt", "tls.key");
        }
    }

    @Test
    void theLargeGatewayKeepsAClientOnOnePodForItsRateLimits() {
        JsonNode ingress = ClusterConfigurationTest.overlay("large").named("Ingress", "gateway").orElseThrow();
        JsonNode annotations = ingress.path("metadata").path("annotations");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/affinity").asText()).isEqualTo("cookie");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/session-cookie-secure").asText()).isEqualTo("true");
    }
}
