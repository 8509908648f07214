package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.security.Roles;
import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Paper forms typed in by organisers: the checks of an online answer, an anonymous response marked PAPER that does
 * not name the organiser, accepted after closing but not before opening, counted in results and exports.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PaperResponseTest {

    @Inject
    EntityManager em;

    private final String organiserId = UUID.randomUUID().toString();
    private final String organiser = TestTokens.token(organiserId, Roles.ORGANISER);

    @Test
    void aPaperFormIsStoredAnonymouslyAsPaperAndPublishesCountsOnly() throws Exception {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Map<String, Object> answers = new Respondent(congress, "PROFESSIONNEL").full();
        // on paper, anyone may rate any rated session of the congress: nobody knows which ones they attended
        answers.put("sessions", Map.of(congress.plenary.toString(), 4, congress.workshopB.toString(), 2));
        paper(organiser, id, answers).statusCode(201)
                .body("channel", is("PAPER"))
                .body("responseCount", is(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("answers", Respondent.minimal()))
                .when().post("/api/evaluation/questionnaires/{id}/paper-responses", id).then().statusCode(201)
                .body("responseCount", is(2));

        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object>) em.createNativeQuery(
                "select row_to_json(r)::text from survey_response r where questionnaire_id = ?1")
                .setParameter(1, UUID.fromString(id)).getResultList());
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.toString())
                .contains("\"channel\":\"PAPER\"").contains("\"edit_key\":null")
                .doesNotContain("category").doesNotContain(organiserId));

        List<ConsumerRecord<String, String>> events = SurveyAnsweringTest.published(id, 2);
        for (ConsumerRecord<String, String> event : events) {
            JsonNode data = new ObjectMapper().readTree(event.value());
            List<String> fields = new ArrayList<>();
            data.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("questionnaireId", "congressId", "responseCount",
                    "version");
            assertThat(event.value()).doesNotContain(organiserId).doesNotContain("PAPER");
            assertThat(new String(event.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("fr.assises.evaluation.response-submitted.v1");
        }
        assertThat(events.stream().map(e -> readCount(e.value()))).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void badPaperAnswersAreRefusedLikeOnlineOnesAndNothingIsSaved() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Respondent r = new Respondent(congress, "PROFESSIONNEL");
        List<Map<String, Object>> bad = List.of(
                with(Respondent.minimal(), "inconnue", "x"),
                with(Respondent.minimal(), "topics", List.of("RESEAU", "METHODES", "FINANCEMENT", "OUTILS")),
                with(Respondent.minimal(), "overall", 7),
                Map.of("role", "AGENT"),
                with(Respondent.minimal(), "details", "visible seulement pour AUTRE"),
                with(Respondent.minimal(), "sessions", Map.of(UUID.randomUUID().toString(), 3)),
                with(Respondent.minimal(), "sessions", Map.of(congress.lunch.toString(), 3)),
                with(r.full(), "role", "INCONNU"));
        for (Map<String, Object> answers : bad) {
            paper(organiser, id, answers).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", notNullValue());
        }
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body("{\"answers\": ")
                .when().post("/api/evaluation/questionnaires/{id}/paper-responses", id)
                .then().statusCode(400).contentType("application/problem+json");
        paper(organiser, UUID.randomUUID().toString(), Respondent.minimal()).statusCode(404)
                .contentType("application/problem+json");
        assertThat(stored(id)).isZero();
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", id)
                .then().body("responseCount", is(0));
    }

    @Test
    void paperFormsAreTypedInFromOpeningAndStillAfterClosing() {
        TestCongress congress = new TestCongress().create();
        String later = Questionnaires.created(organiser, congress.id, Questionnaires.definition(),
                OffsetDateTime.now().plusDays(2), OffsetDateTime.now().plusDays(20));
        paper(organiser, later, Respondent.minimal()).statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/publish", later)
                .then().statusCode(200);
        paper(organiser, later, Respondent.minimal()).statusCode(422).contentType("application/problem+json");
        assertThat(stored(later)).isZero();

        String closed = Questionnaires.published(organiser, congress.id);
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/close", closed)
                .then().statusCode(200);
        paper(organiser, closed, Respondent.minimal()).statusCode(201);
        assertThat(stored(closed)).isEqualTo(1);
    }

    @Test
    void onlyOrganisersAndAdminsTypeInPaperForms() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        given().contentType(ContentType.JSON).body(Map.of("answers", Respondent.minimal()))
                .when().post("/api/evaluation/questionnaires/{id}/paper-responses", id)
                .then().statusCode(401);
        Respondent r = new Respondent(congress, "PROFESSIONNEL");
        paper(r.jwt, id, Respondent.minimal()).statusCode(403).contentType("application/problem+json");
        paper(TestTokens.partner(), id, Respondent.minimal()).statusCode(403)
                .contentType("application/problem+json");
        assertThat(stored(id)).isZero();
    }

    @Test
    void resultsAndExportsCountPaperResponsesAndShowTheSplitWithoutCappingTheRate() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        for (int i = 0; i < 3; i++) {
            Respondent r = new Respondent(congress, "PROFESSIONNEL");
            r.answer(r.token(), r.full()).statusCode(200);
        }
        for (int i = 0; i < 4; i++) {
            paper(organiser, id, Respondent.minimal()).statusCode(201);
        }
        Questionnaires.close(organiser, id);
        given().auth().oauth2(TestTokens.partner()).when().get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(200)
                .body("responses", is(7))
                .body("byChannel.online", is(3))
                .body("byChannel.paper", is(4))
                .body("checkedIn", is(3))
                // 7 responses for 3 people checked in: shown as it is, with the reason, not capped at 100 %
                .body("responseRate", is(233.3f))
                .body("responseRateNote", notNullValue())
                .body("byCategory.category", contains("PROFESSIONNEL"))
                .body("questions.find { it.id == 'overall' }.answered", is(7))
                // partners: no cell under 5 (4 and 3, each hidden, the other with it)
                .body("questions.find { it.id == 'overall' }.distribution.suppressed",
                        contains(false, false, true, true));
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", congress.id)
                .then().body("responseCount", hasItem(7));

        String csv = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/responses.csv", id)
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).contains("Canal");
        assertThat(lines.subList(1, lines.size()).stream().filter(l -> l.contains("Papier")).count()).isEqualTo(4);
        assertThat(lines.subList(1, lines.size()).stream().filter(l -> l.contains("En ligne")).count())
                .isEqualTo(3);
    }

    private static ValidatableResponse paper(String jwt, String questionnaireId, Map<String, Object> answers) {
        return given().auth().oauth2(jwt).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/evaluation/questionnaires/{id}/paper-responses", questionnaireId).then();
    }

    private long stored(String questionnaireId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from survey_response where questionnaire_id = ?1")
                .setParameter(1, UUID.fromString(questionnaireId)).getSingleResult()).longValue());
    }

    private static int readCount(String json) {
        try {
            return new ObjectMapper().readTree(json).path("responseCount").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> with(Map<String, Object> answers, String key, Object value) {
        answers.put(key, value);
        return answers;
    }
}
