package fr.assises.programme.publicprogramme;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.PUBLIC;
import static fr.assises.programme.Fixtures.congressBody;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slugOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The public API never reveals a DRAFT congress, even one with a published release; OPEN and ARCHIVED show. */
@QuarkusTest
class PublicVisibilityTest {

    private static final String EDITIONS = "/api/programme/editions";

    @Test
    void draftCongressesAreUnknownPubliclyOpenClosedAndArchivedOnesAreVisible() {
        String congress = createCongress();
        String slug = slugOf(congress);
        createSession(congress, session("OPENING", "Ouverture", d1("09:00"), d1("09:30"),
                createRoom(congress, "Amphi", 500)));
        publish(congress);

        assertHidden(slug);
        String unknown = given().when().get(PUBLIC + "/" + slug + "-inconnu").then().statusCode(404)
                .extract().path("detail");
        given().when().get(PUBLIC + "/" + slug).then().body("detail", equalTo(unknown));

        setStatus(congress, slug, "OPEN", 0);
        assertVisible(slug);
        given().when().get(PUBLIC).then().statusCode(200).body("slug", hasItem(slug));

        setStatus(congress, slug, "CLOSED", 1);
        assertVisible(slug);
        given().when().get(PUBLIC).then().statusCode(200).body("slug", hasItem(slug));

        setStatus(congress, slug, "ARCHIVED", 2);
        assertVisible(slug);
        given().when().get(PUBLIC).then().statusCode(200).body("slug", not(hasItem(slug)));
        given().auth().oauth2(TestTokens.partner()).when().get(EDITIONS).then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.status", equalTo("ARCHIVED"));
    }

    @Test
    void partnersListEveryPublicEditionArchivedOnesIncludedButNoDraft() {
        String draft = slugOf(createCongress());
        String archived = createCongress();
        String archivedSlug = slugOf(archived);
        setStatus(archived, archivedSlug, "OPEN", 0);
        setStatus(archived, archivedSlug, "CLOSED", 1);
        setStatus(archived, archivedSlug, "ARCHIVED", 2);
        for (String token : List.of(TestTokens.partner(), TestTokens.organiser(), TestTokens.admin())) {
            given().auth().oauth2(token).when().get(EDITIONS).then().statusCode(200)
                    .body("slug", hasItem(archivedSlug)).body("slug", not(hasItem(draft)))
                    .body("status", not(hasItem("DRAFT")));
        }
        given().auth().oauth2(TestTokens.participant()).when().get(EDITIONS).then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get(EDITIONS).then().statusCode(401);
    }

    private static void setStatus(String congress, String slug, String status, int version) {
        Map<String, Object> body = congressBody(slug);
        body.put("status", status);
        body.put("version", version);
        organiser().body(body).when().put(BASE + "/" + congress).then().statusCode(200)
                .body("status", equalTo(status));
    }

    private static void assertHidden(String slug) {
        for (String path : List.of("", "/programme", "/programme.ics", "/releases")) {
            given().when().get(PUBLIC + "/" + slug + path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
        given().when().get(PUBLIC).then().statusCode(200).body("slug", not(hasItem(slug)));
    }

    private static void assertVisible(String slug) {
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200).body("slug", equalTo(slug));
        given().when().get(PUBLIC + "/" + slug + "/programme").then().statusCode(200)
                .body("release", equalTo(1)).body("halfDays[0].sessions[0].title", equalTo("Ouverture"));
        given().when().get(PUBLIC + "/" + slug + "/programme.ics").then().statusCode(200)
                .contentType("text/calendar");
        given().when().get(PUBLIC + "/" + slug + "/releases").then().statusCode(200).body("[0].number", equalTo(1));
    }
}
