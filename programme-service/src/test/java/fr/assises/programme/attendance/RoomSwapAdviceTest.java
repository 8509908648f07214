package fr.assises.programme.attendance;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The room changes advised from the attendance: one room per session in a slot, whatever the number of crowded
 * workshops, and each advice applied in one call.
 */
@QuarkusTest
class RoomSwapAdviceTest {

    @Inject
    AttendanceRepository attendance;

    @Test
    void twelveCrowdedParallelWorkshopsNeverShareTheOneFreeHall() {
        String congress = createCongress();
        List<String> workshops = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String room = createRoom(congress, "Salle " + i, 30);
            String w = createSession(congress, session("WORKSHOP", "Atelier " + i, d1("14:00"), d1("15:30"), room));
            workshops.add(w);
            demand(congress, w, 30 + i);
        }
        String hall = createRoom(congress, "Hall des Tilleuls", 200);
        String oak = createRoom(congress, "Salle Chêne", 45);
        // an afternoon session in the hall at another time does not hold it during the workshops
        createSession(congress, session("FORUM", "Forum", d1("16:00"), d1("17:00"), hall));

        JsonPath view = organiser().when().get(BASE + "/" + congress + "/attendance").then().statusCode(200)
                .extract().jsonPath();
        List<String> suggested = view.getList("roomSwaps.suggestedRoomId");
        assertThat(suggested).as("one suggestion per free room of the slot").containsExactly(oak, hall);
        assertThat(new HashSet<>(suggested)).hasSameSizeAs(suggested);
        // the most crowded workshop first, with the smallest free room that holds it; the next one the hall
        assertThat(view.getList("roomSwaps.sessionId")).containsExactly(workshops.get(11), workshops.get(10));
        assertThat(view.getString("roomSwaps[1].message")).contains("« Atelier 11 »", "« Hall des Tilleuls »",
                "libre sur ce créneau");
    }

    @Test
    void aSwapTakesBothSessionsOutOfTheOtherSuggestions() {
        String congress = createCongress();
        String small1 = createRoom(congress, "Petite 1", 20);
        String small2 = createRoom(congress, "Petite 2", 20);
        String large = createRoom(congress, "Grande", 100);
        String crowded1 = createSession(congress, session("WORKSHOP", "Prisé 1", d1("14:00"), d1("15:30"), small1));
        String crowded2 = createSession(congress, session("WORKSHOP", "Prisé 2", d1("14:00"), d1("15:30"), small2));
        String quiet = createSession(congress, session("WORKSHOP", "Calme", d1("14:00"), d1("15:30"), large));
        demand(congress, crowded1, 40);
        demand(congress, crowded2, 30);
        demand(congress, quiet, 5);

        JsonPath view = organiser().when().get(BASE + "/" + congress + "/attendance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(view.getList("roomSwaps.sessionId")).containsExactly(crowded1);
        assertThat(view.getString("roomSwaps[0].swapWithSessionId")).isEqualTo(quiet);

        organiser().body(Map.of("sessionId", crowded1, "suggestedRoomId", large))
                .when().post(BASE + "/" + congress + "/attendance/room-swaps").then().statusCode(200)
                .body("applied.swapWithSessionId", equalTo(quiet))
                .body("sessions.find { it.id == '" + crowded1 + "' }.roomId", equalTo(large))
                .body("sessions.find { it.id == '" + quiet + "' }.roomId", equalTo(small1));
        organiser().when().get(BASE + "/" + congress + "/conflicts").then().statusCode(200)
                .body("findAll { it.code == 'ROOM_DOUBLE_BOOKED' }.size()", equalTo(0));
    }

    @Test
    void applyingAnAdviceMovesTheSessionAndAStaleOrBadOneChangesNothing() {
        String congress = createCongress();
        String small = createRoom(congress, "Petite", 20);
        String hall = createRoom(congress, "Hall", 100);
        String other = createRoom(congress, "Autre", 60);
        String crowded = createSession(congress, session("WORKSHOP", "Prisé", d1("14:00"), d1("15:30"), small));
        demand(congress, crowded, 50);
        String path = BASE + "/" + congress + "/attendance/room-swaps";

        // not the advised room: refused, nothing moved
        organiser().body(Map.of("sessionId", crowded, "suggestedRoomId", hall)).when().post(path).then()
                .statusCode(409).contentType("application/problem+json");
        organiser().body(Map.of("sessionId", crowded)).when().post(path).then().statusCode(400)
                .contentType("application/problem+json");
        organiser().body(Map.of("sessionId", UUID.randomUUID().toString(), "suggestedRoomId", other)).when()
                .post(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner()).contentType("application/json")
                .body(Map.of("sessionId", crowded, "suggestedRoomId", other)).when().post(path).then().statusCode(403);
        given().contentType("application/json").body(Map.of("sessionId", crowded, "suggestedRoomId", other))
                .when().post(path).then().statusCode(401);
        organiser().when().get(BASE + "/" + congress + "/sessions/" + crowded).then().body("roomId", equalTo(small));

        organiser().body(Map.of("sessionId", crowded, "suggestedRoomId", other)).when().post(path).then()
                .statusCode(200).body("sessions[0].roomId", equalTo(other));
        organiser().when().get(BASE + "/" + congress + "/attendance").then().statusCode(200)
                .body("roomSwaps.size()", equalTo(0))
                .body("sessions.roomName", hasItem("Autre"));
        // applied once: a second click finds no such advice any more
        organiser().body(Map.of("sessionId", crowded, "suggestedRoomId", other)).when().post(path).then()
                .statusCode(409);
    }

    /** {@code count} registrations choosing the workshop, as the registration events would record them. */
    private void demand(String congress, String workshop, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                AttendanceContribution c = new AttendanceContribution();
                c.key = new AttendanceContribution.Key(UUID.randomUUID(), UUID.fromString(workshop), "WORKSHOP");
                c.congressId = UUID.fromString(congress);
                c.status = AttendanceContribution.CONFIRMED;
                attendance.persist(c);
            }
        });
    }

}
