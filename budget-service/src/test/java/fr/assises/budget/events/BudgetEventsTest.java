package fr.assises.budget.events;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.newBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.budget.actuals.RegistrationEvents;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Every change publishes fr.assises.budget.revised.v1 through the outbox, in the shape of the documented example. */
@QuarkusTest
class BudgetEventsTest {

    private static final Path EXAMPLE = Path.of("events/examples/fr.assises.budget.revised.v1.json");
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

    @Test
    void eachChangePublishesTheTotalsWithAGrowingVersion() throws IOException {
        String budgetId = newBudget();
        addLine(budgetId, fixed("606", "Fournitures", "1000.00"));
        addLine(budgetId, fixed("706", "Inscriptions", "250.00"));

        try (ConsumerTask<String, String> task = companion.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("budget-events-" + UUID.randomUUID()).fromTopics(Topics.BUDGET)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ofBudget(task, budgetId).size() >= 3);
            List<ConsumerRecord<String, String>> records = ofBudget(task, budgetId);
            assertThat(records).hasSize(3);
            List<EventEnvelope> events = records.stream().map(KafkaCloudEvents::fromRecord).toList();
            assertThat(events).allSatisfy(e -> {
                assertThat(e.type()).isEqualTo(BudgetRevisedData.TYPE);
                assertThat(e.subject()).isEqualTo(budgetId);
            });
            assertThat(events.stream().map(EventEnvelope::id).collect(Collectors.toSet())).hasSize(3);
            JsonNode last = JSON.readTree(events.get(2).data());
            assertThat(last.get("budgetId").asText()).isEqualTo(budgetId);
            assertThat(last.get("chargesCents").asLong()).isEqualTo(100000);
            assertThat(last.get("produitsCents").asLong()).isEqualTo(25000);
            assertThat(last.get("balanceCents").asLong()).isEqualTo(-75000);
            assertThat(last.get("status").asText()).isEqualTo("DRAFT");
            assertThat(events.stream().map(e -> version(e)).toList()).isSortedAccordingTo(Comparator.naturalOrder())
                    .doesNotHaveDuplicates();
            assertThat(fieldNames(last)).isEqualTo(fieldNames(JSON.readTree(Files.readString(EXAMPLE, StandardCharsets.UTF_8))));
        }
    }

    @Test
    void confirmedRegistrationsThatMoveTheTotalsPublishARevision() {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        addLine(budgetId, line("706", "Inscriptions confirmées", "REGISTRATION_REVENUE", "basis", "CONFIRMED"));
        companion.produceStrings().fromRecords(RegistrationEvents.record("fr.assises.registration.confirmed.v1",
                RegistrationEvents.data(UUID.randomUUID(), congressId, "CONFIRMED", "ELU", 12000, Map.of(), 1)))
                .awaitCompletion();
        try (ConsumerTask<String, String> task = companion.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("budget-events-" + UUID.randomUUID()).fromTopics(Topics.BUDGET)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ofBudget(task, budgetId).stream()
                    .map(r -> KafkaCloudEvents.fromRecord(r).data())
                    .anyMatch(d -> d.contains("\"produitsCents\":12000")));
        }
    }

    @Test
    void theDocumentedExampleIsReadableAsTheEventRecord() throws IOException {
        BudgetRevisedData example = JSON.readValue(Files.readString(EXAMPLE, StandardCharsets.UTF_8), BudgetRevisedData.class);
        assertThat(example.balanceCents()).isEqualTo(example.produitsCents() - example.chargesCents());
        assertThat(example.version()).isPositive();
        assertThat(Files.readString(Path.of("events/asyncapi.yaml"), StandardCharsets.UTF_8))
                .contains(BudgetRevisedData.TYPE, "budget-events");
    }

    private static List<ConsumerRecord<String, String>> ofBudget(ConsumerTask<String, String> task, String budgetId) {
        return task.getRecords().stream().filter(r -> budgetId.equals(r.key())).toList();
    }

    private static long version(EventEnvelope event) {
        try {
            return JSON.readTree(event.data()).get("version").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).collect(Collectors.toSet());
    }
}
