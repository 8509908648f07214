package fr.assises.budget.fees;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.hypotheses;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.budget.Fixtures;
import fr.assises.budget.SettingsEvents;
import fr.assises.budget.actuals.RegistrationEvents;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.test.TestTokens;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The registration income follows registration-service's fees from its settings event on the real Kafka: a new fee
 * moves the income, a redelivered or older event changes nothing, a submitted version keeps its fees, and the
 * budget never takes a fee typed in it.
 */
@QuarkusTest
class FeesFollowRegistrationSettingsTest {

    @Test
    void theIncomeFollowsTheFeesOnceWhateverTheRedeliveries() {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        String lineId = addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        // 500 participants: 300 professionals × 180 € + 100 elected × 120 € + 100 students × 40 €
        assertThat(income(budgetId, lineId)).isEqualTo(7_000_000L);
        JsonPath derived = lineView(budgetId, lineId);
        assertThat(derived.getString("revenue[0].category")).isEqualTo("PROFESSIONNEL");
        assertThat(derived.getString("revenue[0].label")).isEqualTo("Professionnel");
        assertThat(derived.getLong("revenue[0].participants")).isEqualTo(300);
        assertThat(derived.getLong("revenue[0].feeCents")).isEqualTo(18000);
        assertThat(derived.getBoolean("revenue[0].feeKnown")).isTrue();
        long before = aggregateVersion(budgetId);

        Map<String, Long> raised = SettingsEvents.fees("ELU", 12000L, "ETUDIANT", 4000L, "PROFESSIONNEL", 19500L);
        SettingsEvents.send(SettingsEvents.record(congressId, 2, raised));
        await().atMost(Duration.ofSeconds(30)).until(() -> income(budgetId, lineId) == 7_450_000L);
        organiser().when().get("/api/budget/budgets/" + budgetId).then()
                .body("produits.find { it.code == '70' }.lines[0].formula",
                        containsString("Professionnel 300 × 195,00 €"))
                .body("registrationFees.known", is(true)).body("registrationFees.version", is(2));
        // the new totals were published once (budget revised)
        assertThat(aggregateVersion(budgetId)).isEqualTo(before + 1);

        // the same version again (a redelivery) and an older one change nothing; the next version does, once
        SettingsEvents.send(SettingsEvents.record(congressId, 2, raised));
        SettingsEvents.send(SettingsEvents.record(congressId, 1, SettingsEvents.fees("PROFESSIONNEL", 1L)));
        SettingsEvents.send(SettingsEvents.record(congressId, 3,
                SettingsEvents.fees("ELU", 12000L, "ETUDIANT", 5000L, "PROFESSIONNEL", 19500L)));
        await().atMost(Duration.ofSeconds(30)).until(() -> income(budgetId, lineId) == 7_550_000L);
        assertThat(aggregateVersion(budgetId)).isEqualTo(before + 2);

        // in English, the calculation is in English words and format
        organiser().header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/budget/budgets/" + budgetId).then()
                .body("produits.find { it.code == '70' }.lines[0].formula", is("Professional 300 × €195.00"
                        + " + Elected official 100 × €120.00 + Student or job-seeker 100 × €50.00"
                        + " (participants: hypothesis, fees: registration settings) = €75,500.00"));
        // the exports stay the French subsidy form's, whatever the browser speaks
        assertThat(organiser().header("Accept-Language", "en").when().get("/api/budget/budgets/" + budgetId + "/export.csv")
                .then().statusCode(200).extract().asString()).contains("Professionnel 300 × 195,00").doesNotContain("€195.00");
    }

    @Test
    void aSubmittedVersionKeepsTheFeesItWasSubmittedWith() {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        addLine(budgetId, fixed("606", "Achats", "70000.00"));
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit").then().statusCode(200);

        SettingsEvents.publishAndWait(congressId, 2, SettingsEvents.fees("ELU", 12000L, "ETUDIANT", 4000L,
                "PROFESSIONNEL", 20000L));
        organiser().when().get("/api/budget/budgets/" + budgetId + "?version=1").then()
                .body("produits.find { it.code == '70' }.totalCents", is(7_000_000))
                .body("registrationFees.frozen", is(true));
        organiser().body(Map.of("name", "Révision")).when().post("/api/budget/budgets/" + budgetId + "/versions")
                .then().statusCode(201)
                .body("produits.find { it.code == '70' }.totalCents", is(7_600_000));
    }

