package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Reminders are sent by the service to non-respondents; organisers see counts, never who answered or not. */
@QuarkusTest
class ReminderTest {

    private final String organiser = TestTokens.organiser();

    @Test
    void theServiceRemindsNonRespondentsAndOrganisersSeeOnlyCounts() throws Exception {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Respondent answered = new Respondent(congress, "ELU");
        Respondent pending = new Respondent(congress, "ELU");
        Respondent other = new Respondent(congress, "PROFESSIONNEL");
        answered.answer(answered.token(), Respondent.minimal()).statusCode(200);

        String status = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(200)
                .body("checkedIn", is(3))
                .body("nonRespondents", is(2))
                .body("toRemind", is(2))
                .body("remindersSent", is(0))
                .body("lastSentOn", nullValue())
                .extract().asString();
        String sent = given().auth().oauth2(organiser).when()
                .post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(202)
                .body("recipients", is(2))
                .extract().asString();
        for (String body : List.of(status, sent)) {
            assertThat(body).doesNotContain(answered.participantId, pending.participantId, other.participantId);
        }
        // the request to write to them carries their pseudonymous ids only, never anything answered
        ConsumerRecord<String, String> event = SurveyAnsweringTest.published(id, 2).stream()
                .filter(r -> "fr.assises.evaluation.survey-mail-requested.v1".equals(
                        new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
                .findFirst().orElseThrow();
        JsonNode data = new ObjectMapper().readTree(event.value());
        assertThat(data.path("kind").asText()).isEqualTo("REMINDER");
        List<String> ids = new ArrayList<>();
        data.path("recipients").forEach(p -> ids.add(p.path("participantId").asText()));
        assertThat(ids).containsExactlyInAnyOrder(pending.participantId, other.participantId);
        assertThat(event.value()).doesNotContain(answered.participantId).doesNotContain("AGENT");
        // the documented example has exactly the fields we publish
        JsonNode example = new ObjectMapper().readTree(Files.readString(Path.of(
                "events/examples/fr.assises.evaluation.survey-mail-requested.v1.json")));
        List<String> exampleFields = new ArrayList<>();
        example.fieldNames().forEachRemaining(exampleFields::add);
        List<String> publishedFields = new ArrayList<>();
        data.fieldNames().forEachRemaining(publishedFields::add);
        assertThat(publishedFields).containsExactlyInAnyOrderElementsOf(exampleFields);

        // once a day at most; nothing is sent twice
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(200).body("remindersSent", is(1)).body("lastSentOn", is(
                        LocalDate.now(ZoneId.of("Europe/Paris")).toString()));
    }

    @Test
    void eachNonRespondentIsRemindedOnceAndALaterReminderReachesOnlyThoseWhoArrivedSince() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        new Respondent(congress, "ELU");
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(202).body("recipients", is(1));
        // the next day (the reminder moved back one day), nobody new: nobody is reminded twice
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update survey_reminder set sent_on = sent_on - 1 where questionnaire_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(422).contentType("application/problem+json");
        Respondent late = new Respondent(congress, "PROFESSIONNEL");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(200).body("nonRespondents", is(2)).body("toRemind", is(1));
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(202).body("recipients", is(1));
        List<String> reminded = new ArrayList<>();
        SurveyAnsweringTest.published(id, 2).forEach(r -> {
            try {
                new ObjectMapper().readTree(r.value()).path("recipients")
                        .forEach(p -> reminded.add(p.path("participantId").asText()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(reminded).hasSize(2).contains(late.participantId);
    }

    @Test
    void theListOfNonRespondentsIsGoneAndRemindersAreForTheCommitteeOnly() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        new Respondent(congress, "ELU");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/non-respondents", id)
                .then().statusCode(404);
        for (String jwt : List.of(TestTokens.partner(), TestTokens.participant())) {
            given().auth().oauth2(jwt).when().get("/api/evaluation/questionnaires/{id}/reminders", id)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(jwt).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().post("/api/evaluation/questionnaires/{id}/reminders", id).then().statusCode(401);
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders",
                UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noReminderOnceClosedNorWhenEveryoneAnswered() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Respondent only = new Respondent(congress, "ELU");
        only.answer(only.token(), Respondent.minimal()).statusCode(200);
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(422).contentType("application/problem+json");
        new Respondent(congress, "ELU");
        Questionnaires.close(organiser, id);
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/reminders", id)
                .then().statusCode(200).body("remindersSent", is(0));
    }
}
