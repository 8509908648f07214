package fr.assises.registration.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.settings.SettingsChanged;
import fr.assises.registration.settings.SettingsService;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The documented examples and what the service really publishes have the same shape, and no personal data. */
@QuarkusTest
@SuppressWarnings("unchecked")
class RegistrationEventsContractTest {

    @Inject
    EntityManager em;

    @Inject
    SettingsService settingsService;

    static final Path EXAMPLES = Path.of("events/examples");
    static final Set<String> KEYS = Set.of("registrationId", "congressId", "participantId", "status", "category",
            "feeCents", "days", "meals", "workshops", "checkedInAt", "language", "version");
    static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyPublishedTypeHasAStrictlyReadableExample() throws IOException {
        for (String type : RegistrationEventTypes.ALL) {
            Path file = EXAMPLES.resolve(type + ".json");
            assertThat(file).as(type).exists();
            String text = Files.readString(file);
            RegistrationEventData data = STRICT.readValue(text, RegistrationEventData.class);
            assertThat(data.version()).as(type).isPositive();
            assertThat(keys(STRICT.readTree(text))).as(type).isEqualTo(KEYS);
        }
        assertThat(Files.readString(Path.of("events/asyncapi.yaml"))).contains(RegistrationEventTypes.ALL);
    }

    @Test
    void publishedEventsMatchTheExamplesAndCarryNoPersonalData() throws IOException {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).delete("/api/registration/me/registrations/{id}", id).then().statusCode(200);
        List<ConsumerRecord<String, String>> records = PublishedEvents.of(id, 2);
        List<Long> versions = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode data = STRICT.readTree(record.value());
            assertThat(keys(data)).isEqualTo(KEYS);
            STRICT.readValue(record.value(), RegistrationEventData.class);
            assertThat(record.value()).doesNotContain("@").doesNotContain("Camille").doesNotContain("Martin")
                    .doesNotContain("Val d'Essai").doesNotContain("végétarien");
            versions.add(data.get("version").asLong());
        }
        assertThat(versions).containsExactly(1L, 2L);
        JsonNode cancelled = STRICT.readTree(records.get(1).value());
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("meals")).isEmpty();
        assertThat(cancelled.get("workshops")).isEmpty();
    }

    /**
     * Saving the settings publishes the fees and categories through the outbox, keyed by the congress, shaped as the
     * documented example, a version more with each save, and never anything typed about a person.
     */
    @Test
    void changedSettingsArePublishedWithTheirFeesAndNoPersonalData() throws IOException {
        JsonNode example = STRICT.readTree(Files.readString(EXAMPLES.resolve(SettingsChanged.TYPE + ".json")));
        STRICT.treeToValue(example, SettingsChanged.class);
        assertThat(Files.readString(Path.of("events/asyncapi.yaml"))).contains(SettingsChanged.TYPE);

        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        Map<String, Object> settings = congress.settings();
        ((List<Map<String, Object>>) settings.get("categories")).get(0).put("feeCents", 19500);
        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON).body(settings)
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
        // a refused save publishes nothing
        settings.put("totalCapacity", 0);
        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON).body(settings)
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(400);

        List<ConsumerRecord<String, String>> records = PublishedEvents.of(congress.id.toString(), 2);
        assertThat(records).hasSize(2).allSatisfy(r -> {
            assertThat(PublishedEvents.type(r)).isEqualTo(SettingsChanged.TYPE);
            assertThat(r.value()).doesNotContain("@").doesNotContain("Camille").doesNotContain("Martin")
                    .doesNotContain("Val d'Essai").doesNotContain("végétarien");
        });
        JsonNode last = STRICT.readTree(records.get(1).value());
        STRICT.treeToValue(last, SettingsChanged.class);
        assertThat(keys(last)).isEqualTo(keys(example));
        assertThat(keys(last.get("categories").get(0))).isEqualTo(keys(example.get("categories").get(0)));
        assertThat(last.get("version").asLong()).isEqualTo(STRICT.readTree(records.get(0).value()).get("version").asLong() + 1);
        JsonNode professional = null;
        for (JsonNode c : last.get("categories")) {
            if ("PROFESSIONNEL".equals(c.get("code").asText())) {
                professional = c;
            }
        }
        assertThat(professional).isNotNull();
        assertThat(professional.get("feeCents").asLong()).isEqualTo(19500);
        assertThat(last.get("categories")).hasSize(5);

        // settings saved before this event existed (version 0) are published once at start
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update registration_settings set event_version = 0 where congress_id = ?1")
                .setParameter(1, congress.id).executeUpdate());
        assertThat(settingsService.publishUnpublished()).isPositive();
        assertThat(settingsService.publishUnpublished()).isZero();
        JsonNode backfilled = STRICT.readTree(PublishedEvents.of(congress.id.toString(), 3).get(2).value());
        assertThat(backfilled.get("version").asLong()).isEqualTo(1);
        assertThat(backfilled.get("categories")).hasSize(5);
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