    @Test
    void feesOfACongressWithoutBudgetAreKeptAndAnUnreadableEventIsSetAside() {
        UUID congressId = UUID.randomUUID();
        organiser().when().get("/api/budget/congresses/" + congressId + "/registration-fees")
                .then().statusCode(404).contentType("application/problem+json");
        // unreadable (no categories): to the dead-letter topic, and the consumer goes on with the next event
        SettingsEvents.send(RegistrationEvents.record(SettingsEvents.TYPE, congressId.toString(),
                "{\"congressId\":\"" + congressId + "\",\"version\":1}"));
        SettingsEvents.publishAndWait(congressId, 4, SettingsEvents.fees("ELU", 9000L, "PROFESSIONNEL", 15000L));
        organiser().when().get("/api/budget/congresses/" + congressId + "/registration-fees").then().statusCode(200)
                .body("fees.code", org.hamcrest.Matchers.contains("ELU", "PROFESSIONNEL"))
                .body("fees[1].feeCents", is(15000)).body("fees[1].labelEn", is("Professional"));
        given(TestTokens.participant(UUID.randomUUID().toString()))
                .when().get("/api/budget/congresses/" + congressId + "/registration-fees").then().statusCode(403);

        // a budget created afterwards counts with them
        Map<String, Object> h = hypotheses(100);
        h.put("categories", java.util.List.of(Map.of("code", "ELU", "percent", 50), Map.of("code", "PROFESSIONNEL", "percent", 50)));
        String budgetId = createBudget(congressId, h);
        String lineId = addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        assertThat(income(budgetId, lineId)).isEqualTo(50 * 9000L + 50 * 15000L);
    }

