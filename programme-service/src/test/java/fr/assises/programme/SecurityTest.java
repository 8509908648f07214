package fr.assises.programme;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.congressBody;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.createTheme;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every write endpoint and every organiser-only read: 401 without a token, 403 for the other roles. */
@QuarkusTest
class SecurityTest {

    private record Call(String method, String path, Object body) {
    }

    @Test
    void onlyOrganisersAndAdminsWriteAndNothingChangesOtherwise() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle", 30);
        String theme = createTheme(congress, "theme", "Thème");
        String speaker = createSpeaker(congress, "Intervenant Fictif", true);
        Map<String, Object> sessionBody = session("WORKSHOP", "Atelier", d1("14:00"), d1("15:00"), room);
        String sessionId = createSession(congress, sessionBody);
        String c = BASE + "/" + congress;
        Map<String, Object> roomBody = Map.of("name", "Autre salle", "capacity", 10, "accessible", true);
        Map<String, Object> themeBody = Map.of("code", "autre", "name", "Autre");
        Map<String, Object> speakerBody = Map.of("name", "Autre Personne", "publicConsent", true);
        Map<String, Object> renamed = congressBody(slug());
        Map<String, Object> clone = Map.of("title", "Copie", "slug", slug(), "startDate", "2028-06-22");

        List<Call> writes = List.of(
                new Call("POST", BASE, congressBody(slug())),
                new Call("PUT", c, renamed),
                new Call("POST", c + "/clone", clone),
                new Call("POST", c + "/rooms", roomBody),
                new Call("PUT", c + "/rooms/" + room, roomBody),
                new Call("DELETE", c + "/rooms/" + room, null),
                new Call("POST", c + "/themes", themeBody),
                new Call("PUT", c + "/themes/" + theme, themeBody),
                new Call("DELETE", c + "/themes/" + theme, null),
                new Call("POST", c + "/speakers", speakerBody),
                new Call("PUT", c + "/speakers/" + speaker, speakerBody),
                new Call("DELETE", c + "/speakers/" + speaker, null),
                new Call("POST", c + "/sessions", sessionBody),
                new Call("PUT", c + "/sessions/" + sessionId, sessionBody),
                new Call("PATCH", c + "/sessions/" + sessionId, Map.of("start", d1("14:30"), "end", d1("15:30"))),
                new Call("POST", c + "/sessions/" + sessionId + "/cancel", null),
                new Call("DELETE", c + "/sessions/" + sessionId, null),
                new Call("POST", c + "/releases", null));
        List<Call> organiserReads = List.of(
                new Call("GET", BASE, null),
                new Call("GET", c, null),
                new Call("GET", c + "/rooms", null),
                new Call("GET", c + "/themes", null),
                new Call("GET", c + "/themes/" + theme, null),
                new Call("GET", c + "/speakers", null),
                new Call("GET", c + "/speakers/" + speaker, null),
                new Call("GET", c + "/sessions", null),
                new Call("GET", c + "/conflicts", null),
                new Call("GET", c + "/releases", null));

        List<Call> all = new ArrayList<>(writes);
        all.addAll(organiserReads);
        for (Call call : all) {
            send(given(), call).then().statusCode(401);
            send(given().auth().oauth2(TestTokens.expired("someone", "organiser")), call).then().statusCode(401);
            for (String token : List.of(TestTokens.participant(), TestTokens.partner())) {
                send(given().auth().oauth2(token), call).then().statusCode(403)
                        .contentType("application/problem+json");
            }
        }

        organiser().when().get(c).then().statusCode(200).body("version", equalTo(0));
        organiser().when().get(c + "/rooms").then().body("$", hasSize(1));
        organiser().when().get(c + "/themes").then().body("$", hasSize(1));
        organiser().when().get(c + "/speakers").then().body("$", hasSize(1));
        organiser().when().get(c + "/sessions").then().body("$", hasSize(1)).body("[0].status", equalTo("SCHEDULED"))
                .body("[0].version", equalTo(0));
        organiser().when().get(c + "/releases").then().body("$", hasSize(0));
    }

    private static io.restassured.response.Response send(RequestSpecification spec, Call call) {
        if (call.body() != null) {
            spec = spec.contentType("application/json").body(call.body());
        }
        return spec.when().request(call.method(), call.path());
    }
}
