package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URL;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** budget-service is down (a closed port): its panels say so, the rest of each page renders. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "budget"))
class PartialFailureTest {

    /** Health answers on the management port only ({@code /q} is its root). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void theDashboardRendersWithoutTheServiceThatIsDown() {
        String page = given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/" + StandInServices.SLUG)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Le budget ne peut pas être affiché pour le moment").doesNotContain("service du budget");
        assertThat(page).contains("Remplissage des ateliers", "Atelier : coopérer entre intercommunalités", "70&nbsp;%");
        assertThat(page).contains("Satisfaction générale");
        assertThat(page).doesNotContain("Région imaginaire");
    }

    @Test
    void theOrganiserConsoleRendersTheOtherPanels() {
        given().auth().oauth2(TestTokens.organiser()).when().get("/organisation/" + StandInServices.SLUG)
                .then().statusCode(200)
                .body(containsString("Le service du budget ne répond pas pour le moment"))
                .body(containsString("1\u00a0conflit détecté"));
    }

    @Test
    void healthReportsTheServiceDownAndTheGatewayUp() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'services' }.data.budget", is("DOWN"))
                .body("checks.find { it.name == 'services' }.data.registration", is("UP"));
    }

    @Test
    void theProxyAnswers502ForTheServiceThatIsDown() {
        given().auth().oauth2(TestTokens.partner()).when().get("/api/budget/congresses/x/budget")
                .then().statusCode(502);
    }
}
