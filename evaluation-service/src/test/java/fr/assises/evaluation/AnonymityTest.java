package fr.assises.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import fr.assises.evaluation.survey.SurveyKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Nothing in the schema or the data links a stored response to the person who gave it. */
@QuarkusTest
@SuppressWarnings("unchecked")
class AnonymityTest {

    @Inject
    EntityManager em;

    @Inject
    SurveyKeys keys;

    @Test
    void theResponseTableHasNoPersonNoTokenNoTimeAndNoReferenceToAccessRows() {
        List<Object> columns = QuarkusTransaction.requiringNew()
                .call(() -> (List<Object>) em.createNativeQuery("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'survey_response' order by column_name""")
                .getResultList());
        // the channel (ONLINE or PAPER) names nobody; a paper response does not even name the organiser who typed it
        assertThat(columns).containsExactlyInAnyOrder("answers", "category", "channel", "edit_key", "id",
                "questionnaire_id");
        List<Object> references = QuarkusTransaction.requiringNew()
                .call(() -> (List<Object>) em.createNativeQuery("""
                select ccu.table_name from information_schema.table_constraints tc
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                where tc.table_name = 'survey_response' and tc.constraint_type = 'FOREIGN KEY'""").getResultList());
        assertThat(references).containsOnly("questionnaire");
        List<Object> personColumns = QuarkusTransaction.requiringNew()
                .call(() -> (List<Object>) em.createNativeQuery("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and column_name like '%participant%'""").getResultList());
        // who may answer and who registered; neither table has anything of a response
        assertThat(personColumns).containsExactlyInAnyOrder("survey_access.participant_id",
                "registration_projection.participant_id");
        List<Object> accessColumns = QuarkusTransaction.requiringNew()
                .call(() -> (List<Object>) em.createNativeQuery("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('survey_access', 'survey_access_token')""")
                .getResultList());
        assertThat(accessColumns).noneMatch(c -> c.toString().contains("response") || c.toString().contains("edit"));
    }

    @Test
    void theStoredDataOfAResponseHoldsNothingOfItsAuthorOrTheirLink() {
        TestCongress congress = new TestCongress().create();
        String questionnaireId = Questionnaires.published(TestTokens.organiser(), congress.id);
        Respondent r = new Respondent(congress, "ELU");
        String token = r.token();
        r.answer(token, r.full()).statusCode(200);

        UUID q = UUID.fromString(questionnaireId);
        String response = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select row_to_json(r)::text from survey_response r where questionnaire_id = ?1")
                .setParameter(1, q).getSingleResult());
        String access = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select row_to_json(a)::text from survey_access a where questionnaire_id = ?1")
                .setParameter(1, q).getSingleResult());
        UUID accessId = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from survey_access where questionnaire_id = ?1").setParameter(1, q).getSingleResult());
        List<Object> tokenRows = QuarkusTransaction.requiringNew()
                .call(() -> (List<Object>) em.createNativeQuery(
                "select row_to_json(t)::text from survey_access_token t where access_id = ?1")
                .setParameter(1, accessId).getResultList());

        assertThat(response).doesNotContain(r.participantId).doesNotContain(token)
                .doesNotContain(keys.accessHash(token)).doesNotContain(accessId.toString());
        assertThat(response).contains("\"category\":\"ELU\"");
        String responseId = response.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String editKey = keys.editKey(q, token);
        assertThat(access).doesNotContain(responseId).doesNotContain(editKey).doesNotContain(token);
        assertThat(tokenRows).hasSize(1).allSatisfy(row -> assertThat(row.toString())
                .doesNotContain(responseId).doesNotContain(editKey).doesNotContain(token));
        // the only way from a token to its response is the token itself
        assertThat(editKey).isNotEqualTo(keys.accessHash(token));
    }
}
