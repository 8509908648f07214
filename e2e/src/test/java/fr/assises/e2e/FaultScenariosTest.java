package fr.assises.e2e;

import static fr.assises.e2e.Faults.PARTICIPANTS;
import static fr.assises.e2e.Faults.assertNothingLost;
import static fr.assises.e2e.Faults.awaitGone;
import static fr.assises.e2e.Faults.consumerRetriesLogged;
import static fr.assises.e2e.Faults.deadLetterKeys;
import static fr.assises.e2e.Faults.pause;
import static fr.assises.e2e.Faults.row;
import static fr.assises.e2e.Faults.signal;
import static fr.assises.e2e.Faults.startMissing;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reliability issue's scenarios on the real stack: each injects a fault by signalling a process the stack
 * started, under a rush of registrations whose clients retry with their Idempotency-Key, brings the component
 * back with the README's start command and checks the invariants in the databases and on the dead-letter topic
 * ({@link Faults#assertNothingLost}). The figures of the run go to docs/reliability.md.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosTest {

    static final Path REPORT = LocalStack.REPO.resolve("docs/reliability.md");
    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    @Test
    @Order(1)
    void postgresStoppedAtOnceDuringARush() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        Map<String, Long> retriesBefore = consumerRetriesLogged();
        Faults.Rush rush = new Faults.Rush();
        int beforeOutage = PARTICIPANTS * 2 / 5;
        Duration outage = null;
        // the consumers lag behind the rush, as under real load: their events wait in Kafka...
        signal("STOP", Faults.CONSUMERS.toArray(String[]::new));
        try {
            rush.send(beforeOutage, Duration.ZERO);
            await().atMost(Duration.ofSeconds(30)).until(() -> rush.acknowledged.size() == beforeOutage
                    && Faults.count("registration", "select count(*) from outbox_event where sent_at is null") == 0);
            // ...when the database goes down; then they go on, and meet the outage
            signal("QUIT", "postgres");
            Instant stopped = Instant.now();
            signal("CONT", Faults.CONSUMERS.toArray(String[]::new));
            rush.send(PARTICIPANTS - beforeOutage, Duration.ofMillis(200));
            pause(Duration.ofSeconds(10).minus(Duration.between(stopped, Instant.now())));
            startMissing("PostgreSQL after the outage");
            outage = Duration.between(stopped, Instant.now());
        } finally {
            // whatever failed, the other end-to-end tests need the whole stack back
            signal("CONT", Faults.CONSUMERS.toArray(String[]::new));
            if (outage == null) {
                startMissing("after a failed scenario");
            }
        }
        List<UUID> ids = rush.acknowledgedIds();
        assertThat(rush.errors.get()).as("clients felt the outage (errors, never a false 2xx)").isPositive();
        Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore);
        Map<String, Long> retries = consumerRetriesLogged();
        retries.forEach((service, lines) -> counts.put(service + ": consumer tries that met the outage",
                lines - retriesBefore.getOrDefault(service, 0L)));
        assertThat(counts.entrySet().stream().filter(e -> e.getKey().contains("met the outage"))
                .mapToLong(Map.Entry::getValue).sum())
                .as("the consumers met the outage (else this scenario proves nothing about them)").isPositive();
        section("PostgreSQL stopped at once during a rush",
                "the consumers (programme, budget, evaluation) paused (SIGSTOP) while the first two fifths of the "
                        + "registrations are committed and published, as consumers lag under load; then `kill -QUIT` "
                        + "to the postmaster (immediate shutdown, as a crash: connections cut, new ones refused); "
                        + "the consumers resume (SIGCONT) into the outage; `stack.sh start` brings PostgreSQL back "
                        + "once it has been down 10 s",
                rush, "%.1f s down; %d client requests got an error (5xx or a failed connection), never a false 2xx"
                        .formatted(outage.toMillis() / 1000.0, rush.errors.get()),
                counts);
    }

    @Test
    @Order(2)
    void kafkaKilledAndRestarted() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        Faults.Rush rush = new Faults.Rush();
        rush.send(PARTICIPANTS / 4, Duration.ofMillis(100));
        signal("KILL", "kafka");
        Instant killed = Instant.now();
        awaitGone("kafka");
        rush.send(PARTICIPANTS / 2, Duration.ofMillis(100));
        startMissing("Kafka after SIGKILL");
        Duration down = Duration.between(killed, Instant.now());
        rush.send(PARTICIPANTS - PARTICIPANTS / 4 - PARTICIPANTS / 2, Duration.ofMillis(100));
        List<UUID> ids = rush.acknowledgedIds();
        Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore);
        section("Kafka broker killed and restarted",
                "SIGKILL to the broker after a quarter of the registrations; `stack.sh start` restarts it while the "
                        + "rush goes on (registrations keep being accepted: their events wait in the outbox)",
                rush, "broker down %.1f s; %d client requests got an error".formatted(down.toMillis() / 1000.0,
                        rush.errors.get()),
                counts);
    }

    @Test
    @Order(3)
    void kafkaPaused() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        Faults.Rush rush = new Faults.Rush();
        Duration paused = Duration.ofSeconds(Integer.getInteger("assises.e2e.faults.pause-seconds", 20));
        rush.send(PARTICIPANTS / 4, Duration.ofMillis(100));
        signal("STOP", "kafka");
        try {
            rush.send(PARTICIPANTS / 2, Duration.ofMillis(100));
            pause(paused.minus(Duration.ofMillis(100L * (PARTICIPANTS / 2))));
        } finally {
            signal("CONT", "kafka");
        }
        rush.send(PARTICIPANTS - PARTICIPANTS / 4 - PARTICIPANTS / 2, Duration.ofMillis(100));
        List<UUID> ids = rush.acknowledgedIds();
        Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore);
        section("Kafka broker paused",
                "SIGSTOP to the broker for %d s during the rush, then SIGCONT".formatted(paused.toSeconds()),
                rush, "%d client requests got an error".formatted(rush.errors.get()), counts);
    }

    @Test
    @Order(4)
    void budgetServiceKilledMidStreamAndRestarted() throws Exception {
        Faults.Rush rush = new Faults.Rush();
        Map<String, Long> counts = killedMidRush(rush, "budget-service", Duration.ofMillis(50));
        section("budget-service killed mid-stream and restarted",
                "SIGKILL to budget-service after a third of the registrations, `stack.sh start` restarts it while "
                        + "the rush goes on; its consumer resumes from its committed offset",
                rush, "%d client requests got an error".formatted(rush.errors.get()), counts);
    }

    @Test
    @Order(5)
    void registrationServiceKilledMidRushWhileClientsRetry() throws Exception {
        Faults.Rush rush = new Faults.Rush();
        Map<String, Long> counts = killedMidRush(rush, "registration-service", Duration.ofMillis(20));
        assertThat(rush.errors.get()).as("clients felt the kill").isPositive();
        section("registration-service killed mid-rush while clients retry",
                "SIGKILL to registration-service during the rush; clients retry with their Idempotency-Key until "
                        + "`stack.sh start` has it back: each registration exists once",
                rush, "%d client requests got an error".formatted(rush.errors.get()), counts);
    }

    @Test
    @Order(6)
    void theOutboxRelayKilledBetweenPublishingAndMarkingSent() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        Faults.Rush rush = new Faults.Rush();
        // every attempt to mark a published row sent fails, as if the relay died right after the broker's ack
        Faults.execute("registration", """
                create or replace function e2e_relay_dies() returns trigger language plpgsql as $$
                begin
                    if new.sent_at is not null and old.sent_at is null then
                        raise exception 'e2e: the relay dies between publishing and marking sent';
                    end if;
                    return new;
                end $$""", """
                create trigger e2e_relay_dies before update on outbox_event
                for each row execute function e2e_relay_dies()""");
        long copies;
        List<UUID> ids;
        try {
            rush.send(PARTICIPANTS / 2, Duration.ZERO);
            ids = rush.acknowledgedIds();
            Set<String> keys = ids.stream().map(UUID::toString).collect(Collectors.toSet());
            // published at least twice each (every retry of the relay publishes them again), never marked sent
            await("events published again and again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Faults.recordsWithKeys("registration-events", keys) >= 2L * keys.size());
            signal("KILL", "registration-service");
            awaitGone("registration-service");
            copies = Faults.recordsWithKeys("registration-events", keys);
        } finally {
            Faults.execute("registration", "drop trigger if exists e2e_relay_dies on outbox_event",
                    "drop function if exists e2e_relay_dies()");
            startMissing("registration-service after its relay died");
        }
        Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore);
        counts.put("copies of their events on registration-events (duplicates allowed)", copies);
        assertThat(copies).isGreaterThan(ids.size());
        section("The outbox relay killed between publishing and marking sent",
                "a trigger makes every marking of a published outbox row fail, as if the relay died right after the "
                        + "broker acknowledged: the relay publishes the same events again at each retry; then SIGKILL "
                        + "to registration-service, the trigger dropped, `stack.sh start`",
                rush, "%d copies of the events of %d registrations reached Kafka before the kill; each applied once"
                        .formatted(copies, ids.size()), counts);
    }

    @Test
    @Order(7)
    void aPoisonMessageIsDeadLetteredAndTheStreamGoesOn() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        String poison = "poison-" + UUID.randomUUID();
        Properties config = Faults.kafkaConfig();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("registration-events", poison, "pas du JSON")).get();
        }
        Faults.Rush rush = new Faults.Rush();
        rush.send(PARTICIPANTS / 5 + 1, Duration.ZERO);
        List<UUID> ids = rush.acknowledgedIds();
        Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore, poison);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterKeys().contains(poison));
        counts.put("poison record on the dead-letter topic", 1L);
        section("A poison message",
                "an unreadable record (`pas du JSON`, no CloudEvents headers) on registration-events, then "
                        + "registrations", rush, "the poison record reached `registration-events-dlq`; the "
                        + "registrations after it were all applied", counts);
    }

    @Test
    @Order(8)
    void registrationEventsReplayedFromTheStartIntoBudgetChangeNothing() throws Exception {
        String congressId = new Faults.Rush().congressId;
        String budget = "select charges_cents, produits_cents, balance_cents, aggregate_version from budget "
                + "where congress_id = ?::uuid";
        String projection = "select status, count(*) as n, sum(fee_cents) as fees from registration_projection "
                + "where congress_id = ?::uuid group by status order by status";
        String before = row("budget", budget, congressId) + " | " + row("budget", projection, congressId);

        signal("TERM", "budget-service");
        awaitGone("budget-service");
        long replayed;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Faults.KAFKA))) {
            await("budget-service's group empty").atMost(Duration.ofSeconds(60)).until(() -> admin
                    .describeConsumerGroups(List.of("budget-service")).all().get().get("budget-service")
                    .groupState() == GroupState.EMPTY);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("budget-service")
                    .partitionsToOffsetAndMetadata().get();
            replayed = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            admin.alterConsumerGroupOffsets("budget-service", committed.keySet().stream()
                    .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)))).all().get();
            startMissing("budget-service after the offsets reset");
            await("budget-service caught up again").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> now = admin.listConsumerGroupOffsets("budget-service")
                                .partitionsToOffsetAndMetadata().get();
                        var end = admin.listOffsets(now.keySet().stream()
                                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
                        return now.entrySet().stream()
                                .allMatch(e -> e.getValue().offset() >= end.get(e.getKey()).offset());
                    });
        }
        String after = row("budget", budget, congressId) + " | " + row("budget", projection, congressId);
        assertThat(after).isEqualTo(before);
        section("registration-events replayed from offset 0 into budget-service",
                "budget-service stopped, its consumer group's offsets reset to 0 (Kafka Admin API), started again: "
                        + "it reads the whole topic once more", null,
                "%d records read again; the budget (charges, produits, balance, version) and the projection "
                        .formatted(replayed) + "by status are the same before and after: `" + after + "`",
                Map.of());
    }

    @Test
    @Order(9)
    void keycloakStoppedIssuedTokensKeepWorkingAndLoginsFailCleanly() throws Exception {
        Faults.Rush rush = new Faults.Rush();
        signal("TERM", "keycloak");
        awaitGone("keycloak");
        try {
            given().auth().oauth2(rush.organiser).queryParam("size", 1)
                    .get(Faults.REGISTRATION + "/congresses/{id}/manage/registrations", rush.congressId)
                    .then().statusCode(200);
            rush.send(3, Duration.ZERO);
            assertThat(rush.acknowledgedIds()).hasSize(3);
            int tokenAnswer;
            try {
                tokenAnswer = given().baseUri(LocalStack.KEYCLOAK).contentType("application/x-www-form-urlencoded")
                        .formParam("grant_type", "password").formParam("client_id", "assises-cli")
                        .formParam("username", "demo-organisateur").formParam("password", LocalStack.DEMO_PASSWORD)
                        .post("/realms/" + LocalStack.REALM + "/protocol/openid-connect/token").statusCode();
            } catch (Exception e) {
                // refused connection, rethrown unchecked by REST Assured
                tokenAnswer = -1;
            }
            assertThat(tokenAnswer).as("no token while Keycloak is down").isNotEqualTo(200);
            // the gateway still answers: a page that needs a login sends the browser to Keycloak's address
            int page = given().redirects().follow(false).get(LocalStack.GATEWAY + "/espace").statusCode();
            assertThat(page).isBetween(300, 399);
        } finally {
            startMissing("Keycloak");
        }
        assertThat(Browsing.token("demo-organisateur", LocalStack.DEMO_PASSWORD)).isNotBlank();
        section("Keycloak stopped",
                "SIGTERM to Keycloak; `stack.sh start` restarts it", null,
                "a token issued before keeps working with the services (a list and 3 registrations went through); "
                        + "a new login gets no token, and the gateway still answers (a page needing a login redirects "
                        + "to Keycloak's address) until Keycloak is back", Map.of());
    }

    @Test
    @Order(10)
    void twoInstancesOfRegistrationAndBudgetOneOfEachKilled() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        String second = "http://" + LocalStack.HOST + ":18092/api/registration";
        Process registration2 = Faults.startSecondInstance("registration-service", 18092);
        Process budget2 = Faults.startSecondInstance("budget-service", 18093);
        try {
            Faults.Rush rush = new Faults.Rush(List.of(Faults.REGISTRATION, second), true);
            rush.send(PARTICIPANTS / 3, Duration.ofMillis(50));
            // the stack's own instances die; their partners go on (budget's partitions move to the survivor)
            signal("KILL", "registration-service", "budget-service");
            rush.send(PARTICIPANTS / 3, Duration.ofMillis(50));
            startMissing("the killed instances");
            rush.send(PARTICIPANTS - 2 * (PARTICIPANTS / 3), Duration.ofMillis(50));
            List<UUID> ids = rush.acknowledgedIds();
            Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore);

            // no overbooking, whichever instance took the seat
            long overbooked = Faults.count("registration", """
                    select count(*) from seat_counter where congress_id = ?::uuid and capacity is not null
                    and taken > capacity""", rush.congressId);
            long workshopConfirmed = Faults.count("registration", """
                    select count(*) from registration_item i join registration r on r.id = i.registration_id
                    where i.session_id = ?::uuid and i.status = 'CONFIRMED' and r.status <> 'CANCELLED'""",
                    rush.workshop);
            long workshopCapacity = Faults.count("registration",
                    "select capacity from programme_session where id = ?::uuid", rush.workshop);
            assertThat(overbooked).isZero();
            assertThat(workshopConfirmed).isLessThanOrEqualTo(workshopCapacity);
            counts.put("counters over capacity", overbooked);
            // the second instance's relay published events too
            String metrics = given().get("http://" + LocalStack.HOST + ":18092/q/metrics").asString();
            long published = metrics.lines().filter(l -> l.startsWith("assises_outbox_published_total"))
                    .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            assertThat(published).as("events published by the second instance's relay").isPositive();
            counts.put("events published by the second registration instance", published);

            // both instances asked for reminders at once: nobody gets two
            String organiser = rush.organiser;
            String congress = rush.congressId;
            String reminderRows = """
                    select count(*) from mail_outbox m join registration r on r.id = m.registration_id
                    where r.congress_id = ?::uuid and m.kind = 'REMINDER'""";
            long remindersBefore = Faults.count("registration", reminderRows, congress);
            var first = CompletableFuture.supplyAsync(() -> given().auth().oauth2(organiser)
                    .post(Faults.REGISTRATION + "/congresses/{id}/manage/reminders", congress).then()
                    .statusCode(200).extract().<Integer>path("sent"));
            var other = CompletableFuture.supplyAsync(() -> given().auth().oauth2(organiser)
                    .post(second + "/congresses/{id}/manage/reminders", congress).then()
                    .statusCode(200).extract().<Integer>path("sent"));
            long sent = first.get() + other.get();
            long twice = Faults.count("registration", """
                    select count(*) from (select m.registration_id from mail_outbox m
                    join registration r on r.id = m.registration_id
                    where r.congress_id = ?::uuid and m.kind = 'REMINDER'
                    group by m.registration_id having count(*) > 1) twice""", congress);
            long reminders = Faults.count("registration", reminderRows, congress) - remindersBefore;
            assertThat(twice).as("people reminded twice").isZero();
            assertThat(reminders).isEqualTo(sent);
            counts.put("reminders asked by the two instances at once", sent);
            counts.put("people reminded twice", twice);
            section("Two instances of registration-service and budget-service, one of each killed",
                    "a second instance of each beside the stack's (same database, same consumer group); clients "
                            + "spread over the gateway (to the stack's instance) and the second instance, and move to "
                            + "the other at a failure, every "
                            + "registration also asking for the same workshop; SIGKILL to the stack's "
                            + "registration-service and budget-service mid-rush, `stack.sh start` restarts them; "
                            + "then both registration instances send the reminders at once",
                    rush, "%d client requests got an error; counters never over capacity (the workshop: %d of %d "
                            .formatted(rush.errors.get(), workshopConfirmed, workshopCapacity)
                            + "seats); the second relay published %d events; %d reminders, nobody twice"
                                    .formatted(published, sent),
                    counts);
        } finally {
            registration2.destroy();
            budget2.destroy();
            registration2.waitFor();
            budget2.waitFor();
            // the stack's own instances must be back for the other tests, whatever happened above
            startMissing("after the two-instance scenario");
        }
    }

    @Test
    @Order(11)
    void smtpServerDownMailsGoOutWhenItReturnsNoneTwice() throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        Duration down = Duration.ofSeconds(Integer.getInteger("assises.e2e.faults.smtp-down-seconds", 20));
        signal("KILL", "mail");
        awaitGone("mail");
        Faults.Rush rush;
        List<UUID> ids;
        Instant stopped = Instant.now();
        try {
            rush = new Faults.Rush();
            rush.send(PARTICIPANTS / 2, Duration.ZERO);
            ids = rush.acknowledgedIds();
            pause(down.minus(Duration.between(stopped, Instant.now())));
            assertThat(Faults.countOf("registration", """
                    select count(*) from mail_outbox where registration_id = any(?) and sent_at is null""", ids))
                    .as("mails waiting while the SMTP server is down (confirmation and invitation each)")
                    .isEqualTo(2L * ids.size());
        } finally {
            startMissing("the SMTP server");
        }
        // the relay backs off while the server is down: it comes back within its last pause
        Map<String, Long> counts = assertNothingLost(rush, ids, deadBefore);
        section("SMTP server down",
                "SIGKILL to the stack's SMTP server (GreenMail); registrations during %d s, their confirmation "
                        .formatted(down.toSeconds()) + "mails waiting in the mail outbox; `stack.sh start` brings "
                        + "the server back", rush,
                "every person got exactly their two mails (confirmation and invitation) once the server was back "
                        + "(GreenMail's count)",
                counts);
    }

    /** A third of the rush, SIGKILL to the component, a third, the component back, the rest; then the checks. */
    private static Map<String, Long> killedMidRush(Faults.Rush rush, String component, Duration pace)
            throws Exception {
        Set<String> deadBefore = deadLetterKeys();
        rush.send(PARTICIPANTS / 3, pace);
        signal("KILL", component);
        awaitGone(component);
        rush.send(PARTICIPANTS / 3, pace);
        startMissing(component + " after SIGKILL");
        rush.send(PARTICIPANTS - 2 * (PARTICIPANTS / 3), pace);
        return assertNothingLost(rush, rush.acknowledgedIds(), deadBefore);
    }

    private static void section(String title, String injected, Faults.Rush rush, String result,
            Map<String, Long> counts) {
        StringBuilder text = new StringBuilder("## ").append(title).append("\n\n")
                .append("- **Injected**: ").append(injected).append(".\n");
        if (rush != null) {
            text.append("- **Load**: ").append(rush.acknowledged.size()).append(" registrations added by the "
                    + "organiser through the gateway, 8 clients; a failed request is posted again every "
                    + "500 ms with the same `Idempotency-Key` until acknowledged.\n");
        }
        text.append("- **Result**: ").append(result).append(".\n");
        if (!counts.isEmpty()) {
            text.append("\n| invariant checked after quiescence | count |\n| --- | --- |\n");
            counts.forEach((what, count) -> text.append("| ").append(what).append(" | ").append(count)
                    .append(" |\n"));
        }
        SECTIONS.put(title, text.toString());
    }

    @AfterAll
    static void report() throws IOException {
        if (SECTIONS.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("""
                # Reliability: what the last run of the fault scenarios measured

                Written by `e2e`'s `FaultScenariosTest` on the whole local stack (`deploy/local/stack.sh start`:
                Debian's PostgreSQL, KRaft Kafka, Keycloak, GreenMail as the SMTP server, the five packaged
                services, the demo congress), %d registrations per scenario (`-Dassises.e2e.faults.participants`),
                added by the organiser through the gateway with a real Keycloak token. Do not edit by hand.

                "Nothing lost" is checked in the databases and on the topic after quiescence: every acknowledged
                registration committed once (no duplicate from the retries), no event left in the outbox, every
                registration in programme-service's attendance and in budget-service's and evaluation-service's
                projections, every confirmation mail sent from the mail outbox and received once by the SMTP
                server (told apart by Message-ID: a resend after a crash carries the same one), no valid record on
                `registration-events-dlq`.

                """.formatted(PARTICIPANTS));
        SECTIONS.values().forEach(section -> text.append(section).append('\n'));
        Files.writeString(REPORT, text.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
    }
}
