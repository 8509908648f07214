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
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * What the fault scenarios share: signals to the stack's own processes, bringing components back with the
 * README's start command, a rush of registrations whose clients retry with their Idempotency-Key, and the
 * invariants read in the services' databases and on the dead-letter topic.
 */
final class Faults {

    /** registration-service's API through the gateway, as every client reaches it. */
    static final String REGISTRATION = LocalStack.GATEWAY + "/api/registration";
    static final String JDBC = "jdbc:postgresql://" + LocalStack.HOST + ":15433/";
    static final String KAFKA = LocalStack.HOST + ":19092";
    static final String DLQ = "registration-events-dlq";
    static final List<String> CONSUMERS = List.of("programme-service", "budget-service", "evaluation-service");
    /** Registrations per scenario: the CI profile by default, {@code -Dassises.e2e.faults.participants=200} for the full one. */
    static final int PARTICIPANTS = Integer.getInteger("assises.e2e.faults.participants", 25);

    private Faults() {
    }

    // ---------------------------------------------------------------- processes

    static String pid(String component) throws IOException {
        Path file = component.equals("postgres") ? LocalStack.STATE.resolve("postgres/data/postmaster.pid")
                : LocalStack.STATE.resolve("pids/" + component + ".pid");
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim();
    }

    /** Sends a signal (STOP, CONT, KILL, QUIT, TERM) to components of the stack. */
    static void signal(String signal, String... components) throws IOException, InterruptedException {
        for (String component : components) {
            Process kill = new ProcessBuilder("kill", "-" + signal, pid(component)).inheritIO().start();
            assertThat(kill.waitFor()).as("kill -%s %s", signal, component).isZero();
        }
    }

    /** Waits until a component's process is gone (after KILL or TERM). */
    static void awaitGone(String component) throws IOException {
        String pid = pid(component);
        await(component + " gone").atMost(Duration.ofSeconds(60)).until(() -> !Files.exists(Path.of("/proc", pid)));
    }

