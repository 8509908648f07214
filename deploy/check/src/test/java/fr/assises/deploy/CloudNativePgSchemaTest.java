package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudNativePG resources of each overlay validated against the operator's CRDs, with the npm package
 * {@code @kubernetes-models/cloudnative-pg} (crd/validate.mjs): its schema validators for types, required fields and
 * enums, and its generated TypeScript types compiled strictly, which refuse a field the CRD does not declare.
 */
class CloudNativePgSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path crd;

    @BeforeAll
    static void installed() throws Exception {
        crd = Repo.root().resolve("deploy/check/crd");
        if (!Files.isDirectory(crd.resolve("node_modules/@kubernetes-models/cloudnative-pg"))) {
            Result npm = run(crd, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            assertThat(npm.code).as("npm ci in deploy/check/crd\n" + npm.out).isZero();
        }
    }

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyCloudNativePgResourceFitsTheOperatorsSchema(String overlay) throws Exception {
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode r : ClusterConfigurationTest.overlay(overlay).resources) {
            if (r.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) mine.add(r);
        }
        assertThat(mine).extracting(r -> r.path("kind").asText())
                .as("the cluster, its scheduled backup and the four databases")
                .contains("Cluster", "ScheduledBackup", "Database").hasSizeGreaterThanOrEqualTo(6);
        Result check = validate(mine);
        assertThat(check.code).as(check.out).isZero();
    }

    @Test
    void aMisspeltFieldAndAWrongTypeAreRefused() throws Exception {
        JsonNode cluster = ClusterConfigurationTest.overlay("small").resources.stream()
                .filter(r -> "Cluster".equals(r.path("kind").asText())).findFirst().orElseThrow();
        ObjectNode misspelt = cluster.deepCopy();
        ((ObjectNode) misspelt.path("spec")).set("bootstarp", ((ObjectNode) misspelt.path("spec")).path("bootstrap"));
        ((ObjectNode) misspelt.path("spec")).remove("bootstrap");
        ObjectNode wrongType = cluster.deepCopy();
        ((ObjectNode) wrongType.path("spec")).put("instances", "trois");

        Result check = validate(List.of(misspelt, wrongType));
        assertThat(check.code).isEqualTo(1);
        assertThat(check.out).contains("'\"bootstarp\"' does not exist").contains("instances must be integer");
    }

    private static Result validate(List<JsonNode> resources) throws Exception {
        Path file = Files.createTempFile("cnpg-", ".json");
        try {
            Files.writeString(file, JSON.writeValueAsString(resources));
            return run(crd, "node", crd.resolve("validate.mjs").toString(), file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Result(int code, String out) {}

    private static Result run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
