package fr.assises.registration.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import fr.assises.registration.checkin.BadgeService;
import fr.assises.registration.organiser.OrganiserRegistrations;
import fr.assises.registration.organiser.SearchFilter;
import fr.assises.registration.support.StatementCounter;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A congress of 5,000 registrations (seeded with batched SQL, a tenth of them waiting for the congress or for a
 * workshop) exports and searches in the same number of SQL statements as one of 50. Timings are printed, never
 * asserted (compare runs on the same machine).
 */
@QuarkusTest
class ExportVolumeTest {

    static final String BASE = "/api/registration/congresses/{id}/manage/";

    @Inject
    DataSource dataSource;

    @Inject
    ExportService exports;

    @Inject
    OrganiserRegistrations organiser;

    @Inject
    BadgeService badges;

    @Test
    void exportsAndSearchCostTheSameNumberOfStatementsAt50And5000() throws Exception {
        TestCongress small = seeded(50);
        TestCongress large = seeded(5000);
        counts(small); // warm-up: the badge key and the sequences are read once per application, not per export
        Map<String, Integer> smallCounts = counts(small);
        Map<String, Integer> largeCounts = counts(large);
        System.out.printf("statements at 50: %s, at 5,000: %s%n", smallCounts, largeCounts);
        assertThat(largeCounts).isEqualTo(smallCounts);
        assertThat(largeCounts.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(12));

        Table all = exports.participantsCsv(large.id, SearchFilter.all());
        assertThat(all.rows()).hasSize(5000);
        // the waiting positions come from one window query: 1, 2, 3… in waiting-list order
        List<Object> positions = all.rows().stream().map(r -> r.get(10)).filter(p -> p != null).toList();
        assertThat(positions).hasSize(500);
        assertThat(positions.get(0)).isEqualTo(1L);
        assertThat(positions.get(499)).isEqualTo(500L);

        TestCongress medium = seeded(500);
        Map<String, Long> mediumTimes = times(medium);
        Map<String, Long> largeTimes = times(large);
        for (String file : largeTimes.keySet()) {
            System.out.printf("EXPORT %s: 500 → %d ms, 5,000 → %d ms (ratio %.1f)%n", file, mediumTimes.get(file),
                    largeTimes.get(file), largeTimes.get(file) / (double) Math.max(1, mediumTimes.get(file)));
        }
    }

