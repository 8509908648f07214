package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Invitations sent by the system to every checked-in person once, each with an opener of their own survey; the
 * room poster; and the caller's own link to one questionnaire. Organisers see counts, never who.
 */
@QuarkusTest
class OutreachTest {

    private static final String MAIL_REQUESTED = "fr.assises.evaluation.survey-mail-requested.v1";
    private final String organiser = TestTokens.organiser();

    @Test
    void everyCheckedInPersonIsInvitedOnceWithAnOpenerOfTheirOwnSurvey() throws IOException {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Respondent first = new Respondent(congress, "ELU");
        Respondent second = new Respondent(congress, "PROFESSIONNEL");

        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/invitations", id)
                .then().statusCode(200).body("checkedIn", is(2)).body("invited", is(0)).body("toInvite", is(2));
        String sent = given().auth().oauth2(organiser).when()
                .post("/api/evaluation/questionnaires/{id}/invitations", id)
                .then().statusCode(202).body("recipients", is(2)).extract().asString();
        assertThat(sent).doesNotContain(first.participantId, second.participantId);
        // a second click invites nobody twice
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/invitations", id)
                .then().statusCode(422).contentType("application/problem+json");

        Map<String, String> links = links(id, 1, "INVITATION");
        assertThat(links).containsOnlyKeys(first.participantId, second.participantId);
        assertThat(links.get(first.participantId)).startsWith("http://127.0.0.1:8080/enquete/lien/");

        // the opener mints a fresh link of its own person only: the answer given with it consumes their access
        String token = open(links.get(first.participantId)).then().statusCode(200)
                .header("Cache-Control", "no-store").body("answered", is(false)).body("token", notNullValue())
                .extract().path("token");
        first.answer(token, Respondent.minimal()).statusCode(200);
        given().auth().oauth2(first.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).body("answered", is(true));
        given().auth().oauth2(second.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).body("answered", is(false));
        // once answered, the opener gives no link and shows nothing answered
        String after = open(links.get(first.participantId)).then().statusCode(200).body("answered", is(true))
                .body("token", nullValue()).extract().asString();
        assertThat(after).doesNotContain("AGENT");
        open("http://x/enquete/lien/" + "A".repeat(43)).then().statusCode(404).contentType("application/problem+json");
        open("http://x/enquete/lien/forged").then().statusCode(404).contentType("application/problem+json");

        // someone checked in later gets the next invitation, alone
        Respondent late = new Respondent(congress, "ELU");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/invitations", id)
                .then().statusCode(200).body("checkedIn", is(3)).body("invited", is(2)).body("toInvite", is(1));
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/invitations", id)
                .then().statusCode(202).body("recipients", is(1));
        assertThat(links(id, 2, "INVITATION")).containsOnlyKeys(first.participantId, second.participantId,
                late.participantId);
    }

    @Test
    void invitationsAreForTheCommitteeAndAnOpenQuestionnaireOnly() {
        TestCongress congress = new TestCongress().create();
        new Respondent(congress, "ELU");
        String draft = Questionnaires.created(organiser, congress.id, Questionnaires.definition(),
                java.time.OffsetDateTime.now().minusDays(1), java.time.OffsetDateTime.now().plusDays(3));
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/invitations", draft)
                .then().statusCode(422).contentType("application/problem+json");
        for (String jwt : List.of(TestTokens.partner(), TestTokens.participant())) {
            given().auth().oauth2(jwt).when().get("/api/evaluation/questionnaires/{id}/invitations", draft)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(jwt).when().post("/api/evaluation/questionnaires/{id}/invitations", draft)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(jwt).when().get("/api/evaluation/questionnaires/{id}/poster.pdf", draft)
                    .then().statusCode(403);
        }
        given().when().post("/api/evaluation/questionnaires/{id}/invitations", draft).then().statusCode(401);
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/invitations",
                UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/invitations", draft)
                .then().statusCode(200).body("invited", is(0));
    }

    @Test
    void aParticipantGetsTheirOwnLinkToAQuestionnaireAndNobodyElses() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Respondent present = new Respondent(congress, "ELU");
        Respondent other = new Respondent(congress, "ELU");
        String token = given().auth().oauth2(present.jwt).when()
                .get("/api/evaluation/questionnaires/{id}/my-survey", id)
                .then().statusCode(200).header("Cache-Control", "no-store").body("questionnaireId", is(id))
                .body("link", notNullValue()).extract().path("token");
        present.answer(token, Respondent.minimal()).statusCode(200);
        given().auth().oauth2(present.jwt).when().get("/api/evaluation/questionnaires/{id}/my-survey", id)
                .then().statusCode(200).body("answered", is(true)).body("token", nullValue());
        given().auth().oauth2(other.jwt).when().get("/api/evaluation/questionnaires/{id}/my-survey", id)
                .then().statusCode(200).body("answered", is(false)).body("token", notNullValue());
        // not checked in: 403; an organiser is not a participant; a draft or unknown questionnaire: 404
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).when()
                .get("/api/evaluation/questionnaires/{id}/my-survey", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/my-survey", id)
                .then().statusCode(403);
        given().when().get("/api/evaluation/questionnaires/{id}/my-survey", id).then().statusCode(401);
        String draft = Questionnaires.created(organiser, congress.id, Questionnaires.definition(), null, null);
        given().auth().oauth2(present.jwt).when().get("/api/evaluation/questionnaires/{id}/my-survey", draft)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void thePosterLeadsToTheQuestionnairesOpeningPageInAnEmbeddedFont() throws IOException {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        byte[] pdf = given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/poster.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Donnez votre avis");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Donnez votre avis", "Enquête de satisfaction",
                    "http://127.0.0.1:8080/enquete/ouvrir/" + id, "Page 1 sur 1");
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/poster.pdf",
                UUID.randomUUID()).then().statusCode(404);
    }

    private static io.restassured.response.Response open(String link) {
        return given().when().post("/api/evaluation/survey-links/{code}", link.substring(link.lastIndexOf('/') + 1));
    }

    /** The links of each person in the mail requests of {@code kind} published for a questionnaire. */
    private static Map<String, String> links(String questionnaireId, int events, String kind) throws IOException {
        Map<String, String> links = new HashMap<>();
        for (var r : SurveyAnsweringTest.published(questionnaireId, events)) {
            if (!MAIL_REQUESTED.equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))) {
                continue;
            }
            JsonNode data = new ObjectMapper().readTree(r.value());
            if (kind.equals(data.path("kind").asText())) {
                data.path("recipients").forEach(p -> links.put(p.path("participantId").asText(),
                        p.path("link").asText()));
            }
        }
        return links;
    }
}
