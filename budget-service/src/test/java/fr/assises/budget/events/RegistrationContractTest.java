package fr.assises.budget.events;

import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.budget.actuals.RegistrationEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * registration-service's example payloads (../registration-service/events/examples/) go through the real consumer,
 * so a change of their shape fails this build. Until registration-service ships them, the brief's shapes stand in.
 */
@QuarkusTest
class RegistrationContractTest {

    private static final Path EXAMPLES = Path.of("../registration-service/events/examples");
    private static final List<String> TYPES = List.of("confirmed", "waitlisted", "changed", "cancelled", "checked-in");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaCompanion companion;

    @Inject
    Inbox inbox;

    @BeforeAll
    static void start() {
        companion = RegistrationEvents.companion();
    }

    @AfterAll
    static void stop() {
        companion.close();
    }

    /** Each example with fresh ids (so the test does not depend on other runs), keyed by its CloudEvents type. */
    private static List<Map.Entry<String, ObjectNode>> examples(UUID congressId) throws IOException {
        List<Map.Entry<String, ObjectNode>> result = new ArrayList<>();
        for (String name : TYPES) {
            String type = "fr.assises.registration." + name + ".v1";
            Path file = EXAMPLES.resolve(type + ".json");
            ObjectNode data;
            if (Files.exists(file)) {
                data = (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } else {
                String status = switch (name) {
                    case "waitlisted" -> "WAITLISTED";
                    case "cancelled" -> "CANCELLED";
                    default -> "CONFIRMED";
                };
                data = JSON.valueToTree(RegistrationEvents.data(UUID.randomUUID(), congressId, status, "PROFESSIONNEL",
                        12000, Map.of(UUID.randomUUID(), status.equals("CANCELLED") ? "CONFIRMED" : status), 1));
            }
            data.put("registrationId", UUID.randomUUID().toString());
            data.put("congressId", congressId.toString());
            result.add(Map.entry(type, data));
        }
        return result;
    }

    @Test
    void exampleRegistrationEventsAreCounted() throws IOException {
        UUID congressId = UUID.randomUUID();
        List<Map.Entry<String, ObjectNode>> examples = examples(congressId);
        long confirmed = examples.stream().filter(e -> "CONFIRMED".equals(e.getValue().get("status").asText())).count();
        long revenue = examples.stream().filter(e -> "CONFIRMED".equals(e.getValue().get("status").asText()))
                .mapToLong(e -> e.getValue().get("feeCents").asLong()).sum();
        List<ProducerRecord<String, String>> records = examples.stream()
                .map(e -> RegistrationEvents.record(e.getKey(), e.getValue().get("registrationId").asText(),
                        e.getValue().toString()))
                .toList();
        companion.produceStrings().fromRecords(records).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath figures = organiser().when().get("/api/budget/congresses/" + congressId + "/actuals")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(figures.getLong("confirmed")).isEqualTo(confirmed);
            assertThat(figures.getLong("revenueCents")).isEqualTo(revenue);
        });
        assertThat(confirmed).isPositive();
    }

    /**
     * registration-service's examples tell one registration's story (confirmed v1, changed and checked-in v2,
     * cancelled v3, and a waitlisted v1): fed out of order and twice, the projection ends at the newest version.
     */
    @Test
    void theExamplesStoryEndsAtItsNewestVersionWhateverTheOrder() throws IOException {
        UUID congressId = UUID.randomUUID();
        String registrationId = UUID.randomUUID().toString();
        Map<String, ObjectNode> story = new LinkedHashMap<>();
        for (String name : TYPES) {
            String type = "fr.assises.registration." + name + ".v1";
            ObjectNode data = (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(type + ".json"), StandardCharsets.UTF_8));
            data.put("registrationId", registrationId);
            data.put("congressId", congressId.toString());
            story.put(type, data);
        }
        ObjectNode changed = story.get("fr.assises.registration.changed.v1");
        ObjectNode cancelled = story.get("fr.assises.registration.cancelled.v1");
        produce("fr.assises.registration.changed.v1", changed);
        produce("fr.assises.registration.confirmed.v1", story.get("fr.assises.registration.confirmed.v1"));
        produce("fr.assises.registration.waitlisted.v1", story.get("fr.assises.registration.waitlisted.v1"));
        awaitApplied(registrationId, changed.get("version").asLong());
        JsonPath figures = actuals(congressId);
        assertThat(figures.getLong("confirmed")).isEqualTo("CONFIRMED".equals(changed.get("status").asText()) ? 1 : 0);
        assertThat(figures.getLong("revenueCents")).isEqualTo(changed.get("feeCents").asLong());

        for (String type : story.keySet()) {
            produce(type, story.get(type));
        }
        awaitApplied(registrationId, cancelled.get("version").asLong());
        ObjectNode fence = cancelled.deepCopy();
        fence.put("version", cancelled.get("version").asLong() + 1);
        for (String type : story.keySet()) {
            produce(type, story.get(type));
        }
        produce("fr.assises.registration.changed.v1", fence);
        awaitApplied(registrationId, fence.get("version").asLong());
        assertThat(actuals(congressId).getLong("confirmed")).isZero();
        assertThat(actuals(congressId).getLong("revenueCents")).isZero();
    }

    private static void produce(String type, ObjectNode data) {
        companion.produceStrings().fromRecords(RegistrationEvents.record(type, data.get("registrationId").asText(),
                data.toString())).awaitCompletion();
    }

    private void awaitApplied(String registrationId, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> inbox.appliedVersion("registration", registrationId)) == version);
    }

    private static JsonPath actuals(UUID congressId) {
        return organiser().when().get("/api/budget/congresses/" + congressId + "/actuals")
                .then().statusCode(200).extract().jsonPath();
    }

    /** registration-service's documented settings example is read as it is: its fees become the budget's. */
    @Test
    void theSettingsExampleGivesTheFees() throws IOException {
        UUID congressId = UUID.randomUUID();
        ObjectNode data = (ObjectNode) JSON.readTree(Files.readString(
                EXAMPLES.resolve("fr.assises.registration-settings.changed.v1.json"), StandardCharsets.UTF_8));
        data.put("congressId", congressId.toString());
        companion.produceStrings().fromRecords(RegistrationEvents.record("fr.assises.registration-settings.changed.v1",
                congressId.toString(), data.toString())).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath fees = organiser().when().get("/api/budget/congresses/" + congressId + "/registration-fees")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(fees.getLong("version")).isEqualTo(data.get("version").asLong());
            assertThat(fees.getList("fees.code")).hasSize(data.get("categories").size());
            for (var category : data.get("categories")) {
                assertThat(fees.getLong("fees.find { it.code == '" + category.get("code").asText() + "' }.feeCents"))
                        .isEqualTo(category.get("feeCents").asLong());
            }
        });
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID congressId = UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        try (ConsumerTask<String, String> dlq = companion.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("dlq-" + UUID.randomUUID()).fromTopics(Topics.deadLetter(Topics.REGISTRATION))) {
            companion.produceStrings().fromRecords(
                    RegistrationEvents.record("fr.assises.registration.confirmed.v1", poison, "{\"registrationId\": \"" + poison + "\""),
                    RegistrationEvents.record("fr.assises.registration.confirmed.v1", RegistrationEvents.data(UUID.randomUUID(),
                            congressId, "CONFIRMED", "ELU", 9000, Map.of(), 1)))
                    .awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream().anyMatch(r -> poison.equals(r.key())));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organiser()
                .when().get("/api/budget/congresses/" + congressId + "/actuals")
                .then().statusCode(200).body("revenueCents", is(9000)));
    }
}
