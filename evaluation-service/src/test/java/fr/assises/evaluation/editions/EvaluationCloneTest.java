package fr.assises.evaluation.editions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The congress.cloned event, through the real Kafka consumer: the questionnaire and indicators follow. */
@QuarkusTest
class EvaluationCloneTest {

    private static final String QUESTIONNAIRES = "/api/evaluation/congresses/{id}/questionnaires";
    private static final String INDICATORS = "/api/evaluation/congresses/{id}/indicators";
    private final String organiser = TestTokens.organiser();

    @Test
    void questionnairesComeBackAsDraftsAndIndicatorsPointToThemOnceWhateverTheRedeliveries() throws Exception {
        TestCongress source = new TestCongress().create();
        String questionnaire = Questionnaires.published(organiser, source.id);
        Map<String, Object> satisfaction = indicator("Participants satisfaits", "SURVEY_QUESTION", 80);
        satisfaction.put("questionnaireId", questionnaire);
        satisfaction.put("questionId", "overall");
        satisfaction.put("satisfiedValues", List.of("3", "4"));
        satisfaction.put("dueDate", "2027-07-15");
        indicator(source, satisfaction);
        Map<String, Object> networks = indicator("Réseaux ayant relayé l'événement", "MANUAL", 10);
        networks.put("manualValue", 7);
        networks.put("unit", "réseaux");
        indicator(source, networks);
        TestCongress target = new TestCongress().create();

        ProducerRecord<String, String> cloned = cloned(UUID.randomUUID(), source.id, target.id, 364,
                List.of("EVALUATION", "PROGRAMME"));
        TestCongress.produce(List.of(cloned));
        JsonPath indicators = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organiser)
                .get(INDICATORS, target.id).jsonPath(), j -> j.getList("$").size() == 2);
        JsonPath questionnaires = given().auth().oauth2(organiser).get(QUESTIONNAIRES, target.id).jsonPath();
        assertThat(questionnaires.getList("status")).containsExactly("DRAFT");
        assertThat(questionnaires.getString("[0].clonedFrom")).isEqualTo(questionnaire);
        String copy = questionnaires.getString("[0].id");
        assertThat(indicators.getList("label")).containsExactly("Participants satisfaits",
                "Réseaux ayant relayé l'événement");
        assertThat(indicators.getString("[0].questionnaireId")).isEqualTo(copy);
        assertThat(indicators.getString("[0].dueDate")).isEqualTo("2028-07-13");
        assertThat((Object) indicators.get("[1].value")).as("a measured value stays with its edition").isNull();

        TestCongress.produce(List.of(cloned,
                cloned(UUID.randomUUID(), source.id, target.id, 364, List.of("EVALUATION"))));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> count(QUESTIONNAIRES, target) == 1 && count(INDICATORS, target) == 2);
    }

    @Test
    void nothingIsCopiedWhenTheEvaluationWasNotChosen() throws Exception {
        TestCongress source = new TestCongress().create();
        Questionnaires.published(organiser, source.id);
        TestCongress target = new TestCongress().create();
        TestCongress marker = new TestCongress().create();
        TestCongress.produce(List.of(cloned(UUID.randomUUID(), source.id, target.id, 7, List.of("REGISTRATION")),
                cloned(UUID.randomUUID(), source.id, marker.id, 7, List.of("EVALUATION"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organiser)
                .get(QUESTIONNAIRES, marker.id).jsonPath().getList("$").size() == 1);
        assertThat(given().auth().oauth2(organiser).get(QUESTIONNAIRES, target.id).jsonPath().getList("$")).isEmpty();
    }

    private int count(String path, TestCongress congress) {
        return given().auth().oauth2(organiser).get(path, congress.id).jsonPath().getList("$").size();
    }

    private void indicator(TestCongress congress, Map<String, Object> body) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                .when().post(INDICATORS, congress.id).then().statusCode(201);
    }

    private static Map<String, Object> indicator(String label, String source, Number target) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("source", source);
        body.put("target", target);
        return body;
    }

    static ProducerRecord<String, String> cloned(UUID eventId, UUID source, UUID target, long shift, List<String> parts)
            throws Exception {
        String data = new ObjectMapper().writeValueAsString(Map.of("sourceCongressId", source.toString(),
                "congressId", target.toString(), "dayShift", shift, "parts", parts, "version", 1));
        return KafkaCloudEvents.toRecord(Topics.PROGRAMME, new EventEnvelope(eventId,
                "fr.assises.programme.congress.cloned.v1", URI.create("/assises/programme-service"),
                target.toString(), OffsetDateTime.now(ZoneOffset.UTC), data));
    }
}
