package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** evaluation-service is down (a closed port): its panel says so, the rest of the page renders. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "evaluation"))
class PartialFailureTest {

    @Test
    void theDashboardRendersWithoutTheServiceThatIsDown() {
        long start = System.nanoTime();
        String page = given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/" + StandInServices.SLUG)
                .then().statusCode(200).extract().asString();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page).contains("Le service d&#39;évaluation ne répond pas pour le moment");
        assertThat(page).contains("98\u00a0500,00", "Remplissage des ateliers");
        assertThat(millis).isLessThan(5000);
    }

    @Test
    void healthReportsTheServiceDownAndTheGatewayUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'services' }.data.evaluation", is("DOWN"))
                .body("checks.find { it.name == 'services' }.data.budget", is("UP"));
    }

    @Test
    void theProxyAnswers502ForTheServiceThatIsDown() {
        given().auth().oauth2(TestTokens.partner()).when().get("/api/evaluation/congresses/x/results")
                .then().statusCode(502);
    }
}
