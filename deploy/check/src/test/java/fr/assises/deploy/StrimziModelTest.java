package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Strimzi resources of each overlay read into Strimzi's own API model (io.strimzi:api on Maven Central, the
 * classes its CRDs are generated from): a wrong type fails, and a field Strimzi does not know, which its model
 * keeps aside as an "additional property" (and the operator would ignore), is reported with its path.
 */
class StrimziModelTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, Class<?>> MODEL = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyStrimziResourceFitsStrimzisModel(String overlay) throws Exception {
        List<String> unknown = new ArrayList<>();
        int read = 0;
        for (JsonNode r : ClusterConfigurationTest.overlay(overlay).resources) {
            if (!r.path("apiVersion").asText().startsWith("kafka.strimzi.io/")) continue;
            Class<?> type = MODEL.get(r.path("kind").asText());
            assertThat(type).as("a model for %s", Kustomize.id(r)).isNotNull();
            unknown.addAll(unknownFields(Kustomize.id(r), MAPPER.treeToValue(r, type)));
            read++;
        }
        assertThat(unknown).isEmpty();
        assertThat(read).as("Kafka, node pool and topics").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aMisspeltFieldOrAWrongTypeIsReported() throws Exception {
        JsonNode kafka = ClusterConfigurationTest.overlay("small").ofKind("Kafka").get(0).deepCopy();
        ((ObjectNode) kafka.path("spec").path("kafka")).put("listner", "plain");
        assertThat(unknownFields("Kafka", MAPPER.treeToValue(kafka, Kafka.class)))
                .anyMatch(u -> u.contains("listner"));

        JsonNode pool = ClusterConfigurationTest.overlay("small").ofKind("KafkaNodePool").get(0).deepCopy();
        ((ObjectNode) pool.path("spec")).put("replicas", "three");
        assertThatThrownBy(() -> MAPPER.treeToValue(pool, KafkaNodePool.class)).hasMessageContaining("three");
    }

    /** Paths of every property Strimzi's model kept aside as unknown, anywhere in the object graph. */
    static List<String> unknownFields(String where, Object root) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        walk(where, root, out, new IdentityHashMap<>());
        return out;
    }

    private static void walk(String path, Object o, List<String> out, Map<Object, Boolean> seen)
            throws IllegalAccessException {
        if (o == null || seen.put(o, true) != null) return;
        Class<?> c = o.getClass();
        if (c.isPrimitive() || c.isEnum() || o instanceof String || o instanceof Number || o instanceof Boolean) return;
        if (o instanceof UnknownPropertyPreserving u && u.getAdditionalProperties() != null) {
            u.getAdditionalProperties().keySet().forEach(k -> out.add(path + "." + k));
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) walk(path + "[" + i++ + "]", item, out, seen);
            return;
        }
        if (o instanceof Map<?, ?>) return;
        if (!c.getName().startsWith("io.strimzi.")) return;
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("additionalProperties")) continue;
                if (!f.trySetAccessible()) continue;
                walk(path + "." + f.getName(), f.get(o), out, seen);
            }
        }
    }
}
