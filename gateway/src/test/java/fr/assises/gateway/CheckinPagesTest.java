package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The check-in desk with its points, and the catering page, against registration-service's stand-in. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class CheckinPagesTest {

    static final String DESK = "/organisation/" + StandInServices.SLUG + "/accueil";
    static final String CATERING = "/organisation/" + StandInServices.SLUG + "/restauration";

    @Test
    void theDeskChoosesItsPointAndEachScanGetsOneMessage() {
        String organiser = TestTokens.organiser();
        String entrance = given().auth().oauth2(organiser).when().get(DESK).then().statusCode(200).extract().asString();
        assertThat(entrance).contains("<option value=\"ENTRANCE\" selected>Entrée du congrès</option>",
                "<option value=\"5e551000-0000-4000-8000-000000000001\">Atelier : coopérer entre intercommunalités – 24 juin 2027 à 14:00</option>",
                "<option value=\"5e551000-0000-4000-8000-000000000006\">Déjeuner du jeudi – 24 juin 2027 à 12:30</option>",
                "<input type=\"hidden\" name=\"point\" value=\"ENTRANCE\">",
                "<optgroup label=\"Ateliers\">", "<optgroup label=\"Repas\">",
                "<caption id=\"c-points\">Arrivées par point</caption>",
                "<caption id=\"c-categories\">Arrivées par catégorie (entrée)</caption>",
                "2\u00a0arrivées sur 363\u00a0inscriptions confirmées",
                "/api/registration/congresses/" + StandInServices.CONGRESS_ID + "/check-ins/points.csv");
        // readable category labels, not codes
        assertThat(entrance).contains("<th scope=\"row\">Professionnel</th>").doesNotContain(">PROFESSIONNEL<");
        // the badges to print, one file per batch of 50 in name order, each a few seconds of work
        assertThat(entrance).contains("371 badges par ordre alphabétique des noms, en 8 fichiers de 50 au plus\u00a0:",
                "<a href=\"/api/registration/congresses/" + StandInServices.CONGRESS_ID
                        + "/manage/badges.pdf?batch=1\" download>Badges 1 à 50 (Abadie – Bertin), PDF</a>",
                "manage/badges.pdf?batch=8\" download>Badges 351 à 371 (Vidal – Zimmer), PDF</a>");
        assertThat(given().auth().oauth2(organiser).queryParam("lang", "en").when().get(DESK).then().statusCode(200)
                .extract().asString()).contains("371 badges in alphabetical order of names, in 8 files of at most 50:",
                        "Badges 351 to 371 (Vidal – Zimmer), PDF");

        String workshop = given().auth().oauth2(organiser).queryParam("point", "5e551000-0000-4000-8000-000000000001").when().get(DESK)
                .then().statusCode(200).extract().asString();
        assertThat(workshop).contains("<option value=\"5e551000-0000-4000-8000-000000000001\" selected>",
                "<input type=\"hidden\" name=\"point\" value=\"5e551000-0000-4000-8000-000000000001\">",
                "<strong>Point actuel\u00a0:</strong> Atelier : coopérer entre intercommunalités",
                "17 arrivées sur 25 personnes attendues\u00a0; 9 absentes\u00a0; 1 arrivée non attendue")
                .doesNotContain("c-categories");

        String first = given().auth().oauth2(organiser).formParam("token", "OK-77").formParam("point", "5e551000-0000-4000-8000-000000000001")
                .when().post(DESK).then().statusCode(200).extract().asString();
        assertThat(first).contains("<strong>Arrivée enregistrée : Camille Fictive</strong> (Professionnel · ")
                .doesNotContain("Déjà");
        assertThat(notices(first)).isEqualTo(1);

        String again = given().auth().oauth2(organiser).formParam("token", "OK-77-AGAIN").formParam("point", "5e551000-0000-4000-8000-000000000001")
                .when().post(DESK).then().statusCode(200).extract().asString();
        assertThat(again).contains("Déjà arrivé(e) le 24 juin 2027 à 08:42.")
                .doesNotContain("Arrivée enregistrée").doesNotContain("Déjà enregistré(e)");
        assertThat(notices(again)).isEqualTo(1);

        given().auth().oauth2(organiser).formParam("token", "OK-78-AILLEURS").formParam("point", "5e551000-0000-4000-8000-000000000001")
                .when().post(DESK).then().statusCode(200)
                .body(containsString("Camille Fictive n’était pas inscrit(e) à ce point\u00a0: arrivée comptée à part."));
    }

    @Test
    void refusalsAreShownNextToTheirField() {
        String organiser = TestTokens.organiser();
        String unknownPoint = given().auth().oauth2(organiser).formParam("token", "OK-1").formParam("point", "s-disparu")
                .when().post(DESK).then().statusCode(422).extract().asString();
        assertThat(unknownPoint).contains("<p class=\"field-error\" id=\"e-point\">Point d&#39;accueil inconnu",
                "aria-describedby=\"h-point e-point\" aria-invalid=\"true\"", "value=\"OK-1\"")
                .doesNotContain("Arrivée enregistrée");
        given().auth().oauth2(organiser).formParam("token", "FAUX").formParam("point", "5e551000-0000-4000-8000-000000000001")
                .when().post(DESK).then().statusCode(422)
                .body(containsString("id=\"e-token\">Badge inconnu ou falsifié.</p>"))
                .body(containsString("value=\"FAUX\""));
        given().auth().oauth2(organiser).queryParam("point", "s-disparu").when().get(DESK).then().statusCode(200)
                .body(containsString("id=\"e-point\">Ce point n’est pas ou plus au programme\u00a0: choisissez-en un autre.</p>"));
        given().auth().oauth2(TestTokens.partner()).when().get(DESK).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).formParam("token", "OK-1").when().post(DESK).then().statusCode(403);
    }

    @Test
    void cateringIsFrozenOnDemandThenListsTheLateChanges() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(TestTokens.partner()).when().get(CATERING).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).when().post(CATERING + "/gel").then().statusCode(403);

        // the programme lost its meals: the service's refusal is shown next to the button, nothing frozen
        StandInCheckin.NO_MEAL.set(true);
        try {
            given().auth().oauth2(organiser).when().post(CATERING + "/gel").then().statusCode(422)
                    .body(containsString("<p class=\"field-error\" id=\"e-freeze\">Aucun repas au programme publié"))
                    .body(containsString("aria-describedby=\"e-freeze\""))
                    .body(containsString("Les effectifs n’ont pas encore été gelés."));
        } finally {
            StandInCheckin.NO_MEAL.set(false);
        }
        String before = given().auth().oauth2(organiser).when().get(CATERING).then().statusCode(200).extract().asString();
        assertThat(before).contains("Date de gel des effectifs\u00a0: 14 juin 2027 à 23:59.",
                "Les effectifs n’ont pas encore été gelés.", "data-confirm=\"Geler les effectifs maintenant\u00a0?")
                .doesNotContain("late-changes.csv");

        given().auth().oauth2(organiser).redirects().follow(false).when().post(CATERING + "/gel").then()
                .statusCode(303).header("Location", endsWith("/organisation/congres-2027/restauration?ok=frozen"));
        String after = given().auth().oauth2(organiser).queryParam("ok", "frozen").when().get(CATERING).then()
                .statusCode(200).extract().asString();
        assertThat(after).contains("Effectifs gelés\u00a0: ils sont désormais la référence du traiteur.",
                "Effectifs gelés le 15 juin 2027 à 00:00 (automatiquement, à la date de gel).",
                "<td class=\"num\">300</td><td class=\"num\">300</td><td class=\"num\">1</td><td class=\"num\">1</td>"
                        + "<td class=\"num\">21</td>",
                "Inscription annulée", "Sortie de la liste d’attente", "−1 couvert", "+1 couvert", "sans gluten",
                "Dominique Essai", "/api/registration/congresses/" + StandInServices.CONGRESS_ID
                        + "/manage/catering/late-changes.csv")
                .doesNotContain("CANCELLED").doesNotContain("PROMOTED");
        given().auth().oauth2(organiser).queryParam("lang", "en").when().get(CATERING).then().statusCode(200)
                .body(containsString("Late changes since the freeze")).body(containsString("Off the waiting list"))
                .body(not(containsString("Changements tardifs")));
    }

    private static int notices(String html) {
        return html.split("role=\"status\"", -1).length - 1;
    }
}
