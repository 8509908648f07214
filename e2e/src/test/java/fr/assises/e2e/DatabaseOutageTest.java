package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The reliability issue's defect on the real stack: PostgreSQL is stopped at once (SIGQUIT to the postmaster, as
 * a crash would) a few seconds into a rush of registrations and started again ten seconds later. Clients retry
 * with their Idempotency-Key until acknowledged. After quiescence: every acknowledged registration is committed
 * once, every event left the outbox, programme, budget and evaluation hold every registration, every mail left
 * the mail outbox, and nothing reached the dead-letter topic. The figures go to docs/reliability.md.
 */
@ExtendWith(LocalStack.class)
class DatabaseOutageTest {

    static final String REGISTRATION = "http://" + LocalStack.HOST + ":18082/api/registration";
    static final String JDBC = "jdbc:postgresql://" + LocalStack.HOST + ":15433/";
    static final String KAFKA = LocalStack.HOST + ":19092";
    static final String DLQ = "registration-events-dlq";
    static final int PARTICIPANTS = Integer.getInteger("assises.e2e.outage.participants", 60);
    static final Duration PACE = Duration.ofMillis(200);
    static final Duration OUTAGE = Duration.ofSeconds(10);
    static final Path REPORT = LocalStack.REPO.resolve("docs/reliability.md");

