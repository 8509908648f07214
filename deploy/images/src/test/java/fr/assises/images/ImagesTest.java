package fr.assises.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The images build.sh wrote into deploy/images/target/oci, read back with skopeo (their configuration and layers)
 * and, for the gateway, started with try.sh as the cluster runs it: user 185, read-only root, /tmp in memory.
 */
class ImagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path images;

    @BeforeAll
    static void built() {
        Path repo = Path.of(System.getProperty("assises.repo", "../..")).toAbsolutePath().normalize();
        images = repo.resolve("deploy/images");
        // build.sh builds nothing without root (debootstrap, chroot) and says so; CI runs as root
        assumeTrue(Files.isDirectory(images.resolve("target/oci")), "no image was built (needs root or sudo)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"programme-service", "registration-service", "budget-service", "evaluation-service",
        "gateway"})
    void eachServiceIsTheBasePlusItsDependenciesAndItsApplication(String service) throws Exception {
        JsonNode config = JSON.readTree(run("skopeo", "inspect", "--config", layout(service))).path("config");
        assertThat(config.path("User").asText()).isEqualTo("185:185");
        assertThat(config.path("WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(texts(config.path("Entrypoint"))).startsWith("/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
                .endsWith("-jar", "/deployments/quarkus-run.jar");
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asText()).isEqualTo(service);
        assertThat(texts(config.path("Env"))).contains("LANG=C.UTF-8", "TZ=Europe/Paris");

        List<String> base = layers("base");
        List<String> mine = layers(service);
        assertThat(base).hasSize(1);
        assertThat(mine).hasSize(3).startsWith(base.get(0));
    }

    @Test
    void keycloakIsTheLocalStacksVersionWithTheAssisesTheme() throws Exception {
        String stack = Files.readString(images.resolve("../local/stack.sh"));
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("KC_VERSION=\\$\\{ASSISES_KEYCLOAK_VERSION:-([0-9.]+)}").matcher(stack);
        assertThat(version.find()).isTrue();

        JsonNode config = JSON.readTree(run("skopeo", "inspect", "--config", layout("keycloak"))).path("config");
        assertThat(config.path("User").asText()).isEqualTo("1000:0");
        assertThat(texts(config.path("Entrypoint"))).containsExactly("/opt/keycloak/bin/kc.sh");
        assertThat(config.path("Labels").path("org.opencontainers.image.version").asText())
                .isEqualTo(version.group(1));
        assertThat(layers("keycloak")).hasSize(2).startsWith(layers("base").get(0));

        assertThat(run(try_("keycloak", "--", "/opt/keycloak/bin/kc.sh", "--version")))
                .contains("Keycloak " + version.group(1));
        assertThat(run(try_("keycloak", "--", "/bin/sh", "-c",
                "id -u; cat /opt/keycloak/themes/assises/login/theme.properties")))
                .startsWith("1000").contains("parent=");
    }

    @Test
    void theGatewayStartsAsUser185OnAReadOnlyRootAndAnswersItsProbes() throws Exception {
        assertThat(run(try_("gateway", "--", "/usr/bin/id", "-u")).strip()).isEqualTo("185");
        String writes = run(try_("gateway", "--", "/bin/sh", "-c",
                "touch /deployments/x 2>/dev/null && echo root-writable; touch /tmp/x && echo tmp-writable"));
        assertThat(writes.strip()).isEqualTo("tmp-writable");

        int http = freePort();
        int management = freePort();
        Process gateway = new ProcessBuilder(try_("gateway", "QUARKUS_HTTP_PORT=" + http,
                "QUARKUS_MANAGEMENT_PORT=" + management))
                .redirectErrorStream(true).redirectOutput(images.resolve("target/gateway-run.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                    + "/q/health/live")).timeout(Duration.ofSeconds(5)).build();
            // the image starts in a few seconds; a gateway that died stops the wait at once
            HttpResponse<String> live = await("the gateway's liveness probe (see target/gateway-run.log)")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .failFast("the gateway stopped", () -> !gateway.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> client.send(probe, HttpResponse.BodyHandlers.ofString()), r -> r != null);
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(live.body()).path("status").asText()).isEqualTo("UP");
            // the public home page renders even though no service runs beside it
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http
                    + "/")).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<html");
        } finally {
            gateway.destroy();
            if (!gateway.waitFor(20, TimeUnit.SECONDS)) {
                gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String layout(String tag) {
        return "oci:" + images.resolve("target/oci") + ":" + tag;
    }

    private static List<String> layers(String tag) throws Exception {
        JsonNode manifest = JSON.readTree(run("skopeo", "inspect", "--raw", layout(tag)));
        List<String> digests = new ArrayList<>();
        manifest.path("layers").forEach(l -> digests.add(l.path("digest").asText()));
        return digests;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> try_(String image, String... rest) {
        List<String> command = new ArrayList<>(List.of(images.resolve("try.sh").toString(), image));
        command.addAll(List.of(rest));
        return command;
    }

    private static String run(List<String> command) throws Exception {
        return run(command.toArray(String[]::new));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + text).isZero();
        return text;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
