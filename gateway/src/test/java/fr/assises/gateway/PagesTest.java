package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class PagesTest {

    private static final String SLUG = StandInServices.SLUG;

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
    void programmeIsGroupedByHalfDayAndFiltered() {
        given().when().get("/congres/" + SLUG + "/programme")
                .then().statusCode(200)
                .body(containsString("jeudi 24 juin 2027, matin"))
                .body(containsString("Plénière : les territoires face aux transitions"))
                .body(containsString("/api/programme/public/congresses/" + SLUG + "/programme.ics"))
                .body(containsString("9 session(s)"));
        given().queryParam("kind", "WORKSHOP").when().get("/congres/" + SLUG + "/programme")
                .then().statusCode(200)
                .body(containsString("3 session(s)"))
                .body(containsString("Atelier : évaluer une politique locale"))
                .body(not(containsString("<h3>Plénière")));
    }

    @Test
    void participantPagesNeedALogin() {
        given().redirects().follow(false).when().get("/espace").then().statusCode(401);
        given().auth().oauth2(TestTokens.participant()).when().get("/espace")
                .then().statusCode(200)
                .body(containsString("Vous n&#39;êtes inscrit(e) à aucun congrès."));
    }

    @Test
    void registrationFormShowsRemainingPlaces() {
        given().auth().oauth2(TestTokens.participant()).when().get("/espace/inscription/" + SLUG)
                .then().statusCode(200)
                .body(containsString("12 place(s) restante(s)"))
                .body(containsString("Complet : liste d&#39;attente"))
                .body(containsString("Professionnel – 120,00"))
                .body(containsString("<label for=\"f-email\">Adresse électronique *</label>"));
    }

    @Test
    void refusedFormShowsFrenchErrorsNextToFieldsAndKeepsWhatWasTyped() {
        given().auth().oauth2(TestTokens.participant())
                .formParam("firstName", "Alix").formParam("email", "pas-une-adresse")
                .formParam("days", "2027-06-24").formParam("workshop_series-j1pm", "s-ws1")
                .when().post("/espace/inscription/" + SLUG)
                .then().statusCode(422)
                .body(containsString("id=\"e-lastName\">Le nom est obligatoire.</p>"))
                .body(containsString("id=\"e-email\">Adresse électronique invalide.</p>"))
                .body(containsString("id=\"e-category\">Choisissez une catégorie.</p>"))
                .body(containsString("value=\"Alix\""))
                .body(containsString("value=\"pas-une-adresse\" aria-invalid=\"true\""))
                .body(containsString("id=\"day-2027-06-24\" name=\"days\" value=\"2027-06-24\" checked"))
                .body(containsString("value=\"s-ws1\" checked"));
    }

    @Test
    void aValidRegistrationRedirectsToMySpaceAndRelaysTheToken() {
        String token = TestTokens.participant();
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Alix").formParam("lastName", "Modèle").formParam("email", "alix@exemple.test")
                .formParam("category", "PROFESSIONNEL").formParam("days", "2027-06-24")
                .formParam("meals", "s-meal1").formParam("workshop_series-j1pm", "s-ws1")
                .when().post("/espace/inscription/" + SLUG)
                .then().statusCode(303)
                .header("Location", containsString("/espace?ok=saved"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("POST");
            assertThat(r.getString("authorization")).isEqualTo("Bearer " + token);
            assertThat(r.getString("body")).contains("\"workshops\":[{\"sessionId\":\"s-ws1\",\"rank\":1}]")
                    .contains("\"meals\":[\"s-meal1\"]").contains("\"days\":[\"2027-06-24\"]");
        });
    }

    @Test
    void organiserConsoleIsForOrganisersOnly() {
        given().auth().oauth2(TestTokens.participant()).when().get("/organisation/" + SLUG + "/planning")
                .then().statusCode(403).body(containsString("Accès refusé"));
        given().auth().oauth2(TestTokens.partner()).when().get("/organisation/" + SLUG)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.organiser()).when().get("/organisation/" + SLUG)
                .then().statusCode(200).body(containsString("Amphithéâtre Loire"))
                .body(containsString("98\u00a0500,00"));
    }

    @Test
    void movingASessionShowsTheConflictInPlace() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/planning")
                .then().statusCode(200)
                .body(containsString("Aucun conflit détecté."))
                .body(containsString("<th scope=\"col\">Salle Chêne"));
        given().auth().oauth2(organiser).redirects().follow(false)
                .formParam("sessionId", "s-ws3").formParam("halfDayCode", "J1-PM").formParam("roomId", "room-chene")
                .when().post("/organisation/" + SLUG + "/planning")
                .then().statusCode(303)
                .header("Location", containsString("/planning?deplace=s-ws3#s-s-ws3"));
        String page = given().auth().oauth2(organiser).queryParam("deplace", "s-ws3")
                .when().get("/organisation/" + SLUG + "/planning")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("1 conflit(s) détecté(s)")
                .contains("class=\"planned kind-WORKSHOP has-conflict just-moved\" id=\"s-s-ws3\"")
                .contains("occupent la même salle au même moment");
        // put it back so other tests see the original planner
        given().auth().oauth2(organiser).redirects().follow(false)
                .formParam("sessionId", "s-ws3").formParam("halfDayCode", "J2-AM").formParam("roomId", "room-chene")
                .when().post("/organisation/" + SLUG + "/planning").then().statusCode(303);
    }

    @Test
    void checkInWithATypedToken() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).formParam("token", "ABCD-1234")
                .when().post("/organisation/" + SLUG + "/accueil")
                .then().statusCode(200).body(containsString("Arrivée enregistrée : Camille Fictive."));
        given().auth().oauth2(organiser).formParam("token", "XXXX")
                .when().post("/organisation/" + SLUG + "/accueil")
                .then().statusCode(422)
                .body(containsString("id=\"e-token\">Aucun badge ne correspond à ce code.</p>"))
                .body(containsString("value=\"XXXX\""));
    }

    @Test
    void organiserRegistrationListAndBudgetEditor() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/inscriptions")
                .then().statusCode(200)
                .body(containsString("2 inscription(s)"))
                .body(containsString("registrations/export.csv"));
        given().auth().oauth2(organiser).when().get("/organisation/" + SLUG + "/budget")
                .then().statusCode(200)
                .body(containsString("name=\"provisional_l1\""))
                .body(containsString("value=\"32000.00\""))
                .body(containsString("1\u00a0700,00"));
    }

    @Test
    void partnerDashboardsHoldNoPersonalData() {
        String token = TestTokens.partner();
        String page = given().auth().oauth2(token).when().get("/partenaires/" + SLUG)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Budget : charges et produits", "Région imaginaire", "59\u00a0%",
                "Remplissage des ateliers", "Atelier : coopérer entre intercommunalités", "data-chart=");
        assertThat(page).doesNotContain("Camille", "Fictive", "exemple.test", "Imaginaire\"", "@");
        given().auth().oauth2(TestTokens.participant()).when().get("/partenaires/" + SLUG).then().statusCode(403);
    }

    @Test
    void staticAssetsAndChartLibraryAreServed() {
        given().when().get("/static/app.css").then().statusCode(200);
        given().when().get("/vendor/chartjs/chart.umd.min.js").then().statusCode(200)
                .body(startsWith("/*!\n * Chart.js v4"));
        given().when().get("/vendor/chartjs/LICENSE.md").then().statusCode(200).body(containsString("MIT"));
        given().when().get("/static/app.js").then().statusCode(200).header("X-Content-Type-Options", is("nosniff"));
    }
}
