package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import fr.assises.evaluation.survey.SurveyKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Nothing in the schema, the data or the published results links a stored response to the person who gave it:
 * not a column, not the transaction that wrote it, not a difference between two snapshots of the results.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class AnonymityTest {

    private static final int K = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    SurveyKeys keys;

    private final String organiser = TestTokens.organiser();

    @Test
    void theResponseTableHasNoPersonNoTokenNoTimeAndNoReferenceToAccessRows() {
        List<Object> columns = sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'survey_response' order by column_name""");
        // no category either: joined with the registrations, a rare one named its author
        assertThat(columns).containsExactlyInAnyOrder("answers", "channel", "edit_key", "id", "published_answers",
                "questionnaire_id");
        List<Object> references = sql("""
                select ccu.table_name from information_schema.table_constraints tc
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                where tc.table_name = 'survey_response' and tc.constraint_type = 'FOREIGN KEY'""");
        assertThat(references).containsOnly("questionnaire");
        List<Object> personColumns = sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and column_name like '%participant%'""");
        assertThat(personColumns).containsExactlyInAnyOrder("survey_access.participant_id",
                "registration_projection.participant_id");
        // no time on either side, not even when a link was minted (it came just before the answer)
        List<Object> times = sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema()
                and table_name in ('survey_response', 'survey_access', 'survey_access_token', 'survey_publication')
                and (data_type like 'timestamp%' or data_type like 'time%' or data_type = 'date')""");
        assertThat(times).isEmpty();
        List<Object> accessColumns = sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('survey_access', 'survey_access_token')""");
        assertThat(accessColumns).noneMatch(c -> c.toString().contains("response") || c.toString().contains("edit"));
    }

    @Test
    void aDatabaseJoinBetweenResponsesAndAccessesFindsNothing() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        UUID q = UUID.fromString(id);
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            people.add(new Respondent(congress, i < 6 ? "PROFESSIONNEL" : "ELU"));
        }
        List<String> tokens = new ArrayList<>();
        for (Respondent r : people) {
            String token = r.token();
            tokens.add(token);
            r.answer(token, r.full()).statusCode(200);
        }
        // five published, two still waiting: both kinds of rows are examined

        // 1. no value in common between a response row and an access or link row
        Set<String> responseValues = values(sql("select row_to_json(r)::text from survey_response r "
                + "where questionnaire_id = ?1", q));
        Set<String> accessValues = values(sql("select row_to_json(a)::text from survey_access a "
                + "where questionnaire_id = ?1", q));
        accessValues.addAll(values(sql("select row_to_json(t)::text from survey_access_token t "
                + "join survey_access a on a.id = t.access_id where a.questionnaire_id = ?1", q)));
        assertThat(responseValues).doesNotContainAnyElementsOf(accessValues);
        for (int i = 0; i < people.size(); i++) {
            String token = tokens.get(i);
            assertThat(String.join("|", responseValues)).doesNotContain(people.get(i).participantId)
                    .doesNotContain(token).doesNotContain(keys.accessHash(token));
            assertThat(String.join("|", accessValues)).doesNotContain(keys.editKey(q, token));
        }

        // 2. not the transaction that wrote them: no response shares its xmin with an access or a link
        assertThat(count("""
                select count(*) from survey_response r join survey_access a on a.xmin = r.xmin
                where r.questionnaire_id = ?1 and a.questionnaire_id = ?1""", q)).isZero();
        assertThat(count("""
                select count(*) from survey_response r join survey_access_token t on t.xmin = r.xmin
                where r.questionnaire_id = ?1""", q)).isZero();
        // 3. nor their order: every answered access was last written by one and the same transaction, and every
        //    published response by another, so sorting either side by transaction says nothing
        assertThat(count("select count(distinct xmin::text) from survey_access where questionnaire_id = ?1 "
                + "and answered", q)).isEqualTo(1);
        assertThat(count("select count(distinct xmin::text) from survey_response where questionnaire_id = ?1 "
                + "and published_answers is not null", q)).isEqualTo(1);
        assertThat(count("select count(*) from survey_response where questionnaire_id = ?1", q)).isEqualTo(7);
        assertThat(count("select count(*) from survey_access where questionnaire_id = ?1 and answered", q))
                .isEqualTo(7);
    }

    /**
     * The attack: an organiser snapshots results and exports before and after each of 20 submissions, knowing
     * who submitted in between. Whatever appears between two snapshots is a batch of at least 5 responses, so no
     * answer can be pinned on fewer than 5 people; rows carry nothing registrations could match.
     */
    @Test
    void twentySubmissionsWatchedOneByOneCannotBeAttributedToAPerson() throws Exception {
        TestCongress congress = new TestCongress().create();
        String id = withContextualQuestion(congress);
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(new Respondent(congress, i == 7 ? "PARTENAIRE" : i % 4 == 0 ? "ELU" : "PROFESSIONNEL"));
        }
        Snapshot before = snapshot(id);
        List<String> seenOrder = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Respondent r = people.get(i);
            Map<String, Object> answers = r.full();
            answers.put("comment", marker(i));
            answers.put("ctx-statutory-category", i % 3 == 0 ? "A" : "C");
            r.answer(r.token(), answers).statusCode(200);
            Snapshot after = snapshot(id);

            Set<String> appeared = new HashSet<>(after.markers());
            appeared.removeAll(before.markers());
            assertThat(appeared).as("answers that appeared after submission %d", i + 1)
                    .satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).hasSizeGreaterThanOrEqualTo(K));
            int published = after.responses() - before.responses();
            assertThat(published).as("responses published after submission %d", i + 1)
                    .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(K));
            if (published == 0) {
                assertThat(after.withoutPendingCount()).isEqualTo(before.withoutPendingCount());
                assertThat(after.csv()).isEqualTo(before.csv());
                assertThat(after.partnerPdf()).isEqualTo(before.partnerPdf());
            }
            // partners never see what anyone wrote, and the lone PARTENAIRE is never a visible group
            assertThat(after.partner()).doesNotContain("Remarque confidentielle").doesNotContain("Les ateliers courts");
            assertThat(after.partnerPdf()).doesNotContain("Remarque confidentielle");
            JsonNode partner = JSON.readTree(after.partner());
            for (JsonNode c : partner.path("byCategory")) {
                int n = c.path("responses").asInt(0);
                assertThat(n == 0 || n >= K).as("category %s", c.path("category")).isTrue();
            }
            seenOrder = after.csvMarkers();
            before = after;
        }
        assertThat(before.responses()).isEqualTo(20);
        // a row has no category and no contextual answer: nothing to match with registrations
        String header = before.csv().lines().findFirst().orElseThrow();
        assertThat(header).doesNotContain("Catégorie").doesNotContain("catégorie statutaire")
                .doesNotContain("Question sessions");
        assertThat(before.csv()).doesNotContain("PARTENAIRE").doesNotContain("Catégorie C");
        // rows come in random-id order, not in the order people answered
        assertThat(seenOrder).hasSize(20).isNotEqualTo(IntStream.range(0, 20).mapToObj(AnonymityTest::marker)
                .toList());
        // the contextual question is given as counts, small cells hidden with their complement
        JsonNode results = JSON.readTree(before.organiser());
        JsonNode ctx = null;
        for (JsonNode question : results.path("questions")) {
            if ("ctx-statutory-category".equals(question.path("id").asText())) {
                ctx = question;
            }
        }
        assertThat(ctx).isNotNull();
        for (JsonNode cell : ctx.path("distribution")) {
            int n = cell.path("count").asInt(0);
            assertThat(n == 0 || n >= K).as("cell %s", cell.path("value")).isTrue();
        }
    }

    private String withContextualQuestion(TestCongress congress) {
        String id = Questionnaires.created(organiser, congress.id, Questionnaires.definition(),
                OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(30));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("key", "statutory-category"))
                .when().post("/api/evaluation/questionnaires/{id}/sections/profil/contextual-questions", id)
                .then().statusCode(200);
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/publish", id)
                .then().statusCode(200);
        return id;
    }

    private static String marker(int i) {
        return "Remarque confidentielle n° " + (i + 1) + " fin";
    }

    private Snapshot snapshot(String id) throws IOException {
        String organiserResults = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/results", id).then().statusCode(200).extract().asString();
        String partnerResults = given().auth().oauth2(TestTokens.partner()).when()
                .get("/api/evaluation/questionnaires/{id}/results", id).then().statusCode(200).extract().asString();
        String csv = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/responses.csv", id).then().extract().asString();
        byte[] pdf = given().auth().oauth2(TestTokens.partner()).when()
                .get("/api/evaluation/questionnaires/{id}/report.pdf", id).then().statusCode(200).extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new Snapshot(organiserResults, partnerResults, csv, new PDFTextStripper().getText(document));
        }
    }

    private record Snapshot(String organiser, String partner, String csv, String partnerPdf) {

        Set<String> markers() {
            Set<String> found = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                if ((organiser + csv).contains(marker(i))) {
                    found.add(marker(i));
                }
            }
            return found;
        }

        List<String> csvMarkers() {
            List<String> order = new ArrayList<>();
            csv.lines().forEach(line -> {
                for (int i = 0; i < 20; i++) {
                    if (line.contains(marker(i))) {
                        order.add(marker(i));
                    }
                }
            });
            return order;
        }

        int responses() {
            try {
                return JSON.readTree(organiser).path("responses").asInt();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The results without the number of responses awaiting publication (which says only "someone"). */
        String withoutPendingCount() {
            return organiser.replaceAll("\"awaitingPublication\":\\d+", "");
        }
    }

    private static Set<String> values(List<Object> rows) {
        Set<String> values = new HashSet<>();
        for (Object row : rows) {
            try {
                Iterator<Map.Entry<String, JsonNode>> fields = JSON.readTree(row.toString()).fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (!f.getKey().equals("questionnaire_id") && !f.getValue().isNull()
                            && !f.getValue().isBoolean()) {
                        values.add(f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private List<Object> sql(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query q = em.createNativeQuery(query);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return (List<Object>) q.getResultList();
        });
    }

    private long count(String query, Object... params) {
        return ((Number) sql(query, params).get(0)).longValue();
    }
}
