package fr.assises.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.projection.SessionProjectionRepository;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The programme and registration consumers: real Kafka records, versions applied once, older ones skipped. */
@QuarkusTest
class ProjectionConsumersTest {

    @Inject
    ProjectionService projections;

    @Inject
    SessionProjectionRepository sessions;

    @Test
    void programmeEventsBuildTheCongressAndItsReleasedSessions() {
        TestCongress congress = new TestCongress().create();
        assertThat(projections.congress(congress.id)).get().satisfies(c -> {
            assertThat(c.title).isEqualTo("Congrès d'essai");
            assertThat(c.startDate).isEqualTo(TestCongress.DAY1);
        });
        assertThat(projections.sessionsOf(congress.id)).extracting(s -> s.sessionId)
                .containsExactlyInAnyOrder(congress.plenary, congress.workshopA, congress.workshopB, congress.lunch,
                        congress.closing);
    }

    @Test
    void anOlderOrRepeatedSessionVersionIsSkippedAndANewerOneApplied() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> renamed = congress.session(congress.workshopA, "WORKSHOP", "Atelier renommé",
                TestCongress.DAY1, 14, 3);
        Map<String, Object> stale = congress.session(congress.workshopA, "WORKSHOP", "Titre périmé",
                TestCongress.DAY1, 14, 2);
        TestCongress.produce(List.of(
                TestCongress.programme("fr.assises.programme.session.changed.v1", congress.workshopA, renamed),
                TestCongress.programme("fr.assises.programme.session.changed.v1", congress.workshopA, stale),
                TestCongress.programme("fr.assises.programme.session.changed.v1", congress.workshopA, renamed)));
        UUID marker = UUID.randomUUID();
        TestCongress.produce(List.of(TestCongress.programme("fr.assises.programme.session.changed.v1",
                congress.workshopA, congress.session(marker, "WORKSHOP", "Témoin", TestCongress.DAY1, 15, 1))));
        // records of one key stay in order: once the later marker is applied, the three before it were handled
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> sessions.findByIdOptional(marker).isPresent()));
        assertThat(title(congress.workshopA)).isEqualTo("Atelier renommé");
    }

    @Test
    void aCancelledSessionIsNoLongerOffered() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> cancelled = congress.session(congress.workshopB, "WORKSHOP", "Atelier ingénierie",
                TestCongress.DAY1, 14, 2);
        cancelled.put("status", "CANCELLED");
        TestCongress.produce(List.of(
                TestCongress.programme("fr.assises.programme.session.changed.v1", congress.workshopB, cancelled)));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.sessionsOf(congress.id).size() == 4);
        assertThat(projections.sessionsOf(congress.id)).extracting(s -> s.sessionId)
                .doesNotContain(congress.workshopB);
    }

    @Test
    void checkedInRegistrationsMakeParticipantsEligibleWithTheSessionsTheyAttended() {
        TestCongress congress = new TestCongress().create();
        String participant = UUID.randomUUID().toString();
        congress.checkIn(participant, "Professionnel");
        var eligible = projections.eligible(congress.id, participant).orElseThrow();
        assertThat(eligible.category()).isEqualTo("PROFESSIONNEL");
        // plenary of their day, their confirmed workshop and lunch; not the closing of a day they did not attend
        assertThat(eligible.attendedSessionIds())
                .containsExactlyInAnyOrder(congress.plenary, congress.workshopA, congress.lunch);
        assertThat(projections.checkedInCount(congress.id)).isEqualTo(1);
        assertThat(projections.confirmedCount(congress.id)).isEqualTo(1);
    }

    @Test
    void aConfirmedButNotCheckedInRegistrationCountsAsConfirmedOnly() {
        TestCongress congress = new TestCongress().create();
        String participant = UUID.randomUUID().toString();
        UUID registrationId = UUID.randomUUID();
        TestCongress.produce(List.of(TestCongress.registration("fr.assises.registration.confirmed.v1",
                congress.registrationData(registrationId, participant, "ELU", "CONFIRMED",
                        List.of(TestCongress.DAY1), null, null, 1))));
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.confirmedCount(congress.id) == 1);
        assertThat(projections.eligible(congress.id, participant)).isEmpty();
        assertThat(projections.checkedInCount(congress.id)).isZero();
    }

    @Test
    void aCancellationAfterCheckInRemovesEligibilityAndAnOlderEventDoesNotRestoreIt() {
        TestCongress congress = new TestCongress().create();
        String participant = UUID.randomUUID().toString();
        UUID registrationId = UUID.randomUUID();
        TestCongress.produce(List.of(
                TestCongress.registration("fr.assises.registration.checked-in.v1", congress.registrationData(
                        registrationId, participant, "ELU", "CONFIRMED", List.of(TestCongress.DAY1), null,
                        OffsetDateTime.now(), 2)),
                TestCongress.registration("fr.assises.registration.cancelled.v1", congress.registrationData(
                        registrationId, participant, "ELU", "CANCELLED", List.of(TestCongress.DAY1), null,
                        OffsetDateTime.now(), 3)),
                TestCongress.registration("fr.assises.registration.checked-in.v1", congress.registrationData(
                        registrationId, participant, "ELU", "CONFIRMED", List.of(TestCongress.DAY1), null,
                        OffsetDateTime.now(), 2))));
        String witness = UUID.randomUUID().toString();
        TestCongress.produce(List.of(TestCongress.registration("fr.assises.registration.checked-in.v1",
                congress.registrationData(registrationId, witness, "ELU", "CONFIRMED", List.of(TestCongress.DAY1),
                        null, OffsetDateTime.now(), 4))));
        congress.awaitCheckedIn(witness);
        assertThat(projections.eligible(congress.id, participant)).isEmpty();
    }

    private String title(UUID sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> sessions.findByIdOptional(sessionId)
                .map((SessionProjection s) -> s.title).orElse(""));
    }
}
