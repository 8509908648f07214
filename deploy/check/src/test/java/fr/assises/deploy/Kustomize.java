package fr.assises.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of Kustomize that deploy/k8s uses, so that the checks read what {@code kubectl apply -k} would send:
 * {@code resources} (files and directories holding a kustomization), {@code patches} given by {@code path}
 * (strategic-merge patches aimed by their own kind and name; lists of named items merged by name, as Kubernetes
 * does for containers, env, volumes and ports), and {@code images} ({@code newName}, {@code newTag}). Anything
 * else in a kustomization.yaml fails loudly rather than being ignored. {@code KustomizeTest} compares the result
 * with {@code kubectl kustomize} wherever kubectl is installed.
 */
final class Kustomize {

    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "patches", "images");

    private Kustomize() {}

    static List<JsonNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        JsonNode k = Manifests.readAll(file).get(0);
        k.fieldNames().forEachRemaining(f -> {
            if (!KNOWN.contains(f)) throw new UnsupportedOperationException(file + ": field " + f + " not rendered here");
        });
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) out.addAll(render(p));
            else out.addAll(Manifests.readAll(p));
        }
        for (JsonNode patch : k.path("patches")) {
            if (!patch.has("path") || patch.has("target")) {
                throw new UnsupportedOperationException(file + ": only patches given by path are rendered here");
            }
            for (JsonNode doc : Manifests.readAll(dir.resolve(patch.path("path").asText()))) {
                ObjectNode target = (ObjectNode) out.stream()
                        .filter(res -> sameResource(res, doc)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(file + ": patch " + patch.path("path").asText()
                                + " aims at " + id(doc) + ", which no resource is"));
                merge(target, (ObjectNode) doc);
            }
        }
        for (JsonNode image : k.path("images")) {
            for (JsonNode res : out) setImage(res.path("spec").path("template").path("spec"), image);
        }
        return out;
    }

    static String id(JsonNode r) {
        return r.path("kind").asText() + "/" + r.path("metadata").path("name").asText();
    }

    private static boolean sameResource(JsonNode a, JsonNode b) {
        return id(a).equals(id(b)) && group(a).equals(group(b));
    }

    private static String group(JsonNode r) {
        String v = r.path("apiVersion").asText();
        return v.contains("/") ? v.substring(0, v.indexOf('/')) : "";
    }

    /** Strategic merge: maps merge, a null removes, lists of named maps merge by name, other lists are replaced. */
    static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = target.get(e.getKey());
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (current instanceof ObjectNode c && value instanceof ObjectNode v) {
                merge(c, v);
            } else if (current instanceof ArrayNode c && value instanceof ArrayNode v && named(c) && named(v)) {
                for (JsonNode item : v) {
                    ObjectNode same = null;
                    for (JsonNode old : c) {
                        if (old.path("name").asText().equals(item.path("name").asText())) same = (ObjectNode) old;
                    }
                    if (same != null) merge(same, (ObjectNode) item);
                    else c.add(item.deepCopy());
                }
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean named(ArrayNode list) {
        for (JsonNode item : list) if (!item.isObject() || !item.has("name")) return false;
        return true;
    }

    private static void setImage(JsonNode podSpec, JsonNode image) {
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode c : podSpec.path(list)) {
                String ref = c.path("image").asText();
                int colon = ref.lastIndexOf(':');
                boolean tagged = colon > ref.lastIndexOf('/');
                String name = tagged ? ref.substring(0, colon) : ref;
                String tag = tagged ? ref.substring(colon + 1) : null;
                if (!name.equals(image.path("name").asText())) continue;
                if (image.has("newName")) name = image.path("newName").asText();
                if (image.has("newTag")) tag = image.path("newTag").asText();
                String result = image.has("digest") ? name + "@" + image.path("digest").asText()
                        : tag == null ? name : name + ":" + tag;
                ((ObjectNode) c).set("image", TextNode.valueOf(result));
            }
        }
    }
}
