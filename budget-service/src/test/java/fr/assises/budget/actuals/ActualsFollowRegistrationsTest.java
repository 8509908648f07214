package fr.assises.budget.actuals;

import static fr.assises.budget.Fixtures.DINNER_1;
import static fr.assises.budget.Fixtures.LUNCH_1;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.actuals.RegistrationEvents.data;
import static fr.assises.budget.actuals.RegistrationEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.assises.common.events.Topics;
import fr.assises.common.inbox.Inbox;
import io.agroal.api.AgroalDataSource;
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

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

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

    /**
     * The figures are kept by deltas (actual_figure); after a random history (new, changed, cancelled, waitlisted,
     * meals added, dropped or listed twice, versions out of order, duplicates) they equal a full recount of the
     * projection and what the final states say, and the budget's published totals equal the ones it computes.
     */
    @Test
    void incrementalFiguresEqualAFullRecount() {
        Random random = new Random(17);
        UUID followed = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String budgetId = createBudget(followed);
        addLine(budgetId, line("706", "Inscriptions confirmées", "REGISTRATION_REVENUE", "basis", "CONFIRMED"));
        addLine(budgetId, line("706", "Inscriptions des élus", "REGISTRATION_REVENUE", "category", "ELU", "basis", "CONFIRMED"));
        addLine(budgetId, line("604", "Déjeuner J1 commandé", "PER_MEAL", "amount", "25.00",
                "sessionId", LUNCH_1.toString(), "basis", "CONFIRMED"));
        addLine(budgetId, line("604", "Eau, tous repas", "PER_MEAL", "amount", "0.50", "basis", "CONFIRMED"));
        addLine(budgetId, line("604", "Badges", "PER_PARTICIPANT", "amount", "2.00", "basis", "CONFIRMED"));
        UUID[] sessions = {LUNCH_1, DINNER_1, UUID.randomUUID()};
        String[] statuses = {"CONFIRMED", "CONFIRMED", "WAITLISTED", "CANCELLED"};
        String[] categories = {"PROFESSIONNEL", "ELU", "ETUDIANT"};
        String[] mealStatuses = {"CONFIRMED", "CONFIRMED", "WAITLISTED", "CANCELLED"};

        Map<UUID, Map<String, Object>> last = new LinkedHashMap<>();
        List<List<ProducerRecord<String, String>>> byKey = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID registration = UUID.randomUUID();
            UUID congress = i % 4 == 0 ? other : followed;
            int versions = 1 + random.nextInt(5);
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            for (int v = 1; v <= versions; v++) {
                String status = statuses[random.nextInt(statuses.length)];
                List<Map<String, Object>> meals = new ArrayList<>();
                for (UUID session : sessions) {
                    if (random.nextInt(3) > 0) {
                        meals.add(Map.of("sessionId", session.toString(), "status", mealStatuses[random.nextInt(4)]));
                    }
                }
                if (!meals.isEmpty() && random.nextInt(5) == 0) {
                    // the same session twice: the projection keeps the last status
                    meals.add(Map.of("sessionId", meals.get(0).get("sessionId"), "status", mealStatuses[random.nextInt(4)]));
                }
                Map<String, Object> data = data(registration, congress, status, categories[random.nextInt(3)],
                        1000L * (1 + random.nextInt(20)), Map.of(), v);
                data.put("meals", meals);
                records.add(record(type(status), data));
                last.put(registration, data);
            }
            if (versions > 1 && random.nextBoolean()) {
                // out of order: a newer version before an older one of the same registration
                Collections.swap(records, random.nextInt(versions), random.nextInt(versions));
            }
            if (random.nextInt(3) == 0) {
                records.add(records.get(random.nextInt(versions)));
            }
            byKey.add(records);
        }
        List<ProducerRecord<String, String>> interleaved = new ArrayList<>();
        while (byKey.stream().anyMatch(l -> !l.isEmpty())) {
            List<ProducerRecord<String, String>> next = byKey.get(random.nextInt(byKey.size()));
            if (!next.isEmpty()) {
                interleaved.add(next.remove(0));
            }
        }
        companion.produceStrings().fromRecords(interleaved).awaitCompletion();
        last.forEach((id, data) -> await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(applied(id)).isEqualTo(((Number) data.get("version")).longValue())));

        for (UUID congress : List.of(followed, other)) {
            Map<String, Object> expected = expectedFigures(congress, last.values());
            assertThat(recount(congress)).isEqualTo(expected);
            JsonPath actual = JsonPath.from(figures(congress));
            Map<String, Object> served = new TreeMap<>();
            served.put("confirmed", actual.getLong("confirmed"));
            served.put("revenueCents", actual.getLong("revenueCents"));
            served.put("confirmedByCategory", longs(actual.getMap("confirmedByCategory")));
            served.put("revenueByCategory", longs(actual.getMap("revenueByCategory")));
            served.put("mealsBySession", longs(actual.getMap("mealsBySession")));
            served.put("meals", actual.getLong("meals"));
            assertThat(served).isEqualTo(expected);
        }
        // what was published (budget.revised, the budget row) is what the budget computes from the figures now
        JsonPath budget = budget(budgetId);
        assertThat(published(budgetId)).containsExactly(budget.getLong("totals.totalChargesCents"),
                budget.getLong("totals.totalProduitsCents"));
    }

    /**
     * Statements per registration event, counted by Hibernate (every statement the consumer sends through it):
     * printed for the record (docs/benchmarks.md), not a timing.
     */
    @Test
    void statementsPerRegistrationEvent() {
        UUID followed = UUID.randomUUID();
        String budgetId = createBudget(followed);
        addLine(budgetId, line("706", "Inscriptions confirmées", "REGISTRATION_REVENUE", "basis", "CONFIRMED"));
        addLine(budgetId, line("604", "Déjeuner J1 commandé", "PER_MEAL", "amount", "25.00",
                "sessionId", LUNCH_1.toString(), "basis", "CONFIRMED"));
        UUID plain = UUID.randomUUID();
        createBudget(plain);
        UUID none = UUID.randomUUID();
        for (UUID congress : List.of(followed, plain, none)) {
            Statistics statistics = sessionFactory.getStatistics();
            assertThat(statistics.isStatisticsEnabled()).isTrue();
            int events = 20;
            List<UUID> ids = new ArrayList<>();
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                records.add(record(CONFIRMED, data(id, congress, "CONFIRMED", i % 2 == 0 ? "ELU" : "PROFESSIONNEL",
                        12000, Map.of(LUNCH_1, "CONFIRMED", DINNER_1, "CONFIRMED"), 1)));
            }
            statistics.clear();
            companion.produceStrings().fromRecords(records).awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(ids) == events);
            long statements = statistics.getPrepareStatementCount();
            String which = congress == followed ? "budget with confirmed-basis lines"
                    : congress == plain ? "budget without confirmed-basis lines" : "no budget";
            System.out.printf("[statements per registration event] %s: %.1f (%d statements, %d transactions, %d events)%n",
                    which, (double) statements / events, statements, statistics.getTransactionCount(), events);
            assertThat(statements).isPositive();
        }
    }

    private static String type(String status) {
        return switch (status) {
            case "CANCELLED" -> CANCELLED;
            case "WAITLISTED" -> WAITLISTED;
            default -> CHANGED;
        };
    }

    /** The figures as the final states say, in the shape of the actuals endpoint (maps sorted, zeros left out). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> expectedFigures(UUID congress, Iterable<Map<String, Object>> states) {
        Map<String, Long> count = new TreeMap<>();
        Map<String, Long> revenue = new TreeMap<>();
        Map<String, Long> meals = new TreeMap<>();
        for (Map<String, Object> s : states) {
            if (!congress.toString().equals(s.get("congressId")) || !"CONFIRMED".equals(s.get("status"))) {
                continue;
            }
            count.merge((String) s.get("category"), 1L, Long::sum);
            revenue.merge((String) s.get("category"), ((Number) s.get("feeCents")).longValue(), Long::sum);
            Map<String, String> last = new LinkedHashMap<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) s.get("meals")) {
                last.put((String) m.get("sessionId"), (String) m.get("status"));
            }
            last.forEach((session, status) -> {
                if ("CONFIRMED".equals(status)) {
                    meals.merge(session, 1L, Long::sum);
                }
            });
        }
        return figures(count, revenue, meals);
    }

    private static Map<String, Object> figures(Map<String, Long> count, Map<String, Long> revenue, Map<String, Long> meals) {
        Map<String, Object> f = new TreeMap<>();
        f.put("confirmed", count.values().stream().mapToLong(Long::longValue).sum());
        f.put("revenueCents", revenue.values().stream().mapToLong(Long::longValue).sum());
        f.put("confirmedByCategory", count);
        f.put("revenueByCategory", revenue);
        f.put("mealsBySession", meals);
        f.put("meals", meals.values().stream().mapToLong(Long::longValue).sum());
        return f;
    }

    /** The whole projection counted again, as the budget counted it before keeping the figures by deltas. */
    private Map<String, Object> recount(UUID congress) {
        Map<String, Long> count = new TreeMap<>();
        Map<String, Long> revenue = new TreeMap<>();
        Map<String, Long> meals = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    select category, count(*), sum(fee_cents) from registration_projection
                    where congress_id = ? and status = 'CONFIRMED' group by category""")) {
                s.setObject(1, congress);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        count.put(rs.getString(1), rs.getLong(2));
                        revenue.put(rs.getString(1), rs.getLong(3));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select m.session_id, count(*) from registration_meal m
                    join registration_projection r on r.registration_id = m.registration_id
                    where r.congress_id = ? and r.status = 'CONFIRMED' and m.status = 'CONFIRMED' group by m.session_id""")) {
                s.setObject(1, congress);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        meals.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return figures(count, revenue, meals);
    }

    private List<Long> published(String budgetId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select charges_cents, produits_cents from budget where id = ?")) {
            s.setObject(1, UUID.fromString(budgetId));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return List.of(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counted straight on a connection of the pool, so that waiting adds no statement to Hibernate's count. */
    private int appliedCount(List<UUID> ids) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        select count(*) from projection_version where aggregate_type = 'registration'
                        and aggregate_id = any(?)""")) {
            s.setArray(1, c.createArrayOf("varchar", ids.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Map<String, Long> longs(Map<String, Object> map) {
        Map<String, Long> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k, ((Number) v).longValue()));
        return sorted;
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
