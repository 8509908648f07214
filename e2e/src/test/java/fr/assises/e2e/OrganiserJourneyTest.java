package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;

/**
 * An organiser logs in on Keycloak's form, moves a workshop into the room of a parallel workshop in the planner,
 * sees the room conflict appear on the moved session, and moves it back.
 */
class OrganiserJourneyTest extends Browsing {

    @Test
    void anOrganiserMovesASessionAndSeesTheConflictInPlace() {
        Page page = newVisitor(1280);
        go(page, "/organisation/" + LocalStack.SLUG + "/planning");
        logInOnKeycloak(page, "demo-organisateur", LocalStack.DEMO_PASSWORD);
        assertThat(page.url()).startsWith(LocalStack.GATEWAY + "/organisation/" + LocalStack.SLUG + "/planning");
        accessible(page, "planner (live demo)");
        int conflictsBefore = page.locator(".has-conflict").count();

        // two workshops of one series: same times, different rooms (read as the organiser, through the gateway)
        String token = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        String congressId = given().get("/api/programme/public/congresses/" + LocalStack.SLUG)
                .then().statusCode(200).extract().path("id");
        List<Map<String, Object>> sessions = given().auth().oauth2(token)
                .get("/api/programme/congresses/" + congressId + "/sessions")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.seriesId != null && it.status == 'SCHEDULED' }");
        Map<String, String> pair = null;
        for (Map<String, Object> a : sessions) {
            for (Map<String, Object> b : sessions) {
                if (pair == null && a.get("seriesId").equals(b.get("seriesId")) && !a.get("roomId").equals(b.get("roomId"))) {
                    pair = Map.of("moved", (String) a.get("id"), "room", (String) a.get("roomId"),
                            "into", (String) b.get("roomId"));
                }
            }
        }
        assertThat(pair).as("two parallel workshops in the demo programme").isNotNull();
        String moved = pair.get("moved");

        assertThat(page.getAttribute("#s-" + moved, "class")).doesNotContain("has-conflict");
        move(page, moved, pair.get("into"));
        assertThat(page.getAttribute("#s-" + moved, "class")).contains("has-conflict");
        assertThat(page.textContent("#s-" + moved)).contains("Bloquant : La salle", "est réservée pour", "en même temps");
        accessible(page, "planner with a conflict (live demo)");
        screenshot(page, "e2e-planning-conflit");

        go(page, "/organisation/" + LocalStack.SLUG);
        assertThat(page.textContent("main")).containsPattern("conflits? détectés?");

        go(page, "/organisation/" + LocalStack.SLUG + "/planning");
        move(page, moved, pair.get("room"));
        assertThat(page.getAttribute("#s-" + moved, "class")).doesNotContain("has-conflict");
        assertThat(page.locator(".has-conflict").count()).isEqualTo(conflictsBefore);
        noScriptErrors(page);

        // a session the gateway can no longer use (its cookie altered, as an expired one is refused), Keycloak's
        // own session gone too: the browser is sent to Keycloak's login, then back to the page it asked for
        List<Cookie> sessionCookies = page.context().cookies(LocalStack.GATEWAY).stream()
                .filter(c -> c.name.startsWith("q_session")).toList();
        assertThat(sessionCookies).isNotEmpty();
        page.context().clearCookies();
        page.context().addCookies(sessionCookies.stream()
                .map(c -> new Cookie(c.name, "expire" + c.value.substring(6)).setDomain(c.domain).setPath(c.path)
                        .setHttpOnly(c.httpOnly).setSecure(c.secure).setSameSite(c.sameSite))
                .toList());
        page.navigate(LocalStack.GATEWAY + "/organisation/" + LocalStack.SLUG + "/planning");
        page.waitForLoadState();
        logInOnKeycloak(page, "demo-organisateur", LocalStack.DEMO_PASSWORD);
        assertThat(page.url()).startsWith(LocalStack.GATEWAY + "/organisation/" + LocalStack.SLUG + "/planning");

        // the organisers' pages stay closed to a participant: Keycloak's login, then a refusal
        Page participant = newVisitor(1280);
        go(participant, "/organisation/" + LocalStack.SLUG + "/planning");
        logInOnKeycloak(participant, "demo-participant", LocalStack.DEMO_PASSWORD);
        Response refused = participant.navigate(LocalStack.GATEWAY + "/organisation/"
                + LocalStack.SLUG + "/planning");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(participant.textContent("main")).contains("Accès refusé").doesNotContain("Déplacer");
    }

    private static void move(Page page, String sessionId, String roomId) {
        page.click("#s-" + sessionId + " summary");
        page.selectOption("#room-" + sessionId, roomId);
        page.click("#s-" + sessionId + " button[type=submit]");
        page.waitForURL("**/planning?deplace=" + sessionId + "*");
        page.waitForLoadState();
    }
}
