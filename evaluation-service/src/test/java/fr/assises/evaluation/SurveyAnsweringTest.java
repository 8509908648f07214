package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Answering by personal link: eligibility, one response per participant, editing, dates, events. */
@QuarkusTest
class SurveyAnsweringTest {

    private final String organiser = TestTokens.organiser();
    private TestCongress congress;
    private String questionnaireId;

    @BeforeEach
    void openSurvey() {
        congress = new TestCongress().create();
        questionnaireId = Questionnaires.published(organiser, congress.id);
    }

    @Test
    void aCheckedInParticipantAnswersThroughTheirLinkAndTheCountIsPublished() throws Exception {
        Respondent r = new Respondent(congress, "PROFESSIONNEL");
        String token = given().auth().oauth2(r.jwt).when()
                .get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200)
                .body("questionnaireId", is(questionnaireId))
                .body("answered", is(false))
                .body("link", startsWith("http://127.0.0.1:8080/api/evaluation/survey/"))
                .extract().path("token");
        assertThat(token).isNotBlank();
        given().when().get("/api/evaluation/survey/{token}", token)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("state", is("OUVERT"))
                .body("preamble.anonymity", notNullValue())
                // the plenary of their day and their workshop; not the lunch, not the other workshop
                .body("sections[1].questions.find { it.id == 'sessions' }.sessions.sessionId",
                        containsInAnyOrder(congress.plenary.toString(), congress.workshopA.toString()));
        r.answer(token, r.full()).statusCode(200).body("edited", is(false));
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().body("responseCount", is(1));
        given().when().get("/api/evaluation/survey/{token}", token)
                .then().statusCode(200)
                .body("answers.comment", is("Très utile pour mon territoire."))
                .body("answers.topics", contains("RESEAU", "OUTILS"));

