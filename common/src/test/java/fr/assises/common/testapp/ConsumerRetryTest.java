package fr.assises.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.DeadLetterReplay;
import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.common.test.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** A consumer facing a real database outage, and a consumer with a bug: which records are retried, which set aside. */
@QuarkusTest
class ConsumerRetryTest {

    private static final String DLQ = NoteEvent.TOPIC + "-dlq";

    @Inject
    NoteService notes;

    @Inject
    NoteConsumer consumer;

    @Inject
    ObjectMapper json;

    @Test
    void recordsMetDuringADatabaseOutageAreRetriedInOrderAndNoneIsDeadLettered() {
        String prefix = "outage-" + UUID.randomUUID();
        List<String> aggregates = IntStream.range(0, 20).mapToObj(i -> prefix + "-" + i).toList();
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            int before = consumer.deliveries();
            try (var outage = PostgresTestResource.stopImmediately()) {
                for (String aggregate : aggregates) {
                    // two versions of each aggregate, in order: a skipped or reordered record would show
                    companion.produceStrings().fromRecords(note(aggregate, 1), note(aggregate, 2)).awaitCompletion();
                }
                // a ten-second outage, as in the reliability issue: the first record meets it and is tried again
                // and again with growing pauses, the others wait behind it
                await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(40))
                        .until(() -> consumer.deliveries() >= before + 5);
            }
            // ignoring exceptions: this test's own first query may take a pooled connection the outage cut
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> assertThat(aggregates)
                    .allSatisfy(a -> {
                        assertThat(notes.effects(a)).as("effects of %s", a).isEqualTo(2);
                        assertThat(notes.projectedVersion(a)).as("version of %s", a).isEqualTo(2);
                    }));
            List<ConsumerRecord<String, String>> dead = companion.consumeStrings()
                    .fromTopics(DLQ, Duration.ofSeconds(5)).awaitCompletion().getRecords();
            assertThat(dead).noneMatch(r -> r.key() != null && r.key().startsWith(prefix));
        }
    }

    @Test
    void aFailureThatIsNeitherTransientNorThePayloadsIsTriedThreeTimesThenDeadLetteredAndTheStreamGoesOn() {
        String failing = "bug-" + UUID.randomUUID();
        String after = "after-failure-" + UUID.randomUUID();
        consumer.introduceBugFor(failing);
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            int before = consumer.deliveries();
            companion.produceStrings().fromRecords(note(failing, 1)).awaitCompletion();
            companion.produceStrings().fromRecords(note(after, 1)).awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> notes.effects(after) == 1);
            // three tries of the failing record, one of the next
            assertThat(consumer.deliveries()).isGreaterThanOrEqualTo(before + 4);
            List<ConsumerRecord<String, String>> dead = companion.consumeStrings()
                    .fromTopics(DLQ, records -> records.filter(r -> failing.equals(r.key())))
                    .awaitRecords(1, Duration.ofSeconds(20)).getRecords();
            assertThat(dead).hasSize(1);
            assertThat(KafkaCompanion.getHeader(dead.get(0).headers(), "dead-letter-reason"))
                    .contains("a bug in this consumer");
            assertThat(KafkaCompanion.getHeader(dead.get(0).headers(), "dead-letter-topic"))
                    .isEqualTo(NoteEvent.TOPIC);
            assertThat(notes.effects(failing)).isZero();

            // once the bug is fixed, the operator's command puts the record back where it came from
            consumer.fixBugFor(failing);
            Map<String, Integer> listed = DeadLetterReplay.replay(KafkaTestResource.bootstrapServers(), DLQ, true,
                    System.out);
            assertThat(listed).containsKey(NoteEvent.TOPIC);
            assertThat(notes.effects(failing)).as("listing replays nothing").isZero();
            Map<String, Integer> replayed = DeadLetterReplay.replay(KafkaTestResource.bootstrapServers(), DLQ, false,
                    System.out);
            assertThat(replayed).isEqualTo(listed);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> notes.effects(failing) == 1);
            assertThat(notes.projectedVersion(failing)).isEqualTo(1);
            // each dead letter is replayed once, however often the command runs
            assertThat(DeadLetterReplay.replay(KafkaTestResource.bootstrapServers(), DLQ, false, System.out)
                    .getOrDefault(NoteEvent.TOPIC, 0)).isLessThan(replayed.get(NoteEvent.TOPIC));
        }
    }

    private ProducerRecord<String, String> note(String aggregate, long version) {
        try {
            return KafkaCloudEvents.toRecord(NoteEvent.TOPIC, new EventEnvelope(UUID.randomUUID(), NoteEvent.TYPE,
                    URI.create("/test"), aggregate, OffsetDateTime.now(),
                    json.writeValueAsString(new NoteEvent(aggregate, version, "note " + version))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
