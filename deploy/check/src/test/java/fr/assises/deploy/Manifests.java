package fr.assises.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Kubernetes resources of a kustomization directory as Kustomize renders them (see {@link Kustomize}). */
final class Manifests {

    private static final ObjectMapper YAML = new YAMLMapper();

    final List<JsonNode> resources = new ArrayList<>();

    static Manifests of(Path kustomizationDir) {
        Manifests m = new Manifests();
        m.resources.addAll(Kustomize.render(kustomizationDir));
        return m;
    }

    static List<JsonNode> readAll(Path file) {
        try (var parser = new YAMLFactory().createParser(Files.readString(file))) {
            ObjectReader reader = YAML.readerFor(JsonNode.class);
            List<JsonNode> docs = new ArrayList<>();
            var it = reader.<JsonNode>readValues(parser);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) docs.add(doc);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<JsonNode> named(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(r.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode deployment(String name) {
        return named("Deployment", name).orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** Where an environment variable of a container comes from. */
    record EnvSource(String name, String literal, String configMap, String secret, String key) {
        boolean fromSecret() {
            return secret != null;
        }
    }

    /**
     * Every environment variable the container gets, by name: its own {@code env} entries and every key of the
     * ConfigMaps and Secrets it takes whole with {@code envFrom}.
     */
    Map<String, EnvSource> env(JsonNode deployment) {
        Map<String, EnvSource> env = new LinkedHashMap<>();
        JsonNode container = container(deployment);
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                String cm = from.path("configMapRef").path("name").asText();
                named("ConfigMap", cm).ifPresent(map -> map.path("data").fieldNames().forEachRemaining(
                        k -> env.put(k, new EnvSource(k, null, cm, null, k))));
            }
            if (from.has("secretRef")) {
                String s = from.path("secretRef").path("name").asText();
                secretKeys(s).forEach(k -> env.put(k, new EnvSource(k, null, null, s, k)));
            }
        }
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            JsonNode from = e.path("valueFrom");
            if (from.has("configMapKeyRef")) {
                env.put(name, new EnvSource(name, null, from.path("configMapKeyRef").path("name").asText(), null,
                        from.path("configMapKeyRef").path("key").asText()));
            } else if (from.has("secretKeyRef")) {
                env.put(name, new EnvSource(name, null, null, from.path("secretKeyRef").path("name").asText(),
                        from.path("secretKeyRef").path("key").asText()));
            } else {
                env.put(name, new EnvSource(name, e.path("value").asText(), null, null, null));
            }
        }
        return env;
    }

    /** The value a variable takes in the cluster; a Secret's value is unknown here and stands as "(secret)". */
    String value(EnvSource source) {
        if (source.literal() != null) return source.literal();
        if (source.configMap() != null) {
            return named("ConfigMap", source.configMap())
                    .map(cm -> cm.path("data").path(source.key()))
                    .filter(v -> !v.isMissingNode())
                    .map(JsonNode::asText)
                    .orElse(null);
        }
        return "(secret " + source.secret() + "/" + source.key() + ")";
    }

    /** Secrets are never committed: their expected shape is in secrets.example.yaml. */
    static List<String> secretKeys(String secret) {
        return secretShapes().stream()
                .filter(s -> secret.equals(s.path("metadata").path("name").asText()))
                .findFirst()
                .map(s -> {
                    List<String> keys = new ArrayList<>();
                    s.path("stringData").fieldNames().forEachRemaining(keys::add);
                    return keys;
                })
                .orElse(List.of());
    }

    static List<JsonNode> secretShapes() {
        return readAll(Repo.root().resolve("deploy/k8s/secrets.example.yaml"));
    }
}
