package fr.assises.registration.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Reads what the service really published on registration-events. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** Waits until {@code count} events for this registration arrived; returns them in order. */
    public static List<ConsumerRecord<String, String>> of(String registrationId, int count) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Topics.REGISTRATION);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream()
                        .filter(r -> registrationId.equals(r.key())).count() >= count);
                return task.getRecords().stream().filter(r -> registrationId.equals(r.key())).toList();
            } finally {
                task.stop();
            }
        }
    }

    public static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
