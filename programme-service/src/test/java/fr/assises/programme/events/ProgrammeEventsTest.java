package fr.assises.programme.events;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.congressBody;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** What leaves through the outbox, read from the real broker, against the documented examples. */
@QuarkusTest
class ProgrammeEventsTest {

    private static final Path EXAMPLES = Path.of("events/examples");

    @Inject
    ObjectMapper json;

    private KafkaCompanion companion;
    private ConsumerTask<String, String> task;

    @BeforeEach
    void listen() {
        companion = new KafkaCompanion(KafkaTestResource.bootstrapServers());
        task = companion.consumeStrings().fromTopics(Topics.PROGRAMME);
    }

    @AfterEach
    void close() {
        task.stop();
        companion.close();
    }

    @Test
    void congressEventsCarryTheWholeStateWithGrowingVersions() throws Exception {
        String slug = slug();
        Map<String, Object> body = congressBody(slug);
        String congress = organiser().body(body).when().post(BASE).then().statusCode(201).extract().path("id");
        body.put("status", "OPEN");
        organiser().body(body).when().put(BASE + "/" + congress).then().statusCode(200);

        List<JsonNode> events = await(congress, ProgrammeEvents.CONGRESS_CHANGED, 2);
        assertThat(events).extracting(e -> e.get("version").asLong()).containsExactly(1L, 2L);
        JsonNode last = events.get(1);
        assertThat(last.get("slug").asText()).isEqualTo(slug);
        assertThat(last.get("status").asText()).isEqualTo("OPEN");
        assertThat(last.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(last.get("halfDays").get(0).get("start").asText()).isEqualTo("2027-06-24T09:00:00+02:00");
        assertThat(last.get("halfDays").get(0).get("period").asText()).isEqualTo("MORNING");
        assertSameShape(last, example(ProgrammeEvents.CONGRESS_CHANGED));
    }

    @Test
    void aCloneAnnouncesTheNewCongressThenTheClonedEventWithTheShiftAndTheChosenParts() throws Exception {
        String source = organiser().body(congressBody(slug())).when().post(BASE).then().statusCode(201)
                .extract().path("id");
        String lunch = createSession(source, session("MEAL", "Déjeuner", d1("12:00"), d1("12:30"), null));
        Map<String, Object> request = Map.of("title", "Édition 2028", "slug", slug(), "startDate", "2028-06-22",
                "parts", List.of("PROGRAMME", "ROOMS", "REGISTRATION", "BUDGET"));
        String copy = organiser().body(request).when().post(BASE + "/" + source + "/clone").then().statusCode(201)
                .extract().path("id");

        JsonNode cloned = await(copy, ProgrammeEvents.CONGRESS_CLONED, 1).get(0);
        assertThat(cloned.get("sourceCongressId").asText()).isEqualTo(source);
        assertThat(cloned.get("dayShift").asLong()).isEqualTo(364);
        assertThat(cloned.get("parts")).extracting(JsonNode::asText)
                .containsExactly("BUDGET", "PROGRAMME", "REGISTRATION", "ROOMS");
        assertSameShape(cloned, example(ProgrammeEvents.CONGRESS_CLONED));
        // the lunch and its copy, so that a budget's meal plan follows it into the new edition
        List<String> copies = organiser().when().get(BASE + "/" + copy + "/sessions").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        assertThat(cloned.get("sessions")).hasSize(1);
        assertThat(cloned.at("/sessions/0/sourceSessionId").asText()).isEqualTo(lunch);
        assertThat(copies).containsExactly(cloned.at("/sessions/0/sessionId").asText());
        List<String> order = matching(r -> copy.equals(r.key())).stream()
                .map(e -> e.has("sourceCongressId") ? "cloned" : "changed").toList();
        assertThat(order).containsExactly("changed", "cloned");
    }

    @Test
    void refusedChangesSendNothing() throws Exception {
        Map<String, Object> body = congressBody(slug());
        String congress = organiser().body(body).when().post(BASE).then().statusCode(201).extract().path("id");
        Map<String, Object> bad = congressBody((String) body.get("slug"));
        bad.put("endDate", "2027-06-01");
        organiser().body(bad).when().put(BASE + "/" + congress).then().statusCode(400);
        Map<String, Object> stale = congressBody((String) body.get("slug"));
        stale.put("version", 7);
        organiser().body(stale).when().put(BASE + "/" + congress).then().statusCode(409);
        given().auth().oauth2(TestTokens.partner())
                .contentType("application/json").body(body).when().put(BASE + "/" + congress).then().statusCode(403);
        body.put("title", "Titre corrigé");
        organiser().body(body).when().put(BASE + "/" + congress).then().statusCode(200);

        List<JsonNode> events = await(congress, ProgrammeEvents.CONGRESS_CHANGED, 2);
        assertThat(events).extracting(e -> e.get("version").asLong()).containsExactly(1L, 2L);
        assertThat(events.get(1).get("title").asText()).isEqualTo("Titre corrigé");
    }

    @Test
    void sessionsLeaveOnlyWhenReleasedWithGrowingVersionsThenTheReleaseEvent() throws Exception {
        String congress = organiser().body(congressBody(slug())).when().post(BASE).then().statusCode(201)
                .extract().path("id");
        String room = createRoom(congress, "Salle Loire 3", 25);
        String theme = createTheme(congress, "mobilites", "Mobilités");
        Map<String, Object> workshop = session("WORKSHOP", "Atelier mobilités", d1("14:30"), d1("16:30"), room);
        workshop.put("themeIds", List.of(theme));
        workshop.put("seriesId", "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e");
        String sessionId = createSession(congress, workshop);

        // a draft never leaves the service
        await(congress, ProgrammeEvents.CONGRESS_CHANGED, 1);
        assertThat(sessionEvents(sessionId)).isEmpty();

        publish(congress);
        workshop.put("start", d1("15:00"));
        workshop.put("end", d1("17:00"));
        organiser().body(workshop).when().put(BASE + "/" + congress + "/sessions/" + sessionId).then().statusCode(200);
        publish(congress);

        List<JsonNode> releases = await(congress, ProgrammeEvents.RELEASED, 2);
        assertThat(releases).extracting(e -> e.get("release").asInt()).containsExactly(1, 2);
        assertThat(releases).extracting(e -> e.get("version").asLong()).containsExactly(1L, 2L);
        assertThat(releases.get(1).get("sessionIds").get(0).asText()).isEqualTo(sessionId);
        assertSameShape(releases.get(1), example(ProgrammeEvents.RELEASED));

        List<JsonNode> sessions = sessionEvents(sessionId);
        assertThat(sessions).extracting(e -> e.get("version").asLong()).containsExactly(1L, 2L);
        JsonNode moved = sessions.get(1);
        assertThat(moved.get("start").asText()).isEqualTo("2027-06-24T15:00:00+02:00");
        assertThat(moved.get("halfDayCode").asText()).isEqualTo("J1-PM");
        assertThat(moved.get("roomName").asText()).isEqualTo("Salle Loire 3");
        assertThat(moved.get("capacity").asInt()).isEqualTo(25);
        assertThat(moved.get("themes").get(0).asText()).isEqualTo("Mobilités");
        assertThat(moved.get("status").asText()).isEqualTo("SCHEDULED");
        assertSameShape(moved, example(ProgrammeEvents.SESSION_CHANGED));
    }

    @Test
    void examplesAreReadableAsThePublishedRecordsAndMatchTheAsyncApiDocument() throws Exception {
        assertThat(json.treeToValue(example(ProgrammeEvents.CONGRESS_CHANGED), CongressChangedData.class).version())
                .isPositive();
        assertThat(json.treeToValue(example(ProgrammeEvents.SESSION_CHANGED), SessionChangedData.class).capacity())
                .isEqualTo(25);
        assertThat(json.treeToValue(example(ProgrammeEvents.RELEASED), ReleasedData.class).release()).isEqualTo(3);
        assertThat(json.treeToValue(example(ProgrammeEvents.CONGRESS_CLONED), CongressClonedData.class).dayShift())
                .isEqualTo(364);

        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(Path.of("events/asyncapi.yaml").toFile());
        Map<String, String> schemas = Map.of(ProgrammeEvents.CONGRESS_CHANGED, "CongressChanged",
                ProgrammeEvents.SESSION_CHANGED, "SessionChanged", ProgrammeEvents.RELEASED, "Released",
                ProgrammeEvents.CONGRESS_CLONED, "CongressCloned");
        for (Map.Entry<String, String> entry : schemas.entrySet()) {
            JsonNode message = asyncApi.at("/components/messages/" + entry.getValue());
            assertThat(message.get("name").asText()).isEqualTo(entry.getKey());
            assertThat(message.at("/examples/0/payload")).isEqualTo(example(entry.getKey()));
            TreeSet<String> required = new TreeSet<>();
            asyncApi.at("/components/schemas/" + entry.getValue() + "/required").forEach(r -> required.add(r.asText()));
            assertThat(required).isEqualTo(fields(example(entry.getKey())));
        }
    }

    private List<JsonNode> sessionEvents(String sessionId) {
        return matching(r -> sessionId.equals(r.key()) && ProgrammeEvents.SESSION_CHANGED.equals(type(r)));
    }

    private List<JsonNode> await(String key, String type, int count) {
        Predicate<ConsumerRecord<String, String>> wanted = r -> key.equals(r.key()) && type.equals(type(r));
        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> matching(wanted).size() >= count);
        return matching(wanted);
    }

    private List<JsonNode> matching(Predicate<ConsumerRecord<String, String>> wanted) {
        return List.copyOf(task.getRecords()).stream().filter(wanted).map(r -> read(r.value())).toList();
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private JsonNode example(String type) throws Exception {
        return json.readTree(EXAMPLES.resolve(type + ".json").toFile());
    }

    /** Same field names at every level (arrays compared by their first element). */
    private static void assertSameShape(JsonNode actual, JsonNode example) {
        assertThat(fields(actual)).as("fields of " + actual).isEqualTo(fields(example));
        for (Iterator<String> it = example.fieldNames(); it.hasNext();) {
            String name = it.next();
            JsonNode expected = example.get(name);
            JsonNode value = actual.get(name);
            if (expected.isObject() && value.isObject()) {
                assertSameShape(value, expected);
            } else if (expected.isArray() && value.isArray() && expected.size() > 0 && value.size() > 0
                    && expected.get(0).isObject()) {
                assertSameShape(value.get(0), expected.get(0));
            }
        }
    }

    private static TreeSet<String> fields(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
