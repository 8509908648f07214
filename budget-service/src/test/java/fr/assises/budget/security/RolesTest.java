package fr.assises.budget.security;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.as;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.newBudget;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Organisers and admins edit; partners read budgets and summaries; participants get 403; no token 401. */
@QuarkusTest
class RolesTest {

    @Test
    void anonymousAndExpiredTokensAre401() {
        String budgetId = newBudget();
        given().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(fixed("606", "x", "1.00"))
                .when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("someone", "organiser"))
                .when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(401);
    }

    @Test
    void participantsHaveNoAccess() {
        String budgetId = newBudget();
        String participant = TestTokens.participant();
        for (String path : List.of("", "/versions", "/funders", "/scenarios", "/audit")) {
            as(participant).when().get("/api/budget/budgets/" + budgetId + path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(participant).body(fixed("606", "x", "1.00")).when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void partnersReadButNeverWrite() {
        UUID congressId = UUID.randomUUID();
        String budgetId = fr.assises.budget.Fixtures.createBudget(congressId);
        String lineId = addLine(budgetId, fixed("606", "Fournitures", "10.00"));
        String partner = TestTokens.partner();
        as(partner).when().get("/api/budget/budgets/" + budgetId).then().statusCode(200)
                .body("totals.chargesCents", is(1000));
        as(partner).when().get("/api/budget/congresses/" + congressId + "/budget").then().statusCode(200);
        as(partner).when().get("/api/budget/budgets/" + budgetId + "/versions").then().statusCode(200);
        as(partner).when().get("/api/budget/budgets/" + budgetId + "/scenarios").then().statusCode(200);
        as(partner).when().get("/api/budget/budgets/" + budgetId + "/audit").then().statusCode(403);

        as(partner).body(fixed("606", "x", "1.00")).when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(403).contentType("application/problem+json");
        as(partner).body(fixed("606", "x", "1.00")).when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId)
                .then().statusCode(403);
        as(partner).when().delete("/api/budget/budgets/" + budgetId + "/lines/" + lineId).then().statusCode(403);
        as(partner).when().post("/api/budget/budgets/" + budgetId + "/submit").then().statusCode(403);
        as(partner).body(Map.of("name", "v2")).when().post("/api/budget/budgets/" + budgetId + "/versions").then().statusCode(403);
        as(partner).body(Map.of("type", "REGION", "name", "R", "requested", "1.00"))
                .when().post("/api/budget/budgets/" + budgetId + "/funders").then().statusCode(403);
        as(partner).body(Map.of("congressId", UUID.randomUUID().toString(), "versionName", "x"))
                .when().post("/api/budget/budgets").then().statusCode(403);
        as(TestTokens.organiser()).when().get("/api/budget/budgets/" + budgetId).then().body("totals.chargesCents", is(1000));
    }

    @Test
    void partnersNeverSeeWhatOneEmployeeCosts() {
        UUID congressId = UUID.randomUUID();
        String budgetId = fr.assises.budget.Fixtures.createBudget(congressId);
        addLine(budgetId, fixed("641", "Prime fixe", "500.00"));
        addLine(budgetId, line("641", "Coordinatrice", "STAFF", "amount", "4200.00", "fte", "3/5", "months", 8));
        addLine(budgetId, line("641", "Chargée de communication", "STAFF", "amount", "3800.00", "fte", "2/5", "months", 8));
        String partner = TestTokens.partner();
        for (String path : List.of("/api/budget/budgets/" + budgetId, "/api/budget/congresses/" + congressId + "/budget",
                "/api/budget/budgets/" + budgetId + "/versions/1")) {
            String body = as(partner).when().get(path).then().statusCode(200)
                    .body("charges.find { it.code == '64' }.totalCents", is(3282000))
                    .body("charges.find { it.code == '64' }.lines.label", contains("Prime fixe", "Personnel : 2 postes"))
                    .body("charges.find { it.code == '64' }.lines[1].valueCents", is(3232000))
                    .extract().asString();
            assertThat(body).doesNotContain("Coordinatrice", "4 200,00", "3/5", "420000");
        }
        // an English reader gets the merged line in English
        as(partner).header("Accept-Language", "en").when().get("/api/budget/budgets/" + budgetId).then().statusCode(200)
                .body("charges.find { it.code == '64' }.lines.label", contains("Prime fixe", "Staff: 2 positions"))
                .body("charges.find { it.code == '64' }.lines[1].formula",
                        org.hamcrest.Matchers.startsWith("Details kept for the organising committee = "));
        String csv = as(partner).when().get("/api/budget/budgets/" + budgetId + "/export.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains("Personnel : 2 postes").doesNotContain("Coordinatrice", "4 200,00");
        as(TestTokens.organiser()).when().get("/api/budget/budgets/" + budgetId).then().statusCode(200)
                .body("charges.find { it.code == '64' }.lines.label", contains("Prime fixe", "Coordinatrice", "Chargée de communication"));
        as(partner).queryParam("from", 1).queryParam("to", 1).when().get("/api/budget/budgets/" + budgetId + "/diff")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void adminsEdit() {
        String budgetId = newBudget();
        as(TestTokens.admin()).body(fixed("606", "Fournitures", "10.00"))
                .when().post("/api/budget/budgets/" + budgetId + "/lines").then().statusCode(201);
    }
}
