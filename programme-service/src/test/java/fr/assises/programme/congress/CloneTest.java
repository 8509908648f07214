package fr.assises.programme.congress;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slug;
import static fr.assises.programme.Fixtures.slugOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CloneTest {

    @Test
    void cloneBringsRoomsHalfDaysThemesAndSessionSkeletonsButNoSpeakers() {
        String source = createCongress();
        String room = createRoom(source, "Salle Loire 1", 25);
        String theme = createTheme(source, "mobilites", "Mobilités");
        String speaker = createSpeaker(source, "Ange Fictif", true);
        String series = UUID.randomUUID().toString();
        for (String title : List.of("Atelier 1", "Atelier 2")) {
            Map<String, Object> workshop = session("WORKSHOP", title, d1("14:00"), d1("15:30"),
                    title.endsWith("1") ? room : createRoom(source, "Salle Loire 2", 25));
            workshop.put("seriesId", series);
            workshop.put("themeIds", List.of(theme));
            workshop.put("speakerIds", List.of(speaker));
            createSession(source, workshop);
        }
        String cancelled = createSession(source, session("FORUM", "Forum annulé", d1("16:00"), d1("17:00"), null));
        organiser().when().post(BASE + "/" + source + "/sessions/" + cancelled + "/cancel").then().statusCode(200);

        String slug = slug();
        Map<String, Object> request = new HashMap<>(Map.of("title", "4e Congrès", "slug", slug, "startDate", "2028-06-22"));
        String copy = organiser().body(request).when().post(BASE + "/" + source + "/clone").then().statusCode(201)
                .body("slug", equalTo(slug))
                .body("startDate", equalTo("2028-06-22"))
                .body("endDate", equalTo("2028-06-23"))
                .body("status", equalTo("DRAFT"))
                .body("venue", equalTo("Centre des congrès de Valbonne-sur-Loire"))
                .body("halfDays[0].start", equalTo("2028-06-22T09:00:00+02:00"))
                .body("halfDays[3].end", equalTo("2028-06-23T17:00:00+02:00"))
                .extract().path("id");

        JsonPath rooms = organiser().when().get(BASE + "/" + copy + "/rooms").then().statusCode(200).extract().jsonPath();
        assertThat(rooms.getList("name")).containsExactlyInAnyOrder("Salle Loire 1", "Salle Loire 2");
        assertThat(rooms.getList("id")).doesNotContain(room);
        String copiedTheme = organiser().when().get(BASE + "/" + copy + "/themes").then().statusCode(200)
                .body("code", equalTo(List.of("mobilites"))).extract().path("[0].id");
        organiser().when().get(BASE + "/" + copy + "/speakers").then().statusCode(200).body("size()", equalTo(0));

        JsonPath sessions = organiser().when().get(BASE + "/" + copy + "/sessions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(sessions.getList("title")).containsExactlyInAnyOrder("Atelier 1", "Atelier 2");
        assertThat(sessions.getList("start")).containsOnly("2028-06-22T14:00:00+02:00");
        assertThat(sessions.getList("speakerIds.flatten()")).isEmpty();
        assertThat(sessions.getList("themeIds.flatten()")).containsOnly(copiedTheme);
        assertThat(sessions.getList("seriesId")).doesNotContain(series).hasSize(2);
        assertThat(sessions.getString("[0].seriesId")).isEqualTo(sessions.getString("[1].seriesId"));
        assertThat(sessions.getList("roomId")).doesNotContain(room);

        // the source is untouched
        organiser().when().get(BASE + "/" + source + "/sessions").then().statusCode(200).body("size()", equalTo(3))
                .body("speakerIds.flatten()", hasItem(speaker));
    }

    @Test
    void cloneRefusesBadInputAndOtherRoles() {
        String source = createCongress();
        String path = BASE + "/" + source + "/clone";
        organiser().body(Map.of("title", "Copie", "slug", slugOf(source), "startDate", "2028-06-22"))
                .when().post(path).then().statusCode(409).contentType("application/problem+json");
        organiser().body(Map.of("slug", slug(), "startDate", "2028-06-22")).when().post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("title"));
        organiser().body(Map.of("title", "Copie", "slug", slug(), "startDate", "pas une date")).when().post(path)
                .then().statusCode(400).contentType("application/problem+json");
        organiser().body(Map.of("title", "Copie", "slug", slug(), "startDate", "2028-06-22"))
                .when().post(BASE + "/" + UUID.randomUUID() + "/clone").then().statusCode(404);
        given().contentType("application/json").body(Map.of("title", "Copie", "slug", slug(), "startDate", "2028-06-22"))
                .when().post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.partner()).contentType("application/json")
                .body(Map.of("title", "Copie", "slug", slug(), "startDate", "2028-06-22"))
                .when().post(path).then().statusCode(403);
    }

    @Test
    void theChosenPartsOnlyAreCarriedSpeakersWithoutTheirConsent() {
        String source = createCongress();
        String room = createRoom(source, "Salle Loire 1", 25);
        String theme = createTheme(source, "mobilites", "Mobilités");
        String speaker = createSpeaker(source, "Ange Fictif", true);
        Map<String, Object> workshop = session("WORKSHOP", "Atelier 1", d1("14:00"), d1("15:30"), room);
        workshop.put("themeIds", List.of(theme));
        workshop.put("speakerIds", List.of(speaker));
        createSession(source, workshop);

        String withSpeakers = organiser().body(Map.of("title", "Copie", "slug", slug(), "startDate", "2027-07-01",
                "parts", List.of("PROGRAMME", "SPEAKERS"))).when().post(BASE + "/" + source + "/clone").then()
                .statusCode(201).body("startDate", equalTo("2027-07-01")).body("endDate", equalTo("2027-07-02"))
                .extract().path("id");
        organiser().when().get(BASE + "/" + withSpeakers + "/rooms").then().body("size()", equalTo(0));
        organiser().when().get(BASE + "/" + withSpeakers + "/themes").then().body("size()", equalTo(0));
        String copiedSpeaker = organiser().when().get(BASE + "/" + withSpeakers + "/speakers").then()
                .body("name", equalTo(List.of("Ange Fictif"))).body("[0].publicConsent", equalTo(false))
                .extract().path("[0].id");
        assertThat(copiedSpeaker).isNotEqualTo(speaker);
        JsonPath sessions = organiser().when().get(BASE + "/" + withSpeakers + "/sessions").then().extract().jsonPath();
        assertThat(sessions.getList("title")).containsExactly("Atelier 1");
        assertThat(sessions.getList("speakerIds.flatten()")).containsExactly(copiedSpeaker);
        assertThat(sessions.getList("themeIds.flatten()")).isEmpty();
        assertThat(sessions.getList("roomId")).containsOnlyNulls();
        assertThat(sessions.getList("start")).containsExactly("2027-07-01T14:00:00+02:00");

        String nothing = organiser().body(Map.of("title", "Vide", "slug", slug(), "startDate", "2028-06-22",
                "parts", List.of())).when().post(BASE + "/" + source + "/clone").then().statusCode(201)
                .body("halfDays.size()", equalTo(4)).extract().path("id");
        organiser().when().get(BASE + "/" + nothing + "/sessions").then().body("size()", equalTo(0));
        organiser().when().get(BASE + "/" + nothing + "/rooms").then().body("size()", equalTo(0));

        organiser().body(Map.of("title", "Copie", "slug", slug(), "startDate", "2028-06-22", "parts", List.of("TOUT")))
                .when().post(BASE + "/" + source + "/clone").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
