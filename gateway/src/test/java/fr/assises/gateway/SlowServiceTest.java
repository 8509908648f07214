package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** registration-service accepts calls and never answers: the page waits for its timeout only, then renders. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "slow", value = "registration"))
class SlowServiceTest {

    @Test
    void aHangingServiceBlanksOnlyItsPanelWithinTheTimeout() {
        // warm-up on a path that does not touch the hanging service, so the timing below is the timeout's
        given().auth().oauth2(TestTokens.partner()).when().get("/partenaires").then().statusCode(200);
        long start = System.nanoTime();
        String page = given().auth().oauth2(TestTokens.partner()).when().get("/partenaires/" + StandInServices.SLUG)
                .then().statusCode(200).extract().asString();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page).contains("Les inscriptions ne peuvent pas être affichées pour le moment");
        assertThat(page).contains("Budget : charges et produits", "Région imaginaire");
        // the budget and registration calls run side by side, each bounded by its 3 s timeout (the service never answers)
        assertThat(millis).isBetween(2_500L, 6_000L);
    }
}
