package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The test helper {@link Kustomize} renders each overlay exactly as {@code kubectl kustomize} does. */
class KustomizeTest {

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theHelperRendersLikeKubectl(String overlay) throws Exception {
        Path dir = Repo.root().resolve("deploy/k8s/overlays").resolve(overlay);
        String rendered = kubectlKustomize(dir);
        assumeThat(rendered).as("kubectl is not installed here: the comparison is skipped").isNotNull();
        assertThat(byId(Kustomize.render(dir))).isEqualTo(byId(readAll(rendered)));
    }

    private static Map<String, JsonNode> byId(List<JsonNode> resources) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (JsonNode r : resources) {
            assertThat(m.put(r.path("apiVersion").asText() + " " + Kustomize.id(r), r)).as("duplicate").isNull();
        }
        return m;
    }

    private static List<JsonNode> readAll(String yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<JsonNode> docs = new ArrayList<>();
        try (var it = mapper.readerFor(JsonNode.class).<JsonNode>readValues(new YAMLFactory().createParser(yaml))) {
            while (it.hasNext()) {
                JsonNode d = it.next();
                if (d != null && !d.isNull() && !d.isMissingNode()) docs.add(d);
            }
        }
        return docs;
    }

    /** {@code kubectl kustomize DIR}, or null when kubectl is not on the PATH. */
    static String kubectlKustomize(Path dir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("kubectl kustomize %s: %s", dir, err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
