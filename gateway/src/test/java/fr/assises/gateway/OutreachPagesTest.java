package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Survey outreach: « Envoyer les invitations » on the questionnaire page, confirmed with the number of people who
 * will get it, counts only; the room poster downloaded; the poster's code and the mails' openers leading a
 * participant to their own survey page, or to a page that says in words why not.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class OutreachPagesTest {

    private static Response post(String path) {
        return given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(Map.of()).when().post(path);
    }

    private static String page(String path) {
        return given().auth().oauth2(TestTokens.organiser()).when().get(path).then().statusCode(200).extract().asString();
    }

    /** A published questionnaire, open since 1 November 2026. */
    private static String openQuestionnaire() {
        String builder = QuestionnaireBuilderTest.draft("Enquête diffusée " + System.nanoTime());
        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("title", "Votre avis"))
                .when().post(builder + "/sections").then().statusCode(303);
        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("section", "s1", "type", "SHORT_TEXT", "label", "Un mot pour finir ?"))
                .when().post(builder + "/questions").then().statusCode(303);
        return builder;
    }

    @Test
    void invitationsAreConfirmedWithTheirNumberSentOnceAndShownAsCountsOnly() {
        String builder = openQuestionnaire();
        String id = builder.substring(builder.lastIndexOf('/') + 1);
        // a draft: nothing to send yet
        assertThat(page(builder)).doesNotContain(">Envoyer les invitations</a>", "poster.pdf");
        post(builder + "/publish").then().statusCode(303);
        assertThat(page(builder)).contains("href=\"" + builder + "/invitations\">Envoyer les invitations</a>",
                "href=\"/api/evaluation/questionnaires/" + id + "/poster.pdf\"");

        String confirm = page(builder + "/invitations");
        assertThat(confirm).contains("<dd id=\"presents\">212</dd>", "<dd id=\"a-inviter\">212</dd>",
                "L’invitation partira à 212 personnes présentes qui ne l’ont pas encore reçue",
                "Confirmer l’envoi à 212 personnes", "action=\"" + builder + "/invitations\"",
                "vous ne voyez que des nombres, jamais qui a répondu");
        String location = post(builder + "/invitations").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith(builder + "/invitations?envoyees=212");
        assertThat(page(builder + "/invitations?envoyees=212"))
                .contains("Invitations envoyées à 212 personnes présentes.", "<dd id=\"invites\">212</dd>",
                        "Toutes les personnes présentes ont reçu l’invitation.")
                .doesNotContain("Confirmer l’envoi", "participantId");
        // sent again (a second click, a reload): nobody gets it twice, the service's refusal is shown
        post(builder + "/invitations").then().statusCode(422)
                .body(containsString("L’invitation n’a pas été envoyée"))
                .body(containsString("Toutes les personnes présentes ont déjà reçu l"));
        given().auth().oauth2(TestTokens.organiser()).queryParam("lang", "en").when().get(builder + "/invitations")
                .then().statusCode(200).body(containsString("Everyone present has received the invitation."));

        // the poster, through the API proxy with the organiser's token
        byte[] pdf = given().auth().oauth2(TestTokens.organiser()).when()
                .get("/api/evaluation/questionnaires/{id}/poster.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(pdf).isEqualTo(StandInOutreach.POSTER);
    }

    @Test
    void aQuestionnaireNotOpenYetSendsNoInvitationAndOnlyTheCommitteeMaySend() {
        String builder = openQuestionnaire();
        assertThat(page(builder + "/invitations")).contains("Les invitations partent quand le questionnaire est ouvert.")
                .doesNotContain("Confirmer l’envoi");
        post(builder + "/invitations").then().statusCode(422)
                .body(containsString("pas ouvert : les invitations partent à son ouverture"));
        for (String jwt : new String[] { TestTokens.partner(), TestTokens.participant() }) {
            given().auth().oauth2(jwt).when().get(builder + "/invitations").then().statusCode(403);
            given().auth().oauth2(jwt).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of()).when().post(builder + "/invitations").then().statusCode(403);
            given().auth().oauth2(jwt).when()
                    .get("/api/evaluation/questionnaires/{id}/poster.pdf", builder.substring(builder.lastIndexOf('/') + 1))
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.organiser()).when()
                .get(QuestionnaireBuilderTest.BASE + "/" + UUID.randomUUID() + "/invitations").then().statusCode(404);
    }

    @Test
    void thePostersCodeLeadsEachParticipantToTheirOwnSurveyAfterLoggingIn() {
        String builder = openQuestionnaire();
        post(builder + "/publish").then().statusCode(303);
        String id = builder.substring(builder.lastIndexOf('/') + 1);
        String open = "/enquete/ouvrir/" + id;
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).redirects().follow(false)
                .when().get(open).then().statusCode(303)
                .header("Location", containsString("/enquete/" + StandInServices.SURVEY_TOKEN))
                .header("Cache-Control", "no-store");
        // the caller's own token was relayed: the service answered for them, not for anyone named in the address
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("path"))
                .isEqualTo("/api/evaluation/questionnaires/" + id + "/my-survey"));
        given().auth().oauth2(TestTokens.participant("answered-" + UUID.randomUUID())).when().get(open)
                .then().statusCode(200).body(containsString("Vous avez déjà répondu à ce questionnaire"));
        given().auth().oauth2(TestTokens.participant("absent-" + UUID.randomUUID())).when().get(open)
                .then().statusCode(403)
                .body(containsString("réservé aux participants enregistrés comme présents au congrès"))
                .body(containsString("connectez-vous avec le compte de votre inscription"));
        given().auth().oauth2(TestTokens.participant()).when().get("/enquete/ouvrir/" + UUID.randomUUID())
                .then().statusCode(404).body(containsString("Ce lien de questionnaire est inconnu"));
        // without a session a browser is sent to log in first
        given().redirects().follow(false).accept("text/html").when().get(open).then().statusCode(not(200));
    }

    @Test
    void aMailedOpenerLeadsToItsPersonsSurveyWithoutLoggingIn() {
        given().redirects().follow(false).when().get("/enquete/lien/" + StandInOutreach.OPENER)
                .then().statusCode(303).header("Location", containsString("/enquete/" + StandInServices.SURVEY_TOKEN));
        given().when().get("/enquete/lien/" + StandInOutreach.OPENER_ANSWERED).then().statusCode(200)
                .body(containsString("Vous avez déjà répondu à ce questionnaire"));
        given().when().get("/enquete/lien/inconnu-0123456789").then().statusCode(404)
                .body(containsString("Ce lien de questionnaire est inconnu ou n’est plus valable."));
        given().queryParam("lang", "en").when().get("/enquete/lien/inconnu-0123456789").then().statusCode(404)
                .body(containsString("This questionnaire link is unknown or no longer valid."));
    }
}
