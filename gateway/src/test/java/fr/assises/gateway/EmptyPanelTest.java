package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * budget-service is up but has no budget for the congress (404): the panel says nothing is published yet, not
 * that the service is down, and the rest of the dashboard renders.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "empty", value = "budget"))
class EmptyPanelTest {

    @Test
    void aCongressWithoutBudgetIsNotReportedAsAServiceOutage() {
        String page = given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/" + StandInServices.SLUG)
                .then().statusCode(200).extract().asString();
        // said in words, without naming a service
        assertThat(page).contains("Le budget de cette édition n’est pas encore publié.")
                .doesNotContain("Le budget ne peut pas être affiché").doesNotContain("service du budget")
                .contains("Satisfaction générale", "Remplissage des ateliers");
    }

    @Test
    void inEnglishToo() {
        String page = given().auth().oauth2(TestTokens.partner()).cookie("lang", "en").queryParam("lang", "en")
                .when().get("/partenaires/" + StandInServices.SLUG).then().statusCode(200).extract().asString();
        assertThat(page).contains("This edition&#39;s budget is not published yet.");
    }
}
