package fr.assises.programme.room;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Rooms, themes and speakers: edit, read back, stale versions, unknown ids, deletion; session deletion. */
@QuarkusTest
class ReferenceDataApiTest {

    @Test
    void roomsAreEditedWithTheirVersionAndDeletedWhenUnused() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle 1", 30);
        String path = BASE + "/" + congress + "/rooms/" + room;
        organiser().body(Map.of("name", "Salle 1 bis", "capacity", 45, "accessible", false, "version", 0))
                .when().put(path).then().statusCode(200)
                .body("name", equalTo("Salle 1 bis")).body("capacity", equalTo(45)).body("accessible", equalTo(false))
                .body("version", equalTo(1)).body("conflicts", hasSize(0));
        organiser().body(Map.of("name", "Salle 1 ter", "capacity", 45, "accessible", false, "version", 0))
                .when().put(path).then().statusCode(409).contentType("application/problem+json");
        organiser().body(Map.of("name", "Salle 1 ter", "capacity", -1, "accessible", false))
                .when().put(path).then().statusCode(400).body("errors.field", hasItem("capacity"));
        organiser().when().get(path).then().statusCode(200).body("name", equalTo("Salle 1 bis"));
        organiser().when().get(BASE + "/" + congress + "/rooms/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        // a room of another congress is not found through this one
        organiser().when().get(BASE + "/" + createCongress() + "/rooms/" + room).then().statusCode(404);
        organiser().when().delete(path).then().statusCode(200);
        organiser().when().get(path).then().statusCode(404);
    }

    @Test
    void themesAreEditedAndTheirCodesStayUnique() {
        String congress = createCongress();
        String theme = createTheme(congress, "eau", "Eau");
        createTheme(congress, "mobilites", "Mobilités");
        String path = BASE + "/" + congress + "/themes/" + theme;
        organiser().body(Map.of("code", "eau-potable", "name", "Eau potable", "description", "Gestion de l'eau"))
                .when().put(path).then().statusCode(200).body("code", equalTo("eau-potable"))
                .body("description", equalTo("Gestion de l'eau"));
        organiser().body(Map.of("code", "mobilites", "name", "Doublon")).when().put(path).then().statusCode(409);
        organiser().body(Map.of("code", "Pas Un Code", "name", "Thème")).when().post(BASE + "/" + congress + "/themes")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        organiser().body(Map.of("code", "x", "name", "n".repeat(151))).when().post(BASE + "/" + congress + "/themes")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        organiser().when().get(BASE + "/" + congress + "/themes").then().statusCode(200)
                .body("code", contains("eau-potable", "mobilites"));
        organiser().when().delete(path).then().statusCode(200);
        organiser().when().delete(path).then().statusCode(404);
    }

    @Test
    void speakersShowTheirContactDetailsToOrganisersOnly() {
        String congress = createCongress();
        String speaker = createSpeaker(congress, "Morgane Fictive", false);
        String path = BASE + "/" + congress + "/speakers/" + speaker;
        organiser().when().get(path).then().statusCode(200)
                .body("email", equalTo("intervenant@example.test")).body("publicConsent", equalTo(false));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Morgane Fictive");
        body.put("organisation", "Pays fictif du Val");
        body.put("publicConsent", true);
        body.put("phone", "+33 2 00 00 00 00");
        body.put("version", 0);
        organiser().body(body).when().put(path).then().statusCode(200)
                .body("publicConsent", equalTo(true)).body("organisation", equalTo("Pays fictif du Val"))
                .body("email", equalTo(null)).body("version", equalTo(1))
                .body("conflicts.code", contains("SPEAKER_WITHOUT_SESSION"));
        body.put("phone", "appelez-moi");
        body.remove("version");
        organiser().body(body).when().put(path).then().statusCode(400).body("errors.field", hasItem("phone"));
        organiser().when().get(path).then().body("phone", equalTo("+33 2 00 00 00 00"));
        organiser().when().delete(path).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void draftSessionsMayBeDeletedButReleasedOnesOnlyCancelled() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle", 30);
        String released = createSession(congress, session("WORKSHOP", "Publiée", d1("14:00"), d1("15:00"), room));
        publish(congress);
        String draft = createSession(congress, session("WORKSHOP", "Brouillon", d1("14:00"), d1("15:00"), room));
        String sessions = BASE + "/" + congress + "/sessions/";
        organiser().when().get(BASE + "/" + congress + "/conflicts").then().body("code", hasItem("ROOM_DOUBLE_BOOKED"));
        organiser().when().delete(sessions + draft).then().statusCode(200).body("$", hasSize(0));
        organiser().when().delete(sessions + released).then().statusCode(409).contentType("application/problem+json");
        organiser().when().get(sessions + released).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        organiser().when().delete(sessions + UUID.randomUUID()).then().statusCode(404);
    }
}
