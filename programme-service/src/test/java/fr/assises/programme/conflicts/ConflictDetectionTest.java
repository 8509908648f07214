package fr.assises.programme.conflicts;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.d2;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@SuppressWarnings("unchecked")
class ConflictDetectionTest {

    @Test
    void roomBookedTwiceIsHard() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle A", 40);
        String a = createSession(congress, session("WORKSHOP", "A", d1("14:00"), d1("15:30"), room));
        // the answer to the change already carries the conflict
        String b = organiser().body(session("WORKSHOP", "B", d1("15:00"), d1("16:00"), room))
                .when().post(BASE + "/" + congress + "/sessions").then().statusCode(201)
                .body("conflicts.code", hasItem("ROOM_DOUBLE_BOOKED")).extract().path("id");
        Map<String, Object> c = only(congress, "ROOM_DOUBLE_BOOKED");
        assertThat(c.get("severity")).isEqualTo("HARD");
        assertThat((List<Object>) c.get("sessionIds")).containsExactlyInAnyOrder(a, b);
        assertThat(c.get("roomId")).isEqualTo(room);
        assertThat((String) c.get("message")).contains("Salle A").contains("en même temps");
    }

    @Test
    void speakerInTwoPlacesIsHard() {
        String congress = createCongress();
        String speaker = createSpeaker(congress, "Alex Fictif", true);
        Map<String, Object> a = session("WORKSHOP", "A", d1("14:00"), d1("15:30"), createRoom(congress, "R1", 30));
        a.put("speakerIds", List.of(speaker));
        Map<String, Object> b = session("ROUND_TABLE", "B", d1("15:00"), d1("16:00"), createRoom(congress, "R2", 30));
        b.put("moderatorId", speaker);
        createSession(congress, a);
        createSession(congress, b);
        Map<String, Object> c = only(congress, "SPEAKER_DOUBLE_BOOKED");
        assertThat(c.get("severity")).isEqualTo("HARD");
        assertThat(c.get("speakerId")).isEqualTo(speaker);
    }

    @Test
    void sessionOverflowingItsHalfDayIsHard() {
        String congress = createCongress();
        Map<String, Object> body = session("PLENARY", "Longue plénière", d1("11:30"), d1("13:00"), null);
        body.put("halfDayCode", "J1-AM");
        String id = createSession(congress, body);
        Map<String, Object> c = only(congress, "SESSION_OUTSIDE_HALF_DAY");
        assertThat(c.get("severity")).isEqualTo("HARD");
        assertThat((List<Object>) c.get("sessionIds")).containsExactly(id);
        assertThat((String) c.get("message")).contains("J1-AM").contains("09:00–12:30");
    }

    @Test
    void capacityAboveTheRoomsIsHard() {
        String congress = createCongress();
        String room = createRoom(congress, "Petite salle", 25);
        Map<String, Object> body = session("WORKSHOP", "Trop grand", d2("09:00"), d2("10:00"), room);
        body.put("capacity", 60);
        createSession(congress, body);
        Map<String, Object> c = only(congress, "CAPACITY_ABOVE_ROOM");
        assertThat(c.get("severity")).isEqualTo("HARD");
        assertThat((String) c.get("message")).contains("60").contains("25");
    }

    @Test
    void workshopDuringAPlenaryIsAWarningAndIdleSpeakerIsInfo() {
        String congress = createCongress();
        createSession(congress, session("PLENARY", "Plénière", d2("09:00"), d2("11:00"), createRoom(congress, "Amphi", 500)));
        createSession(congress, session("WORKSHOP", "Atelier", d2("10:00"), d2("11:00"), createRoom(congress, "S1", 30)));
        String idle = createSpeaker(congress, "Sam Fictif", false);
        assertThat(only(congress, "WORKSHOP_DURING_PLENARY").get("severity")).isEqualTo("WARNING");
        Map<String, Object> info = only(congress, "SPEAKER_WITHOUT_SESSION");
        assertThat(info.get("severity")).isEqualTo("INFO");
        assertThat(info.get("speakerId")).isEqualTo(idle);
    }

    @Test
    void cancelledSessionsConflictWithNothing() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle", 40);
        createSession(congress, session("WORKSHOP", "A", d1("14:00"), d1("15:30"), room));
        String b = createSession(congress, session("WORKSHOP", "B", d1("14:00"), d1("15:30"), room));
        organiser().when().post(BASE + "/" + congress + "/sessions/" + b + "/cancel").then().statusCode(200)
                .body("conflicts", hasSize(0));
    }

    @Test
    void conflictsAreForOrganisersOnly() {
        String congress = createCongress();
        given().when().get(BASE + "/" + congress + "/conflicts").then().statusCode(401);
        given().auth().oauth2(TestTokens.partner())
                .when().get(BASE + "/" + congress + "/conflicts").then().statusCode(403);
    }

    static Map<String, Object> only(String congress, String code) {
        JsonPath conflicts = organiser().when().get(BASE + "/" + congress + "/conflicts")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> matching = conflicts.getList("findAll { it.code == '" + code + "' }");
        assertThat(matching).as(conflicts.prettify()).hasSize(1);
        return matching.get(0);
    }
}
