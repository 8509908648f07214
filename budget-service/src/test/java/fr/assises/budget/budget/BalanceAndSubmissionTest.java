package fr.assises.budget.budget;

import static fr.assises.budget.Fixtures.addFunder;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.Fixtures.subsidy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.budget.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BalanceAndSubmissionTest {

    @Test
    void balanceShowsOnEveryReadAndSubmissionNeedsZero() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("606", "Fournitures", "1000.00"));
        addLine(budgetId, fixed("706", "Droits d'inscription forfaitaires", "600.00"));

        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200)
                .body("totals.chargesCents", is(100000))
                .body("totals.produitsCents", is(60000))
                .body("totals.balanceCents", is(-40000))
                .body("totals.balance", is("-400,00 €"))
                .body("totals.balanced", is(false))
                .body("status", is("DRAFT"))
                .body("charges.code", hasItems("60", "61", "62", "63", "64", "65", "66", "67", "68"))
                .body("produits.code", hasItems("70", "74", "75", "76", "77", "78"))
                .body("inKindUses[0].code", is("86"))
                .body("inKindContributions[0].code", is("87"));

        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("-400,00 €"));

        String funderId = addFunder(budgetId, "REGION", "Région (fictive) Val-de-Loire-Atlantique", null, "400.00");
        subsidy(budgetId, funderId, "400.00");
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200).body("totals.balanceCents", is(0)).body("totals.balanced", is(true))
                .body("produits.find { it.code == '74' }.lines[0].funderName", is("Région (fictive) Val-de-Loire-Atlantique"));

        addLine(budgetId, fixed("861", "Mise à disposition de l'amphithéâtre", "5000.00"));
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit")
                .then().statusCode(422).contentType("application/problem+json");
        addLine(budgetId, fixed("871", "Amphithéâtre prêté par l'établissement d'accueil", "5000.00"));

        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200)
                .body("totals.inKindUsesCents", is(500000))
                .body("totals.inKindContributionsCents", is(500000))
                .body("totals.totalChargesCents", is(600000))
                .body("totals.totalProduitsCents", is(600000));
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit")
                .then().statusCode(200).body("status", is("SUBMITTED")).body("submittedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void inKindSectionMustBalanceOnItsOwn() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("864", "Bénévoles de l'accueil", "1000.00"));
        addLine(budgetId, fixed("706", "Inscriptions", "1000.00"));
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("86"));
        organiser().when().get("/api/budget/budgets/" + budgetId).then().body("status", is("DRAFT"));
    }

    @Test
    void oneBudgetPerCongressAndMissingOnesAre404() {
        UUID congressId = UUID.randomUUID();
        Fixtures.createBudget(congressId);
        organiser().body(Map.of("congressId", congressId.toString(), "versionName", "Bis"))
                .when().post("/api/budget/budgets")
                .then().statusCode(409).contentType("application/problem+json");
        organiser().when().get("/api/budget/congresses/" + congressId + "/budget")
                .then().statusCode(200).body("congressId", is(congressId.toString()));
        organiser().when().get("/api/budget/budgets/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        organiser().when().get("/api/budget/congresses/" + UUID.randomUUID() + "/budget")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void accountsAreAFixedReferenceListNamedInFrenchAndEnglish() {
        organiser().when().get("/api/budget/accounts")
                .then().statusCode(200)
                .body("code", hasItems("60", "604", "613", "622", "625", "641", "706", "74", "754", "86", "861", "87", "871"))
                .body("find { it.code == '64' }.label", is("Charges de personnel"))
                .body("find { it.code == '64' }.labelEn", is("Staff costs"))
                .body("find { it.code == '87' }.labelEn", is("Voluntary contributions in kind"))
                .body("findAll { it.labelEn == null || it.labelEn.isBlank() }", empty());
    }
}
