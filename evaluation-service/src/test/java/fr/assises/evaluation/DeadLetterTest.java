package fr.assises.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Unreadable records go to the dead-letter topics and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void unreadableProgrammeAndRegistrationRecordsAreDeadLetteredAndLaterOnesStillApplied() {
        String marker = "garbage-" + UUID.randomUUID();
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.PROGRAMME, marker, "{not json"))
                    .awaitCompletion();
            companion.produceStrings().fromRecords(TestCongress.record(Topics.REGISTRATION,
                    "/assises/registration-service", "fr.assises.registration.confirmed.v1", marker,
                    "{\"registrationId\": 12}")).awaitCompletion();

            new TestCongress().create().checkIn(UUID.randomUUID().toString(), "ELU");

            List<ConsumerRecord<String, String>> programme = companion.consumeStrings()
                    .fromTopics(Topics.PROGRAMME + "-dlq").awaitRecords(1, Duration.ofSeconds(30)).getRecords();
            assertThat(programme.stream().filter(r -> marker.equals(r.key()))).hasSize(1);
            List<ConsumerRecord<String, String>> registration = companion.consumeStrings()
                    .fromTopics(Topics.REGISTRATION + "-dlq").awaitRecords(1, Duration.ofSeconds(30)).getRecords();
            assertThat(registration.stream().filter(r -> marker.equals(r.key()))).hasSize(1);
        }
    }
}
