package fr.assises.budget.funders;

import static fr.assises.budget.Fixtures.addFunder;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.as;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.hypotheses;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.Fixtures.subsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Funder commitments move requested → granted → paid only; expenses committed and paid follow the lines. */
@QuarkusTest
class CommitmentsAndExpensesTest {

    @Test
    void commitmentMovesForwardWithAmountsDatesAndCoFinancingRate() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("622", "Animation", "8000.00"));
        String funderId = addFunder(budgetId, "FONDS_EUROPEENS", "Programme (fictif) de coopération", null, "2000.00");
        subsidy(budgetId, funderId, "2000.00");
        String path = "/api/budget/budgets/" + budgetId + "/funders/" + funderId;

        organiser().body(Map.of("type", "FONDS_EUROPEENS", "name", "Programme (fictif) de coopération", "status", "GRANTED",
                "granted", "1800.00", "grantedOn", "2027-02-01"))
                .when().put(path).then().statusCode(200)
                .body("status", is("GRANTED")).body("requestedCents", is(200000)).body("grantedCents", is(180000))
                .body("grantedOn", is("2027-02-01"))
                .body("provisionalCents", is(200000))
                .body("coFinancingRate", is("25,00 %")).body("grantedRate", is("22,50 %"));
        organiser().body(Map.of("type", "FONDS_EUROPEENS", "name", "Programme (fictif) de coopération", "status", "PAID",
                "paidCents", 90000, "paidOn", "2027-07-15"))
                .when().put(path).then().statusCode(200)
                .body("status", is("PAID")).body("paidCents", is(90000));

        long version = aggregateVersion(budgetId);
        organiser().body(Map.of("type", "FONDS_EUROPEENS", "name", "Programme (fictif) de coopération", "status", "REQUESTED"))
                .when().put(path).then().statusCode(422).contentType("application/problem+json");
        organiser().body(Map.of("type", "FONDS_EUROPEENS", "name", "Programme (fictif) de coopération", "paid", "5000.00"))
                .when().put(path).then().statusCode(422).contentType("application/problem+json");
        organiser().body(Map.of("type", "FONDS_EUROPEENS", "name", "X", "granted", "1.001"))
                .when().put(path).then().statusCode(400).contentType("application/problem+json");
        organiser().body(Map.of("type", "REGION", "name", "R"))
                .when().put("/api/budget/budgets/" + budgetId + "/funders/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);

        as(TestTokens.partner()).when().get("/api/budget/budgets/" + budgetId + "/funders")
                .then().statusCode(200).body("[0].status", is("PAID")).body("[0].paidCents", is(90000));
        as(TestTokens.participant()).when().get("/api/budget/budgets/" + budgetId + "/funders")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.partner()).body(Map.of("type", "REGION", "name", "R")).when().put(path).then().statusCode(403);
    }

    @Test
    void expensesCommittedAndPaidFollowTheLineAcrossVersions() {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        String lineId = addLine(budgetId, fixed("606", "Fournitures", "1000.00"));
        addLine(budgetId, fixed("706", "Inscriptions", "1000.00"));
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit").then().statusCode(200);

        organiser().body(Map.of("committed", "900.00", "paidCents", 45000))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId + "/expenses")
                .then().statusCode(200).body("committedCents", is(90000)).body("paidCents", is(45000))
                .body("valueCents", is(100000));
        organiser().body(Map.of("name", "Version 2")).when().post("/api/budget/budgets/" + budgetId + "/versions")
                .then().statusCode(201).body("charges.find { it.code == '60' }.lines[0].committedCents", is(90000));
        as(TestTokens.partner()).when().get("/api/budget/congresses/" + congressId + "/summary")
                .then().statusCode(200)
                .body("charges.find { it.code == '60' }.committedCents", is(90000))
                .body("charges.find { it.code == '60' }.paidCents", is(45000));

        String revenueLine = (String) organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().extract().path("produits.find { it.code == '70' }.lines[0].id");
        organiser().body(Map.of("committed", "1.00"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + revenueLine + "/expenses")
                .then().statusCode(422).contentType("application/problem+json");
        as(TestTokens.partner()).body(Map.of("committed", "1.00"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId + "/expenses")
                .then().statusCode(403);
    }

    @Test
    void changingHypothesesRecomputesTheLines() {
        String budgetId = newBudget();
        addLine(budgetId, line("604", "Kits", "PER_PARTICIPANT", "amount", "10.00"));
        addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        organiser().body(hypotheses(300)).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(200)
                .body("hypotheses.participants", is(300))
                .body("totals.chargesCents", is(300000))
                .body("totals.produitsCents", is(4200000));
        as(TestTokens.partner()).body(hypotheses(100)).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(403);
        organiser().when().get("/api/budget/budgets/" + budgetId).then().body("hypotheses.participants", is(300));
    }
}
