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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.budget.actuals.RegistrationEvents;
import fr.assises.common.events.Topics;
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
