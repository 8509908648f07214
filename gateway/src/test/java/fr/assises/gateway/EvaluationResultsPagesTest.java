package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The organisers' results page: publication in batches, and reminders sent by the service (counts only). */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class EvaluationResultsPagesTest {

    private static final String PAGE = "/organisation/" + StandInServices.SLUG + "/evaluation";

    @BeforeEach
    void noReminderYet() {
        StandInServices.REMINDERS.reset();
    }

    @Test
    void organisersSeeTheBatchesAndHowManyHaveNotAnsweredButNeverWho() {
        given().auth().oauth2(TestTokens.organiser()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("Résultats publiés par lots d’au moins 5 réponses : 3 réponses attendent le "
                        + "prochain lot."))
                .body(containsString("<dd id=\"non-repondants\">152</dd>"))
                .body(containsString("Relancer les non-répondants"))
                .body(containsString("<tr><td>Professionnel</td>"))
                .body(not(containsString("participantId")))
                // the sessions' ratings as horizontal bars, best first, titles in full (readable at 30 sessions)
                .body(containsString("<script src=\"/static/partner-charts.js\" defer>"))
                .body(containsString("data-partner-chart=\"{&quot;labels&quot;:[&quot;Plénière : les territoires face "
                        + "aux transitions&quot;]"))
                .body(containsString("&quot;horizontal&quot;:true"));
        given().auth().oauth2(TestTokens.organiser()).header("Accept-Language", "en").queryParam("lang", "en")
                .when().get(PAGE).then().statusCode(200)
                .body(containsString("<tr><td>Professional</td>"), not(containsString(">ETUDIANT<")));
    }

    @Test
    void aReminderIsRequestedOnceADayAndTheRefusalIsShown() {
        String location = given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                
                .formParam("questionnaire", StandInReminders.QUESTIONNAIRE)
                .when().post(PAGE + "/relances")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).contains("questionnaire=" + StandInReminders.QUESTIONNAIRE).contains("relance=152");
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("path"))
                .isEqualTo("/api/evaluation/questionnaires/" + StandInReminders.QUESTIONNAIRE + "/reminders"));
        given().auth().oauth2(TestTokens.organiser()).when()
                .get(PAGE + "?questionnaire=" + StandInReminders.QUESTIONNAIRE + "&relance=152")
                .then().statusCode(200)
                .body(containsString("Relance demandée pour les 152 personnes qui n’ont pas encore répondu."))
                .body(containsString("Relances envoyées</dt><dd>1</dd>"));
        given().auth().oauth2(TestTokens.organiser())
                .formParam("questionnaire", StandInReminders.QUESTIONNAIRE)
                .when().post(PAGE + "/relances")
                .then().statusCode(409)
                // the service's refusal, next to the button (its apostrophe arrives HTML-escaped)
                .body(containsString("La relance n’a pas été envoyée"))
                .body(containsString("Une relance a déjà été envoyée aujourd"));
    }

    @Test
    void partnersAndParticipantsCannotAskForReminders() {
        for (String jwt : new String[] { TestTokens.partner(), TestTokens.participant() }) {
            given().auth().oauth2(jwt)
                    .formParam("questionnaire", StandInReminders.QUESTIONNAIRE)
                    .when().post(PAGE + "/relances").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.organiser())
                .when().post(PAGE + "/relances").then().statusCode(422)
                .body(containsString("choisissez un questionnaire."));
    }
}
