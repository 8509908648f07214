package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * The pages' calls to the services carry the caller's token through one client filter, also from the dashboard's
 * parallel calls, while the public ones go without it, as they did when each call passed the token itself.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class CallerTokenTest {

    private static List<JsonObject> callsDuring(Runnable page) {
        int before = StandInServices.RECEIVED.size();
        page.run();
        return new ArrayList<>(StandInServices.RECEIVED.subList(before, StandInServices.RECEIVED.size()));
    }

    private static boolean publicCall(JsonObject call) {
        String path = call.getString("path");
        return path.startsWith("/api/programme/public/") || path.endsWith("/availability")
                || path.endsWith("/settings");
    }

    @Test
    void theRegistrationFormSendsMyTokenForMyRegistrationsAndNoneForThePublicFigures() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        List<JsonObject> calls = callsDuring(() -> given().auth().oauth2(token)
                .when().get("/espace/inscription/" + StandInServices.SLUG).then().statusCode(200));
        assertThat(calls).filteredOn(c -> c.getString("path").startsWith("/api/registration/me/")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getString("authorization")).isEqualTo("Bearer " + token));
        assertThat(calls).filteredOn(CallerTokenTest::publicCall).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getString("authorization")).isNull());
    }

    @Test
    void theDashboardsParallelCallsSendThePartnersToken() {
        String token = TestTokens.partner();
        List<JsonObject> calls = callsDuring(() -> given().auth().oauth2(token)
                .when().get("/partenaires/" + StandInServices.SLUG).then().statusCode(200));
        assertThat(calls).filteredOn(c -> c.getString("path").startsWith("/api/budget/")
                || c.getString("path").startsWith("/api/evaluation/")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getString("authorization")).isEqualTo("Bearer " + token));
    }

    @Test
    void anonymousVisitorsPagesSendNoToken() {
        List<JsonObject> calls = callsDuring(() -> given().when().get("/congres/" + StandInServices.SLUG)
                .then().statusCode(200));
        assertThat(calls).isNotEmpty().allSatisfy(c -> assertThat(c.getString("authorization")).isNull());
    }
}
