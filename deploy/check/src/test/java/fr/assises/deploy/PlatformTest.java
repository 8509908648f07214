package fr.assises.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The operated Kafka, PostgreSQL and Keycloak of each overlay are the ones the services are pointed at, hold what
 * the services use (every topic and dead-letter topic, every database with its owner), are durable (replication,
 * replicas, backups), and take every credential from a Secret whose shape is in secrets.example.yaml.
 */
class PlatformTest {

    static List<String> overlays() {
        return ClusterConfigurationTest.OVERLAYS;
    }

    private static String config(Manifests m, String key) {
        return m.named("ConfigMap", "assises-config").orElseThrow().path("data").path(key).asText();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kafkaIsReplicatedAndHasEveryTopicTheServicesUse(String overlay) {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        JsonNode kafka = m.ofKind("Kafka").get(0);
        String name = kafka.path("metadata").path("name").asText();
        JsonNode plain = null;
        for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) if (!l.path("tls").asBoolean()) plain = l;
        assertThat(plain).as("a plain internal listener").isNotNull();
        assertThat(config(m, "KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(name + "-kafka-bootstrap:" + plain.path("port").asInt());
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
        JsonNode cfg = kafka.path("spec").path("kafka").path("config");
        assertThat(cfg.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(cfg.path("min.insync.replicas").asInt()).isEqualTo(2);

        int brokers = 0;
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(name);
            if (pool.path("spec").path("roles").toString().contains("broker")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        assertThat(brokers).as("brokers").isEqualTo(3);

        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode t : m.ofKind("KafkaTopic")) {
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(name);
            String topic = t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText());
            topics.put(topic, t);
            assertThat(t.path("spec").path("replicas").asInt()).as("replicas of %s", topic).isEqualTo(3);
            assertThat(t.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        }
        assertThat(topics.keySet()).as("topics the services read, write and dead-letter to")
                .containsAll(topicsUsed().keySet());

        // a consumer group with more pods than partitions leaves pods idle: partitions >= maxReplicas
        topicsUsed().forEach((topic, consumers) -> {
            int partitions = topics.get(topic).path("spec").path("partitions").asInt();
            for (String consumer : consumers) {
                int max = m.named("HorizontalPodAutoscaler", consumer).orElseThrow()
                        .path("spec").path("maxReplicas").asInt();
                assertThat(partitions).as("partitions of %s for up to %s pods of %s", topic, max, consumer)
                        .isGreaterThanOrEqualTo(max);
            }
        });
        // the event topics are replayed from the start to rebuild a projection: nothing may expire
        for (String topic : List.of("programme-events", "registration-events", "budget-events", "evaluation-events")) {
            assertThat(topics.get(topic).path("spec").path("config").path("retention.ms").asLong())
                    .as("retention of %s", topic).isEqualTo(-1L);
        }
    }

    /** Topic to the services consuming it, from their application.properties, plus common's producer topics. */
    static Map<String, Set<String>> topicsUsed() {
        Map<String, Set<String>> used = new HashMap<>();
        Pattern topic = Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic=(.+)$");
        Pattern dlq = Pattern.compile("^mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic=(.+)$");
        for (String module : ClusterConfigurationTest.MODULES) {
            for (String line : lines(Repo.root().resolve(module).resolve("src/main/resources/application.properties"))) {
                Matcher t = topic.matcher(line.trim());
                if (t.find()) {
                    Set<String> consumers = used.computeIfAbsent(t.group(2).trim(), k -> new TreeSet<>());
                    if (t.group(1).equals("incoming")) consumers.add(module);
                }
                Matcher d = dlq.matcher(line.trim());
                if (d.find()) used.computeIfAbsent(d.group(1).trim(), k -> new TreeSet<>());
            }
        }
        Matcher constant = Pattern.compile("String \\w+ = \"([a-z][a-z-]*)\"").matcher(String.join("\n",
                lines(Repo.root().resolve("common/src/main/java/fr/assises/common/events/Topics.java"))));
        while (constant.find()) used.computeIfAbsent(constant.group(1), k -> new TreeSet<>());
        assertThat(used).as("topics found in the sources").isNotEmpty();
        return used;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsDatabaseAndRoleOnTheReplicatedBackedUpCluster(String overlay) {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        JsonNode cluster = m.ofKind("Cluster").get(0);
        String name = cluster.path("metadata").path("name").asText();
        assertThat(cluster.path("spec").path("instances").asInt()).as("a primary and at least one replica")
                .isGreaterThanOrEqualTo(2);

        Map<String, String> owners = new HashMap<>();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        owners.put(initdb.path("database").asText(), initdb.path("owner").asText());
        for (JsonNode db : m.ofKind("Database")) {
            assertThat(db.path("spec").path("cluster").path("name").asText()).isEqualTo(name);
            owners.put(db.path("spec").path("name").asText(), db.path("spec").path("owner").asText());
        }
        Map<String, String> roleSecrets = new HashMap<>();
        roleSecrets.put(initdb.path("owner").asText(), initdb.path("secret").path("name").asText());
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            roleSecrets.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
        }

        Map<String, String> modules = Map.of("programme-service", "PROGRAMME_JDBC_URL",
                "registration-service", "REGISTRATION_JDBC_URL", "budget-service", "BUDGET_JDBC_URL",
                "evaluation-service", "EVALUATION_JDBC_URL");
        Set<String> databases = new LinkedHashSet<>();
        modules.forEach((module, key) -> {
            URI url = URI.create(config(m, key).substring("jdbc:".length()));
            assertThat(url.getHost()).as("%s reaches the primary", module).isEqualTo(name + "-rw");
            String database = url.getPath().substring(1);
            assertThat(databases.add(database)).as("%s has a database of its own", module).isTrue();
            String owner = owners.get(database);
            assertThat(owner).as("database %s exists", database).isNotNull();
            // the pod logs in with the Secret the role's password comes from
            JsonNode env = Manifests.container(m.deployment(module)).path("env");
            String userSecret = null;
            for (JsonNode e : env) {
                if (e.path("name").asText().equals("QUARKUS_DATASOURCE_USERNAME")) {
                    userSecret = e.path("valueFrom").path("secretKeyRef").path("name").asText();
                }
            }
            assertThat(userSecret).as("%s logs in as the owner of %s", module, database)
                    .isEqualTo(roleSecrets.get(owner));
            assertThat(secretValue(userSecret, "username")).isEqualTo(owner);
        });

        JsonNode keycloakDb = m.ofKind("Keycloak").get(0).path("spec").path("db");
        assertThat(keycloakDb.path("host").asText()).isEqualTo(name + "-rw");
        String kcOwner = owners.get(keycloakDb.path("database").asText());
        assertThat(kcOwner).as("Keycloak's database exists").isNotNull();
        assertThat(keycloakDb.path("usernameSecret").path("name").asText()).isEqualTo(roleSecrets.get(kcOwner));

        JsonNode backup = m.ofKind("ScheduledBackup").get(0);
        assertThat(backup.path("spec").path("cluster").path("name").asText()).isEqualTo(name);
        assertThat(backup.path("spec").path("schedule").asText().split(" ")).as("six fields, seconds first")
                .hasSize(6);
        assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText())
                .startsWith("s3://");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretTheOperatorsReadHasItsShapeInTheExample(String overlay) {
        Manifests m = ClusterConfigurationTest.overlay(overlay);
        List<String> missing = new ArrayList<>();
        for (JsonNode r : m.resources) {
            collectSecretRefs(Kustomize.id(r), r.path("spec"), missing);
        }
        assertThat(missing).isEmpty();
    }

    /** {name, key} pairs under ...Secret / secretKeyRef / secret, and plain secret names (secretName, tlsSecret). */
    private static void collectSecretRefs(String where, JsonNode node, List<String> missing) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String f = e.getKey();
                JsonNode v = e.getValue();
                boolean ref = f.endsWith("Secret") || f.equals("secret") || f.equals("secretKeyRef")
                        || f.equals("accessKeyId") || f.equals("secretAccessKey");
                if (ref && v.isObject() && v.has("name")) {
                    List<String> keys = Manifests.secretKeys(v.path("name").asText());
                    if (keys.isEmpty()) missing.add(where + ": Secret " + v.path("name").asText());
                    else if (v.has("key") && !keys.contains(v.path("key").asText())) {
                        missing.add(where + ": key " + v.path("key").asText() + " of " + v.path("name").asText());
                    }
                } else if ((f.equals("secretName") || f.equals("tlsSecret")) && v.isTextual()) {
                    if (Manifests.secretKeys(v.asText()).isEmpty()) missing.add(where + ": Secret " + v.asText());
                } else {
                    collectSecretRefs(where, v, missing);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectSecretRefs(where, n, missing));
        }
    }

    static String secretValue(String secret, String key) {
        return Manifests.secretShapes().stream()
                .filter(s -> secret.equals(s.path("metadata").path("name").asText()))
                .findFirst().map(s -> s.path("stringData").path(key).asText()).orElse(null);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new AssertionError(file.toString(), e);
        }
    }
}