    /**
     * The days and half-days are programme-service's once it published the congress's half-days: per-day and
     * per-half-day lines follow them, and a different number typed in the hypotheses is refused.
     */
    @Test
    void theDaysAndHalfDaysFollowTheProgramme() throws Exception {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        String lineId = addLine(budgetId, line("613", "Régie", "PER_HALF_DAY", "amount", "100.00"));
        assertThat(organiser().when().get("/api/budget/budgets/" + budgetId).then().extract().jsonPath()
                .getBoolean("programme.known")).isFalse();

        // three half-days over two dates
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("..", "programme-service",
                "events", "examples", "fr.assises.programme.congress.changed.v1.json")));
        data.put("congressId", congressId.toString()).put("version", 7);
        ((ArrayNode) data.get("halfDays")).remove(3);
        SettingsEvents.send(KafkaCloudEvents.toRecord(Topics.PROGRAMME, new EventEnvelope(UUID.randomUUID(),
                "fr.assises.programme.congress.changed.v1", URI.create("/assises/programme-service"),
                congressId.toString(), OffsetDateTime.now(ZoneOffset.UTC), data.toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().extract().jsonPath().getBoolean("programme.known"));
        JsonPath view = organiser().when().get("/api/budget/budgets/" + budgetId).then().extract().jsonPath();
        assertThat(view.getInt("programme.days")).isEqualTo(2);
        assertThat(view.getInt("hypotheses.halfDays")).isEqualTo(3);
        assertThat(view.getLong("charges.find { it.code == '61' }.lines.find { it.id == '" + lineId + "' }.valueCents"))
                .isEqualTo(30000);

        Map<String, Object> typed = hypotheses(500);
        organiser().body(typed).when().put("/api/budget/budgets/" + budgetId + "/hypotheses").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("halfDays"))
                .body("detail", containsString("programme"));
        typed.remove("days");
        typed.remove("halfDays");
        organiser().body(typed).when().put("/api/budget/budgets/" + budgetId + "/hypotheses").then().statusCode(200)
                .body("hypotheses.days", is(2)).body("hypotheses.halfDays", is(3));
    }

    /**
     * The meals are programme-service's once it published a MEAL session of the congress: the meal plan is the
     * programme's scheduled meals (a share typed for one kept, a new one counting everybody, one no longer served
     * counting no more), a replayed older event changes nothing, and a meal the programme does not serve is refused
     * in the hypotheses.
     */
    @Test
    void theMealsFollowTheProgramme() throws Exception {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        // 500 participants: lunch 100 %, dinner 50 % in the hypotheses
        String lineId = addLine(budgetId, line("604", "Service de tous les repas", "PER_MEAL", "amount", "2.00"));
        assertThat(mealCost(budgetId, lineId)).isEqualTo(750 * 200L);
        assertThat(organiser().when().get("/api/budget/budgets/" + budgetId).then().extract().jsonPath()
                .getBoolean("programme.meals")).isFalse();

        // the programme serves the hypotheses' lunch and a second lunch; the dinner is not in it
        UUID lunch2 = UUID.randomUUID();
        sendSession(congressId, Fixtures.LUNCH_1, "MEAL", "Déjeuner", "2027-06-24T12:30:00+02:00", "SCHEDULED", 1);
        sendSession(congressId, lunch2, "MEAL", "Déjeuner", "2027-06-25T12:30:00+02:00", "SCHEDULED", 1);
        sendSession(congressId, UUID.randomUUID(), "WORKSHOP", "Atelier", "2027-06-24T14:30:00+02:00", "SCHEDULED", 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mealCost(budgetId, lineId) == 1000 * 200L);
        JsonPath view = organiser().when().get("/api/budget/budgets/" + budgetId).then().extract().jsonPath();
        assertThat(view.getBoolean("programme.meals")).isTrue();
        assertThat(view.getList("hypotheses.meals.label", String.class))
                .containsExactly("Déjeuner (jeudi 24 juin)", "Déjeuner (vendredi 25 juin)");
        assertThat(view.getList("hypotheses.meals.percent", Integer.class)).containsExactly(100, 100);

        // the second lunch cancelled, then its older event replayed: it counts no more
        sendSession(congressId, lunch2, "MEAL", "Déjeuner", "2027-06-25T12:30:00+02:00", "CANCELLED", 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> mealCost(budgetId, lineId) == 500 * 200L);
        sendSession(congressId, lunch2, "MEAL", "Déjeuner", "2027-06-25T12:30:00+02:00", "SCHEDULED", 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> mealCost(budgetId, lineId) == 500 * 200L);

        // a meal the programme does not serve: refused on the field, nothing changed
        Map<String, Object> typed = hypotheses(500);
        organiser().body(typed).when().put("/api/budget/budgets/" + budgetId + "/hypotheses").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("meals[1].sessionId"))
                .body("detail", containsString("programme"));
        assertThat(mealCost(budgetId, lineId)).isEqualTo(500 * 200L);
        // the committee forecasts a share for the lunch, its title is the programme's
        typed.put("meals", List.of(Map.of("sessionId", Fixtures.LUNCH_1.toString(), "percent", 80)));
        organiser().body(typed).when().put("/api/budget/budgets/" + budgetId + "/hypotheses").then().statusCode(200)
                .body("hypotheses.meals[0].label", is("Déjeuner (jeudi 24 juin)"))
                .body("hypotheses.meals[0].percent", is(80));
        assertThat(mealCost(budgetId, lineId)).isEqualTo(400 * 200L);
    }

    private static void sendSession(UUID congressId, UUID sessionId, String kind, String title, String start,
            String status, long version) throws Exception {
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("..", "programme-service",
                "events", "examples", "fr.assises.programme.session.changed.v1.json")));
        data.put("sessionId", sessionId.toString()).put("congressId", congressId.toString()).put("kind", kind)
                .put("title", title).put("start", start).put("status", status).put("version", version);
        SettingsEvents.send(KafkaCloudEvents.toRecord(Topics.PROGRAMME, new EventEnvelope(UUID.randomUUID(),
                "fr.assises.programme.session.changed.v1", URI.create("/assises/programme-service"),
                sessionId.toString(), OffsetDateTime.now(ZoneOffset.UTC), data.toString())));
    }

    private static long mealCost(String budgetId, String lineId) {
        return organiser().when().get("/api/budget/budgets/" + budgetId).then().statusCode(200).extract().jsonPath()
                .getLong("charges.find { it.code == '60' }.lines.find { it.id == '" + lineId + "' }.valueCents");
    }

    private static io.restassured.specification.RequestSpecification given(String token) {
        return io.restassured.RestAssured.given().auth().oauth2(token);
    }

    private static JsonPath lineView(String budgetId, String lineId) {
        JsonPath view = organiser().when().get("/api/budget/budgets/" + budgetId).then().statusCode(200)
                .extract().jsonPath();
        return new JsonPath(RegistrationEvents.write(view.getMap("produits.find { it.code == '70' }.lines.find { it.id == '"
                + lineId + "' }")));
    }

    private static long income(String budgetId, String lineId) {
        return lineView(budgetId, lineId).getLong("valueCents");
    }
}
