package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Mailings from the web against StandInMailings: recipients chosen with the list's filters, both languages
 * previewed with a recipient's values, sent after the preview, the history saying what went to whom; the reminder
 * confirmed with its count.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class MailingPagesTest {

    static final String PAGE = "/organisation/" + StandInServices.SLUG + "/messages";

    static RequestSpecification toElectedOfficials(String organiser) {
        return given().auth().oauth2(organiser).formParam("category", "ELU")
                .formParam("subject", "{congrès} : accueil des élus")
                .formParam("text", "Bonjour {prénom} {nom},\nrendez-vous à 8 h 30 au pavillon.")
                .formParam("subjectEn", "Welcome desk for elected officials")
                .formParam("textEn", "Hello {prénom} {nom},\nmeet us at 8:30 at the pavilion.");
    }

    @Test
    void aMessageIsPreviewedInBothLanguagesThenSentAndTheHistorySaysToWhom() {
        String organiser = TestTokens.token("organiser-claire", "organiser");
        given().auth().oauth2(organiser).get(PAGE).then().statusCode(200)
                .body(containsString("Écrire aux inscrits"))
                .body(containsString("<option value=\"ELU\">Élu</option>"))
                .body(containsString("Atelier : coopérer entre intercommunalités"))
                .body(containsString("Comment venez-vous au congrès ?"))
                .body(containsString("«\u00a0{prénom}\u00a0», «\u00a0{nom}\u00a0» et «\u00a0{congrès}\u00a0»"));

        String preview = toElectedOfficials(organiser).post(PAGE + "/apercu").then().statusCode(200)
                .extract().asString();
        assertThat(preview).contains("Aperçu\u00a0: rien n’est encore envoyé", "2 personnes recevront ce message.",
                "1 d’entre elles le recevra en anglais.", "Tel que Maëlle Abgrall le recevra",
                "3e Congrès national des développeurs territoriaux : accueil des élus",
                "Bonjour Maëlle Abgrall,\nrendez-vous à 8 h 30 au pavillon.",
                "Hello Maëlle Abgrall,\nmeet us at 8:30 at the pavilion.", "Envoyer à 2 personnes",
                "Modifier le message", "name=\"category\" value=\"ELU\"");
        given().auth().oauth2(organiser).get(PAGE).then()
                .body(not(containsString("{congrès} : accueil des élus")));

        String location = toElectedOfficials(organiser).redirects().follow(false).post(PAGE + "/envoi").then()
                .statusCode(303).extract().header("Location");
        assertThat(location).endsWith(PAGE + "?envoye=2");
        String page = given().auth().oauth2(organiser).get(PAGE + "?envoye=2").then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("Message envoyé à 2 personnes.", "{congrès} : accueil des élus", "Élu",
                "2 personnes", "organiser-claire");
        // the newest first: this message
        String mailing = page.replaceAll("(?s)^.*?href=\"" + PAGE + "/([0-9a-f-]{36})\".*$", "$1");
        given().auth().oauth2(organiser).get(PAGE + "/" + mailing).then().statusCode(200)
                .body(containsString("Maëlle Abgrall")).body(containsString("y.bodenes@exemple.test"))
                .body(not(containsString("Nolwenn")))
                .body(containsString("par organiser-claire, filtre\u00a0: Élu"));
        given().auth().oauth2(organiser).get(PAGE + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aFilterOnAnAnswerOrAWorkshopChoosesTheRecipientsAndABlankSubjectIsShownNextToItsField() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).formParam("answer", StandInSettings.QUESTION_TRANSPORT + "|C1")
                .formParam("subject", "Covoiturage").formParam("text", "Bonjour {prénom}")
                .post(PAGE + "/apercu").then().statusCode(200)
                .body(containsString("2 personnes recevront ce message."))
                .body(containsString("Aucune ne lit l’anglais."))
                .body(containsString("Bonjour Maëlle"));
        given().auth().oauth2(organiser).formParam("sessionId", "5e551000-0000-4000-8000-000000000003")
                .formParam("subject", "Salle changée").formParam("text", "Bonjour {prénom}")
                .post(PAGE + "/apercu").then().statusCode(200)
                .body(containsString("1 personne recevra ce message."))
                .body(containsString("Tel que Yann Bodénès le recevra"));
        given().auth().oauth2(organiser).formParam("status", "CANCELLED").formParam("subject", "Personne")
                .formParam("text", "Personne").post(PAGE + "/apercu").then().statusCode(200)
                .body(containsString("Aucune personne ne correspond à ces filtres"))
                .body(not(containsString("Envoyer à")));

        String refused = given().auth().oauth2(organiser).formParam("category", "ELU").formParam("subject", " ")
                .formParam("text", "Rendez-vous à 8 h 30.").post(PAGE + "/apercu").then().statusCode(422)
                .extract().asString();
        assertThat(refused).contains("Le message n’est pas envoyé", "id=\"e-subject\"", "<a href=\"#f-subject\">", "ne doit pas être vide",
                "Rendez-vous à 8 h 30.", "<option value=\"ELU\" selected>");
        given().auth().oauth2(organiser).formParam("subject", "x").formParam("text", " ").post(PAGE + "/envoi")
                .then().statusCode(422).body(containsString("id=\"e-text\""));

        given().auth().oauth2(TestTokens.partner()).get(PAGE).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).formParam("subject", "x").formParam("text", "y")
                .post(PAGE + "/envoi").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).post(PAGE + "/rappel").then().statusCode(403);
    }

    @Test
    void theReminderIsConfirmedWithHowManyItReachesAndGoesOnce() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).get(PAGE).then().statusCode(200)
                .body(containsString("3 personnes confirmées n’ont pas encore reçu le rappel."));
        given().auth().oauth2(organiser).get(PAGE + "/rappel").then().statusCode(200)
                .body(containsString("Le rappel sera envoyé à 3 personnes confirmées"))
                .body(containsString("Envoyer le rappel à 3 personnes"));
        given().auth().oauth2(organiser).redirects().follow(false).post(PAGE + "/rappel").then().statusCode(303)
                .header("Location", containsString("?rappels=3"));
        given().auth().oauth2(organiser).get(PAGE + "?rappels=3").then().statusCode(200)
                .body(containsString("Rappel envoyé à 3 personnes."))
                .body(containsString("Toutes les personnes confirmées ont déjà reçu le rappel."))
                .body(containsString("Rappel : le congrès approche"));
        given().auth().oauth2(organiser).get(PAGE + "/rappel").then().statusCode(200)
                .body(not(containsString("Envoyer le rappel à")));
    }
}
