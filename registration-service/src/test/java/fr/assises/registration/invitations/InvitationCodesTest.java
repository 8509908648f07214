package fr.assises.registration.invitations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InvitationCodesTest {

    static final String CODES = "/api/registration/congresses/{id}/invitations";
    static final String REGISTER = "/api/registration/congresses/{id}/registrations";

    /** The test congress with INTERVENANT made invitation-only. */
    static TestCongress congressWithReservedSpeakers() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> settings = congress.settings();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Object c : (List<?>) settings.get("categories")) {
            Map<String, Object> category = new LinkedHashMap<>((Map<String, Object>) c);
            category.put("invitationOnly", "INTERVENANT".equals(category.get("code")));
            categories.add(category);
        }
        settings.put("categories", categories);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(settings)
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200)
                .body("categories.find { it.code == 'INTERVENANT' }.invitationOnly", equalTo(true))
                .body("categories.find { it.code == 'ELU' }.invitationOnly", equalTo(false));
        return congress;
    }

    static Map<String, Object> code(String code, String category, int maxUses, OffsetDateTime expiresAt) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("label", "Intervenants de la plénière");
        c.put("category", category);
        c.put("maxUses", maxUses);
        c.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return c;
    }

    @Test
    void anInvitationOnlyCategoryNeedsAValidCode() {
        TestCongress congress = congressWithReservedSpeakers();
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("categories.find { it.code == 'INTERVENANT' }.invitationOnly", equalTo(true));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code("plenier-2027", "INTERVENANT", 2, null)).post(CODES, congress.id).then().statusCode(201)
                .body("code", equalTo("PLENIER-2027")).body("remaining", equalTo(2));

        // without a code: refused on the category field, nothing saved
        String first = TestTokens.participant();
        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(congress.registration("INTERVENANT", null, null)).post(REGISTER, congress.id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("category")).body("detail", containsString("code d'invitation"));
        // a wrong code: refused on the code field
        Map<String, Object> body = congress.registration("INTERVENANT", null, null);
        body.put("invitationCode", "PAS-LE-BON");
        given().auth().oauth2(first).contentType(ContentType.JSON).body(body).post(REGISTER, congress.id).then()
                .statusCode(400).body("errors[0].field", equalTo("invitationCode"))
                .body("errors[0].message", containsString("inconnu"));
        // the code for another category than the one chosen
        body = congress.registration("ELU", null, null);
        body.put("invitationCode", "PLENIER-2027");
        given().auth().oauth2(first).contentType(ContentType.JSON).body(body).post(REGISTER, congress.id).then()
                .statusCode(400).body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("Intervenant"));
        given().auth().oauth2(congress.organiser).get(CODES, congress.id).then().body("[0].used", equalTo(0));

        // the check the form makes, then two uses (code typed in lower case), then exhausted
        given().auth().oauth2(first).get(CODES + "/{code}/check", congress.id, "plenier-2027").then()
                .statusCode(200).body("category", equalTo("INTERVENANT")).body("remaining", equalTo(2))
                .body("labelFr", equalTo("Intervenant"));
        for (int i = 0; i < 2; i++) {
            body = congress.registration("INTERVENANT", null, null);
            body.put("invitationCode", "plenier-2027");
            given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                    .post(REGISTER, congress.id).then().statusCode(201).body("category", equalTo("INTERVENANT"))
                    .body("feeCents", equalTo(0)).body("invitationCode", equalTo("PLENIER-2027"));
        }
        given().auth().oauth2(first).contentType(ContentType.JSON).body(body).post(REGISTER, congress.id).then()
                .statusCode(422).body("errors[0].field", equalTo("invitationCode"))
                .body("errors[0].message", containsString("toutes les places"));
        given().auth().oauth2(first).get(CODES + "/{code}/check", congress.id, "PLENIER-2027").then()
                .statusCode(422);
        // a used code cannot be deleted, nor lowered below its uses
        given().auth().oauth2(congress.organiser).delete(CODES + "/PLENIER-2027", congress.id).then()
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code(null, "INTERVENANT", 1, null)).put(CODES + "/PLENIER-2027", congress.id).then()
                .statusCode(400).body("errors[0].field", equalTo("maxUses"));
    }

    @Test
    void aCancelledRegistrationGivesItsPlaceBackAndAnExpiredCodeIsRefused() {
        TestCongress congress = congressWithReservedSpeakers();
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code("UNE-PLACE", "INTERVENANT", 1, null)).post(CODES, congress.id).then().statusCode(201);
        String speaker = TestTokens.participant();
        Map<String, Object> body = congress.registration("INTERVENANT", null, null);
        body.put("invitationCode", "UNE-PLACE");
        String id = given().auth().oauth2(speaker).contentType(ContentType.JSON).body(body)
                .post(REGISTER, congress.id).then().statusCode(201).extract().path("id");
        given().auth().oauth2(speaker).delete("/api/registration/me/registrations/{id}", id).then().statusCode(200);
        given().auth().oauth2(congress.organiser).get(CODES, congress.id).then().body("[0].used", equalTo(0));

        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code(null, "INTERVENANT", 5, OffsetDateTime.now().minusDays(1)))
                .put(CODES + "/UNE-PLACE", congress.id).then().statusCode(200).body("expired", equalTo(true));
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                .post(REGISTER, congress.id).then().statusCode(422)
                .body("errors[0].message", containsString("a expiré"));
    }

    @Test
    void theLastPlaceOfACodeGoesToOnePersonOnly() throws Exception {
        TestCongress congress = congressWithReservedSpeakers();
        String code = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code(null, "INTERVENANT", 3, null)).post(CODES, congress.id).then().statusCode(201)
                .extract().path("code");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Map<String, Object> body = congress.registration("INTERVENANT", null, null);
                body.put("invitationCode", code);
                String token = TestTokens.participant();
                answers.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .post(REGISTER, congress.id).statusCode()));
            }
            int created = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(201, 422);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(congress.organiser).get(CODES, congress.id).then().body("[0].used", equalTo(3))
                .body("[0].remaining", equalTo(0));
    }

    @Test
    void codesAreForOrganisersAndBadOnesAreRefused() {
        TestCongress congress = congressWithReservedSpeakers();
        given().auth().oauth2(TestTokens.participant()).get(CODES, congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON)
                .body(code("ABCD", "INTERVENANT", 1, null)).post(CODES, congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).get(CODES, congress.id).then().statusCode(403);
        given().get(CODES + "/ABCD/check", congress.id).then().statusCode(401);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code("ab", "INTERVENANT", 0, null)).post(CODES, congress.id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("maxUses"));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(code("ABCD", "INCONNUE", 1, null)).post(CODES, congress.id).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().auth().oauth2(congress.organiser).get(CODES, congress.id).then().body("size()", equalTo(0));
        // the public settings never list the codes
        given().get("/api/registration/congresses/{id}/settings", congress.id).then()
                .body(not(containsString("invitations")));
    }
}
