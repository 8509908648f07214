package fr.assises.common.testapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemJsonTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void validationErrorListsEveryOffendingField() {
        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON)
                .body("{\"title\":\"\",\"stars\":42,\"tags\":[{\"label\":\"ok\"},{\"label\":\" \"}]}")
                .when().post("/api/testapp/notes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", org.hamcrest.Matchers.is("urn:assises:problem:validation"))
                .body("title", org.hamcrest.Matchers.is("Requête invalide"))
                .body("status", org.hamcrest.Matchers.is(400))
                .body("instance", org.hamcrest.Matchers.is("/api/testapp/notes"))
                .body("errors", hasSize(3))
                .body("errors.field", hasItems("title", "stars", "tags[1].label"))
                .body("errors.message", hasItems("ne doit pas être vide"));
    }

    @Test
    void malformedJsonIsA400WithoutInternals() {
        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"stars\": \"many\"}")
                .when().post("/api/testapp/notes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("stars"))
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")));

        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when().post("/api/testapp/notes")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body(not(containsString("jackson")));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().when().get("/api/testapp/notes/search?limit=0")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("limit"));
    }

    @Test
    void notFoundIsAProblem() {
        given().auth().oauth2(TestTokens.organiser())
                .when().get("/api/testapp/notes/12")
                .then().statusCode(404).contentType(PROBLEM)
                .body("title", org.hamcrest.Matchers.is("Ressource introuvable"))
                .body("detail", org.hamcrest.Matchers.is("La note 12 n'existe pas."));

        given().when().get("/api/testapp/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", org.hamcrest.Matchers.is(404));
    }

    @Test
    void conflictIsAProblem() {
        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON)
                .body("{\"title\":\"taken\",\"stars\":3}")
                .when().post("/api/testapp/notes")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", org.hamcrest.Matchers.is("urn:assises:problem:conflict"))
                .body("detail", org.hamcrest.Matchers.is("Une note porte déjà ce titre."));
    }

    @Test
    void securityFailuresAreProblems() {
        given().contentType(ContentType.JSON).body("{\"title\":\"a\",\"stars\":3}")
                .when().post("/api/testapp/notes")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));

        given().auth().oauth2(TestTokens.expired("someone", "organiser")).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"stars\":3}")
                .when().post("/api/testapp/notes")
                .then().statusCode(401);

        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"stars\":3}")
                .when().post("/api/testapp/notes")
                .then().statusCode(403).contentType(PROBLEM)
                .body("title", org.hamcrest.Matchers.is("Accès refusé"));

        given().auth().oauth2(TestTokens.organiser()).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"stars\":3}")
                .when().post("/api/testapp/notes")
                .then().statusCode(201);
    }

    @Test
    void unexpectedErrorsLeakNothing() {
        given().when().get("/api/testapp/notes/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", allOf(containsString("référence"), not(containsString("secret"))))
                .body("errors", nullValue())
                .body(not(containsString("IllegalStateException")));
    }
}
