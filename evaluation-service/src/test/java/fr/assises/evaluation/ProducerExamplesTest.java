package fr.assises.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import fr.assises.common.events.Topics;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.RegistrationProjection;
import fr.assises.evaluation.projection.RegistrationProjectionRepository;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The producers' own example payloads ({@code ../<producer>/events/examples}) go through the real consumers, so a
 * change of their contract breaks this build. Ids are replaced by fresh ones so each run starts clean.
 */
@QuarkusTest
class ProducerExamplesTest {

    private static final Path PROGRAMME = Path.of("../programme-service/events/examples");
    private static final Path REGISTRATION = Path.of("../registration-service/events/examples");
    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    ProjectionService projections;

    @Inject
    RegistrationProjectionRepository registrations;

    @Test
    void programmeAndRegistrationExamplesAreUnderstood() throws IOException {
        Map<String, String> fresh = new HashMap<>();
        String congress = read(PROGRAMME, "fr.assises.programme.congress.changed.v1", fresh);
        String session = read(PROGRAMME, "fr.assises.programme.session.changed.v1", fresh);
        String released = read(PROGRAMME, "fr.assises.programme.released.v1", fresh);
        UUID congressId = UUID.fromString(field(congress, "congressId"));
        UUID sessionId = UUID.fromString(field(session, "sessionId"));
        TestCongress.produce(List.of(
                TestCongress.programme("fr.assises.programme.congress.changed.v1", congressId, congress),
                TestCongress.programme("fr.assises.programme.session.changed.v1", sessionId, session),
                TestCongress.programme("fr.assises.programme.released.v1", congressId, released)));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.sessionsOf(congressId).size() == 1);
        assertThat(projections.congress(congressId)).get().satisfies(c -> {
            assertThat(c.slug).isEqualTo("congres-2027");
            assertThat(c.title).isNotBlank();
        });
        assertThat(projections.sessionsOf(congressId).get(0).sessionId).isEqualTo(sessionId);

        Map<String, String> expectedStatus = new HashMap<>();
        for (String type : List.of("confirmed", "waitlisted", "changed", "checked-in", "cancelled")) {
            // each example stands for its own registration here, all in the congress above
            Map<String, String> ids = new HashMap<>(fresh);
            ids.keySet().removeIf(k -> !k.equals(congressIdIn(congress, fresh)) && !fresh.get(k).equals(
                    sessionId.toString()));
            String data = read(REGISTRATION, "fr.assises.registration." + type + ".v1", ids);
            String registrationId = field(data, "registrationId");
            expectedStatus.put(registrationId, field(data, "status"));
            ProducerRecord<String, String> record = TestCongress.record(Topics.REGISTRATION,
                    "/assises/registration-service", "fr.assises.registration." + type + ".v1", registrationId, data);
            TestCongress.produce(List.of(record));
            if (type.equals("checked-in")) {
                String participant = field(data, "participantId");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> projections.eligible(congressId, participant).isPresent());
                assertThat(projections.eligible(congressId, participant).orElseThrow().attendedSessionIds())
                        .contains(sessionId);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> expectedStatus.entrySet().stream()
                .allMatch(e -> e.getValue().equals(status(e.getKey()))));
        assertThat(projections.checkedInCount(congressId)).isEqualTo(1);
    }

    private String status(String registrationId) {
        return QuarkusTransaction.requiringNew().call(() -> registrations
                .findByIdOptional(UUID.fromString(registrationId)).map((RegistrationProjection r) -> r.status)
                .orElse(null));
    }

    private static String congressIdIn(String congress, Map<String, String> fresh) {
        String now = field(congress, "congressId");
        return fresh.entrySet().stream().filter(e -> e.getValue().equals(now)).findFirst().orElseThrow().getKey();
    }

    /** The example with every UUID replaced: the same original id always gets the same fresh one. */
    private static String read(Path dir, String type, Map<String, String> fresh) throws IOException {
        String json = Files.readString(dir.resolve(type + ".json"));
        Matcher m = UUIDS.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, fresh.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
