package fr.assises.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.outbox.OutboxRelayService;
import fr.assises.common.test.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class DeadLetterTest {

    @Inject
    NoteService notes;

    @Inject
    OutboxRelayService relayService;

    @Test
    void unreadableMessagesGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String marker = "garbage-" + UUID.randomUUID();
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            // no CloudEvents headers at all
            companion.produceStrings().fromRecords(new ProducerRecord<>(NoteEvent.TOPIC, marker, "{not json"))
                    .awaitCompletion();
            // proper headers, data that is not the expected JSON
            ProducerRecord<String, String> badData = KafkaCloudEvents.toRecord(NoteEvent.TOPIC,
                    new fr.assises.common.events.EventEnvelope(UUID.randomUUID(), NoteEvent.TYPE,
                            java.net.URI.create("/test"), marker, java.time.OffsetDateTime.now(), "[1,2"));
            companion.produceStrings().fromRecords(badData).awaitCompletion();

            String aggregate = "after-garbage-" + UUID.randomUUID();
            notes.change(NoteEvent.TOPIC, aggregate, 1, false);
            relayService.drain();

            await().atMost(Duration.ofSeconds(30)).until(() -> notes.effects(aggregate) == 1);
            // other tests dead-letter records too: keep this test's own
            var dead = companion.consumeStrings()
                    .fromTopics(NoteEvent.TOPIC + "-dlq", records -> records.filter(r -> marker.equals(r.key())))
                    .awaitRecords(2, Duration.ofSeconds(20)).getRecords();
            assertThat(dead).hasSize(2);
            assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrder("{not json", "[1,2");
            assertThat(KafkaCompanion.getHeader(dead.get(0).headers(), "dead-letter-reason")).isNotBlank();
        }
    }
}