    @Test
    void aDatabaseOutageDuringARushLosesNothingAndDeadLettersNothing() throws Exception {
        String organiser = Browsing.token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        String congressId = given().get(LocalStack.GATEWAY + "/api/programme/public/congresses/" + LocalStack.SLUG)
                .then().statusCode(200).extract().path("id");
        List<String> meals = given().get(REGISTRATION + "/congresses/{id}/availability", congressId)
                .then().statusCode(200).extract().path("meals.sessionId");
        Set<String> deadBefore = deadLetterKeys();
        String run = UUID.randomUUID().toString().substring(0, 8);

        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refusals = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> rush = new ArrayList<>();
        Map<String, Long> retriesBefore = consumerRetriesLogged();
        int beforeOutage = PARTICIPANTS * 2 / 5;

        // the consumers lag behind the rush, as under real load: their events wait in Kafka...
        signal("STOP", CONSUMERS);
        Duration outage = null;
        try {
            for (int i = 0; i < beforeOutage; i++) {
                int n = i;
                rush.add(CompletableFuture.runAsync(() -> acknowledged.put(n,
                        registerUntilAcknowledged(organiser, congressId, meals, run, n, refusals)), clients));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.size() == beforeOutage
                    && count("registration", "select count(*) from outbox_event where sent_at is null") == 0);
            // ...when the database goes down; then they go on, and meet the outage
            stopPostgresAtOnce();
            Instant stopped = Instant.now();
            signal("CONT", CONSUMERS);
            for (int i = beforeOutage; i < PARTICIPANTS; i++) {
                int n = i;
                rush.add(CompletableFuture.runAsync(() -> acknowledged.put(n,
                        registerUntilAcknowledged(organiser, congressId, meals, run, n, refusals)), clients));
                pause(PACE);
            }
            // the rest of the ten seconds, then the README's own start command brings PostgreSQL back
            pause(OUTAGE.minus(Duration.between(stopped, Instant.now())));
            int exit = LocalStack.run(LocalStack.STATE.resolve("outage-restart.log"), Duration.ofMinutes(3), "start",
                    "--no-build", "--no-seed");
            outage = Duration.between(stopped, Instant.now());
            assertThat(exit).as("stack.sh start after the outage").isZero();
        } finally {
            // whatever failed, the other end-to-end tests need the whole stack back
            signal("CONT", CONSUMERS);
            if (outage == null) {
                LocalStack.run(LocalStack.STATE.resolve("outage-restart.log"), Duration.ofMinutes(3), "start",
                        "--no-build", "--no-seed");
            }
        }
        CompletableFuture.allOf(rush.toArray(CompletableFuture[]::new)).get();
        clients.shutdown();

        List<UUID> ids = acknowledged.values().stream().map(UUID::fromString).toList();
        assertThat(ids).hasSize(PARTICIPANTS).doesNotHaveDuplicates();
        assertThat(refusals.get()).as("clients felt the outage (errors, never a false 2xx)").isPositive();

        Map<String, Long> counts = new LinkedHashMap<>();
        await("every effect of every acknowledged registration").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                    counts.put("registrations committed", count("registration",
                            "select count(*) from registration where congress_id = ?::uuid and email like ?",
                            congressId, "panne." + run + ".%"));
                    counts.put("registration events waiting in the outbox", count("registration",
                            "select count(*) from outbox_event where sent_at is null"));
                    counts.put("programme: registrations in attendance", countOf("programme",
                            "select count(distinct registration_id) from attendance_contribution "
                                    + "where registration_id = any(?)", ids));
                    counts.put("budget: registrations projected", countOf("budget",
                            "select count(*) from registration_projection where registration_id = any(?)", ids));
                    counts.put("evaluation: registrations projected", countOf("evaluation",
                            "select count(*) from registration_projection where registration_id = any(?)", ids));
                    counts.put("confirmation mails asked", countOf("registration",
                            "select count(*) from mail_outbox where registration_id = any(?)", ids));
                    counts.put("mails not sent", countOf("registration",
                            "select count(*) from mail_outbox where registration_id = any(?) and sent_at is null", ids));
                    assertThat(counts.get("registrations committed")).isEqualTo(PARTICIPANTS);
                    assertThat(counts.get("registration events waiting in the outbox")).isZero();
                    assertThat(counts.get("programme: registrations in attendance")).isEqualTo(PARTICIPANTS);
                    assertThat(counts.get("budget: registrations projected")).isEqualTo(PARTICIPANTS);
                    assertThat(counts.get("evaluation: registrations projected")).isEqualTo(PARTICIPANTS);
                    assertThat(counts.get("confirmation mails asked")).isEqualTo(PARTICIPANTS);
                    assertThat(counts.get("mails not sent")).isZero();
                });
        Set<String> deadAfter = deadLetterKeys();
        deadAfter.removeAll(deadBefore);
        counts.put("records dead-lettered", (long) deadAfter.size());
        assertThat(deadAfter).as("valid events on the dead-letter topic").isEmpty();
        Map<String, Long> retries = consumerRetriesLogged();
        retries.replaceAll((service, lines) -> lines - retriesBefore.getOrDefault(service, 0L));
        retries.forEach((service, lines) -> counts.put(service + ": consumer tries that met the outage", lines));
        assertThat(retries.values().stream().mapToLong(Long::longValue).sum())
                .as("the consumers met the outage (else this scenario proves nothing about them)").isPositive();

        report(counts, refusals.get(), outage);
    }

    /** One client: posts its registration, and on an error posts it again with the same key until acknowledged. */
    private static String registerUntilAcknowledged(String token, String congressId, List<String> meals, String run,
            int n, AtomicInteger refusals) {
        Map<String, Object> body = Map.of(
                "days", List.of("2027-06-24", "2027-06-25"),
                "meals", meals,
                "workshops", List.of(),
                "category", "PROFESSIONNEL",
                "language", "fr",
                "person", Map.of("firstName", "Panne", "lastName", "Essai" + n,
                        "email", "panne." + run + "." + n + "@exemple.test",
                        "organisation", "Communauté de communes imaginaire", "territoryType", "INTERCOMMUNALITE"));
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            try {
                Response response = given().auth().oauth2(token).contentType(ContentType.JSON)
                        .header("Idempotency-Key", "panne-" + run + "-" + n).body(body)
                        .post(REGISTRATION + "/congresses/{id}/manage/registrations", congressId);
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    return response.path("id");
                }
                assertThat(response.statusCode()).as("only a server error may come from the outage: %s",
                        response.asString()).isGreaterThanOrEqualTo(500);
            } catch (RuntimeException e) {
                // the connection itself failed: the same as an error answer, try again
            }
            refusals.incrementAndGet();
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError("registration " + n + " never acknowledged");
    }

    static final List<String> CONSUMERS = List.of("programme-service", "budget-service", "evaluation-service");

    /** Sends a signal (STOP, CONT) to the processes of the stack's services. */
    private static void signal(String signal, List<String> services) throws IOException, InterruptedException {
        for (String service : services) {
            String pid = Files.readString(LocalStack.STATE.resolve("pids/" + service + ".pid")).trim();
            Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
            assertThat(kill.waitFor()).as("kill -%s %s", signal, service).isZero();
        }
    }

    /** Lines of each consumer's log telling of a try that met a transient failure and will be retried. */
    private static Map<String, Long> consumerRetriesLogged() throws IOException {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (String service : CONSUMERS) {
            Path log = LocalStack.STATE.resolve("logs/" + service + ".log");
            try (var all = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.put(service, all.filter(l -> l.contains("transient failure on try")).count());
            }
        }
        return lines;
    }

    private static void stopPostgresAtOnce() {
        try {
            Path pidFile = LocalStack.STATE.resolve("postgres/data/postmaster.pid");
            String pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            Process kill = new ProcessBuilder("kill", "-QUIT", pid).inheritIO().start();
            assertThat(kill.waitFor()).as("kill -QUIT postmaster").isZero();
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(JDBC + database, "assises", "assises");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long countOf(String database, String sql, List<UUID> ids) throws SQLException {
        try (Connection connection = DriverManager.getConnection(JDBC + database, "assises", "assises");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Keys of every record on the dead-letter topic, read from the beginning. */
    private static Set<String> deadLetterKeys() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Set<String> keys = ConcurrentHashMap.newKeySet();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(DLQ, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(String.valueOf(record.key()));
                }
            }
        }
        return keys;
    }

    private static void report(Map<String, Long> counts, int refusals, Duration outage) throws IOException {
        StringBuilder text = new StringBuilder("""
                # Reliability: what the last run of the fault scenarios measured

                Written by `e2e`'s `DatabaseOutageTest` on the whole local stack (`deploy/local/stack.sh start`:
                Debian's PostgreSQL, KRaft Kafka, Keycloak, the five packaged services). Do not edit by hand.

                ## PostgreSQL stopped at once during a rush of registrations

                - **Injected**: the consumers (programme, budget, evaluation) are paused (SIGSTOP) while the first
                  two fifths of the registrations are committed and published, as consumers lag under load; then
                  `kill -QUIT` to the postmaster (PostgreSQL's immediate shutdown, as a crash: every connection
                  cut, new ones refused), the consumers resume (SIGCONT) and meet the outage; PostgreSQL is
                  started again by `stack.sh start` once the outage has lasted 10 s.
                - **Load**: %d registrations added by the organiser straight to registration-service, 8 clients,
                  the first two fifths at once, the rest one every %d ms during the outage; a refused or failed
                  request is posted again every 500 ms with the same `Idempotency-Key` until acknowledged.
                - **Outage**: %.1f s from the signal until `stack.sh start` had PostgreSQL back; %d client requests
                  got an error meanwhile (5xx or a failed connection, never a false 2xx).

                | invariant checked after quiescence | count |
                | --- | --- |
                """.formatted(PARTICIPANTS, PACE.toMillis(), outage.toMillis() / 1000.0, refusals));
        counts.forEach((what, count) -> text.append("| ").append(what).append(" | ").append(count).append(" |\n"));
        text.append("""

                Every acknowledged registration is committed once (no duplicate from the retries), every event left
                the outbox and was applied by programme-service, budget-service and evaluation-service (the
                consumers retried through the outage instead of dead-lettering), every confirmation mail left the
                mail outbox, and no record reached `registration-events-dlq`.
                """);
        Files.writeString(REPORT, text.toString(), StandardCharsets.UTF_8);
    }

    private static void pause(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }
}
