package fr.assises.budget.budget;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fixture mix: 60 % at 180 €, 20 % at 120 €, 20 % at 40 €, so 140 € per participant on average; charges are
 * 14 000 € fixed plus 40 € per participant, so produits cover charges from 140 participants on.
 */
@QuarkusTest
class ScenariosTest {

    private static String budgetWithFixedAndVariableCosts() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("613", "Location de l'amphithéâtre", "14000.00"));
        addLine(budgetId, line("604", "Traiteur et kits", "PER_PARTICIPANT", "amount", "40.00"));
        addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        return budgetId;
    }

    @Test
    void scenariosSideBySideAndBreakEven() {
        String budgetId = budgetWithFixedAndVariableCosts();
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200)
                .body("scenarios.name", contains("Bas", "Central", "Haut"))
                .body("scenarios.participants", contains(350, 500, 600))
                .body("scenarios.chargesCents", contains(2800000, 3400000, 3800000))
                .body("scenarios.produitsCents", contains(4900000, 7000000, 8400000))
                .body("scenarios.balanceCents", contains(2100000, 3600000, 4600000))
                .body("breakEven.participants", is(140))
                .body("breakEven.label", is("140 participants"));
    }

    @Test
    void scenariosOnDemandAroundBreakEven() {
        String budgetId = budgetWithFixedAndVariableCosts();
        organiser().queryParam("participants", 139).queryParam("participants", 140)
                .when().get("/api/budget/budgets/" + budgetId + "/scenarios")
                .then().statusCode(200)
                .body("participants", contains(139, 140))
                .body("produitsCents", contains(1942000, 1960000))
                .body("chargesCents", contains(1956000, 1960000))
                .body("balanceCents", contains(-14000, 0));
        organiser().queryParam("participants", -3)
                .when().get("/api/budget/budgets/" + budgetId + "/scenarios")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void noBreakEvenWhenEachParticipantCostsMoreThanTheyPay() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("613", "Location", "1000.00"));
        addLine(budgetId, line("604", "Traiteur", "PER_PARTICIPANT", "amount", "200.00"));
        addLine(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"));
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200)
                .body("breakEven.participants", is((Object) null))
                .body("breakEven.label", is("aucun"));
    }
}
