package fr.assises.registration.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The documented examples and what the service really publishes have the same shape, and no personal data. */
@QuarkusTest
class RegistrationEventsContractTest {

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

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
