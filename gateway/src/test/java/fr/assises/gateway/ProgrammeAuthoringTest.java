package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

/**
 * Programme authoring in the browser's forms: sessions created, edited, cancelled and deleted from the planner,
 * speakers and themes, the room advice applied in one click, releases previewed then published, and the public
 * list of changes; programme-service's refusals shown next to the fields, what was typed kept. Its own stand-ins
 * so its changes do not reach the other classes' draft.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class ProgrammeAuthoringTest {

    private static final String PLANNER = "/organisation/" + StandInServices.SLUG + "/planning";
    private static final String SESSIONS = PLANNER + "/seances";

    private static RequestSpecification organiser() {
        return given().auth().oauth2(TestTokens.organiser()).redirects().follow(false);
    }

    /**
     * A workshop of the J1 afternoon in the Salle Chêne, with a speaker and a theme, as the form sends it; {@code
     * changes} are pairs of field and value replacing those.
     */
    private static RequestSpecification sessionForm(String title, String start, String end, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", "WORKSHOP");
        fields.put("description", "Retours d'expérience de deux territoires fictifs.");
        fields.put("halfDayCode", "J1-PM");
        fields.put("start", start);
        fields.put("end", end);
        fields.put("roomId", "7007a000-0000-4000-8000-000000000003");
        fields.put("capacity", "");
        fields.put("series", "");
        fields.put("speakerIds", "5bea0000-0000-4000-8000-000000000001");
        fields.put("themeIds", "7e3e0000-0000-4000-8000-000000000001");
        fields.put("moderatorId", "");
        fields.put("version", "");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        RequestSpecification form = organiser();
        fields.forEach(form::formParam);
        return form;
    }

    private static JsonObject lastReceived(String method, String pathPart) {
        List<JsonObject> received = StandInServices.RECEIVED.stream()
                .filter(r -> method.equals(r.getString("method")) && r.getString("path").contains(pathPart)).toList();
        assertThat(received).as(method + " " + pathPart).isNotEmpty();
        return received.get(received.size() - 1);
    }

    @Test
    void aSessionIsCreatedEditedCancelledAndAnUnreleasedOneDeletedFromThePlanner() {
        organiser().when().get(PLANNER).then().statusCode(200)
                .body(containsString("href=\"/organisation/congres-2027/planning/seances/nouvelle\""))
                .body(containsString("href=\"/organisation/congres-2027/planning/seances/5e551000-0000-4000-8000-000000000001\""));
        organiser().when().get(SESSIONS + "/nouvelle").then().statusCode(200)
                .body(containsString("<option value=\"WORKSHOP\" selected>Atelier</option>"))
                .body(containsString("id=\"sp-5bea0000-0000-4000-8000-000000000001\" name=\"speakerIds\" value=\"5bea0000-0000-4000-8000-000000000001\""))
                .body(containsString("Claude Exemple (Agence fictive de développement)"))
                .body(containsString("<label for=\"th-7e3e0000-0000-4000-8000-000000000001\">Coopération</label>"));

        // unreadable times and capacity: refused by the gateway next to the fields, nothing sent, typed kept
        int before = StandInServices.RECEIVED.size();
        sessionForm("Atelier : les tiers-lieux", "14h", "", "capacity", "trente").when().post(SESSIONS)
                .then().statusCode(422)
                .body(containsString("id=\"e-start\">Heure de début attendue"))
                .body(containsString("id=\"e-end\">Heure de fin attendue"))
                .body(containsString("id=\"e-capacity\">Un nombre entier de places"))
                .body(containsString("value=\"Atelier : les tiers-lieux\""))
                .body(containsString("value=\"trente\""));
        assertThat(StandInServices.RECEIVED.subList(before, StandInServices.RECEIVED.size()))
                .noneMatch(r -> "POST".equals(r.getString("method")) && r.getString("path").endsWith("/sessions"));
        // programme-service's refusals: an empty title, an end before the start
        sessionForm("  ", "14:00", "15:30").when().post(SESSIONS).then().statusCode(422)
                .body(containsString("id=\"e-title\">ne doit pas être vide"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"e-title\""));
        sessionForm("Atelier : les tiers-lieux", "15:30", "14:00").when().post(SESSIONS).then().statusCode(422)
                .body(containsString("id=\"e-end\">La fin de la séance doit suivre son début."));

        String location = sessionForm("Atelier : les tiers-lieux", "14:00", "15:30").when().post(SESSIONS)
                .then().statusCode(303).header("Location", containsString("/planning?ok=session-created"))
                .extract().header("Location");
        assertThat(location).doesNotContain("#s-");
        JsonObject sent = new JsonObject(lastReceived("POST", "/sessions").getString("body"));
        assertThat(sent.getString("start")).isEqualTo("2027-06-24T14:00:00+02:00");
        assertThat(sent.getString("halfDayCode")).isEqualTo("J1-PM");
        assertThat(sent.getJsonArray("speakerIds").getList()).containsExactly("5bea0000-0000-4000-8000-000000000001");
        assertThat(sent.getJsonArray("themeIds").getList()).containsExactly("7e3e0000-0000-4000-8000-000000000001");
        assertThat(sent.getValue("capacity")).isNull();

        String planner = organiser().when().get(PLANNER + "?ok=session-created").then().statusCode(200)
                .body(containsString("Séance ajoutée au brouillon du programme."))
                .extract().asString();
        Matcher created = Pattern.compile("id=\"s-([0-9a-f-]{36})\">\\s*<h2 class=\"planned-title\">Atelier : les tiers-lieux<")
                .matcher(planner);
        assertThat(created.find()).as("the new session in the grid").isTrue();
        String id = created.group(1);
        // it overlaps the Salle Chêne's workshop: the conflict is in both cells
        assertThat(planner).containsPattern("« Atelier : (les tiers-lieux|coopérer entre intercommunalités) » et "
                + "« Atelier : (coopérer entre intercommunalités|les tiers-lieux) » occupent la même salle");

        // edited: typed back with its version, the room changed
        organiser().when().get(SESSIONS + "/" + id).then().statusCode(200)
                .body(containsString("name=\"version\" value=\"0\""))
                .body(containsString("value=\"14:00\""))
                .body(containsString("id=\"sp-5bea0000-0000-4000-8000-000000000001\" name=\"speakerIds\" value=\"5bea0000-0000-4000-8000-000000000001\" checked"));
        sessionForm("Atelier : les tiers-lieux, suite", "16:00", "17:00", "roomId", "7007a000-0000-4000-8000-000000000004", "version", "0",
                "capacity", "25")
                .when().post(SESSIONS + "/" + id).then().statusCode(303)
                .header("Location", containsString("/planning?ok=session-saved#s-" + id));
        JsonObject put = new JsonObject(lastReceived("PUT", "/sessions/" + id).getString("body"));
        assertThat(put.getLong("version")).isZero();
        assertThat(put.getInteger("capacity")).isEqualTo(25);
        // the same version again is stale: refused, typed kept
        sessionForm("Encore", "16:00", "17:00", "version", "0").when().post(SESSIONS + "/" + id)
                .then().statusCode(422).body(containsString("modifiée entre-temps")).body(containsString("value=\"Encore\""));

        // never released: it can be deleted; a released one only cancelled
        organiser().when().post(SESSIONS + "/" + id + "/suppression").then().statusCode(303)
                .header("Location", containsString("ok=session-deleted"));
        organiser().when().get(SESSIONS + "/" + id).then().statusCode(404);
        organiser().when().post(SESSIONS + "/5e551000-0000-4000-8000-000000000003/suppression").then().statusCode(409)
                .body(containsString("annulez-la plutôt que de la supprimer"));
        organiser().when().post(SESSIONS + "/5e551000-0000-4000-8000-000000000003/annulation").then().statusCode(303)
                .header("Location", containsString("ok=session-cancelled#s-5e551000-0000-4000-8000-000000000003"));
        organiser().when().get(PLANNER).then().statusCode(200)
                .body(containsString("is-cancelled\" id=\"s-5e551000-0000-4000-8000-000000000003\""));
        organiser().when().post(SESSIONS + "/5e551000-0000-4000-8000-000000000003/annulation").then().statusCode(409)
                .body(containsString("Cette séance est annulée"));
    }

    @Test
    void aSeriesIsChosenOrStartedAndItsRuleShownOnTheField() {
        organiser().when().get(SESSIONS + "/nouvelle?demi-journee=J1-PM&salle=7007a000-0000-4000-8000-000000000002").then().statusCode(200)
                .body(containsString("<option value=\"5e71e500-0000-4000-8000-000000000001\">J1-PM 14:00–15:30 : 2 ateliers"))
                .body(containsString("<option value=\"nouvelle\">Nouvelle série</option>"))
                .body(containsString("<option value=\"7007a000-0000-4000-8000-000000000002\" selected>"));
        sessionForm("Forum en série", "14:00", "15:30", "kind", "FORUM", "series", "5e71e500-0000-4000-8000-000000000001")
                .when().post(SESSIONS).then().statusCode(422)
                .body(containsString("id=\"e-kind\">Une série ne réunit que des ateliers."));
        sessionForm("Atelier en série", "14:00", "15:30", "roomId", "", "series", "nouvelle")
                .when().post(SESSIONS).then().statusCode(303);
        assertThat(new JsonObject(lastReceived("POST", "/sessions").getString("body")).getString("seriesId"))
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void speakersAreListedWithTheirContactAndConsentThenAddedEditedAndDeleted() {
        String speakers = "/organisation/" + StandInServices.SLUG + "/intervenants";
        organiser().when().get(speakers).then().statusCode(200)
                .body(containsString("claude.exemple@example.test"))
                .body(containsString("Non (pas d’accord)"));
        given().auth().oauth2(TestTokens.participant()).redirects().follow(false).when().get(speakers)
                .then().statusCode(403).body(not(containsString("claude.exemple@example.test")));

        organiser().formParam("name", "").formParam("email", "pas-une-adresse").when().post(speakers)
                .then().statusCode(422)
                .body(containsString("id=\"e-name\">ne doit pas être vide"))
                .body(containsString("id=\"e-email\">doit être une adresse électronique"))
                .body(containsString("value=\"pas-une-adresse\""));
        organiser().formParam("name", "Camille Imaginaire").formParam("organisation", "Pays fictif du Haut-Val")
                .formParam("publicConsent", "true").formParam("email", "camille@example.test")
                .formParam("phone", "+33 1 00 00 00 01").when().post(speakers)
                .then().statusCode(303).header("Location", containsString("ok=speaker-created"));
        JsonObject sent = new JsonObject(lastReceived("POST", "/speakers").getString("body"));
        assertThat(sent.getBoolean("publicConsent")).isTrue();
        String list = organiser().when().get(speakers + "?ok=speaker-created").then().statusCode(200)
                .body(containsString("Intervenant·e ajouté·e.")).extract().asString();
        Matcher m = Pattern.compile("href=\"/organisation/congres-2027/intervenants/([0-9a-f-]{36})\">Camille Imaginaire")
                .matcher(list);
        assertThat(m.find()).isTrue();
        String id = m.group(1);

        organiser().when().get(speakers + "/" + id).then().statusCode(200)
                .body(containsString("id=\"f-publicConsent\" name=\"publicConsent\" value=\"true\" aria-describedby=\"consent-hint\" checked"));
        organiser().formParam("name", "Camille Imaginaire").formParam("version", "0").formParam("phone", "abc")
                .when().post(speakers + "/" + id).then().statusCode(422)
                .body(containsString("id=\"e-phone\">chiffres, espaces et + ( ) . - seulement"));
        organiser().formParam("name", "Camille Imaginaire").formParam("version", "0")
                .when().post(speakers + "/" + id).then().statusCode(303);
        assertThat(new JsonObject(lastReceived("PUT", "/speakers/" + id).getString("body")).getBoolean("publicConsent"))
                .as("consent unticked").isFalse();
        // someone who speaks in a session cannot be deleted
        sessionForm("Atelier avec Claude", "09:00", "10:00", "halfDayCode", "J2-AM", "roomId", "")
                .when().post(SESSIONS).then().statusCode(303);
        organiser().when().post(speakers + "/5bea0000-0000-4000-8000-000000000001/suppression").then().statusCode(409)
                .body(containsString("participe à une séance"));
        organiser().when().post(speakers + "/" + id + "/suppression").then().statusCode(303)
                .header("Location", containsString("ok=speaker-deleted"));
        organiser().when().get(speakers + "/" + id).then().statusCode(404);
    }

    @Test
    void themesAreAddedEditedAndDeletedInPlace() {
        String themes = "/organisation/" + StandInServices.SLUG + "/thematiques";
        organiser().when().get(themes).then().statusCode(200).body(containsString("<legend>Coopération</legend>"));
        organiser().formParam("code", "Mobilités Rurales").formParam("name", "").when().post(themes)
                .then().statusCode(422)
                .body(containsString("id=\"e-newTheme-code\">lettres minuscules, chiffres et tirets"))
                .body(containsString("id=\"e-newTheme-name\">ne doit pas être vide"))
                .body(containsString("value=\"Mobilités Rurales\""));
        organiser().formParam("code", "cooperation").formParam("name", "Doublon").when().post(themes)
                .then().statusCode(422).body(containsString("id=\"f-newTheme-general\">Le code « cooperation » est déjà"));
        organiser().formParam("code", "mobilites-rurales").formParam("name", "Mobilités rurales").when().post(themes)
                .then().statusCode(303).header("Location", containsString("ok=theme-created"));
        organiser().formParam("code", "gouvernance").formParam("name", "Gouvernance locale").formParam("version", "0")
                .when().post(themes + "/7e3e0000-0000-4000-8000-000000000002").then().statusCode(303)
                .header("Location", containsString("#theme-7e3e0000-0000-4000-8000-000000000002"));
        organiser().when().get(themes).then().body(containsString("<legend>Gouvernance locale</legend>"))
                .body(containsString("<legend>Mobilités rurales</legend>"));
        organiser().when().post(themes + "/7e3e0000-0000-4000-8000-000000000002/suppression").then().statusCode(303);
        organiser().when().get(themes).then().body(not(containsString("<legend>Gouvernance locale</legend>")));
    }

    @Test
    void theAdvisedRoomChangeIsAppliedInOneClickAndAStaleOneRefused() {
        organiser().when().get(PLANNER).then().statusCode(200)
                .body(containsString("vers « Hall des Tanneurs » (300 places), libre sur ce créneau."))
                .body(containsString("name=\"suggestedRoomId\" value=\"7007a000-0000-4000-8000-000000000002\""));
        organiser().formParam("sessionId", "5e551000-0000-4000-8000-000000000002").formParam("suggestedRoomId", "7007a000-0000-4000-8000-000000000003")
                .when().post(PLANNER + "/conseils").then().statusCode(422)
                .body(containsString("Ce changement de salle n&#39;est plus conseillé"));
        organiser().formParam("sessionId", "5e551000-0000-4000-8000-000000000002").formParam("suggestedRoomId", "7007a000-0000-4000-8000-000000000002")
                .when().post(PLANNER + "/conseils").then().statusCode(303)
                .header("Location", containsString("ok=advice-applied&deplace=5e551000-0000-4000-8000-000000000002#s-5e551000-0000-4000-8000-000000000002"));
        organiser().when().get(PLANNER + "?ok=advice-applied").then().statusCode(200)
                .body(containsString("Changement de salle appliqué."))
                .body(not(containsString("name=\"suggestedRoomId\"")));
        given().auth().oauth2(TestTokens.partner()).redirects().follow(false)
                .formParam("sessionId", "5e551000-0000-4000-8000-000000000002").formParam("suggestedRoomId", "7007a000-0000-4000-8000-000000000002")
                .when().post(PLANNER + "/conseils").then().statusCode(403);
    }

    @Test
    void aReleaseIsPreviewedConfirmedAndPublishedAndThePublicSeesWhatChanged() {
        String releases = "/organisation/" + StandInServices.SLUG + "/versions";
        organiser().when().get(releases).then().statusCode(200)
                .body(containsString("Ce qui a changé depuis la version 2"))
                .body(containsString("<h3 id=\"release-2\">Version 2"))
                .body(containsString("<h3 id=\"release-1\">Version 1"));
        sessionForm("Atelier : la nouveauté", "16:00", "17:00", "roomId", "7007a000-0000-4000-8000-000000000004", "speakerIds", "5bea0000-0000-4000-8000-000000000002")
                .when().post(SESSIONS).then().statusCode(303);
        organiser().when().get(releases).then().statusCode(200)
                .body(containsString("Une séance ajoutée"))
                .body(containsString("« Atelier : la nouveauté » (Atelier)"))
                .body(containsString("href=\"/organisation/congres-2027/versions/publication\">Publier la version 3…"));
        organiser().when().get(releases + "/publication").then().statusCode(200)
                .body(containsString("Le programme public, son agenda iCalendar"))
                .body(containsString("<button type=\"submit\">Publier la version 3</button>"));
        organiser().when().post(releases + "/publication").then().statusCode(303)
                .header("Location", containsString("/versions?publiee=3"));
        organiser().when().get(releases + "?publiee=3").then().statusCode(200)
                .body(containsString("Version 3 publiée"));

        given().when().get("/congres/" + StandInServices.SLUG + "/programme").then().statusCode(200)
                .body(containsString("href=\"/congres/congres-2027/programme/changements\""));
        given().when().get("/congres/" + StandInServices.SLUG + "/programme/changements").then().statusCode(200)
                .body(containsString("Ce qui a changé depuis la version 2"))
                .body(containsString("« Atelier : la nouveauté »"))
                .body(containsString("Ce qui a changé depuis la version 1"))
                .body(containsString("Déplacée : jeu. 24 juin 16:00–17:30"));
        given().when().get("/congres/inconnu/programme/changements").then().statusCode(404);

        // a hard conflict blocks the publication: said on the confirmation page, nothing published
        sessionForm("Atelier en double", "16:30", "17:00", "roomId", "7007a000-0000-4000-8000-000000000004").when().post(SESSIONS)
                .then().statusCode(303);
        organiser().when().get(releases + "/publication").then().statusCode(200)
                .body(containsString("Un conflit bloque la publication"))
                .body(not(containsString("<button type=\"submit\">Publier")));
        organiser().when().post(releases + "/publication").then().statusCode(422)
                .body(containsString("conflits bloquants"));
    }
}
