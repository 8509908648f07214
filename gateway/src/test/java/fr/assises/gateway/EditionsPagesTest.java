package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Editions in the organiser console: create one, clone one with a choice of parts, see drafts (never in public),
 * move the status with a confirmation. Its own stand-ins so the editions made here stay in this class.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class EditionsPagesTest {

    private final String organiser = TestTokens.organiser();

    private RequestSpecification organiser() {
        return given().auth().oauth2(organiser).redirects().follow(false);
    }

    private static String slug() {
        return "congres-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long posts(String path) {
        return StandInServices.RECEIVED.stream()
                .filter(r -> "POST".equals(r.getString("method")) && path.equals(r.getString("path"))).count();
    }

    @Test
    void theConsoleListsEveryEditionWithItsStatusAndTheLinksToCreateOrClone() {
        organiser().when().get("/organisation").then().statusCode(200)
                .body(containsString("href=\"/organisation/editions/nouvelle\">Nouvelle édition</a>"))
                .body(containsString("href=\"/organisation/editions/cloner\">Cloner une édition</a>"))
                .body(containsString("<a href=\"/organisation/congres-2025\">2e Congrès national"))
                .body(containsString("Statut&nbsp;: <strong>Archivé</strong>"))
                .body(containsString("href=\"/organisation/editions/cloner?source=" + StandInServices.CONGRESS_ID + "\""));
        given().auth().oauth2(TestTokens.participant()).when().get("/organisation/editions/nouvelle").then()
                .statusCode(403);
    }

    @Test
    void aNewEditionIsADraftTheConsoleShowsAndThePublicNeverSees() {
        String slug = slug();
        long before = posts("/api/programme/congresses");
        organiser().formParam("title", "").formParam("slug", "Congrès 2028").formParam("startDate", "2028-06-22")
                .formParam("endDate", "2028-06-23").formParam("venue", "Halle fictive").when()
                .post("/organisation/editions/nouvelle").then().statusCode(422)
                .body(containsString("id=\"e-title\">ne doit pas être vide"))
                .body(containsString("id=\"e-slug\">lettres minuscules, chiffres et tirets"))
                .body(containsString("value=\"Congrès 2028\" aria-invalid=\"true\" aria-describedby=\"e-slug slug-hint\""));
        organiser().formParam("title", "4e Congrès").formParam("slug", slug).formParam("startDate", "22 juin")
                .formParam("endDate", "2028-06-23").formParam("venue", "Halle fictive").when()
                .post("/organisation/editions/nouvelle").then().statusCode(422)
                .body(containsString("id=\"e-startDate\">Date attendue"));
        organiser().formParam("title", "4e Congrès").formParam("slug", slug).formParam("startDate", "2028-06-23")
                .formParam("endDate", "2028-06-22").formParam("venue", "Halle fictive").when()
                .post("/organisation/editions/nouvelle").then().statusCode(422)
                .body(containsString("id=\"e-endDate\">La date de fin précède la date de début."));
        organiser().formParam("title", "4e Congrès").formParam("slug", StandInServices.SLUG)
                .formParam("startDate", "2028-06-22").formParam("endDate", "2028-06-23").formParam("venue", "Halle")
                .when().post("/organisation/editions/nouvelle").then().statusCode(422)
                .body(containsString("congres-2027 » est déjà utilisé par un autre congrès"));
        assertThat(posts("/api/programme/congresses")).isEqualTo(before + 3);
        organiser().when().get("/organisation").then().body(not(containsString("4e Congrès")));

        organiser().formParam("title", "4e Congrès national").formParam("slug", slug)
                .formParam("startDate", "2028-06-22").formParam("endDate", "2028-06-23")
                .formParam("venue", "Halle fictive de Brocéliande").formParam("timeZone", "Indian/Reunion").when()
                .post("/organisation/editions/nouvelle").then().statusCode(303)
                .header("Location", containsString("/organisation/" + slug + "?ok=created"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("body"))
                .contains("\"timeZone\":\"Indian/Reunion\"", "\"start\":\"2028-06-22T09:00:00+04:00\"",
                        "\"end\":\"2028-06-23T17:30:00+04:00\""));

        organiser().queryParam("ok", "created").when().get("/organisation/" + slug).then().statusCode(200)
                .body(containsString("Édition créée en brouillon."))
                .body(containsString("Statut&nbsp;: <strong>Brouillon</strong>"))
                .body(containsString("href=\"/organisation/" + slug + "/statut/OPEN\">Ouvrir le congrès…</a>"));
        organiser().when().get("/organisation/" + slug + "/configuration").then().statusCode(200)
                .body(not(containsString("name=\"status\"")))
                .body(containsString("se change depuis la console"));
        organiser().when().get("/organisation").then().body(containsString("<a href=\"/organisation/" + slug + "\">"));
        given().when().get("/congres/" + slug).then().statusCode(404);
        given().when().get("/").then().body(not(containsString(slug)));
    }

    @Test
    void aCloneCarriesTheChosenPartsToTheNewDates() {
        organiser().queryParam("source", StandInServices.CONGRESS_ID).when().get("/organisation/editions/cloner")
                .then().statusCode(200)
                .body(containsString("<option value=\"" + StandInServices.CONGRESS_ID + "\" selected>"))
                .body(containsString("id=\"part-REGISTRATION\" name=\"parts\" value=\"REGISTRATION\" checked"))
                .body(containsString("id=\"part-SPEAKERS\" name=\"parts\" value=\"SPEAKERS\">"));
        long before = posts("/api/programme/congresses/" + StandInServices.CONGRESS_ID + "/clone");
        organiser().formParam("source", "").formParam("title", "Copie").formParam("slug", slug())
                .formParam("startDate", "2028-06-22").when().post("/organisation/editions/cloner").then()
                .statusCode(422).body(containsString("id=\"e-source\">Choisissez l’édition à cloner."));
        organiser().formParam("source", StandInServices.CONGRESS_ID).formParam("title", " ").formParam("slug", "A B")
                .formParam("startDate", "2028-06-22").formParam("parts", "BUDGET").when()
                .post("/organisation/editions/cloner").then().statusCode(422)
                .body(containsString("id=\"e-title\">ne doit pas être vide"))
                .body(containsString("id=\"e-slug\">lettres minuscules"))
                .body(containsString("value=\"BUDGET\" checked"))
                .body(containsString("value=\"PROGRAMME\">"));
        organiser().formParam("source", UUID.randomUUID().toString()).formParam("title", "Copie")
                .formParam("slug", slug()).formParam("startDate", "2028-06-22").when()
                .post("/organisation/editions/cloner").then().statusCode(422)
                .body(containsString("id=\"e-source\">Cette édition n’existe plus"));

        String slug = slug();
        organiser().formParam("source", StandInServices.CONGRESS_ID).formParam("title", "4e Congrès national")
                .formParam("slug", slug).formParam("startDate", "2028-06-22")
                .formParam("parts", "PROGRAMME", "ROOMS", "REGISTRATION", "BUDGET", "EVALUATION").when()
                .post("/organisation/editions/cloner").then().statusCode(303)
                .header("Location", containsString("/organisation/" + slug + "?ok=cloned"));
        assertThat(posts("/api/programme/congresses/" + StandInServices.CONGRESS_ID + "/clone")).isEqualTo(before + 2);
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("body")).contains(
                "\"slug\":\"" + slug + "\"", "\"startDate\":\"2028-06-22\"",
                "\"parts\":[\"PROGRAMME\",\"ROOMS\",\"REGISTRATION\",\"BUDGET\",\"EVALUATION\"]", "\"venue\":null"));
        organiser().queryParam("ok", "cloned").when().get("/organisation/" + slug).then().statusCode(200)
                .body(containsString("Édition clonée en brouillon."))
                .body(containsString("jeudi 22 juin 2028"))
                .body(containsString("Centre des congrès de Valbonne-sur-Loire"));
    }

    @Test
    void statusMovesOneConfirmedStepAtATimeAndRefusalsAreShown() {
        String slug = slug();
        organiser().formParam("title", "Édition à ouvrir").formParam("slug", slug).formParam("startDate", "2028-06-22")
                .formParam("endDate", "2028-06-23").formParam("venue", "Halle fictive").when()
                .post("/organisation/editions/nouvelle").then().statusCode(303);
        String base = "/organisation/" + slug + "/statut/";

        organiser().when().get(base + "OPEN").then().statusCode(200)
                .body(containsString("Ce qui change pour les participants"))
                .body(containsString("Le congrès apparaît sur la page d’accueil"))
                .body(containsString("Les participants peuvent s’inscrire pendant la période d’inscription"))
                .body(containsString("name=\"version\" value=\"0\""))
                .body(containsString("Oui, ouvrir le congrès"));
        organiser().formParam("version", "0").when().post(base + "ARCHIVED").then().statusCode(409)
                .body(containsString("seule l’étape suivante, « ouvert », est possible"));
        organiser().formParam("version", "5").when().post(base + "OPEN").then().statusCode(409)
                .body(containsString("modifiée entre-temps"));
        organiser().when().get("/organisation/" + slug).then().body(containsString("<strong>Brouillon</strong>"));

        organiser().formParam("version", "0").when().post(base + "OPEN").then().statusCode(303)
                .header("Location", containsString("/organisation/" + slug + "?ok=OPEN"));
        organiser().queryParam("ok", "OPEN").when().get("/organisation/" + slug).then()
                .body(containsString("Le congrès est ouvert"))
                .body(containsString("<strong>Ouvert</strong>"))
                .body(containsString("href=\"" + base + "CLOSED\">Clore les inscriptions…</a>"));
        organiser().when().get(base + "CLOSED").then().statusCode(200)
                .body(containsString("Plus personne ne peut s’inscrire"))
                .body(containsString("ne reviendra pas au statut « Ouvert »"));
        organiser().when().get(base + "DRAFT").then().statusCode(404);
        organiser().when().get(base + "FERME").then().statusCode(404);
        given().auth().oauth2(TestTokens.partner()).redirects().follow(false).formParam("version", "1").when()
                .post(base + "CLOSED").then().statusCode(403);
    }
}
