package fr.assises.programme.release;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.PUBLIC;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createOpenCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.d2;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slugOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ReleaseApiTest {

    @Test
    void publicationIsRefusedWhileAHardConflictExistsAndWarningsDoNotBlock() {
        String congress = createOpenCongress();
        String slug = slugOf(congress);
        String room = createRoom(congress, "Salle A", 40);
        createSession(congress, session("WORKSHOP", "A", d1("14:00"), d1("15:30"), room));
        String b = createSession(congress, session("WORKSHOP", "B", d1("15:00"), d1("16:00"), room));

        organiser().when().post(BASE + "/" + congress + "/releases").then().statusCode(422)
                .contentType("application/problem+json")
                .body("conflicts.code", contains("ROOM_DOUBLE_BOOKED"))
                .body("conflicts[0].severity", equalTo("HARD"));
        given().when().get(PUBLIC + "/" + slug + "/programme").then().statusCode(200)
                .body("release", nullValue()).body("halfDays.sessions.flatten()", hasSize(0));
        organiser().when().get(BASE + "/" + congress + "/releases").then().statusCode(200).body("$", hasSize(0));

        // once moved to another room only a warning (workshop during a plenary) and an info remain
        Map<String, Object> moved = session("WORKSHOP", "B", d1("15:00"), d1("16:00"), createRoom(congress, "Salle B", 40));
        organiser().body(moved).when().put(BASE + "/" + congress + "/sessions/" + b).then().statusCode(200)
                .body("conflicts", hasSize(0));
        createSession(congress, session("PLENARY", "Plénière", d1("15:00"), d1("16:00"), createRoom(congress, "Amphi", 500)));
        createSpeaker(congress, "Personne Fictive", true);
        organiser().when().post(BASE + "/" + congress + "/releases").then().statusCode(201)
                .body("number", equalTo(1))
                .body("sessionCount", equalTo(3))
                .body("conflicts.severity", containsInAnyOrder("WARNING", "WARNING", "INFO"));
    }

    @Test
    void changelogListsAddedMovedChangedAndCancelledSessionsAndReadersSeeOnlyTheLatestRelease() {
        String congress = createOpenCongress();
        String slug = slugOf(congress);
        String amphi = createRoom(congress, "Amphi", 500);
        String small = createRoom(congress, "Salle 1", 30);
        String opening = createSession(congress, session("OPENING", "Ouverture", d1("09:00"), d1("09:30"), amphi));
        String workshop = createSession(congress, session("WORKSHOP", "Atelier mobilité", d1("14:00"), d1("15:30"), small));
        String forum = createSession(congress, session("FORUM", "Forum des initiatives", d2("09:00"), d2("10:00"), amphi));

        organiser().when().post(BASE + "/" + congress + "/releases").then().statusCode(201)
                .header("Location", endsWith("/releases/1"))
                .body("changelog.added.sessionId", containsInAnyOrder(opening, workshop, forum))
                .body("changelog.moved", hasSize(0));

        // move the workshop, cancel the forum, retitle the opening, add a closing
        organiser().body(session("WORKSHOP", "Atelier mobilité", d1("16:00"), d1("17:30"), small))
                .when().put(BASE + "/" + congress + "/sessions/" + workshop).then().statusCode(200);
        organiser().when().post(BASE + "/" + congress + "/sessions/" + forum + "/cancel").then().statusCode(200);
        organiser().body(session("OPENING", "Ouverture officielle", d1("09:00"), d1("09:30"), amphi))
                .when().put(BASE + "/" + congress + "/sessions/" + opening).then().statusCode(200);
        String closing = createSession(congress, session("CLOSING", "Clôture", d2("16:00"), d2("17:00"), amphi));

        // the draft is not public before the next release
        given().when().get(PUBLIC + "/" + slug + "/programme").then().statusCode(200)
                .body("release", equalTo(1))
                .body("halfDays.sessions.flatten().title", not(hasItem("Clôture")))
                .body("halfDays.sessions.flatten().title", hasItem("Ouverture"));

        JsonPath release = organiser().when().post(BASE + "/" + congress + "/releases").then().statusCode(201)
                .body("number", equalTo(2)).extract().jsonPath();
        assertThat(release.getList("changelog.added.sessionId")).containsExactly(closing);
        assertThat(release.getList("changelog.moved.sessionId")).containsExactly(workshop);
        assertThat(release.getString("changelog.moved[0].detail")).contains("14:00").contains("16:00");
        assertThat(release.getList("changelog.cancelled.sessionId")).containsExactly(forum);
        assertThat(release.getList("changelog.changed.sessionId")).containsExactly(opening);
        assertThat(release.getString("changelog.changed[0].detail")).contains("titre");

        JsonPath programme = given().when().get(PUBLIC + "/" + slug + "/programme").then().statusCode(200)
                .body("release", equalTo(2))
                .body("halfDays.code", contains("J1-AM", "J1-PM", "J2-AM", "J2-PM"))
                .extract().jsonPath();
        assertThat(programme.getList("halfDays[1].sessions.start")).containsExactly("2027-06-24T16:00:00+02:00");
        assertThat(programme.getString("halfDays[2].sessions[0].status")).isEqualTo("CANCELLED");
        assertThat(programme.getList("halfDays[3].sessions.title")).containsExactly("Clôture");

        // nothing changed: the next release has an empty changelog
        organiser().when().post(BASE + "/" + congress + "/releases").then().statusCode(201)
                .body("number", equalTo(3)).body("changelog.added", hasSize(0)).body("changelog.changed", hasSize(0));
        given().when().get(PUBLIC + "/" + slug + "/releases").then().statusCode(200)
                .body("number", contains(3, 2, 1));
    }

    @Test
    void publicProgrammeFiltersByThemeRoomAndKindAndShowsOnlyConsentingSpeakers() {
        String congress = createOpenCongress();
        String slug = slugOf(congress);
        String theme = createTheme(congress, "transition", "Transition écologique");
        String amphi = createRoom(congress, "Amphi", 500);
        String small = createRoom(congress, "Salle 2", 30);
        String consenting = createSpeaker(congress, "Claude Fictif", true);
        String shy = createSpeaker(congress, "Lou Discret", false);
        Map<String, Object> workshop = session("WORKSHOP", "Atelier climat", d1("14:00"), d1("15:30"), small);
        workshop.put("themeIds", List.of(theme));
        workshop.put("speakerIds", List.of(consenting, shy));
        createSession(congress, workshop);
        Map<String, Object> plenary = session("PLENARY", "Plénière d'ouverture", d1("09:30"), d1("11:00"), amphi);
        plenary.put("moderatorId", shy);
        createSession(congress, plenary);
        publish(congress);

        String path = PUBLIC + "/" + slug + "/programme";
        given().queryParam("theme", "transition").when().get(path).then().statusCode(200)
                .body("halfDays.sessions.flatten().title", contains("Atelier climat"))
                .body("halfDays.sessions.flatten()[0].themes[0].name", equalTo("Transition écologique"));
        given().queryParam("room", amphi).when().get(path).then().statusCode(200)
                .body("halfDays.sessions.flatten().title", contains("Plénière d'ouverture"))
                .body("halfDays.sessions.flatten()[0].moderator", nullValue());
        given().queryParam("kind", "workshop").when().get(path).then().statusCode(200)
                .body("halfDays.sessions.flatten().title", contains("Atelier climat"))
                .body("halfDays.sessions.flatten()[0].speakers.name", contains("Claude Fictif"))
                .body("halfDays.sessions.flatten()[0].speakers[0]", not(hasKey("email")));
        given().queryParam("kind", "PICNIC").when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        given().when().get(PUBLIC + "/no-such-congress/programme").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyOrganisersAndAdminsPublish() {
        String congress = createCongress();
        given().when().post(BASE + "/" + congress + "/releases").then().statusCode(401);
        for (String token : List.of(TestTokens.participant(),
                TestTokens.partner())) {
            given().auth().oauth2(token).when().post(BASE + "/" + congress + "/releases").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.admin()).when().post(BASE + "/" + congress + "/releases")
                .then().statusCode(201).body("number", equalTo(1));
        organiser().when().post(BASE + "/" + UUID.randomUUID() + "/releases").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
