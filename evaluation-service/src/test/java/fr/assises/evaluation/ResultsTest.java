package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.common.events.Topics;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;

/** Aggregated results: response rates over check-ins, distributions, session ratings, 3C, the threshold of 5. */
@QuarkusTest
class ResultsTest {

    private final String organiser = TestTokens.organiser();

    @Test
    void resultsAggregateEveryQuestionTypeAndHideGroupsUnderFive() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        for (int i = 0; i < 6; i++) {
            Respondent r = new Respondent(congress, "PROFESSIONNEL");
            Map<String, Object> answers = r.full();
            if (i == 0) {
                answers.put("threec", Map.of("conserver", List.of("  les ateliers COURTS "),
                        "cesser", List.of("Les pauses trop courtes")));
            }
            r.answer(r.token(), answers).statusCode(200);
        }
        for (int i = 0; i < 2; i++) {
            Respondent r = new Respondent(congress, "ELU");
            r.answer(r.token(), Respondent.minimal()).statusCode(200);
        }
        new Respondent(congress, "PROFESSIONNEL");

        // published in batches of 5: the first five only, three awaiting the next batch or the closing
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(200)
                .body("publishBatchSize", is(5))
                .body("responses", is(5))
                .body("awaitingPublication", is(3));
        Questionnaires.close(organiser, id);

        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(200)
                .body("responses", is(8))
                .body("awaitingPublication", is(0))
                .body("checkedIn", is(9))
                .body("responseRate", is(88.9f))
                .body("minGroupSize", is(5))
                .body("byCategory.category", contains("ELU", "PROFESSIONNEL"))
                .body("byCategory[0].checkedIn", is(2))
                .body("byCategory[0].suppressed", is(true))
                .body("byCategory[0].responses", nullValue())
                // ELU (2) is hidden, so PROFESSIONNEL is hidden too: 8 online responses minus it would give ELU back
                .body("byCategory[1].suppressed", is(true))
                .body("byCategory[1].responses", nullValue())
                .body("byCategory[1].responseRate", nullValue())
                .body("questions.find { it.id == 'role' }.distribution.count", contains(2, 0, 6))
                .body("questions.find { it.id == 'overall' }.mean", is(3.75f))
                .body("questions.find { it.id == 'overall' }.distribution.count", contains(0, 0, 2, 6))
                .body("questions.find { it.id == 'topics' }.distribution.count", contains(6, 0, 0, 6))
                .body("questions.find { it.id == 'debates' }.situations[0].satisfying", is(6))
                .body("questions.find { it.id == 'years' }.number.mean", is(7.0f))
                .body("questions.find { it.id == 'details' }.texts", hasSize(6))
                .body("questions.find { it.id == 'comment' }.texts", everyItem(is("Très utile pour mon territoire.")))
                .body("questions.find { it.id == 'threec' }.threeC[0].items[0].item", is("Les ateliers courts"))
                .body("questions.find { it.id == 'threec' }.threeC[0].items[0].count", is(6))
                .body("questions.find { it.id == 'threec' }.threeC[1].items[0].count", is(1))
                .body("questions.find { it.id == 'sessions' }.sessions.find { it.sessionId == '"
                        + congress.plenary + "' }.mean", is(4.0f))
                .body("questions.find { it.id == 'sessions' }.sessions.find { it.sessionId == '"
                        + congress.workshopA + "' }.count", is(6));

