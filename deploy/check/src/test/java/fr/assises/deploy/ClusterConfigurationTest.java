package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each overlay of deploy/k8s (rendered as Kustomize does) gives each service, in a cluster of several replicas, every setting it needs: every
 * key its code reads without a default, every secret that must be the same in all replicas, an address other than
 * loopback for everything (bind address, public links, other services), Secrets for secrets, and probes on the
 * port where health is served.
 */
class ClusterConfigurationTest {

    /** The installations deploy/k8s describes, each rendered from its overlay. */
    static final List<String> OVERLAYS = List.of("small", "large");
    static final List<String> MODULES = List.of("programme-service", "registration-service", "budget-service",
            "evaluation-service", "gateway");

    static Manifests overlay(String name) {
        return Manifests.of(Repo.root().resolve("deploy/k8s/overlays").resolve(name));
    }

    static Stream<Arguments> overlaysAndModules() {
        return OVERLAYS.stream().flatMap(o -> MODULES.stream().map(m -> Arguments.of(o, m)));
    }

    /**
     * Keys the code can do without on one machine but not in a cluster, with the reason. Keys without a default are
     * found in the sources; these are the ones whose default or absence is wrong only with several replicas.
     */
    static final Map<String, Map<String, String>> CLUSTER_ONLY = Map.of(
            "evaluation-service", Map.of(
                    "assises.survey.secret",
                    "without it each replica draws its own key: editing a response fails on another pod and after "
                            + "every restart"),
            "registration-service", Map.of(
                    "quarkus.mailer.host", "confirmations and invitations need the organisation's SMTP relay",
                    "quarkus.mailer.from", "the sender address participants see"),
            "gateway", Map.of(
                    "quarkus.oidc.credentials.secret", "the gateway's client secret in the production realm"));

    private static final Pattern LOOPBACK = Pattern.compile("127\\.0\\.0\\.1|localhost|\\[::1]");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final String UNSET = "\u0000unset";

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void everySettingWithoutDefaultIsSuppliedByTheManifests(String overlay, String module) {
        Manifests manifests = overlay(overlay);
        assertThat(missingSettings(module, manifests, manifests.deployment(module)))
                .as("settings %s reads with no value in overlay %s", module, overlay).isEmpty();
    }