    /**
     * Starts a second instance of a service beside the stack's, on another port, with what stack.sh gives the
     * first (same database, same broker, same consumer group); returns once it is ready.
     */
    static Process startSecondInstance(String service, int port) throws IOException {
        Path tmp = LocalStack.STATE.resolve("tmp/" + service + "-2");
        Files.createDirectories(tmp);
        ProcessBuilder builder = new ProcessBuilder("java", "-Dassises.component=" + service + "-2", "-Xmx256m",
                "-Djava.io.tmpdir=" + tmp, "-jar",
                LocalStack.REPO.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString())
                .directory(LocalStack.REPO.resolve(service).toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        LocalStack.STATE.resolve("logs/" + service + "-2.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", LocalStack.HOST);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", LocalStack.KEYCLOAK + "/realms/" + LocalStack.REALM);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", JDBC + service.replace("-service", ""));
        env.put("QUARKUS_DATASOURCE_USERNAME", "assises");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "assises");
        env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        env.put("QUARKUS_MAILER_MOCK", "false");
        env.put("QUARKUS_MAILER_HOST", LocalStack.HOST);
        env.put("QUARKUS_MAILER_PORT", Integer.toString(LocalStack.SMTP_PORT));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("QUARKUS_MAILER_LOGIN", "DISABLED");
        Process process = builder.start();
        await(service + " second instance ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> given().get("http://" + LocalStack.HOST + ":" + port
                        + "/q/health/ready").statusCode() == 200);
        return process;
    }

    /** Starts whatever is not running with the README's own command; what runs is left alone. */
    static void startMissing(String why) {
        try {
            int exit = LocalStack.run(LocalStack.STATE.resolve("faults-start.log"), Duration.ofMinutes(5), "start",
                    "--no-build", "--no-seed");
            assertThat(exit).as("stack.sh start (%s)", why).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }

    // ---------------------------------------------------------------- load

    /** A rush of registrations on the demo congress, each client retrying until acknowledged. */
    static final class Rush {

        final String organiser = Browsing.token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        final String congressId = given().get(LocalStack.GATEWAY + "/api/programme/public/congresses/"
                + LocalStack.SLUG).then().statusCode(200).extract().path("id");
        final List<String> meals = given().get(REGISTRATION + "/congresses/{id}/availability", congressId)
                .then().statusCode(200).extract().path("meals.sessionId");
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();
        final String workshop;
        private final List<String> instances;
        private final ExecutorService clients = Executors.newFixedThreadPool(8);
        private final List<CompletableFuture<Void>> pending = new ArrayList<>();
        private int next;

        Rush() {
            this(List.of(REGISTRATION), false);
        }

        /**
         * A rush over several registration-service instances: client n starts on instance n and moves to the next
         * one at each failure. With {@code oneWorkshop} every registration also asks for the workshop with the
         * fewest places left.
         */
        Rush(List<String> instances, boolean oneWorkshop) {
            this.instances = instances;
            // the workshop with the fewest places left: the rush fills it and the rest wait
            this.workshop = oneWorkshop ? given().get(REGISTRATION + "/congresses/{id}/availability", congressId)
                    .then().statusCode(200).extract()
                    .path("workshops.findAll { it.remaining > 0 }.min { it.remaining }.sessionId") : null;
        }

        /** Sends {@code count} more registrations, one every {@code pace} (none between them if zero). */
        Rush send(int count, Duration pace) {
            for (int i = 0; i < count; i++) {
                int n = next++;
                pending.add(CompletableFuture.runAsync(() -> acknowledged.put(n, registerUntilAcknowledged(n)),
                        clients));
                pause(pace);
            }
            return this;
        }

        /** Waits for every client to be acknowledged; the ids, checked unique. */
        List<UUID> acknowledgedIds() throws Exception {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get();
            clients.shutdown();
            List<UUID> ids = acknowledged.values().stream().map(UUID::fromString).toList();
            assertThat(ids).hasSize(next).doesNotHaveDuplicates();
            return ids;
        }

        String emailPattern() {
            return "panne." + run + ".%";
        }

        List<String> emails() {
            return acknowledged.keySet().stream().map(this::email).toList();
        }

        private String email(int n) {
            return "panne." + run + "." + n + "@exemple.test";
        }

        private String registerUntilAcknowledged(int n) {
            Map<String, Object> body = Map.of(
                    "days", List.of("2027-06-24", "2027-06-25"),
                    "meals", meals,
                    "workshops", workshop == null ? List.of() : List.of(Map.of("sessionId", workshop)),
                    "category", "PROFESSIONNEL",
                    "language", "fr",
                    "person", Map.of("firstName", "Panne", "lastName", "Essai" + n,
                            "email", email(n),
                            "organisation", "Communauté de communes imaginaire", "territoryType", "INTERCOMMUNALITE"));
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
            int attempt = 0;
            while (Instant.now().isBefore(giveUp)) {
                String instance = instances.get((n + attempt++) % instances.size());
                try {
                    Response response = given().auth().oauth2(organiser).contentType(ContentType.JSON)
                            .header("Idempotency-Key", "panne-" + run + "-" + n).body(body)
                            .post(instance + "/congresses/{id}/manage/registrations", congressId);
                    if (response.statusCode() == 200 || response.statusCode() == 201) {
                        return response.path("id");
                    }
                    assertThat(response.statusCode()).as("only a server error may come from a fault: %s",
                            response.asString()).isGreaterThanOrEqualTo(500);
                } catch (Exception e) {
                    // the connection itself failed (REST Assured rethrows ConnectException unchecked through
                    // Groovy): the same as an error answer, try again
                }
                errors.incrementAndGet();
                pause(Duration.ofMillis(500));
            }
            throw new AssertionError("registration " + n + " never acknowledged");
        }
    }

    // ---------------------------------------------------------------- invariants

    /**
     * After quiescence: every acknowledged registration committed once, the outbox empty, programme, budget and
     * evaluation holding every registration, every confirmation mail sent, nothing new on the dead-letter topic.
     */
    static Map<String, Long> assertNothingLost(Rush rush, List<UUID> ids, Set<String> deadBefore,
            String... expectedDead) {
        int expected = ids.size();
        Map<String, Long> counts = new LinkedHashMap<>();
        await("every effect of every acknowledged registration").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                    counts.put("registrations committed", count("registration",
                            "select count(*) from registration where congress_id = ?::uuid and email like ?",
                            rush.congressId, rush.emailPattern()));
                    counts.put("registration events waiting in the outbox", count("registration",
                            "select count(*) from outbox_event where sent_at is null"));
                    // each registration was created once and not changed: exactly one event row each
                    counts.put("outbox rows of these registrations (one each)", countOf("registration",
                            "select count(*) from outbox_event where subject = any(cast(? as text[]))", ids));
                    counts.put("programme: registrations in attendance", countOf("programme",
                            "select count(distinct registration_id) from attendance_contribution "
                                    + "where registration_id = any(?)", ids));
                    counts.put("budget: registrations projected", countOf("budget",
                            "select count(*) from registration_projection where registration_id = any(?)", ids));
                    counts.put("evaluation: registrations projected", countOf("evaluation",
                            "select count(*) from registration_projection where registration_id = any(?)", ids));
                    // a person the committee adds gets the confirmation and the invitation to claim it
                    counts.put("mails asked (confirmation and invitation each)", countOf("registration",
                            "select count(*) from mail_outbox where registration_id = any(?)", ids));
                    counts.put("mails not sent", countOf("registration",
                            "select count(*) from mail_outbox where registration_id = any(?) and sent_at is null", ids));
                    assertThat(counts.get("registrations committed")).isEqualTo(expected);
                    assertThat(counts.get("registration events waiting in the outbox")).isZero();
                    assertThat(counts.get("outbox rows of these registrations (one each)")).isEqualTo(expected);
                    assertThat(counts.get("programme: registrations in attendance")).isEqualTo(expected);
                    assertThat(counts.get("budget: registrations projected")).isEqualTo(expected);
                    assertThat(counts.get("evaluation: registrations projected")).isEqualTo(expected);
                    assertThat(counts.get("mails asked (confirmation and invitation each)")).isEqualTo(2L * expected);
                    assertThat(counts.get("mails not sent")).isZero();
                    counts.put("people who received exactly their two mails (SMTP server, by Message-ID)",
                            rush.emails().stream().filter(email -> mailsReceived(email) == 2).count());
                    assertThat(counts.get("people who received exactly their two mails (SMTP server, by Message-ID)"))
                            .isEqualTo(expected);
                });
        Set<String> dead = deadLetterKeys();
        dead.removeAll(deadBefore);
        dead.removeAll(List.of(expectedDead));
        counts.put("records dead-lettered", (long) dead.size());
        assertThat(dead).as("valid events on the dead-letter topic").isEmpty();
        return counts;
    }

    static long count(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(database);
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

    static long countOf(String database, String sql, List<UUID> ids) throws SQLException {
        try (Connection connection = connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** One row of a query, as text, for before/after comparisons. */
    static String row(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                StringBuilder text = new StringBuilder();
                while (result.next()) {
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        text.append(result.getMetaData().getColumnLabel(c)).append('=').append(result.getString(c))
                                .append(' ');
                    }
                }
                return text.toString().trim();
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(JDBC + database, "assises", "assises");
    }

    /** Keys of every record on the dead-letter topic, read from the beginning. */
    static Set<String> deadLetterKeys() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        readAll(DLQ, record -> keys.add(String.valueOf(record.key())));
        return keys;
    }

    /** Every record of a topic from the beginning to its end as it stands now. */
    private static void readAll(String topic, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafkaConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    /**
     * How many different mails the stack's SMTP server received for this address (GreenMail's API), told apart by
     * their Message-ID: a resend after a crash (at least once) carries the same one and counts once.
     */
    static int mailsReceived(String email) {
        return Set.copyOf(given().get("http://" + LocalStack.HOST + ":" + LocalStack.MAIL_API_PORT
                + "/api/user/{email}/messages/", email).then().statusCode(200).extract().jsonPath()
                .getList("'Message-ID'", String.class)).size();
    }

    /** How many records of {@code topic} carry one of these keys, read from the beginning. */
    static long recordsWithKeys(String topic, Set<String> keys) {
        AtomicInteger count = new AtomicInteger();
        readAll(topic, record -> {
            if (keys.contains(record.key())) {
                count.incrementAndGet();
            }
        });
        return count.get();
    }

    /** Runs statements on a service's database as the stack's role (the owner of its tables). */
    static void execute(String database, String... statements) throws SQLException {
        try (Connection connection = connect(database); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static Properties kafkaConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    /** Lines of each consumer's log telling of a try that met a transient failure and will be retried. */
    static Map<String, Long> consumerRetriesLogged() throws IOException {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (String service : CONSUMERS) {
            Path log = LocalStack.STATE.resolve("logs/" + service + ".log");
            try (var all = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.put(service, all.filter(l -> l.contains("transient failure on try")).count());
            }
        }
        return lines;
    }
}
