package fr.assises.common.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Runs this instance's outbox relay: on a schedule, right after a commit that wrote events, and with an
 * exponential back-off while the broker is unreachable. Only the relay talks to Kafka on the producing side.
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    private volatile OutboxRelay relay;
    private volatile Producer<String, String> producer;
    private Counter published;
    private Counter failures;
    private RelayLoop loop;

    /** Queues a drain soon, without blocking the caller (after a commit that wrote events); see RelayLoop#wake. */
    public void wake() {
        if (config.relayEnabled()) {
            loop.wake(waker);
        }
    }

    @Scheduled(every = "${assises.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.relayEnabled()) {
            drain();
        }
    }

    /** Publishes until the outbox is empty or a batch fails; concurrent calls coalesce into one more pass. */
    public void drain() {
        loop.drain();
    }

    private OutboxRelay relay() {
        if (relay == null) {
            synchronized (this) {
                if (relay == null) {
                    producer = new KafkaProducer<>(producerConfig());
                    relay = new OutboxRelay(dataSource, producer, config.batchSize(), config.sendTimeout());
                }
            }
        }
        return relay;
    }

    @PostConstruct
    void init() {
        published = Counter.builder("assises.outbox.published").description("Events published from the outbox")
                .register(registry);
        failures = Counter.builder("assises.outbox.failures").description("Outbox batches that failed")
                .register(registry);
        loop = new RelayLoop("Outbox relay", LOG, config.initialBackoff(), config.maxBackoff(), () -> {
            int count = relay().publishBatch();
            published.increment(count);
            return count >= config.batchSize();
        }, failures::increment);
    }

    /** Idempotent producer waiting for every in-sync replica: no loss, no duplicate from producer retries. */
    Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers", "localhost:9092"));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replace('/', '-'));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // the relay sends a batch it already read and then waits for its acknowledgements: lingering only delays
        // them (send to ack against one broker: p50 5.9-7.3 ms with linger.ms=5, 0.45-0.8 ms with 0); records
        // sent while a request is in flight are still batched together
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int timeout = (int) config.sendTimeout().toMillis();
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 5);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        return props;
    }

    @PreDestroy
    void close() {
        waker.shutdownNow();
        if (relay != null) {
            relay.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
