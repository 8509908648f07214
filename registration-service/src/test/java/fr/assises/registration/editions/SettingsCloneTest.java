package fr.assises.registration.editions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The congress.cloned event, through the real Kafka consumer: registration settings follow the new edition. */
@QuarkusTest
class SettingsCloneTest {

    private static final String SETTINGS = "/api/registration/congresses/{id}/settings";
    private final String organiser = TestTokens.organiser();

    @Test
    void settingsAreCopiedWithShiftedDatesOnceWhateverTheRedeliveries() throws Exception {
        OffsetDateTime opens = OffsetDateTime.parse("2027-01-10T09:00:00+01:00");
        TestCongress source = new TestCongress().eluQuota(40)
                .window(opens, OffsetDateTime.parse("2027-06-01T18:00:00+02:00"))
                .freezeAt(OffsetDateTime.parse("2027-06-10T12:00:00+02:00")).create();
        TestCongress target = new TestCongress().publish();
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("questions", List.of(Map.of(
                "kind", "SINGLE_CHOICE", "required", true, "labelFr", "Venez-vous en covoiturage ?",
                "labelEn", "Are you car-sharing?", "choices", List.of(
                        Map.of("code", "OUI", "labelFr", "Oui", "labelEn", "Yes"),
                        Map.of("code", "NON", "labelFr", "Non", "labelEn", "No"))))))
                .put(SETTINGS + "/questions", source.id).then().statusCode(200);
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, String> cloned = cloned(eventId, source.id, target.id, 364, List.of("PROGRAMME", "REGISTRATION"));
        TestCongress.produce(List.of(cloned));

        JsonPath copy = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organiser)
                .get(SETTINGS, target.id), r -> r.statusCode() == 200).jsonPath();
        assertThat(OffsetDateTime.parse(copy.getString("opensAt"))).isEqualTo("2028-01-09T09:00:00+01:00");
        assertThat(OffsetDateTime.parse(copy.getString("closesAt"))).isEqualTo("2028-05-30T18:00:00+02:00");
        assertThat(OffsetDateTime.parse(copy.getString("freezeAt"))).isEqualTo("2028-06-08T12:00:00+02:00");
        assertThat(copy.getInt("totalCapacity")).isEqualTo(source.total());
        assertThat(copy.getList("categories.code")).containsExactlyInAnyOrder("PROFESSIONNEL", "ELU", "ETUDIANT", "INTERVENANT",
                "PARTENAIRE");
        assertThat(copy.getInt("categories.find { it.code == 'ELU' }.quota")).isEqualTo(40);
        assertThat(copy.getLong("categories.find { it.code == 'ELU' }.feeCents")).isEqualTo(12000);
        assertThat(copy.getString("information.organisation")).isEqualTo("REQUIRED");
        JsonPath questions = given().auth().oauth2(organiser).get(SETTINGS + "/questions", target.id).jsonPath();
        assertThat(questions.getList("labelFr")).containsExactly("Venez-vous en covoiturage ?");
        assertThat(questions.getList("choices[0].code")).containsExactly("OUI", "NON");

        Map<String, Object> changed = target.settings();
        changed.put("totalCapacity", 123);
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(changed).put(SETTINGS, target.id).then()
                .statusCode(200);
        TestCongress.produce(List.of(cloned, cloned(UUID.randomUUID(), source.id, target.id, 364, List.of("REGISTRATION"))));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> given().auth()
                .oauth2(organiser).get(SETTINGS, target.id).jsonPath().getInt("totalCapacity") == 123);
    }

    @Test
    void nothingIsCopiedWhenRegistrationWasNotChosen() throws Exception {
        TestCongress source = new TestCongress().create();
        TestCongress target = new TestCongress().publish();
        TestCongress marker = new TestCongress().publish();
        TestCongress.produce(List.of(cloned(UUID.randomUUID(), source.id, target.id, 7, List.of("PROGRAMME", "BUDGET")),
                cloned(UUID.randomUUID(), source.id, marker.id, 7, List.of("REGISTRATION"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organiser)
                .get(SETTINGS, marker.id).statusCode() == 200);
        given().auth().oauth2(organiser).get(SETTINGS, target.id).then().statusCode(404);
    }

    @Test
    void aClosedCongressRefusesNewRegistrations() throws Exception {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> data = congress.congressData(2);
        data.put("status", "CLOSED");
        TestCongress.produce(List.of(TestCongress.record("fr.assises.programme.congress.changed.v1", congress.id, data)));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.participant())
                .contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id).statusCode() == 422);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Les inscriptions sont closes."));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then().statusCode(200)
                .body("open", equalTo(false));
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
