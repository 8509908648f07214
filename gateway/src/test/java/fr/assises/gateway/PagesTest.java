package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class PagesTest {

    private static final String SLUG = StandInServices.SLUG;

    private static String newParticipant() {
        return TestTokens.participant(UUID.randomUUID().toString());
    }

    @Test
    void homeIsFrenchByDefaultWithASkipLink() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("href=\"#contenu\">Aller au contenu</a>"))
                .body(containsString("3e Congrès national des développeurs territoriaux"))
                .body(containsString("jeudi 24 juin 2027"));
    }

    @Test
    void visitorsAreOfferedKeycloakSelfRegistrationThatComesBackToMySpace() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("href=\"http://127.0.0.1:8180/realms/assises/protocol/openid-connect/registrations?"
                        + "client_id=assises-gateway&amp;response_type=code&amp;scope=openid&amp;redirect_uri=http%3A%2F%2F"))
                .body(containsString("%2Fcompte-cree&amp;ui_locales=fr\" class=\"sign-up\">Créer un compte</a>"));
        given().auth().oauth2(newParticipant()).when().get("/")
                .then().body(not(containsString("Créer un compte")));
        // Keycloak's code is not one this gateway asked for: dropped, my space logs in again as usual
        given().redirects().follow(false).queryParam("code", "x").queryParam("session_state", "y")
                .when().get("/compte-cree").then().statusCode(303).header("Location", "/espace");
    }

    @Test
    void englishSwitchIsRememberedInACookie() {
        Response response = given().queryParam("lang", "en").when().get("/congres/" + SLUG);
        response.then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Thursday 24 June 2027"))
                .body(containsString("137 places left out of 500"));
        assertThat(response.getCookie("lang")).isEqualTo("en");
        given().cookie("lang", "en").when().get("/")
                .then().body(containsString("Skip to content"));
    }

    @Test
    void congressHomeShowsRemainingPlacesAndACallToRegister() {
        given().when().get("/congres/" + SLUG)
                .then().statusCode(200)
                .body(containsString("il reste 137 places sur 500"))
                .body(containsString("href=\"/espace/inscription/" + SLUG + "\""));
        given().accept("text/html").when().get("/congres/inconnu").then().statusCode(404)
                .body(containsString("Page introuvable"));
        given().accept("text/html").when().get("/nulle-part").then().statusCode(404)
                .body(containsString("<html lang=\"fr\">"));
    }

    @Test
    void programmeIsGroupedByHalfDayAndFilteredByTheService() {
        given().when().get("/congres/" + SLUG + "/programme")
                .then().statusCode(200)
                .body(containsString("jeudi 24 juin 2027, matin"))
                .body(containsString("Plénière : les territoires face aux transitions"))
                .body(containsString("Claude Exemple (Agence fictive de développement)"))
                .body(containsString("<option value=\"cooperation\">Coopération</option>"))
                .body(containsString("/api/programme/public/congresses/" + SLUG + "/programme.ics"))
                .body(containsString("9\u00a0sessions"));
        given().queryParam("kind", "WORKSHOP").when().get("/congres/" + SLUG + "/programme")
                .then().statusCode(200)
                .body(containsString("3\u00a0sessions"))
                .body(containsString("Atelier : évaluer une politique locale"))
                .body(not(containsString("<h3>Plénière")));
        given().queryParam("theme", "cooperation").when().get("/congres/" + SLUG + "/programme")
                .then().statusCode(200)
                .body(containsString("2\u00a0sessions"))
                .body(containsString("<option value=\"cooperation\" selected>Coopération</option>"))
                .body(containsString("Forum des initiatives locales"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("path"))
                .isEqualTo("/api/programme/public/congresses/" + SLUG + "/programme"));
    }

    @Test
    void participantPagesNeedALogin() {
        given().redirects().follow(false).when().get("/espace").then().statusCode(401);
        given().auth().oauth2(newParticipant()).when().get("/espace")
                .then().statusCode(200)
                .body(containsString("Vous n&#39;êtes inscrit(e) à aucun congrès."));
    }

    @Test
    void registrationFormShowsRemainingPlaces() {
        given().auth().oauth2(newParticipant()).when().get("/espace/inscription/" + SLUG)
                .then().statusCode(200)
                .body(containsString("12\u00a0places restantes"))
                .body(containsString("Complet : liste d&#39;attente"))
                .body(containsString("Professionnel – 120,00"))
                .body(containsString("id=\"day-2027-06-25\""))
                .body(containsString("<label for=\"f-email\">Adresse électronique *</label>"));
    }

    @Test
    void registrationFormAsksForWhatTheOrganisersChose() {
        // the stand-in congress asks for the territory type (required), the organisation, the job title and the
        // needs (optional), and not for the civil service grade
        given().auth().oauth2(newParticipant()).when().get("/espace/inscription/" + SLUG)
                .then().statusCode(200)
                .body(containsString("<label for=\"f-territoryType\">Type de territoire ou de structure *</label>"))
                .body(containsString("<option value=\"PNR\">Parc naturel régional</option>"))
                .body(containsString("<label for=\"f-organisation\">Organisme</label>"))
                .body(containsString("<label for=\"f-jobTitle\">Fonction</label>"))
                .body(containsString("id=\"f-dietaryNeeds\""))
                .body(not(containsString("f-statutoryCategory")));
    }

    @Test
    void aMissingRequiredInformationIsShownOnItsFieldAndNothingIsSaved() {
        String token = newParticipant();
        given().auth().oauth2(token)
                .formParam("firstName", "Alix").formParam("lastName", "Modèle").formParam("email", "alix@exemple.test")
                .formParam("jobTitle", "Chargée de mission").formParam("dietaryNeeds", "Sans gluten")
                .formParam("category", "PROFESSIONNEL").formParam("days", "2027-06-24").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG)
                .then().statusCode(422)
                .body(containsString("<a href=\"#f-territoryType\">Type de territoire ou de structure\u00a0: information obligatoire</a>"))
                .body(containsString("id=\"e-territoryType\">information obligatoire</p>"))
                .body(containsString("name=\"territoryType\" required aria-invalid=\"true\" aria-describedby=\"e-territoryType\""))
                .body(containsString("value=\"Chargée de mission\""))
                .body(containsString(">Sans gluten</textarea>"));
        given().auth().oauth2(token).when().get("/espace")
                .then().body(containsString("Vous n&#39;êtes inscrit(e) à aucun congrès."));
    }

    @Test
    void refusedFormShowsFrenchErrorsNextToFieldsAndKeepsWhatWasTyped() {
        String token = newParticipant();
        given().auth().oauth2(token)
                .formParam("firstName", "Alix").formParam("email", "pas-une-adresse")
                .formParam("days", "2027-06-24").formParam("workshop_5e71e500-0000-4000-8000-000000000001", "5e551000-0000-4000-8000-000000000001")
                .when().post("/espace/inscription/" + SLUG)
                .then().statusCode(422)
                .body(containsString("id=\"e-lastName\">ne doit pas être vide</p>"))
                .body(containsString("id=\"e-email\">doit être une adresse électronique syntaxiquement correcte</p>"))
                .body(containsString("id=\"e-category\">ne doit pas être vide</p>"))
                .body(containsString("id=\"e-consent\">l&#39;acceptation de la notice d&#39;information est obligatoire"))
                .body(containsString("value=\"Alix\""))
                .body(containsString("value=\"pas-une-adresse\" aria-invalid=\"true\""))
                .body(containsString("id=\"day-2027-06-24\" name=\"days\" value=\"2027-06-24\" checked"))
                .body(containsString("value=\"5e551000-0000-4000-8000-000000000001\" checked"));
        given().auth().oauth2(token).when().get("/espace")
                .then().body(containsString("Vous n&#39;êtes inscrit(e) à aucun congrès."));
    }

    @Test
    void aRegistrationRelaysTheTokenThenShowsInMySpaceWithMyProgramme() {
        String token = newParticipant();
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Alix").formParam("lastName", "Modèle").formParam("email", "alix@exemple.test")
                .formParam("territoryType", "INTERCOMMUNALITE")
                .formParam("category", "PROFESSIONNEL").formParam("days", "2027-06-24")
                .formParam("meals", "5e551000-0000-4000-8000-000000000006").formParam("workshop_5e71e500-0000-4000-8000-000000000001", "5e551000-0000-4000-8000-000000000001").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG)
                .then().statusCode(303)
                .header("Location", containsString("/espace?ok=saved"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("POST");
            assertThat(r.getString("authorization")).isEqualTo("Bearer " + token);
            assertThat(r.getString("body")).contains("\"workshops\":[{\"sessionId\":\"5e551000-0000-4000-8000-000000000001\"}]")
                    .contains("\"meals\":[\"5e551000-0000-4000-8000-000000000006\"]").contains("\"days\":[\"2027-06-24\"]")
                    .contains("\"person\":{\"firstName\":\"Alix\",\"lastName\":\"Modèle\",\"email\":\"alix@exemple.test\","
                            + "\"territoryType\":\"INTERCOMMUNALITE\"}")
                    .contains("\"consent\":{\"accepted\":true,\"version\":\"" + StandInServices.PRIVACY_VERSION + "\"}");
        });
        String page = given().auth().oauth2(token).queryParam("ok", "saved").when().get("/espace")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Votre inscription est enregistrée.", "Confirmée", "Mon programme",
                "Plénière : les territoires face aux transitions", "Atelier : coopérer entre intercommunalités",
                "Déjeuner du jeudi", "Modifier mon inscription", "Télécharger mon badge (PDF)");
        // not attending day 2 and not chosen: neither the day-2 round table nor the other workshop
        assertThat(page).doesNotContain("Table ronde : élus et techniciens", "Atelier : évaluer une politique locale");
        // the badge link goes through the proxy with the participant's own token
        String badge = page.replaceAll("(?s).*href=\"(/api/registration/me/registrations/[^\"]+/badge.pdf)\".*", "$1");
        given().auth().oauth2(token).when().get(badge).then().statusCode(200)
                .contentType(containsString("application/pdf"));
        given().auth().oauth2(newParticipant()).when().get(badge).then().statusCode(404);
        // another participant sees none of it
        given().auth().oauth2(newParticipant()).when().get("/espace")
                .then().body(containsString("Vous n&#39;êtes inscrit(e) à aucun congrès."))
                .body(not(containsString("Modèle")));
    }

    @Test
    void aParticipantChangesThenCancelsTheirRegistration() {
        String token = newParticipant();
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Sacha").formParam("lastName", "Témoin").formParam("email", "sacha@exemple.test")
                .formParam("territoryType", "COMMUNE")
                .formParam("category", "ELU").formParam("days", "2027-06-24").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG).then().statusCode(303);
        given().auth().oauth2(token).when().get("/espace/inscription/" + SLUG)
                .then().statusCode(200).body(containsString("value=\"Témoin\""))
                .body(containsString("id=\"day-2027-06-24\" name=\"days\" value=\"2027-06-24\" checked"));
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Sacha").formParam("lastName", "Témoin").formParam("email", "sacha@exemple.test")
                .formParam("territoryType", "COMMUNE")
                .formParam("category", "ELU").formParam("days", "2027-06-24").formParam("days", "2027-06-25")
                .formParam("workshop_5e551000-0000-4000-8000-000000000003", "5e551000-0000-4000-8000-000000000003").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG).then().statusCode(303);
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("PUT");
            assertThat(r.getString("path")).startsWith("/api/registration/me/registrations/");
            assertThat(r.getString("body")).contains("\"days\":[\"2027-06-24\",\"2027-06-25\"]", "5e551000-0000-4000-8000-000000000003");
        });
        given().auth().oauth2(token).when().get("/espace")
                .then().body(containsString("Atelier : évaluer une politique locale"));
        given().auth().oauth2(token).redirects().follow(false)
                .when().post("/espace/inscription/" + SLUG + "/annulation")
                .then().statusCode(303).header("Location", containsString("/espace?ok=cancelled"));
        given().auth().oauth2(token).when().get("/espace")
                .then().body(containsString("Inscription annulée")).body(not(containsString("Modifier mon inscription")));
    }

    @Test
    void aWaitlistedParticipantAcceptsTheOfferedPlaceOnce() {
        String token = newParticipant();
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Lou").formParam("lastName", "Essai").formParam("email", "lou@exemple.test")
                .formParam("territoryType", "AUTRE")
                .formParam("category", "ETUDIANT").formParam("days", "2027-06-25").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG).then().statusCode(303);
        given().auth().oauth2(token).when().get("/espace")
                .then().body(containsString("Liste d&#39;attente"))
                .body(containsString("Vous êtes en tête de la liste d’attente du congrès."))
                .body(containsString("acceptez-la avant le 2 mai 2027 à 18:00"))
                .body(containsString("action=\"/espace/inscription/" + SLUG + "/acceptation\""));
        given().auth().oauth2(token).redirects().follow(false)
                .when().post("/espace/inscription/" + SLUG + "/acceptation")
                .then().statusCode(303).header("Location", containsString("/espace?ok=accepted"));
        given().auth().oauth2(token).queryParam("ok", "accepted").when().get("/espace")
                .then().body(containsString("votre inscription est confirmée"))
                .body(not(containsString("/acceptation")));
        given().auth().oauth2(token).redirects().follow(false)
                .when().post("/espace/inscription/" + SLUG + "/acceptation")
                .then().statusCode(303).header("Location", containsString("/espace?ok=offer-gone"));
        given().auth().oauth2(newParticipant()).accept("text/html")
                .when().post("/espace/inscription/" + SLUG + "/acceptation").then().statusCode(404);
    }

    @Test
    void aParticipantAnswersTheSurveyFromTheirSpaceThroughTheirPersonalLink() {
        String token = newParticipant();
        given().auth().oauth2(token).redirects().follow(false).when().get("/espace/enquete/" + SLUG)
                .then().statusCode(303)
                .header("Location", containsString("/enquete/" + StandInServices.SURVEY_TOKEN));
        // the link is its own credential: no login needed to read or answer
        String form = given().when().get("/enquete/" + StandInServices.SURVEY_TOKEN)
                .then().statusCode(200).extract().asString();
        assertThat(form).contains("Enquête de satisfaction 2027", "Vos réponses sont anonymes.",
                "<legend>Satisfaction générale *</legend>", "Cette situation vous convient-elle ?",
                "Conserver : ce qui fonctionne bien", "Plénière : les territoires face aux transitions")
                // a question the answers leave hidden is in the page, hidden and disabled (neither seen nor sent)
                .containsPattern("<fieldset id=\"q-q6\"[^>]* hidden disabled");
        given().formParam("a_q5", "beaucoup").formParam("a_q3_creer", "Un atelier sur les mobilités")
                .when().post("/enquete/" + StandInServices.SURVEY_TOKEN)
                .then().statusCode(422)
                .body(containsString("id=\"e-q1\">réponse obligatoire</p>"))
                .body(containsString("id=\"e-q5\">un nombre est attendu</p>"))
                .body(containsString("value=\"beaucoup\""))
                .body(containsString(">Un atelier sur les mobilités</textarea>"));
        given().formParam("a_q1", "4").formParam("a_q2_situation", "attente").formParam("a_q2_satisfying", "no")
                .formParam("a_q3_conserver", "Les plénières\n\nLe forum").formParam("a_q4_5e551000-0000-4000-8000-000000000004", "5")
                .formParam("a_q5", "2")
                .when().post("/enquete/" + StandInServices.SURVEY_TOKEN)
                .then().statusCode(200).body(containsString("Merci, vos réponses ont été enregistrées."));
        assertThat(StandInServices.ANSWERS).anySatisfy(a -> assertThat(a.encode()).isEqualTo(
                "{\"q1\":4,\"q2\":{\"situation\":\"attente\",\"satisfying\":false},"
                        + "\"q3\":{\"conserver\":[\"Les plénières\",\"Le forum\"]},\"q4\":{\"5e551000-0000-4000-8000-000000000004\":5},\"q5\":2}"));
        given().accept("text/html").when().get("/enquete/inconnu").then().statusCode(404);
        // the printed link (and its QR code) opens the page in a browser; API clients still get the JSON
        given().accept("text/html,application/xhtml+xml").redirects().follow(false)
                .when().get("/api/evaluation/survey/" + StandInServices.SURVEY_TOKEN)
                .then().statusCode(303).header("Location", "/enquete/" + StandInServices.SURVEY_TOKEN);
        given().accept("application/json").when().get("/api/evaluation/survey/" + StandInServices.SURVEY_TOKEN)
                .then().statusCode(200).contentType(containsString("application/json"))
                .body(containsString("Satisfaction générale"));
    }

    @Test
    void organiserConsoleIsForOrganisersOnly() {
        given().auth().oauth2(newParticipant()).when().get("/organisation/" + SLUG)
                .then().statusCode(403).body(containsString("Accès refusé"));
        given().auth().oauth2(TestTokens.partner()).when().get("/organisation/" + SLUG)
                .then().statusCode(403);
        given().redirects().follow(false).when().get("/organisation/" + SLUG).then().statusCode(401);
        given().auth().oauth2(TestTokens.organiser()).when().get("/organisation/" + SLUG)
                .then().statusCode(200)
                .body(containsString("98\u00a0500,00"))
                .body(containsString("1\u00a0conflit détecté"))
                .body(containsString("a lieu pendant une plénière"))
                .body(containsString("<dd>137</dd>"))
                .body(containsString("Changement de salle conseillé :</strong> Déplacer « Atelier : financer un projet avec les fonds européens » (34 demandes)"))
                .body(containsString("<td class=\"num\">70&nbsp;%</td>"));
    }

    @Test
    void movingASessionShowsTheConflictInPlaceThenMovingItBackClearsIt() {
        String organiser = TestTokens.organiser();
        String before = given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/planning")
                .then().statusCode(200).extract().asString();
        assertThat(before).contains("<th scope=\"col\">Salle Chêne", "1\u00a0conflit détecté")
                .doesNotContain("occupent la même salle");
        given().auth().oauth2(organiser).redirects().follow(false)
                .formParam("sessionId", "5e551000-0000-4000-8000-000000000003").formParam("halfDayCode", "J1-PM").formParam("roomId", "7007a000-0000-4000-8000-000000000003")
                .when().post("/organisation/" + SLUG + "/planning")
                .then().statusCode(303)
                .header("Location", containsString("/planning?deplace=5e551000-0000-4000-8000-000000000003#s-5e551000-0000-4000-8000-000000000003"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("PUT");
            assertThat(r.getString("path")).endsWith("/sessions/5e551000-0000-4000-8000-000000000003");
            // the whole session goes back, at the afternoon's start (14:00 in Paris) since 09:00 is outside it
            assertThat(r.getString("body")).contains("\"halfDayCode\":\"J1-PM\"", "\"roomId\":\"7007a000-0000-4000-8000-000000000003\"",
                    "\"title\":\"Atelier : évaluer une politique locale\"", "\"version\":1", "\"start\":\"2027-06-24T12:00:00Z\"");
        });
        String after = given().auth().oauth2(organiser).queryParam("deplace", "5e551000-0000-4000-8000-000000000003")
                .when().get("/organisation/" + SLUG + "/planning")
                .then().statusCode(200).extract().asString();
        assertThat(after).contains("Session déplacée.", "2\u00a0conflits détectés",
                "class=\"planned kind-WORKSHOP has-conflict just-moved\" id=\"s-5e551000-0000-4000-8000-000000000003\"",
                "occupent la même salle au même moment");
        given().auth().oauth2(organiser).formParam("sessionId", "5e551000-0000-4000-8000-000000000003").formParam("halfDayCode", "J9-AM")
                .formParam("roomId", "7007a000-0000-4000-8000-000000000003")
                .when().post("/organisation/" + SLUG + "/planning")
                .then().statusCode(422).body(containsString("Choisissez une demi-journée et une salle du congrès."));
        given().auth().oauth2(organiser).formParam("sessionId", "5e551000-0000-4000-8000-000000000003").formParam("halfDayCode", "J2-AM")
                .formParam("roomId", "salle-inconnue")
                .when().post("/organisation/" + SLUG + "/planning")
                .then().statusCode(422).body(containsString("Salle inconnue pour ce congrès."));
        given().auth().oauth2(organiser).redirects().follow(false)
                .formParam("sessionId", "5e551000-0000-4000-8000-000000000003").formParam("halfDayCode", "J2-AM").formParam("roomId", "7007a000-0000-4000-8000-000000000003")
                .when().post("/organisation/" + SLUG + "/planning").then().statusCode(303);
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/planning")
                .then().body(containsString("1\u00a0conflit détecté"))
                .body(not(containsString("occupent la même salle")));
        given().auth().oauth2(TestTokens.partner()).formParam("sessionId", "5e551000-0000-4000-8000-000000000003").formParam("halfDayCode", "J1-PM")
                .formParam("roomId", "7007a000-0000-4000-8000-000000000003").when().post("/organisation/" + SLUG + "/planning")
                .then().statusCode(403);
    }

    @Test
    void organisersReadTheResultsOfTheQuestionnaireWithTheMostResponses() {
        given().auth().oauth2(TestTokens.organiser()).when().get("/organisation/" + SLUG + "/evaluation")
                .then().statusCode(200)
                .body(containsString("Enquête à chaud du jeudi"))
                .body(containsString("aria-current=\"true\">Enquête de satisfaction 2027</a>"))
                .body(containsString("58,2&nbsp;%"))
                .body(containsString("Satisfaction générale"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("path"))
                .isEqualTo("/api/evaluation/questionnaires/9e5e0000-0000-4000-8000-000000000002/results"));
        given().auth().oauth2(TestTokens.partner()).when().get("/organisation/" + SLUG + "/evaluation")
                .then().statusCode(403);
    }

    @Test
    void organisersEditTheCongressSetUp() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/configuration")
                .then().statusCode(200)
                .body(containsString("value=\"Centre des congrès de Valbonne-sur-Loire\""))
                .body(containsString("id=\"start-J1-AM\" name=\"start_J1-AM\" value=\"09:00\""))
                .body(not(containsString("name=\"status\"")))
                .body(containsString("se change depuis la console, par une action confirmée"));
        given().auth().oauth2(organiser).formParam("title", "").formParam("venue", "Halle fictive")
                .formParam("status", "OPEN").formParam("startDate", "2027-06-24").formParam("endDate", "2027-06-25")
                .formParam("start_J1-AM", "09:00").formParam("end_J1-AM", "12:30")
                .formParam("start_J1-PM", "14:00").formParam("end_J1-PM", "17:30").formParam("start_J2-AM", "09:00")
                .formParam("end_J2-AM", "12:30").formParam("start_J2-PM", "14:00").formParam("end_J2-PM", "16:30")
                .when().post("/organisation/" + SLUG + "/configuration")
                .then().statusCode(422)
                .body(containsString("id=\"e-title\">ne doit pas être vide</p>"))
                .body(containsString("value=\"Halle fictive\""));
        given().auth().oauth2(organiser).formParam("title", "Congrès").formParam("venue", "Halle fictive")
                .formParam("status", "OPEN").formParam("startDate", "2027-06-24").formParam("endDate", "2027-06-25")
                .formParam("start_J1-AM", "09:00").formParam("end_J1-AM", "12:30")
                .formParam("start_J1-PM", "14:00").formParam("end_J1-PM", "17:30").formParam("start_J2-AM", "09:00")
                .formParam("end_J2-AM", "12:30").formParam("start_J2-PM", "14:00").formParam("end_J2-PM", "13:00")
                .when().post("/organisation/" + SLUG + "/configuration")
                .then().statusCode(422)
                .body(containsString("id=\"e-halfDays\">La fin de la demi-journée doit suivre son début.</p>"))
                .body(containsString("id=\"end-J2-PM\" name=\"end_J2-PM\" value=\"13:00\""));
        given().auth().oauth2(organiser).formParam("title", "3e Congrès national des développeurs territoriaux")
                .formParam("venue", "Halle fictive").formParam("status", "OPEN").formParam("startDate", "2027-06-24")
                .formParam("endDate", "2027-06-25").formParam("start_J1-AM", "09:30")
                .formParam("end_J1-AM", "12:30").formParam("start_J1-PM", "14:00").formParam("end_J1-PM", "17:30")
                .formParam("start_J2-AM", "09:00").formParam("end_J2-AM", "12:30").formParam("start_J2-PM", "14:00")
                .formParam("end_J2-PM", "16:30").redirects().follow(false)
                .when().post("/organisation/" + SLUG + "/configuration")
                .then().statusCode(303).header("Location", containsString("/configuration?ok=saved"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("PUT");
            assertThat(r.getString("path")).isEqualTo("/api/programme/congresses/" + StandInServices.CONGRESS_ID);
            assertThat(r.getString("body")).contains("\"venue\":\"Halle fictive\"", "\"slug\":\"congres-2027\"",
                    "\"startDate\":\"2027-06-24\"", "\"version\":4", "\"start\":\"2027-06-24T09:30:00+02:00\"");
        });
        given().auth().oauth2(TestTokens.partner()).when().get("/organisation/" + SLUG + "/configuration")
                .then().statusCode(403);
    }

    @Test
    void organisersSearchRegistrationsAndGetExportLinks() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/inscriptions")
                .then().statusCode(200)
                .body(containsString("3\u00a0inscriptions"))
                .body(containsString("camille.fictive@exemple.test"))
                .body(containsString("/manage/exports/participants.csv?"))
                .body(containsString("/manage/badges.pdf"));
        given().auth().oauth2(organiser).queryParam("q", "imaginaire").queryParam("status", "WAITLISTED")
                .when().get("/organisation/" + SLUG + "/inscriptions")
                .then().statusCode(200)
                .body(containsString("1\u00a0inscription"))
                .body(containsString("Dominique"))
                .body(not(containsString("camille.fictive")))
                .body(containsString("participants.csv?status=WAITLISTED"))
                .body(containsString("<option value=\"WAITLISTED\" selected>"));
        given().auth().oauth2(TestTokens.partner()).when().get("/organisation/" + SLUG + "/inscriptions")
                .then().statusCode(403);
        given().auth().oauth2(newParticipant()).when().get("/organisation/" + SLUG + "/inscriptions")
                .then().statusCode(403);
    }

    @Test
    void checkInWithATypedBadgeCode() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/accueil")
                .then().statusCode(200)
                .body(containsString("<label for=\"f-token\">Code du badge</label>"))
                .body(containsString("2\u00a0arrivées sur 363\u00a0inscriptions confirmées"));
        given().auth().oauth2(organiser).formParam("token", "OK-1234")
                .when().post("/organisation/" + SLUG + "/accueil")
                .then().statusCode(200).body(containsString("Arrivée enregistrée : Camille Fictive"));
        given().auth().oauth2(organiser).formParam("token", "OK-1234-AGAIN")
                .when().post("/organisation/" + SLUG + "/accueil")
                .then().statusCode(200).body(containsString("Déjà arrivé(e) le 24 juin 2027 à 08:42."));
        given().auth().oauth2(organiser).formParam("token", "FAUX")
                .when().post("/organisation/" + SLUG + "/accueil")
                .then().statusCode(422)
                .body(containsString("id=\"e-token\">Badge inconnu ou falsifié.</p>"))
                .body(containsString("value=\"FAUX\""));
        given().auth().oauth2(organiser).formParam("token", " ")
                .when().post("/organisation/" + SLUG + "/accueil")
                .then().statusCode(422)
                .body(containsString("id=\"e-token\">ne doit pas être vide</p>"));
        given().auth().oauth2(TestTokens.partner()).formParam("token", "OK-1")
                .when().post("/organisation/" + SLUG + "/accueil").then().statusCode(403);
    }

    @Test
    void partnerDashboardsHoldNoPersonalData() {
        String page = given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/" + SLUG)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Évaluation : réponses, satisfaction, indicateurs", "58,2&nbsp;%",
                "Satisfaction générale", "4,2", "Moins de 5 réponses : non affiché", "Atteint", "En attente");
        assertThat(page).contains("Budget : charges et produits", "Région imaginaire", "455 participants",
                "Remplissage des ateliers", "Atelier : coopérer entre intercommunalités", "70&nbsp;%",
                "Étudiant ou demandeur d&#39;emploi", "data-partner-chart=", "<dt>Présents (émargement)</dt><dd>2</dd>");
        // counts by day and category: a row per day, a column per category, then the day's totals
        assertThat(page).contains("<caption id=\"c-days\">Par jour de présence et par catégorie (inscriptions confirmées)</caption>",
                "<tr><th scope=\"row\">vendredi 25 juin 2027</th><td class=\"num\">207</td><td class=\"num\">61</td>"
                        + "<td class=\"num\">30</td><td class=\"num\">298</td><td class=\"num\">1</td></tr>");
        // the survey's free text is never read for partners, nor speakers' or participants' names
        assertThat(page).doesNotContain("Camille", "Un commentaire", "Claude Exemple", "exemple.test", "@");
        given().auth().oauth2(newParticipant()).when().get("/partenaires/" + SLUG).then().statusCode(403);
        given().redirects().follow(false).when().get("/partenaires/" + SLUG).then().statusCode(401);
    }

    @Test
    void staticAssetsAndChartLibraryAreServed() {
        given().when().get("/static/app.css").then().statusCode(200);
        given().when().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200)
                .body(startsWith("/*!\n * Chart.js v4"));
        given().when().get("/webjars/chart.js/LICENSE.md").then().statusCode(200).body(containsString("MIT"));
        given().when().get("/static/app.js").then().statusCode(200).header("X-Content-Type-Options", is("nosniff"));
    }
}
