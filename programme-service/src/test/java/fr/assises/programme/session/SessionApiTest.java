package fr.assises.programme.session;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.d2;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SessionApiTest {

    @Test
    void sessionTakesItsRoomsCapacityAndHalfDay() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle A", 40);
        String theme = createTheme(congress, "cooperation", "Coopération");
        String speaker = createSpeaker(congress, "Camille Fictive", true);
        Map<String, Object> body = session("WORKSHOP", "Atelier 1", d1("14:00"), d1("15:30"), room);
        body.put("themeIds", List.of(theme));
        body.put("speakerIds", List.of(speaker));
        String id = organiser().body(body).when().post(BASE + "/" + congress + "/sessions")
                .then().statusCode(201)
                .body("halfDayCode", equalTo("J1-PM"))
                .body("capacity", equalTo(40))
                .body("capacityFromRoom", equalTo(true))
                .body("roomName", equalTo("Salle A"))
                .body("status", equalTo("SCHEDULED"))
                .body("start", equalTo("2027-06-24T14:00:00+02:00"))
                .body("conflicts", hasSize(0))
                .extract().path("id");

        body.put("capacity", 30);
        body.put("version", 0);
        organiser().body(body).when().put(BASE + "/" + congress + "/sessions/" + id)
                .then().statusCode(200).body("capacity", equalTo(30)).body("capacityFromRoom", equalTo(false))
                .body("version", equalTo(1));
        organiser().body(body).when().put(BASE + "/" + congress + "/sessions/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        organiser().when().get(BASE + "/" + congress + "/sessions").then().statusCode(200)
                .body("id", contains(id)).body("[0].themeIds", contains(theme));
    }

    @Test
    void badInputsAreProblemsAndNothingIsSaved() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle B", 40);
        String valid = createSession(congress, session("WORKSHOP", "Témoin", d1("14:00"), d1("15:00"), room));

        assertRefused(congress, b -> b.put("end", d1("13:00")), "end");
        assertRefused(congress, b -> b.put("roomId", UUID.randomUUID().toString()), "roomId");
        assertRefused(congress, b -> b.put("themeIds", List.of(UUID.randomUUID().toString())), "themeIds");
        assertRefused(congress, b -> b.put("speakerIds", List.of(UUID.randomUUID().toString())), "speakerIds");
        assertRefused(congress, b -> {
            b.put("start", "2027-06-24T20:00:00+02:00");
            b.put("end", "2027-06-24T21:00:00+02:00");
        }, "start");
        assertRefused(congress, b -> b.put("halfDayCode", "J9-AM"), "halfDayCode");
        assertRefused(congress, b -> b.put("capacity", 0), "capacity");
        assertRefused(congress, b -> b.put("capacity", -5), "capacity");
        assertRefused(congress, b -> b.put("kind", "PICNIC"), "kind");
        assertRefused(congress, b -> b.put("title", "t".repeat(201)), "title");
        assertRefused(congress, b -> b.put("description", "d".repeat(4001)), "description");
        assertRefused(congress, b -> b.remove("title"), "title");

        // an update refused for bad input leaves the session as it was
        Map<String, Object> bad = session("WORKSHOP", "Témoin modifié", d1("14:00"), d1("13:00"), room);
        organiser().body(bad).when().put(BASE + "/" + congress + "/sessions/" + valid)
                .then().statusCode(400).contentType("application/problem+json");
        organiser().when().get(BASE + "/" + congress + "/sessions").then().statusCode(200)
                .body("id", contains(valid)).body("[0].title", equalTo("Témoin")).body("[0].version", equalTo(0));
    }

    @Test
    void usedRoomsSpeakersAndThemesCannotBeDeletedAndCancelledSessionsAreFrozen() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle C", 40);
        String spare = createRoom(congress, "Salle libre", 40);
        String theme = createTheme(congress, "participation", "Participation");
        String speaker = createSpeaker(congress, "Dominique Fictif", true);
        Map<String, Object> body = session("PLENARY", "Plénière", d2("09:00"), d2("10:00"), room);
        body.put("moderatorId", speaker);
        body.put("themeIds", List.of(theme));
        String id = createSession(congress, body);

        organiser().when().delete(BASE + "/" + congress + "/rooms/" + room).then().statusCode(409)
                .contentType("application/problem+json");
        organiser().when().delete(BASE + "/" + congress + "/speakers/" + speaker).then().statusCode(409)
                .contentType("application/problem+json");
        organiser().when().delete(BASE + "/" + congress + "/themes/" + theme).then().statusCode(409);
        organiser().when().delete(BASE + "/" + congress + "/rooms/" + spare).then().statusCode(200);
        organiser().when().get(BASE + "/" + congress + "/rooms").then().body("id", contains(room));

        organiser().when().post(BASE + "/" + congress + "/sessions/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        organiser().body(body).when().put(BASE + "/" + congress + "/sessions/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        organiser().when().post(BASE + "/" + congress + "/sessions/" + id + "/cancel").then().statusCode(409);
        organiser().when().get(BASE + "/" + congress + "/sessions/" + id).then().body("title", equalTo("Plénière"));
    }

    @Test
    void roomsAndSpeakersRefuseBadInput() {
        String congress = createCongress();
        organiser().body(Map.of("name", "Salle", "capacity", 0, "accessible", true))
                .when().post(BASE + "/" + congress + "/rooms").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("capacity"));
        organiser().body(Map.of("name", "n".repeat(101), "capacity", 10, "accessible", true))
                .when().post(BASE + "/" + congress + "/rooms").then().statusCode(400);
        organiser().body(Map.of("name", "Quelqu'un", "email", "pas-un-courriel", "publicConsent", true))
                .when().post(BASE + "/" + congress + "/speakers").then().statusCode(400)
                .body("errors.field", hasItem("email"));
        organiser().body(Map.of("name", "Quelqu'un", "bio", "b".repeat(1001)))
                .when().post(BASE + "/" + congress + "/speakers").then().statusCode(400);
        organiser().when().get(BASE + "/" + congress + "/rooms").then().body("$", hasSize(0));
        organiser().when().get(BASE + "/" + congress + "/speakers").then().body("$", hasSize(0));
        createRoom(congress, "Salle D", 10);
        organiser().body(Map.of("name", "salle d", "capacity", 10, "accessible", false))
                .when().post(BASE + "/" + congress + "/rooms").then().statusCode(409);
    }

    private static void assertRefused(String congress, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = session("WORKSHOP", "Refusée", d1("14:00"), d1("15:00"), null);
        change.accept(body);
        organiser().body(body).when().post(BASE + "/" + congress + "/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        organiser().when().get(BASE + "/" + congress + "/sessions").then().statusCode(200)
                .body("title", not(hasItem("Refusée")));
    }
}
