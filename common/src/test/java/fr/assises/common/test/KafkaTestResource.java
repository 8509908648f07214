package fr.assises.common.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Kafka broker (KRaft, in this JVM, no Docker) started once per test JVM and shared by every test
 * profile. Topics are auto-created on first use.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;

    public static synchronized EmbeddedKafkaBroker broker() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(props -> {
                        props.put("num.partitions", "3");
                        props.put("group.initial.rebalance.delay.ms", "0");
                        props.put("auto.create.topics.enable", "true");
                    });
            broker.start();
            EmbeddedKafkaBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-kafka-stop"));
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().getAdvertisedListeners();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the whole test JVM, like the database
    }
}