        ConsumerRecord<String, String> event = published(questionnaireId, 1).get(0);
        assertThat(new String(event.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("fr.assises.evaluation.response-submitted.v1");
        JsonNode data = new ObjectMapper().readTree(event.value());
        assertThat(data.path("questionnaireId").asText()).isEqualTo(questionnaireId);
        assertThat(data.path("congressId").asText()).isEqualTo(congress.id.toString());
        assertThat(data.path("responseCount").asInt()).isEqualTo(1);
        assertThat(data.path("version").asLong()).isEqualTo(1);
        assertThat(event.value()).doesNotContain(r.participantId).doesNotContain(token);
        // the documented example has exactly the fields we publish
        JsonNode example = new ObjectMapper().readTree(Files.readString(Path.of(
                "events/examples/fr.assises.evaluation.response-submitted.v1.json")));
        List<String> exampleFields = new ArrayList<>();
        example.fieldNames().forEachRemaining(exampleFields::add);
        List<String> publishedFields = new ArrayList<>();
        data.fieldNames().forEachRemaining(publishedFields::add);
        assertThat(publishedFields).containsExactlyInAnyOrderElementsOf(exampleFields);
    }

    @Test
    void answersAreEditableWithTheSameLinkUntilClosingWithoutASecondResponse() {
        Respondent r = new Respondent(congress, "ELU");
        String token = r.token();
        r.answer(token, Respondent.minimal()).statusCode(200).body("edited", is(false));
        Map<String, Object> changed = Respondent.minimal();
        changed.put("overall", 1);
        r.answer(token, changed).statusCode(200).body("edited", is(true));
        given().when().get("/api/evaluation/survey/{token}", token).then().body("answers.overall", is(1));
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().body("responseCount", is(1));

        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/close", questionnaireId)
                .then().statusCode(200);
        r.answer(token, Respondent.minimal()).statusCode(422).contentType("application/problem+json");
        given().when().get("/api/evaluation/survey/{token}", token).then().body("answers.overall", is(1));
    }

    @Test
    void aSecondLinkCannotGiveASecondResponseAndOtherLinksAreBurnt() {
        Respondent r = new Respondent(congress, "ELU");
        String first = r.token();
        String second = r.token();
        r.answer(first, Respondent.minimal()).statusCode(200);
        r.answer(second, Respondent.minimal()).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(r.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).body("answered", is(true)).body("token", nullValue());
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().body("responseCount", is(1));
    }

    @Test
    void concurrentSubmissionsOfOneParticipantGiveExactlyOneResponse() throws Exception {
        Respondent r = new Respondent(congress, "PROFESSIONNEL");
        List<String> links = List.of(r.token(), r.token(), r.token());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String token = links.get(i % links.size());
                calls.add(() -> r.answer(token, Respondent.minimal()).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            // the winner's own link may still edit (200 edited); every other attempt is refused
            assertThat(statuses).contains(200);
            assertThat(statuses).allMatch(s -> s == 200 || s == 404 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().body("responseCount", is(1));
        assertThat(published(questionnaireId, 1)).hasSize(1);
    }

    @Test
    void concurrentRespondentsAreAllCountedAndEachCountIsPublishedOnce() throws Exception {
        List<Respondent> people = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Respondent r = new Respondent(congress, "PROFESSIONNEL");
            people.add(r);
            links.add(r.token());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Respondent r = people.get(i);
                String token = links.get(i);
                calls.add(() -> r.answer(token, Respondent.minimal()).extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().body("responseCount", is(6));
        ObjectMapper json = new ObjectMapper();
        List<Integer> counts = new ArrayList<>();
        for (ConsumerRecord<String, String> event : published(questionnaireId, 6)) {
            JsonNode data = json.readTree(event.value());
            assertThat(data.path("version").asInt()).isEqualTo(data.path("responseCount").asInt());
            counts.add(data.path("responseCount").asInt());
        }
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void onlyCheckedInParticipantsGetALink() {
        String registeredOnly = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.participant(registeredOnly)).when()
                .get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/evaluation/congresses/{id}/my-survey", congress.id).then().statusCode(401);
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(403);
        TestCongress other = new TestCongress().create();
        Respondent elsewhere = new Respondent(other, "ELU");
        given().auth().oauth2(elsewhere.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", other.id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void forgedAndUnknownLinksAreRefused() {
        given().contentType("application/json").body(Map.of("answers", Respondent.minimal()))
                .when().put("/api/evaluation/survey/{token}/response", "not-a-token")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/evaluation/survey/{token}", "A".repeat(43))
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/evaluation/survey/{token}/qr.png", "A".repeat(43)).then().statusCode(404);
    }

    @Test
    void answeringBeforeOpeningIsRefused() {
        String later = Questionnaires.created(organiser, congress.id, Questionnaires.definition(),
                OffsetDateTime.now().plusDays(3), OffsetDateTime.now().plusDays(10));
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/publish", later)
                .then().statusCode(200);
        Respondent r = new Respondent(congress, "ELU");
        String token = given().auth().oauth2(r.jwt).when()
                .get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).body("questionnaireId", is(later)).body("state", is("A_VENIR"))
                .extract().path("token");
        r.answer(token, Respondent.minimal()).statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", later)
                .then().body("responseCount", is(0));
    }

    @Test
    void invalidAnswersOfEveryTypeAreRefusedAndNothingIsSaved() {
        Respondent r = new Respondent(congress, "PROFESSIONNEL");
        String token = r.token();
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(with(Respondent.minimal(), "unknown", "x"));
        bad.add(with(Respondent.minimal(), "role", "PRESIDENT"));
        bad.add(with(Respondent.minimal(), "topics", List.of("RESEAU", "METHODES", "FINANCEMENT", "OUTILS")));
        bad.add(with(Respondent.minimal(), "topics", "RESEAU"));
        bad.add(with(Respondent.minimal(), "overall", 5));
        bad.add(with(Respondent.minimal(), "overall", "4"));
        bad.add(with(Respondent.minimal(), "debates", Map.of("situation", "RICHES")));
        bad.add(with(Respondent.minimal(), "debates", Map.of("situation", "INCONNUE", "satisfying", true)));
        bad.add(with(Respondent.minimal(), "years", 51));
        bad.add(with(Respondent.minimal(), "years", "sept"));
        bad.add(with(Respondent.minimal(), "comment", "x".repeat(501)));
        bad.add(with(Respondent.minimal(), "threec", Map.of("garder", List.of("x"))));
        bad.add(with(Respondent.minimal(), "threec", Map.of("conserver", "x")));
        bad.add(with(Respondent.minimal(), "sessions", Map.of(congress.workshopB.toString(), 3)));
        bad.add(with(Respondent.minimal(), "sessions", Map.of(congress.plenary.toString(), 9)));
        bad.add(with(Respondent.minimal(), "details", "caché"));
        Map<String, Object> missing = Respondent.minimal();
        missing.remove("overall");
        bad.add(missing);
        bad.add(with(Respondent.minimal(), "role", "AUTRE"));
        for (Map<String, Object> answers : bad) {
            r.answer(token, answers).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", notNullValue());
        }
        r.answer(token, with(Respondent.minimal(), "overall", 5)).body("errors.field", hasItem("answers.overall"));
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().body("responseCount", is(0));
        given().when().get("/api/evaluation/survey/{token}", token).then().body("answers.size()", is(0));
        given().contentType("application/json").body("{\"answers\": ")
                .when().put("/api/evaluation/survey/{token}/response", token)
                .then().statusCode(400).contentType("application/problem+json");
        // the same link still works once the answers are right
        r.answer(token, with(Respondent.minimal(), "topics", List.of("RESEAU", "RESEAU", "OUTILS")))
                .statusCode(200);
        given().when().get("/api/evaluation/survey/{token}", token).then().body("answers.topics",
                contains("RESEAU", "OUTILS"));
    }

    @Test
    void aParticipantSeesOnlyTheAnswersGivenWithTheirOwnLink() {
        Respondent alice = new Respondent(congress, "ELU");
        Respondent bob = new Respondent(congress, "ELU");
        String aliceLink = alice.token();
        alice.answer(aliceLink, alice.full()).statusCode(200);
        String bobLink = bob.token();
        given().when().get("/api/evaluation/survey/{token}", bobLink)
                .then().statusCode(200).body("answers.size()", is(0));
        given().queryParam("lang", "de").when().get("/api/evaluation/survey/{token}", bobLink)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(bob.jwt).when().get("/api/evaluation/questionnaires/{id}", questionnaireId)
                .then().statusCode(403);
    }

    private static Map<String, Object> with(Map<String, Object> answers, String key, Object value) {
        answers.put(key, value);
        return answers;
    }

    /** Events published for a questionnaire, waiting until {@code count} arrived. */
    static List<ConsumerRecord<String, String>> published(String questionnaireId, int count) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Topics.EVALUATION);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream()
                        .filter(r -> questionnaireId.equals(r.key())).count() >= count);
                return task.getRecords().stream().filter(r -> questionnaireId.equals(r.key())).toList();
            } finally {
                task.stop();
            }
        }
    }
}
