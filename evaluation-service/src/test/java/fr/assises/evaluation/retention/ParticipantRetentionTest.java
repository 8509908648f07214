package fr.assises.evaluation.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * After a congress's surveys are closed and the retention period (3 months by default) has passed, the
 * participants' pseudonymous ids, check-in times and links are purged; the counts and responses stay.
 */
@QuarkusTest
class ParticipantRetentionTest {

    private final String organiser = TestTokens.organiser();

    @Inject
    ParticipantRetention retention;

    @Inject
    EntityManager em;

    @Test
    void idsArePurgedAfterTheClosingPlusThePeriodAndEveryCountStays() {
        TestCongress congress = new TestCongress().create();
        // the congress of June 2020 (the other tests' congresses end in 2027: not due at the dates used here)
        Map<String, Object> past = congress.congressData(2);
        past.put("startDate", "2020-06-24");
        past.put("endDate", "2020-06-25");
        TestCongress.produce(List.of(TestCongress.programme("fr.assises.programme.congress.changed.v1", congress.id,
                past)));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestCongress.projections().congress(congress.id)
                .map(c -> LocalDate.of(2020, 6, 25).equals(c.endDate)).orElse(false));
        String questionnaire = Questionnaires.published(organiser, congress.id);
        Respondent first = new Respondent(congress, "ELU");
        Respondent second = new Respondent(congress, "PROFESSIONNEL");
        Respondent silent = new Respondent(congress, "ELU");
        String firstLink = first.token();
        first.answer(firstLink, Respondent.minimal()).statusCode(200);
        second.answer(second.token(), Respondent.minimal()).statusCode(200);
        silent.token();
        Questionnaires.close(organiser, questionnaire);
        String results = results(questionnaire);
        String reminders = reminders(questionnaire);
        List<String> ids = List.of(first.participantId, second.participantId, silent.participantId);
        assertThat(stored(ids)).isEqualTo(6);

        // a month after the closing the ids are still kept
        Instant now = Instant.now();
        assertThat(retention.due(now.plus(30, ChronoUnit.DAYS))).doesNotContain(congress.id);
        retention.purgeDue(now.plus(30, ChronoUnit.DAYS));
        assertThat(stored(ids)).isEqualTo(6);

        // three months after: purged, while results and reminders' counts read exactly the same
        Instant later = now.plus(100, ChronoUnit.DAYS);
        assertThat(retention.due(later)).contains(congress.id);
        assertThat(retention.purgeDue(later)).isGreaterThanOrEqualTo(3);
        assertThat(stored(ids)).isZero();
        assertThat(results(questionnaire)).isEqualTo(results);
        assertThat(reminders(questionnaire)).isEqualTo(reminders);
        assertThat(count("""
                select count(*) from survey_access_token t join survey_access a on a.id = t.access_id
                where a.questionnaire_id = ?1""", questionnaire)).isZero();
        assertThat(count("""
                select count(*) from registration_projection where congress_id = ?1 and (language is not null
                or checked_in_at <> date_trunc('day', checked_in_at, 'Europe/Paris'))""", congress.id)).isZero();
        // the responses themselves are untouched; the links and the survey no longer know anyone
        assertThat(count("select count(*) from survey_response where questionnaire_id = ?1", questionnaire))
                .isEqualTo(2);
        given().when().get("/api/evaluation/survey/{token}", firstLink).then().statusCode(404);
        given().auth().oauth2(silent.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(403);

        // a second run has nothing left to do
        assertThat(retention.due(later)).doesNotContain(congress.id);
        assertThat(retention.purge(congress.id)).isZero();
        assertThat(results(questionnaire)).isEqualTo(results);
    }

    private String results(String questionnaire) {
        return given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/results", questionnaire)
                .then().statusCode(200).extract().asString();
    }

    private String reminders(String questionnaire) {
        return given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/reminders", questionnaire)
                .then().statusCode(200).extract().asString();
    }

    /** Rows of the projection and of the accesses that still carry one of these participant ids. */
    private long stored(List<String> ids) {
        return count("select count(*) from registration_projection where participant_id in (?1)", ids)
                + count("select count(*) from survey_access where participant_id in (?1)", ids);
    }

    private long count(String sql, Object parameter) {
        Object value = parameter instanceof String s && s.length() == 36 ? java.util.UUID.fromString(s) : parameter;
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, value).getSingleResult()).longValue());
    }
}
