package fr.assises.common.events;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The operator's command that puts dead-lettered records back on the topic they came from, once the cause is
 * fixed: key, value and CloudEvents headers as they were, the {@code dead-letter-*} headers dropped. Every
 * consumer of that topic sees the record again and the ones that had applied it skip it (version check or
 * inbox). Each dead letter is replayed once: the command remembers how far it went in its own consumer group.
 *
 * <pre>java -cp '&lt;service&gt;/lib/main/*' fr.assises.common.events.DeadLetterReplay \
 *     --bootstrap-servers 127.0.0.1:9092 [--list] registration-events-dlq</pre>
 */
public final class DeadLetterReplay {

    public static final String GROUP = "assises-dead-letter-replay";
    static final String ORIGIN_HEADER = "dead-letter-topic";
    private static final Duration POLL = Duration.ofMillis(500);

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        boolean list = false;
        String topic = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap-servers" -> bootstrap = args[++i];
                case "--list" -> list = true;
                default -> topic = args[i];
            }
        }
        if (topic == null || !topic.endsWith("-dlq")) {
            System.err.println("usage: DeadLetterReplay [--bootstrap-servers HOST:PORT] [--list] <topic>-dlq");
            System.exit(2);
        }
        Map<String, Integer> replayed = replay(bootstrap, topic, list, System.out);
        System.out.println((list ? "to replay: " : "replayed: ") + (replayed.isEmpty() ? "nothing" : replayed));
    }

    /**
     * Replays (or, with {@code listOnly}, lists) the dead letters of {@code deadLetterTopic} not replayed yet.
     *
     * @return how many records went back to each topic of origin
     */
    public static Map<String, Integer> replay(String bootstrapServers, String deadLetterTopic, boolean listOnly,
            PrintStream out) {
        Map<String, Integer> counts = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers))) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String origin = header(record, ORIGIN_HEADER);
                    if (origin == null) {
                        out.printf("skipped %s-%d@%d: no %s header%n", record.topic(), record.partition(),
                                record.offset(), ORIGIN_HEADER);
                    } else {
                        out.printf("%s %s-%d@%d -> %s (%s, at %s)%n", listOnly ? "would replay" : "replaying",
                                record.topic(), record.partition(), record.offset(), origin,
                                header(record, "dead-letter-reason"), Instant.ofEpochMilli(record.timestamp()));
                        if (!listOnly) {
                            producer.send(new ProducerRecord<>(origin, null, record.key(), record.value(),
                                    originalHeaders(record)));
                        }
                        counts.merge(origin, 1, Integer::sum);
                    }
                    next.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            }
            if (!listOnly) {
                // offsets are committed only once every replayed record is acknowledged: a crash replays again
                producer.flush();
                consumer.commitSync(next);
            }
        }
        return counts;
    }

    private static RecordHeaders originalHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties consumerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }

    private static Properties producerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
