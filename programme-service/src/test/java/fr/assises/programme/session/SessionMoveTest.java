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
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** PATCH of start, end and roomId for the planner: merge-patch semantics, answers and checks like PUT. */
@QuarkusTest
class SessionMoveTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void movesKeepEverythingElseAndAnswerTheCongressConflicts() {
        String congress = createCongress();
        String amphi = createRoom(congress, "Amphi", 500);
        String small = createRoom(congress, "Salle 1", 30);
        String theme = createTheme(congress, "cooperation", "Coopération");
        String speaker = createSpeaker(congress, "Sacha Fictif", true);
        createSession(congress, session("PLENARY", "Plénière", d1("09:30"), d1("11:00"), amphi));
        Map<String, Object> body = session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), small);
        body.put("capacity", 25);
        body.put("themeIds", List.of(theme));
        body.put("speakerIds", List.of(speaker));
        String workshop = createSession(congress, body);
        String path = BASE + "/" + congress + "/sessions/" + workshop;

        // times only, as a merge patch: the room, capacity, themes and speakers stay
        patch(path, MERGE_PATCH, Map.of("start", d1("16:00"), "end", d1("17:30"))).statusCode(200)
                .body("start", equalTo("2027-06-24T16:00:00+02:00")).body("end", equalTo("2027-06-24T17:30:00+02:00"))
                .body("halfDayCode", equalTo("J1-PM")).body("roomId", equalTo(small)).body("capacity", equalTo(25))
                .body("themeIds", contains(theme)).body("speakerIds", contains(speaker))
                .body("title", equalTo("Atelier")).body("version", equalTo(1)).body("conflicts", hasSize(0));

        // into the plenary's room and time with plain JSON: kept, and the conflicts say so (like PUT)
        Map<String, Object> clash = Map.of("start", d1("09:30"), "end", d1("11:00"), "roomId", amphi, "version", 1);
        patch(path, "application/json", clash).statusCode(200)
                .body("halfDayCode", equalTo("J1-AM")).body("roomName", equalTo("Amphi"))
                .body("conflicts.code", hasItem("ROOM_DOUBLE_BOOKED"))
                .body("conflicts.code", hasItem("WORKSHOP_DURING_PLENARY"));

        // only the end; then out of any room with an explicit null
        patch(path, MERGE_PATCH, Map.of("end", d1("10:30"))).statusCode(200)
                .body("start", equalTo("2027-06-24T09:30:00+02:00")).body("end", equalTo("2027-06-24T10:30:00+02:00"));
        Map<String, Object> noRoom = new HashMap<>();
        noRoom.put("roomId", null);
        patch(path, MERGE_PATCH, noRoom).statusCode(200).body("roomId", nullValue()).body("capacity", equalTo(25))
                .body("conflicts.code", contains("WORKSHOP_DURING_PLENARY"));
        // an empty patch changes nothing but still answers the session and the conflicts
        patch(path, MERGE_PATCH, Map.of()).statusCode(200).body("end", equalTo("2027-06-24T10:30:00+02:00"))
                .body("conflicts", hasSize(1));
        organiser().when().get(path).then().statusCode(200).body("version", equalTo(4));
    }

    @Test
    void badMovesAreRefusedAndChangeNothing() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle", 40);
        String workshop = createSession(congress, session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), room));
        String path = BASE + "/" + congress + "/sessions/" + workshop;

        assertRefused(path, 400, Map.of("start", d1("15:00"), "end", d1("14:00")), "end");
        assertRefused(path, 400, Map.of("end", d1("13:00")), "end");
        assertRefused(path, 400, Map.of("start", "2027-06-24T20:00:00+02:00", "end", "2027-06-24T21:00:00+02:00"), "start");
        assertRefused(path, 400, Map.of("start", "demain matin"), "start");
        assertRefused(path, 400, Map.of("roomId", UUID.randomUUID().toString()), "roomId");
        assertRefused(path, 400, Map.of("roomId", createRoom(createCongress(), "Salle d'ailleurs", 40)), "roomId");
        assertRefused(path, 400, Map.of("roomId", "pas-un-identifiant"), "roomId");
        assertRefused(path, 400, Map.of("title", "Nouveau titre"), "title");
        Map<String, Object> noStart = new HashMap<>();
        noStart.put("start", null);
        assertRefused(path, 400, noStart, "start");
        assertRefused(path, 409, Map.of("start", d1("14:30"), "end", d1("16:00"), "version", 7), null);

        organiser().contentType(MERGE_PATCH).body("{\"start\": ").when().patch(path).then().statusCode(400)
                .contentType("application/problem+json");
        organiser().contentType(MERGE_PATCH).body("[]").when().patch(path).then().statusCode(400)
                .contentType("application/problem+json");
        organiser().contentType("text/plain").body("start=14:30").when().patch(path).then().statusCode(415);
        organiser().contentType(MERGE_PATCH).body(Map.of("end", d1("16:00"))).when()
                .patch(BASE + "/" + congress + "/sessions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        unchanged(path);

        // a workshop of a series moves with its series only
        String series = UUID.randomUUID().toString();
        Map<String, Object> first = session("WORKSHOP", "Atelier A", d2("09:00"), d2("10:30"), null);
        first.put("seriesId", series);
        createSession(congress, first);
        Map<String, Object> second = session("WORKSHOP", "Atelier B", d2("09:00"), d2("10:30"), null);
        second.put("seriesId", series);
        String inSeries = createSession(congress, second);
        patch(BASE + "/" + congress + "/sessions/" + inSeries, MERGE_PATCH, Map.of("start", d2("09:30")))
                .statusCode(422).contentType("application/problem+json").body("errors.field", contains("start"));
        patch(BASE + "/" + congress + "/sessions/" + inSeries, MERGE_PATCH, Map.of("roomId", room)).statusCode(200);

        // a cancelled session is frozen
        organiser().when().post(path + "/cancel").then().statusCode(200);
        patch(path, MERGE_PATCH, Map.of("end", d1("16:00"))).statusCode(409).contentType("application/problem+json");
        organiser().when().get(path).then().body("end", equalTo("2027-06-24T15:30:00+02:00"));
    }

    private static ValidatableResponse patch(String path, String contentType, Map<String, Object> body) {
        return organiser().contentType(contentType).body(body).when().patch(path).then();
    }

    private static void assertRefused(String path, int status, Map<String, Object> body, String field) {
        ValidatableResponse response = patch(path, MERGE_PATCH, body).statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", contains(field));
        }
        unchanged(path);
    }

    private static void unchanged(String path) {
        organiser().when().get(path).then().statusCode(200).body("version", equalTo(0))
                .body("start", equalTo("2027-06-24T14:00:00+02:00")).body("end", equalTo("2027-06-24T15:30:00+02:00"))
                .body("roomName", equalTo("Salle"));
    }
}
