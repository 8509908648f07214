package fr.assises.common.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.outbox.OutboxPublishException;
import fr.assises.common.outbox.OutboxRelay;
import fr.assises.common.outbox.OutboxRelayService;
import fr.assises.common.test.KafkaTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** The outbox against a real PostgreSQL and real Kafka brokers. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    NoteService notes;

    @Inject
    NoteConsumer consumer;

    @Inject
    OutboxRelayService relayService;

    @Inject
    AgroalDataSource dataSource;

    private KafkaCompanion companion;

    @BeforeEach
    void setUp() throws Exception {
        companion = new KafkaCompanion(KafkaTestResource.bootstrapServers());
        // every test starts from a drained outbox, whatever an earlier test left behind
        relayService.drain();
        execute("delete from outbox_event where sent_at is null");
    }

    @AfterEach
    void tearDown() {
        companion.close();
    }

    @Test
    void committedEventReachesTheConsumerAndIsAppliedOnceWhenDeliveredTwice() throws Exception {
        String aggregate = "note-" + UUID.randomUUID();
        notes.change(NoteEvent.TOPIC, aggregate, 1, false);
        relayService.drain();

        await().atMost(Duration.ofSeconds(20)).until(() -> notes.effects(aggregate) == 1);
        assertThat(notes.projectedVersion(aggregate)).isEqualTo(1);

        // the broker delivers the very same event again (same CloudEvents id), as after a consumer rebalance
        EventEnvelope envelope = publishedEnvelope(aggregate);
        int before = consumer.deliveries();
        companion.produceStrings().fromRecords(KafkaCloudEvents.toRecord(NoteEvent.TOPIC, envelope)).awaitCompletion();

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.deliveries() > before);
        assertThat(notes.effects(aggregate)).isEqualTo(1);
        assertThat(notes.projectedVersion(aggregate)).isEqualTo(1);
    }

    @Test
    void olderVersionNeverOverwritesANewerOne() {
        String aggregate = "note-" + UUID.randomUUID();
        notes.change(NoteEvent.TOPIC, aggregate, 3, false);
        notes.change(NoteEvent.TOPIC, aggregate, 2, false);
        relayService.drain();

        await().atMost(Duration.ofSeconds(20)).until(() -> notes.effects(aggregate) == 2);
        assertThat(notes.projectedVersion(aggregate)).isEqualTo(3);
    }

    @Test
    void eventOfARolledBackTransactionNeverLeaves() throws Exception {
        String aggregate = "note-" + UUID.randomUUID();
        assertThatThrownBy(() -> notes.change(NoteEvent.TOPIC, aggregate, 1, true))
                .isInstanceOf(IllegalStateException.class);
        notes.change(NoteEvent.TOPIC, aggregate, 2, false);
        relayService.drain();

        await().atMost(Duration.ofSeconds(20)).until(() -> notes.effects(aggregate) == 1);
        assertThat(notes.projectedVersion(aggregate)).isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where subject = '" + aggregate + "'")).isEqualTo(1);
        List<Long> versions = companion.consumeStrings().fromTopics(NoteEvent.TOPIC, Duration.ofSeconds(5))
                .awaitCompletion().stream().filter(r -> aggregate.equals(r.key()))
                .map(r -> version(r.value())).toList();
        assertThat(versions).containsExactly(2L);
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreDeliveredInOrderWhenItComesBack() throws Exception {
        String topic = "outage-" + UUID.randomUUID();
        int kafkaPort = freePort();
        int controllerPort = freePort();
        Path logDir = Files.createTempDirectory("kafka-outage");
        EmbeddedKafkaBroker broker = broker(kafkaPort, controllerPort, logDir, "outage-cluster").start();
        String bootstrap = broker.getAdvertisedListeners();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrap))) {
            OutboxRelay relay = new OutboxRelay(dataSource, producer, 50, Duration.ofSeconds(3));
            notes.change(topic, "warm-up", 1, false);
            assertThat(relay.publishBatch()).isEqualTo(1);

            broker.close();
            for (int version = 1; version <= 5; version++) {
                notes.change(topic, "a", version, false);
                notes.change(topic, "b", version, false);
            }
            assertThatThrownBy(relay::publishBatch).isInstanceOf(OutboxPublishException.class);
            assertThat(count("select count(*) from outbox_event where topic = '" + topic + "' and sent_at is null"))
                    .isEqualTo(10);
            assertThat(count("select min(attempts) from outbox_event where topic = '" + topic + "'"
                    + " and sent_at is null")).isEqualTo(1);

            broker = broker(kafkaPort, controllerPort, logDir, "outage-cluster").start();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        relay.publishBatch();
                        return count("select count(*) from outbox_event where topic = '" + topic
                                + "' and sent_at is null") == 0;
                    });
            relay.close();
        }
        try (KafkaCompanion outage = new KafkaCompanion(bootstrap)) {
            List<ConsumerRecord<String, String>> records = outage.consumeStrings()
                    .fromTopics(topic, 11, Duration.ofSeconds(30)).awaitCompletion().getRecords();
            Map<String, List<Long>> versions = new HashMap<>();
            records.forEach(r -> versions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(version(r.value())));
            assertThat(versions.get("a")).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(versions.get("b")).containsExactly(1L, 2L, 3L, 4L, 5L);
        } finally {
            broker.close();
        }
    }

    /**
     * The relay keeps its own connection: with every other connection of the pool taken (requests waiting for one
     * during a rush), a pending event still leaves at once. Taking one per batch, the relay waited in the pool's
     * queue (here the acquisition timeout, then a failed batch and the event still pending).
     */
    @Test
    void aPendingEventLeavesWhileEveryOtherConnectionOfThePoolIsTaken() throws Exception {
        String aggregate = "note-" + UUID.randomUUID();
        notes.change(NoteEvent.TOPIC, aggregate, 1, false);
        List<java.sql.Connection> taken = new ArrayList<>();
        ExecutorService grabber = Executors.newSingleThreadExecutor();
        Future<java.sql.Connection> waiting = null;
        try {
            while (waiting == null) {
                Future<java.sql.Connection> next = grabber.submit(() -> dataSource.getConnection());
                try {
                    taken.add(next.get(500, java.util.concurrent.TimeUnit.MILLISECONDS));
                } catch (java.util.concurrent.TimeoutException exhausted) {
                    waiting = next;
                }
            }
            long started = System.nanoTime();
            relayService.drain();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("[outbox relay] pool exhausted (%d connections taken): drain took %d ms%n", taken.size(),
                    millis);
        } finally {
            for (java.sql.Connection c : taken) {
                c.close();
            }
            if (waiting != null) {
                try {
                    waiting.get(30, java.util.concurrent.TimeUnit.SECONDS).close();
                } catch (java.util.concurrent.ExecutionException timedOut) {
                    // the queued request gave up before the others were given back: nothing to give back
                }
            }
            grabber.shutdownNow();
        }
        // counted once the connections are back: the drain above, made with none free, published the event
        assertThat(count("select count(*) from outbox_event where subject = '" + aggregate + "' and sent_at is null"))
                .isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> notes.effects(aggregate) == 1);
    }

    @Test
    void twoRelaysOverTheSameTablePublishEachRowOnce() throws Exception {
        String topic = "relays-" + UUID.randomUUID();
        int rows = 600;
        for (int i = 0; i < rows; i++) {
            notes.change(topic, "agg-" + (i % 40), i, false);
        }
        String bootstrap = KafkaTestResource.bootstrapServers();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (KafkaProducer<String, String> first = new KafkaProducer<>(producerConfig(bootstrap));
                KafkaProducer<String, String> second = new KafkaProducer<>(producerConfig(bootstrap))) {
            List<Callable<Integer>> relays = List.of(
                    drainAll(new OutboxRelay(dataSource, first, 25, Duration.ofSeconds(10))),
                    drainAll(new OutboxRelay(dataSource, second, 25, Duration.ofSeconds(10))));
            int published = 0;
            List<Integer> perRelay = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(relays)) {
                perRelay.add(result.get());
                published += result.get();
            }
            assertThat(published).isEqualTo(rows);
            assertThat(perRelay).allSatisfy(n -> assertThat(n).isPositive());
        } finally {
            pool.shutdownNow();
        }
        List<ConsumerRecord<String, String>> records = companion.consumeStrings()
                .fromTopics(topic, rows, Duration.ofSeconds(30)).awaitCompletion().getRecords();
        Set<String> ids = records.stream().map(r -> KafkaCloudEvents.fromRecord(r).id().toString())
                .collect(Collectors.toSet());
        assertThat(records).hasSize(rows);
        assertThat(ids).hasSize(rows);
        assertThat(companion.consumeStrings().fromTopics(topic, Duration.ofSeconds(3)).awaitCompletion().count())
                .isEqualTo(rows);
    }

    private EventEnvelope publishedEnvelope(String aggregate) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, type, source, subject, occurred_at, payload "
                        + "from outbox_event where sent_at is not null and subject = '" + aggregate + "'")) {
            rs.next();
            return new EventEnvelope(rs.getObject("id", UUID.class), rs.getString("type"),
                    java.net.URI.create(rs.getString("source")), rs.getString("subject"),
                    rs.getObject("occurred_at", java.time.OffsetDateTime.class), rs.getString("payload"));
        }
    }

    private static Callable<Integer> drainAll(OutboxRelay relay) {
        return () -> {
            int total = 0;
            int batch;
            do {
                batch = relay.publishBatch();
                total += batch;
            } while (batch > 0);
            relay.close();
            return total;
        };
    }

    private static EmbeddedKafkaBroker broker(int kafkaPort, int controllerPort, Path logDir, String clusterId) {
        return new EmbeddedKafkaBroker()
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> props.put("log.dirs", logDir.toString()));
    }

    private static Map<String, Object> producerConfig(String bootstrap) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3010);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return props;
    }

    private static long version(String json) {
        return Long.parseLong(json.replaceAll(".*\"version\":(\\d+).*", "$1"));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
