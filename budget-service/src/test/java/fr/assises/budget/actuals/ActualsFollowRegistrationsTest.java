package fr.assises.budget.actuals;

import static fr.assises.budget.Fixtures.LUNCH_1;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.actuals.RegistrationEvents.data;
import static fr.assises.budget.actuals.RegistrationEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.assises.common.events.Topics;
import fr.assises.common.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Actual figures follow registration-events; duplicates, stale versions and a replay of the topic from offset 0
 * change no figure.
 */
@QuarkusTest
class ActualsFollowRegistrationsTest {

    private static final String CONFIRMED = "fr.assises.registration.confirmed.v1";
    private static final String CHANGED = "fr.assises.registration.changed.v1";
    private static final String CANCELLED = "fr.assises.registration.cancelled.v1";
    private static final String WAITLISTED = "fr.assises.registration.waitlisted.v1";

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

    @Test
    void actualsFollowEventsAndIgnoreDuplicatesAndReplays() {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        String revenueLine = addLine(budgetId, line("706", "Inscriptions confirmées", "REGISTRATION_REVENUE", "basis", "CONFIRMED"));
        String mealLine = addLine(budgetId, line("604", "Déjeuner J1 commandé", "PER_MEAL", "amount", "25.00",
                "sessionId", LUNCH_1.toString(), "basis", "CONFIRMED"));
        String badgeLine = addLine(budgetId, line("604", "Badges", "PER_PARTICIPANT", "amount", "2.00", "basis", "CONFIRMED"));

        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        UUID r3 = UUID.randomUUID();
        UUID r4 = UUID.randomUUID();
        List<ProducerRecord<String, String>> history = List.of(
                record(CONFIRMED, data(r1, congressId, "CONFIRMED", "PROFESSIONNEL", 18000, Map.of(LUNCH_1, "CONFIRMED"), 1)),
                record(CONFIRMED, data(r2, congressId, "CONFIRMED", "ELU", 12000, Map.of(LUNCH_1, "CONFIRMED"), 1)),
                record(WAITLISTED, data(r3, congressId, "WAITLISTED", "ETUDIANT", 4000, Map.of(LUNCH_1, "WAITLISTED"), 1)),
                record(CONFIRMED, data(r4, congressId, "CONFIRMED", "ETUDIANT", 4000, Map.of(LUNCH_1, "CONFIRMED"), 1)),
                record(CANCELLED, data(r2, congressId, "CANCELLED", "ELU", 12000, Map.of(), 2)),
                record(CHANGED, data(r4, congressId, "CONFIRMED", "ETUDIANT", 4000, Map.of(), 2)));
        companion.produceStrings().fromRecords(history).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(r4)).isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(r2)).isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(r1)).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(r3)).isEqualTo(1));
        String expected = figures(congressId);
        assertThat(JsonPath.from(expected).getLong("confirmed")).isEqualTo(2);
        assertThat(JsonPath.from(expected).getLong("revenueCents")).isEqualTo(22000);
        assertThat(JsonPath.from(expected).getLong("confirmedByCategory.PROFESSIONNEL")).isEqualTo(1);
        assertThat(JsonPath.from(expected).getLong("confirmedByCategory.ETUDIANT")).isEqualTo(1);
        assertThat(JsonPath.from(expected).getLong("mealsBySession." + LUNCH_1)).isEqualTo(1);
        JsonPath budget = budget(budgetId);
        assertThat(lineValue(budget, revenueLine)).isEqualTo(22000);
        assertThat(lineValue(budget, mealLine)).isEqualTo(2500);
        assertThat(lineValue(budget, badgeLine)).isEqualTo(400);
        String expectedBudget = totals(budget);

        // duplicates (same events again, and a stale version after a newer one), then a fence per key
        List<ProducerRecord<String, String>> duplicates = new ArrayList<>(history);
        duplicates.add(record(CONFIRMED, data(r2, congressId, "CONFIRMED", "ELU", 12000, Map.of(LUNCH_1, "CONFIRMED"), 1)));
        companion.produceStrings().fromRecords(duplicates).awaitCompletion();
        fence(congressId, r1, r2, r3, r4, 10);
        assertThat(figures(congressId)).isEqualTo(expected);
        assertThat(totals(budget(budgetId))).isEqualTo(expectedBudget);

        // replay: read the whole topic from offset 0 and produce every record of this congress again, as is
        List<ProducerRecord<String, String>> replay = new ArrayList<>();
        try (ConsumerTask<String, String> all = companion.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("replay-" + UUID.randomUUID()).fromTopics(Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> all.getRecords().stream()
                    .filter(r -> r.value().contains(congressId.toString())).count() >= history.size() + duplicates.size() + 4);
            for (ConsumerRecord<String, String> r : all.getRecords()) {
                if (r.value().contains(congressId.toString())) {
                    ProducerRecord<String, String> copy = new ProducerRecord<>(Topics.REGISTRATION, r.key(), r.value());
                    for (Header header : r.headers()) {
                        copy.headers().add(header);
                    }
                    replay.add(copy);
                }
            }
        }
        companion.produceStrings().fromRecords(replay).awaitCompletion();
        fence(congressId, r1, r2, r3, r4, 20);
        assertThat(figures(congressId)).isEqualTo(expected);
        assertThat(totals(budget(budgetId))).isEqualTo(expectedBudget);
    }

    /** A newer, identical state per key: once applied, every earlier record of that key (same partition) was consumed. */
    private void fence(UUID congressId, UUID r1, UUID r2, UUID r3, UUID r4, long version) {
        companion.produceStrings().fromRecords(
                record(CHANGED, data(r1, congressId, "CONFIRMED", "PROFESSIONNEL", 18000, Map.of(LUNCH_1, "CONFIRMED"), version)),
                record(CHANGED, data(r2, congressId, "CANCELLED", "ELU", 12000, Map.of(), version)),
                record(CHANGED, data(r3, congressId, "WAITLISTED", "ETUDIANT", 4000, Map.of(LUNCH_1, "WAITLISTED"), version)),
                record(CHANGED, data(r4, congressId, "CONFIRMED", "ETUDIANT", 4000, Map.of(), version)))
                .awaitCompletion();
        for (UUID id : List.of(r1, r2, r3, r4)) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(applied(id)).isEqualTo(version));
        }
    }

    /** The inbox is read in a transaction of its own: Awaitility polls from a thread without a request context. */
    private long applied(UUID registrationId) {
        return QuarkusTransaction.requiringNew().call(() -> inbox.appliedVersion("registration", registrationId.toString()));
    }

    private static String figures(UUID congressId) {
        return organiser().when().get("/api/budget/congresses/" + congressId + "/actuals")
                .then().statusCode(200).extract().asString();
    }

    private static JsonPath budget(String budgetId) {
        return organiser().when().get("/api/budget/budgets/" + budgetId).then().statusCode(200).extract().jsonPath();
    }

    private static String totals(JsonPath budget) {
        return budget.getMap("totals").toString();
    }

    private static long lineValue(JsonPath budget, String lineId) {
        for (String side : List.of("charges", "produits")) {
            List<Map<String, Object>> lines = budget.getList(side + ".lines.flatten()");
            for (Map<String, Object> l : lines) {
                if (lineId.equals(l.get("id"))) {
                    return ((Number) l.get("valueCents")).longValue();
                }
            }
        }
        throw new AssertionError("line " + lineId + " not found");
    }
}