        // partners: the same aggregates, nothing anyone wrote (no free text, no 3C item, only their number)
        String partners = given().auth().oauth2(TestTokens.partner()).when()
                .get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(200)
                .body("responses", is(8))
                .body("questions.find { it.id == 'overall' }.mean", is(3.75f))
                .body("questions.find { it.id == 'details' }.answered", is(6))
                .body("questions.find { it.id == 'details' }.texts", nullValue())
                .body("questions.find { it.id == 'comment' }.texts", nullValue())
                .body("questions.find { it.id == 'threec' }.threeC[0].items", hasSize(0))
                .body("questions.find { it.id == 'threec' }.threeC[0].contributions", is(6))
                .body("questions.find { it.id == 'threec' }.threeC[1].contributions", is(1))
                // no cell under 5, nor one that would give it back from the total: 2 × AGENT, 0 × ELU, 6 × AUTRE
                .body("questions.find { it.id == 'role' }.distribution.count", contains(nullValue(), is(0),
                        nullValue()))
                .body("questions.find { it.id == 'overall' }.distribution.suppressed", contains(false, false, true,
                        true))
                .body("questions.find { it.id == 'years' }.number.mean", is(7.0f))
                .body("questions.find { it.id == 'years' }.number.min", nullValue())
                .body("questions.find { it.id == 'years' }.number.max", nullValue())
                .extract().asString();
        assertThat(partners).doesNotContainIgnoringCase("ateliers courts").doesNotContain("pauses trop courtes",
                "Très utile pour mon territoire", "Chargée de mission");
    }

    /**
     * Categories are named as registration-service names them: its documented settings example is read as it is,
     * an older version changes nothing, and a category it never named reads as words, not as a code.
     */
    @Test
    void categoriesAreNamedFromTheRegistrationSettingsInFrenchAndEnglish() throws IOException {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        ObjectNode settings = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                Path.of("../registration-service/events/examples/fr.assises.registration-settings.changed.v1.json"),
                StandardCharsets.UTF_8));
        settings.put("congressId", congress.id.toString());
        ObjectNode older = settings.deepCopy();
        older.put("version", settings.get("version").asLong() - 1);
        ((ObjectNode) older.get("categories").get(0)).put("labelFr", "Ancien nom");
        TestCongress.produce(List.of(settingsRecord(congress, settings.toString()),
                settingsRecord(congress, older.toString())));
        new Respondent(congress, "ELU");
        new Respondent(congress, "PROFESSIONNEL");
        new Respondent(congress, "AGENT_DE_L_ETAT");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/results", id).then().statusCode(200)
                .body("byCategory.category", contains("AGENT_DE_L_ETAT", "ELU", "PROFESSIONNEL"))
                .body("byCategory.label", contains("Agent de l etat", "Élu", "Professionnel"))
                .body("byCategory.labelEn", contains("Agent de l etat", "Elected official", "Professional")));
        Questionnaires.close(organiser, id);
        byte[] pdf = given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/report.pdf", id)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Élu", "Professionnel")
                    .doesNotContain("ELU", "PROFESSIONNEL", "Ancien nom");
        }
    }

    private static ProducerRecord<String, String> settingsRecord(TestCongress congress, String json) {
        return TestCongress.record(Topics.REGISTRATION, "/assises/registration-service",
                "fr.assises.registration-settings.changed.v1", congress.id.toString(), json);
    }

    @Test
    void withFewerThanFiveResponsesNoBreakdownIsShown() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        for (int i = 0; i < 4; i++) {
            Respondent r = new Respondent(congress, "PROFESSIONNEL");
            r.answer(r.token(), r.full()).statusCode(200);
        }
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(200).body("responses", is(0)).body("awaitingPublication", is(4));
        Questionnaires.close(organiser, id);
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(200)
                .body("responses", is(4))
                .body("byCategory[0].suppressed", is(true))
                .body("questions.findAll { it.type != 'SESSION_RATING' }.suppressed", everyItem(is(true)))
                .body("questions.find { it.id == 'role' }.distribution", nullValue())
                .body("questions.find { it.id == 'comment' }.texts", nullValue())
                .body("questions.find { it.id == 'sessions' }.sessions.suppressed", everyItem(is(true)))
                .body("questions.find { it.id == 'sessions' }.sessions.mean", everyItem(nullValue()));
    }

    @Test
    void resultsAreForOrganisersAndPartnersOnly() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        given().when().get("/api/evaluation/questionnaires/{id}/results", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.participant()).when().get("/api/evaluation/questionnaires/{id}/results", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/results", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