    /** The keys a module needs and the deployment does not give it (with the variable to set and why). */
    static List<String> missingSettings(String module, Manifests manifests, JsonNode deployment) {
        ServiceConfig config = ServiceConfig.of(module);
        View view = new View(config, manifests, deployment);
        Set<String> required = new LinkedHashSet<>();
        for (ServiceConfig.Read read : config.reads) {
            if (!read.optional() && read.defaultValue() == null) required.add(read.key());
        }
        if (config.properties.containsKey("quarkus.datasource.db-kind")) {
            required.addAll(List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password"));
        }
        required.addAll(CLUSTER_ONLY.getOrDefault(module, Map.of()).keySet());

        List<String> missing = new ArrayList<>();
        for (String key : required) {
            String value = view.value(key);
            if (value == null || value.isBlank() || value.contains(UNSET)) {
                missing.add(key + " (" + variableFor(config, key) + ")"
                        + reason(module, key));
            }
        }
        for (String key : config.properties.keySet()) {
            String value = view.value(key);
            if (value != null && value.contains(UNSET)) missing.add(key + " = " + config.properties.get(key));
        }
        return missing;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void nothingPointsToLoopbackInTheCluster(String overlay, String module) {
        Manifests manifests = overlay(overlay);
        ServiceConfig config = ServiceConfig.of(module);
        View view = new View(config, manifests, manifests.deployment(module));
        Set<String> keys = new LinkedHashSet<>(config.properties.keySet());
        config.reads.forEach(r -> keys.add(r.key()));
        List<String> loopback = new ArrayList<>();
        for (String key : keys) {
            String value = view.value(key);
            if (value != null && LOOPBACK.matcher(value).find()) {
                loopback.add(key + " = " + value + " (set " + variableFor(config, key) + ")");
            }
        }
        assertThat(loopback).as("%s would listen on or call loopback in a pod", module).isEmpty();
        assertThat(view.value("quarkus.http.host")).as("bind address of %s", module).isEqualTo("0.0.0.0");
    }

    @ParameterizedTest
    @MethodSource("overlayNames")
    void secretsComeFromSecretsAndEveryReferenceResolves(String overlay) {
        Manifests manifests = overlay(overlay);
        List<String> wrong = new ArrayList<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            manifests.env(deployment).forEach((var, source) -> {
                boolean secretLike = var.contains("SECRET") || var.contains("PASSWORD");
                if (secretLike && !source.fromSecret()) wrong.add(name + ": " + var + " is not taken from a Secret");
                if (source.configMap() != null && manifests.value(source) == null) {
                    wrong.add(name + ": " + var + " refers to " + source.configMap() + "/" + source.key()
                            + ", which does not exist");
                }
                if (source.fromSecret() && !Manifests.secretKeys(source.secret()).contains(source.key())) {
                    wrong.add(name + ": " + var + " refers to Secret " + source.secret() + "/" + source.key()
                            + ", absent from secrets.example.yaml");
                }
            });
        }
        assertThat(wrong).isEmpty();
        for (JsonNode secret : Manifests.secretShapes()) {
            secret.path("stringData").fields().forEachRemaining(e -> {
                if (e.getKey().contains("password") || e.getKey().contains("secret")) {
                    assertThat(e.getValue().asText()).as("secrets.example.yaml holds placeholders only")
                            .isEqualTo("change-me");
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndModules")
    void probesAndServicesReachTheRightPorts(String overlay, String module) {
        Manifests manifests = overlay(overlay);
        ServiceConfig config = ServiceConfig.of(module);
        JsonNode deployment = manifests.deployment(module);
        View view = new View(config, manifests, deployment);
        JsonNode container = Manifests.container(deployment);
        boolean management = "true".equals(view.value("quarkus.management.enabled"));
        String healthPort = management ? view.value("quarkus.management.port") : view.value("quarkus.http.port");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.isMissingNode()).as("%s of %s", probe, module).isFalse();
            assertThat(containerPort(container, get.path("port").asText()))
                    .as("%s of %s must reach the port serving health", probe, module).isEqualTo(healthPort);
            assertThat(get.path("path").asText()).startsWith("/q/health/");
        }
        JsonNode service = manifests.named("Service", module).orElseThrow();
        for (JsonNode port : service.path("spec").path("ports")) {
            assertThat(containerPort(container, port.path("targetPort").asText()))
                    .as("Service %s targets the HTTP port", module).isEqualTo(view.value("quarkus.http.port"));
        }
        assertThat(service.path("spec").path("selector").path("app.kubernetes.io/name").asText())
                .as("Service %s selects the pods of its Deployment", module)
                .isEqualTo(deployment.path("spec").path("template").path("metadata").path("labels")
                        .path("app.kubernetes.io/name").asText());
    }

    @ParameterizedTest
    @MethodSource("overlayNames")
    void theGatewaysSessionCookieIsSecureInProduction(String overlay) {
        Manifests manifests = overlay(overlay);
        View view = new View(ServiceConfig.of("gateway"), manifests, manifests.deployment("gateway"));
        assertThat(view.value("quarkus.oidc.authentication.cookie-force-secure")).isEqualTo("true");
    }

    static Stream<String> overlayNames() {
        return OVERLAYS.stream();
    }

    private static String containerPort(JsonNode container, String nameOrNumber) {
        for (JsonNode port : container.path("ports")) {
            if (nameOrNumber.equals(port.path("name").asText())
                    || nameOrNumber.equals(port.path("containerPort").asText())) {
                return port.path("containerPort").asText();
            }
        }
        return "no port " + nameOrNumber;
    }

    /** The variable to set: the one the property's own expression names, if any, else the key's own. */
    private static String variableFor(ServiceConfig config, String key) {
        String raw = config.properties.get(key);
        Matcher m = raw == null ? null : EXPRESSION.matcher(raw);
        if (m != null && m.find() && m.group(1).matches("[A-Z0-9_]+")) return m.group(1);
        return ServiceConfig.envName(key);
    }

    private static String reason(String module, String key) {
        String why = CLUSTER_ONLY.getOrDefault(module, Map.of()).get(key);
        return why == null ? "" : ": " + why;
    }

    /** A service's production configuration as the pod sees it: environment over properties over code defaults. */
    static final class View {
        private final ServiceConfig config;
        private final Manifests manifests;
        private final Map<String, Manifests.EnvSource> env;

        View(ServiceConfig config, Manifests manifests, JsonNode deployment) {
            this.config = config;
            this.manifests = manifests;
            this.env = manifests.env(deployment);
        }

        String value(String key) {
            return value(key, 0);
        }

        private String value(String key, int depth) {
            if (depth > 10) return UNSET;
            Manifests.EnvSource source = env.get(ServiceConfig.envName(key));
            if (source == null) source = env.get(key);
            if (source != null) return manifests.value(source);
            String raw = config.properties.get(key);
            if (raw == null) {
                raw = config.reads.stream().filter(r -> r.key().equals(key) && r.defaultValue() != null)
                        .map(ServiceConfig.Read::defaultValue).findFirst().orElse(null);
            }
            return raw == null ? null : expand(raw, depth);
        }

        private String expand(String raw, int depth) {
            Matcher m = EXPRESSION.matcher(raw);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String found = value(m.group(1), depth + 1);
                if (found == null) found = m.group(2) != null ? m.group(2) : UNSET;
                m.appendReplacement(out, Matcher.quoteReplacement(found));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