    private Map<String, Integer> counts(TestCongress congress) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("participants.csv",
                StatementCounter.count(() -> exports.participantsCsv(congress.id, SearchFilter.all())).statements());
        counts.put("participants.csv?status=WAITLISTED&q=participant", StatementCounter.count(() -> exports
                .participantsCsv(congress.id, new SearchFilter("WAITLISTED", null, null, null, null, "participant")))
                .statements());
        counts.put("participants.xlsx",
                StatementCounter.count(() -> exports.workbook(congress.id, SearchFilter.all())).statements());
        counts.put("catering.csv", StatementCounter.count(() -> exports.cateringCsv(congress.id)).statements());
        counts.put("badges.pdf", StatementCounter.count(() -> badges.congress(congress.id, null)).statements());
        counts.put("search", StatementCounter.count(() -> organiser.search(congress.id,
                new SearchFilter(null, null, null, null, null, "lefevre"), 0, 50)).statements());
        return counts;
    }

    private static Map<String, Long> times(TestCongress congress) {
        Map<String, Long> times = new LinkedHashMap<>();
        for (String file : List.of("exports/participants.csv", "exports/participants.xlsx", "exports/catering.csv",
                "badges.pdf", "badges.pdf?layout=labels")) {
            long start = System.nanoTime();
            byte[] body = given().auth().oauth2(congress.organiser).get(BASE + file, congress.id).then()
                    .statusCode(200).extract().asByteArray();
            times.put(file, (System.nanoTime() - start) / 1_000_000);
            assertThat(body.length).isGreaterThan(100);
        }
        return times;
    }

    /** A congress of {@code size} registrations: 85 % confirmed, 10 % waiting, 5 % cancelled; a workshop and a meal each. */
    private TestCongress seeded(int size) throws SQLException {
        TestCongress congress = new TestCongress().total(size).create();
        Instant start = Instant.now().minusSeconds(size);
        try (Connection c = dataSource.getConnection();
                PreparedStatement r = c.prepareStatement("""
                        insert into registration (id, congress_id, participant_id, status, category, fee_cents, days,
                            language, first_name, last_name, email, organisation, source, waitlist_seq,
                            checkin_nonce, created_at, updated_at, version, dietary_needs)
                        values (?, ?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?, ?, 'SELF', ?, ?, ?, ?, 0, ?)""");
                PreparedStatement i = c.prepareStatement("""
                        insert into registration_item (id, registration_id, kind, series_id, session_id,
                            second_choice_id, assigned_rank, status, waitlist_seq) values (?, ?, ?, ?, ?, ?, 1, ?, ?)""")) {
            c.setAutoCommit(false);
            long seq = 0;
            for (int n = 0; n < size; n++) {
                UUID id = UUID.randomUUID();
                String status = n % 20 == 19 ? "CANCELLED" : n % 10 == 3 ? "WAITLISTED" : "CONFIRMED";
                boolean elu = n % 4 == 0;
                r.setObject(1, id);
                r.setObject(2, congress.id);
                r.setString(3, UUID.randomUUID().toString());
                r.setString(4, status);
                r.setString(5, elu ? "ELU" : "PROFESSIONNEL");
                r.setLong(6, elu ? 12000 : 18000);
                r.setString(7, TestCongress.DAY1 + "," + TestCongress.DAY2);
                r.setString(8, n % 7 == 0 ? "Hélène" : "Camille");
                r.setString(9, n % 7 == 0 ? "Lefèvre-" + n : "Participant-" + n);
                r.setString(10, "personne" + n + "@exemple.test");
                r.setString(11, "Commune de Fictiveville " + (n % 40));
                r.setObject(12, "WAITLISTED".equals(status) ? ++seq : null);
                r.setString(13, "nonce" + n);
                r.setTimestamp(14, Timestamp.from(start.plusMillis(n)));
                r.setTimestamp(15, Timestamp.from(start.plusMillis(n)));
                r.setString(16, n % 9 == 0 ? "végétarien" : null);
                r.addBatch();
                boolean confirmed = "CONFIRMED".equals(status);
                UUID workshop = congress.slot1Workshops.get(n % congress.slot1Workshops.size());
                i.setObject(1, UUID.randomUUID());
                i.setObject(2, id);
                i.setString(3, "WORKSHOP");
                i.setObject(4, congress.slot1);
                i.setObject(5, workshop);
                i.setObject(6, congress.slot1Workshops.get((n + 1) % congress.slot1Workshops.size()));
                boolean waitsForWorkshop = confirmed && n % 10 == 5;
                i.setString(7, confirmed ? (waitsForWorkshop ? "WAITLISTED" : "CONFIRMED") : "PENDING");
                i.setObject(8, waitsForWorkshop ? (long) n : null);
                i.addBatch();
                i.setObject(1, UUID.randomUUID());
                i.setObject(2, id);
                i.setString(3, "MEAL");
                i.setObject(4, null);
                i.setObject(5, congress.lunch1);
                i.setObject(6, null);
                i.setString(7, confirmed ? "CONFIRMED" : "PENDING");
                i.setObject(8, null);
                i.addBatch();
                if (n % 1000 == 999) {
                    r.executeBatch();
                    i.executeBatch();
                }
            }
            r.executeBatch();
            i.executeBatch();
            c.commit();
            c.setAutoCommit(true);
            // as autovacuum would after such a load: the planner then knows the tables' sizes
            try (var analyze = c.createStatement()) {
                analyze.execute("analyze registration, registration_item");
            }
        }
        return congress;
    }
}
