package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The congress set-up beyond titles: dates, half-days and rooms, against a programme-service stand-in that refuses
 * what the real one refuses. Its own stand-ins (the {@code down} argument names no service) so the edits made here
 * do not reach the other classes' congress.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class CongressSetUpTest {

    private static final String SETUP = "/organisation/" + StandInServices.SLUG + "/configuration";

    /** The main form as the page fills it, with the dates given. */
    private static RequestSpecification congressForm(String organiser, String startDate, String endDate) {
        RequestSpecification form = given().auth().oauth2(organiser).redirects().follow(false)
                .formParam("title", "3e Congrès national des développeurs territoriaux")
                .formParam("venue", "Centre des congrès de Valbonne-sur-Loire").formParam("status", "OPEN")
                .formParam("startDate", startDate).formParam("endDate", endDate);
        Map.of("J1-AM", "09:00-12:30", "J1-PM", "14:00-17:30", "J2-AM", "09:00-12:30", "J2-PM", "14:00-16:30")
                .forEach((code, times) -> form.formParam("start_" + code, times.substring(0, 5))
                        .formParam("end_" + code, times.substring(6)));
        return form;
    }

    @Test
    void organisersChangeTheDatesAndAddThenRemoveAnEmptyHalfDay() {
        String organiser = TestTokens.organiser();
        given().auth().oauth2(organiser).when().get(SETUP)
                .then().statusCode(200)
                .body(containsString("id=\"f-startDate\" name=\"startDate\" required value=\"2027-06-24\""))
                .body(containsString("id=\"f-endDate\" name=\"endDate\" required value=\"2027-06-25\""))
                .body(containsString("Retirer la demi-journée J2-PM"));

        // a last day that would leave J2 outside: refused before programme-service, next to the field, typed kept
        congressForm(organiser, "2027-06-24", "2027-06-24").when().post(SETUP)
                .then().statusCode(422)
                .body(containsString("id=\"e-endDate\">La demi-journée J2-AM (vendredi 25 juin 2027) serait hors des dates du congrès"))
                .body(containsString("name=\"endDate\" required value=\"2027-06-24\" aria-invalid=\"true\" aria-describedby=\"e-endDate\""));
        // an earlier first day renumbers J1-AM, which holds sessions
        congressForm(organiser, "2027-06-23", "2027-06-25").when().post(SETUP)
                .then().statusCode(422)
                .body(containsString("id=\"e-startDate\">Les demi-journées sont numérotées depuis le premier jour : J1-AM deviendrait J2-AM"));
        congressForm(organiser, "2027-06-24", "not a date").when().post(SETUP)
                .then().statusCode(422)
                .body(containsString("id=\"e-endDate\">Date attendue"));

        congressForm(organiser, "2027-06-24", "2027-06-26").when().post(SETUP)
                .then().statusCode(303).header("Location", containsString("/configuration?ok=saved"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("PUT");
            assertThat(r.getString("body")).contains("\"startDate\":\"2027-06-24\"", "\"endDate\":\"2027-06-26\"");
        });

        // a half-day on the new day, with the usual afternoon times
        given().auth().oauth2(organiser).redirects().follow(false).formParam("date", "2027-06-26")
                .formParam("period", "AFTERNOON").when().post(SETUP + "/demi-journees")
                .then().statusCode(303).header("Location", containsString("?ok=halfday-added#demi-journees"));
        given().auth().oauth2(organiser).queryParam("ok", "halfday-added").when().get(SETUP)
                .then().statusCode(200)
                .body(containsString("Demi-journée ajoutée."))
                .body(containsString("J3-PM : samedi 26 juin 2027, après-midi (14:00–17:30)"))
                .body(containsString("id=\"end-J3-PM\" name=\"end_J3-PM\" value=\"17:30\""));
        // a second afternoon that day: programme-service's refusal next to the new half-day, times kept
        given().auth().oauth2(organiser).formParam("date", "2027-06-26").formParam("period", "AFTERNOON")
                .formParam("start", "18:00").formParam("end", "19:00").when().post(SETUP + "/demi-journees")
                .then().statusCode(422)
                .body(containsString("id=\"e-newHalfDay\">Deux demi-journées J3-PM : une seule matinée et un seul après-midi par jour.</p>"))
                .body(containsString("id=\"hd-start\" name=\"start\" aria-describedby=\"hd-hint\" value=\"18:00\""))
                .body(containsString("<option value=\"AFTERNOON\" selected>"));
        given().auth().oauth2(organiser).formParam("date", "2027-06-28").formParam("period", "MORNING")
                .when().post(SETUP + "/demi-journees")
                .then().statusCode(422)
                .body(containsString("id=\"e-newHalfDay\">La demi-journée doit se situer entre les dates du congrès.</p>"));
        given().auth().oauth2(organiser).formParam("date", "2027-06-26").formParam("period", "MORNING")
                .formParam("start", "14:00").formParam("end", "15:00").when().post(SETUP + "/demi-journees")
                .then().statusCode(422)
                .body(containsString("id=\"e-newHalfDay\">Une matinée commence avant midi"));

        // J2-PM holds the closing session: kept, with the reason next to it
        given().auth().oauth2(organiser).when().post(SETUP + "/demi-journees/J2-PM/suppression")
                .then().statusCode(422)
                .body(containsString("id=\"e-halfDay-J2-PM\">La demi-journée J2-PM accueille encore 1 séance (Clôture)"))
                .body(containsString("<a href=\"#f-halfDay-J2-PM\">"));
        given().auth().oauth2(organiser).redirects().follow(false).when().post(SETUP + "/demi-journees/J3-PM/suppression")
                .then().statusCode(303).header("Location", containsString("?ok=halfday-removed#demi-journees"));
        given().auth().oauth2(organiser).when().get(SETUP)
                .then().body(not(containsString("J3-PM")))
                .body(containsString("J2-PM : vendredi 25 juin 2027"));
        congressForm(organiser, "2027-06-24", "2027-06-25").when().post(SETUP).then().statusCode(303);

        String participant = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(participant).formParam("date", "2027-06-25").formParam("period", "MORNING")
                .when().post(SETUP + "/demi-journees").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when().post(SETUP + "/demi-journees/J1-AM/suppression")
                .then().statusCode(403);
    }

    @Test
    void organisersAddRenameAndDeleteAnUnusedRoom() {
        String organiser = TestTokens.organiser();
        String name = "Salle Test " + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(organiser).when().get(SETUP)
                .then().statusCode(200)
                .body(containsString("<legend>Amphithéâtre Loire (500 places)</legend>"));

        given().auth().oauth2(organiser).formParam("name", name).formParam("capacity", "vingt")
                .when().post(SETUP + "/salles")
                .then().statusCode(422)
                .body(containsString("id=\"e-newRoom\">Capacité attendue : un nombre entier de places, au moins 1.</p>"))
                .body(containsString("id=\"room-new-name\" name=\"name\" required value=\"" + name + "\""))
                .body(containsString("value=\"vingt\""));
        given().auth().oauth2(organiser).formParam("name", "Salle Chêne").formParam("capacity", "20")
                .when().post(SETUP + "/salles")
                .then().statusCode(422)
                .body(containsString("id=\"e-newRoom\">Une salle porte déjà le nom « Salle Chêne ».</p>"));
        given().auth().oauth2(organiser).formParam("name", " ").formParam("capacity", "20")
                .when().post(SETUP + "/salles")
                .then().statusCode(422)
                .body(containsString("id=\"e-newRoom\">Nom de la salle : ne doit pas être vide</p>"));

        given().auth().oauth2(organiser).redirects().follow(false).formParam("name", name).formParam("capacity", "25")
                .formParam("accessible", "true").when().post(SETUP + "/salles")
                .then().statusCode(303).header("Location", containsString("?ok=room-added#salles"));
        String page = given().auth().oauth2(organiser).queryParam("ok", "room-added").when().get(SETUP)
                .then().statusCode(200).body(containsString("Salle ajoutée.")).extract().asString();
        Matcher room = Pattern.compile("/salles/([0-9a-f-]{36})\" novalidate class=\"room-form\">\\s*<fieldset[^>]*>\\s*<legend>"
                + Pattern.quote(name) + " \\(25 places\\)").matcher(page);
        assertThat(room.find()).as("the new room's form").isTrue();
        String roomId = room.group(1);

        given().auth().oauth2(organiser).redirects().follow(false).formParam("name", name + " bis")
                .formParam("capacity", "60").formParam("version", "0").when().post(SETUP + "/salles/" + roomId)
                .then().statusCode(303).header("Location", containsString("?ok=room-saved#salles"));
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("path")).isEqualTo("/api/programme/congresses/" + StandInServices.CONGRESS_ID
                    + "/rooms/" + roomId);
            assertThat(r.getString("body")).contains("\"capacity\":60", "\"accessible\":false", "\"version\":0");
        });
        given().auth().oauth2(organiser).when().get(SETUP)
                .then().body(containsString("<legend>" + name + " bis (60 places)</legend>"));
        // the version read before that change is stale now: refused next to the room, what was typed kept
        given().auth().oauth2(organiser).formParam("name", name + " ter").formParam("capacity", "70")
                .formParam("version", "0").when().post(SETUP + "/salles/" + roomId)
                .then().statusCode(422)
                .body(containsString("id=\"e-room-" + roomId + "\">La ressource a été modifiée entre-temps"))
                .body(containsString("value=\"" + name + " ter\""));

        // a room holding sessions stays
        given().auth().oauth2(organiser).when().post(SETUP + "/salles/7007a000-0000-4000-8000-000000000001/suppression")
                .then().statusCode(422)
                .body(containsString("id=\"e-room-7007a000-0000-4000-8000-000000000001\">La salle « Amphithéâtre Loire » accueille encore 4 séances"));
        given().auth().oauth2(organiser).redirects().follow(false).when().post(SETUP + "/salles/" + roomId + "/suppression")
                .then().statusCode(303).header("Location", containsString("?ok=room-deleted#salles"));
        given().auth().oauth2(organiser).when().get(SETUP)
                .then().body(not(containsString(name)))
                .body(containsString("Amphithéâtre Loire"));

        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).formParam("name", name)
                .formParam("capacity", "10").when().post(SETUP + "/salles").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when().post(SETUP + "/salles/7007a000-0000-4000-8000-000000000003/suppression")
                .then().statusCode(403);
    }
}
