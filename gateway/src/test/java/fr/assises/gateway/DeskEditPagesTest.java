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
 * The desk adds a registration by hand and edits one (StandInDesk answers as OrganiserRegistrationsResource):
 * refusals next to the field with nothing saved, the invitation announced, late changes listed after the freeze.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class DeskEditPagesTest {

    static final String LIST = "/organisation/" + StandInServices.SLUG + "/inscriptions";
    static final String WORKSHOP = "5e551000-0000-4000-8000-000000000001";
    static final String SERIES = "5e71e500-0000-4000-8000-000000000001";

    /** A complete form for a new registration of the given e-mail. */
    static RequestSpecification newPerson(String email, String key) {
        return given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .formParam("key", key).formParam("lastName", "Lemaître").formParam("firstName", "Anaïs")
                .formParam("email", email).formParam("territoryType", "COMMUNE").formParam("language", "fr")
                .formParam("category", "INTERVENANT").formParam("days", "2027-06-24")
                .formParam("workshop_" + SERIES, WORKSHOP)
                .formParam("meals", StandInCheckin.MEAL)
                .formParam("answer_" + StandInSettings.QUESTION_TRANSPORT, "C1");
    }

    @Test
    void theCommitteeAddsARegistrationByHandOnceAndThePersonIsInvited() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).get(LIST).then().statusCode(200)
                .body(containsString("href=\"" + LIST + "/nouvelle\""));
        given().auth().oauth2(organiser).get(LIST + "/nouvelle").then().statusCode(200)
                .body(containsString("Ajouter une inscription"))
                .body(containsString("Intervenant – 0,00"))
                .body(containsString("sur invitation"))
                .body(containsString("Comment venez-vous au congrès ?"))
                .body(containsString("Atelier : coopérer entre intercommunalités"));

        String key = UUID.randomUUID().toString();
        String refused = newPerson("pas-une-adresse", key).post(LIST + "/nouvelle").then().statusCode(422)
                .extract().asString();
        assertThat(refused).contains("Rien n’a été enregistré", "id=\"e-email\"",
                "doit être une adresse électronique syntaxiquement correcte", "value=\"Lemaître\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"e-email\"");
        given().auth().oauth2(organiser).redirects().follow(false).formParam("key", key)
                .formParam("lastName", "Lemaître").formParam("firstName", "Anaïs")
                .formParam("email", "a.lemaitre@exemple.test").formParam("category", "ELU")
                .post(LIST + "/nouvelle").then().statusCode(422)
                .body(containsString("id=\"e-days\""));

        String location = newPerson("a.lemaitre@exemple.test", key).post(LIST + "/nouvelle").then().statusCode(303)
                .extract().header("Location");
        assertThat(location).matches(".*" + LIST + "/[0-9a-f-]{36}\\?ok=ajoutee");
        String again = newPerson("a.lemaitre@exemple.test", key).post(LIST + "/nouvelle").then().statusCode(303)
                .extract().header("Location");
        assertThat(again).as("the same form sent twice adds one registration").isEqualTo(location);
        String detail = given().auth().oauth2(organiser).get(location.replaceFirst("^https?://[^/]+", "")).then()
                .statusCode(200).extract().asString();
        assertThat(detail).contains("Inscription de Anaïs Lemaître",
                "une invitation à la rattacher à un compte est envoyée à a.lemaitre@exemple.test",
                "Ajout par l’organisation", "Atelier : coopérer entre intercommunalités", "Modifier l’inscription");

        given().auth().oauth2(TestTokens.partner()).get(LIST + "/nouvelle").then().statusCode(403);
        newPerson("autre@exemple.test", UUID.randomUUID().toString()).auth().oauth2(TestTokens.participant())
                .post(LIST + "/nouvelle").then().statusCode(403);
    }

    @Test
    void anEditIsSavedWholeAndARefusalIsShownNextToItsFieldWithNothingSaved() {
        String organiser = TestTokens.organiser();
        String location = newPerson("j.quemener@exemple.test", UUID.randomUUID().toString())
                .post(LIST + "/nouvelle").then().statusCode(303).extract().header("Location");
        String detail = location.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        String edit = detail + "/modifier";

        String form = given().auth().oauth2(organiser).get(edit).then().statusCode(200).extract().asString();
        assertThat(form).contains("Modifier l’inscription de Anaïs Lemaître", "Enregistrer les modifications",
                "value=\"j.quemener@exemple.test\"")
                .containsPattern("id=\"cat-INTERVENANT\" name=\"category\" value=\"INTERVENANT\" checked")
                .containsPattern("id=\"ws-" + WORKSHOP + "\"[^>]+checked")
                .containsPattern("id=\"a-" + StandInSettings.QUESTION_TRANSPORT + "-C1\"[^>]+checked");

        given().auth().oauth2(organiser).formParam("lastName", "Quéméner").formParam("firstName", "Jo")
                .formParam("email", "j.quemener@exemple.test").formParam("category", "ELU")
                .formParam("days", "2027-06-24").formParam("answer_" + StandInSettings.QUESTION_TRANSPORT, "C9")
                .post(edit).then().statusCode(422)
                .body(containsString("id=\"e-" + StandInSettings.QUESTION_TRANSPORT + "\""))
                .body(containsString("choix inconnu : C9"))
                .body(containsString("value=\"Quéméner\""));
        given().auth().oauth2(organiser).formParam("lastName", "Quéméner").formParam("firstName", "Jo")
                .formParam("email", "j.quemener@exemple.test").formParam("category", "ETUDIANT")
                .formParam("days", "2027-06-24").post(edit).then().statusCode(422)
                .body(containsString("Le quota de la catégorie ETUDIANT est atteint."));
        given().auth().oauth2(organiser).get(detail).then().statusCode(200)
                .body(containsString("Anaïs Lemaître")).body(not(containsString("Quéméner")));

        given().auth().oauth2(organiser).redirects().follow(false).formParam("lastName", "Quéméner")
                .formParam("firstName", "Jo").formParam("email", "j.quemener@exemple.test")
                .formParam("territoryType", "COMMUNE").formParam("category", "ELU").formParam("language", "en")
                .formParam("days", "2027-06-24").formParam("days", "2027-06-25")
                .formParam("workshop_" + SERIES, "")
                .formParam("workshop_J2-AM", "5e551000-0000-4000-8000-000000000003")
                .formParam("answer_" + StandInSettings.QUESTION_TRANSPORT, "C3")
                .post(edit).then().statusCode(303);
        String saved = given().auth().oauth2(organiser).get(detail + "?ok=modifiee").then().statusCode(200)
                .extract().asString();
        assertThat(saved).contains("Les modifications sont enregistrées", "Inscription de Jo Quéméner", "Élu",
                "90,00", "vendredi 25 juin 2027", "Atelier : évaluer une politique locale")
                .doesNotContain("Atelier : coopérer entre intercommunalités");
        given().auth().oauth2(organiser).get(edit).then().statusCode(200)
                .body(containsString("id=\"a-" + StandInSettings.QUESTION_TRANSPORT + "-C3\" name=\"answer_"
                        + StandInSettings.QUESTION_TRANSPORT + "\" value=\"C3\" checked"));

        given().auth().oauth2(TestTokens.partner()).get(edit).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).formParam("lastName", "X").post(edit).then().statusCode(403);
        given().auth().oauth2(organiser).get(LIST + "/" + UUID.randomUUID() + "/modifier").then().statusCode(404);
    }

    @Test
    void afterTheFreezeARegistrationListsItsLateChanges() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).get(LIST + "/" + StandInDesk.SACHA).then().statusCode(200)
                .body(containsString("Modification tardive"))
                .body(not(containsString("Modifications tardives de cette inscription")));
        given().auth().oauth2(organiser).post("/api/registration/congresses/" + StandInServices.CONGRESS_ID
                + "/manage/catering/snapshots").then().statusCode(201);
        given().auth().oauth2(organiser).get(LIST + "/" + StandInDesk.SACHA).then().statusCode(200)
                .body(containsString("Modifications tardives de cette inscription"))
                .body(containsString("+1 couvert"))
                .body(containsString("Sortie de la liste d’attente"))
                .body(containsString("Déjeuner du jeudi"));
    }
}
