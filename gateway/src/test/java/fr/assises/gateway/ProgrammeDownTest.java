package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * programme-service holds the congress itself: without it a congress page cannot be drawn, so it answers 503
 * with a page that says which service is missing; the home page still renders with its panel blanked.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "programme"))
class ProgrammeDownTest {

    @Test
    void congressPagesSayWhichServiceIsMissing() {
        given().accept("text/html").when().get("/congres/" + StandInServices.SLUG)
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Le service du programme ne répond pas pour le moment"));
    }

    @Test
    void theHomePageRendersWithItsPanelBlanked() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("Le service du programme ne répond pas pour le moment"))
                .body(containsString("href=\"#contenu\""));
    }
}
