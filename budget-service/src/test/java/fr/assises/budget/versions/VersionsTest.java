package fr.assises.budget.versions;

import static fr.assises.budget.Fixtures.addFunder;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.lineIds;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.Fixtures.subsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Submitted versions are frozen (409, nothing saved); a new version copies the lines; diff and audit trail. */
@QuarkusTest
class VersionsTest {

    private static String balancedSubmittedBudget() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("606", "Fournitures", "1000.00"));
        addLine(budgetId, fixed("706", "Inscriptions forfaitaires", "600.00"));
        String funderId = addFunder(budgetId, "DEPARTEMENT", "Département (fictif) du Haut-Vallon", null, "400.00");
        subsidy(budgetId, funderId, "400.00");
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit").then().statusCode(200);
        return budgetId;
    }

    @Test
    void aSubmittedVersionIsFrozen() {
        String budgetId = balancedSubmittedBudget();
        List<Object> lines = lineIds(budgetId);
        long version = aggregateVersion(budgetId);
        String lineId = (String) lines.get(0);

        organiser().body(fixed("606", "Ajout", "1.00")).when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(409).contentType("application/problem+json");
        organiser().body(fixed("606", "Modifiée", "2.00")).when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId)
                .then().statusCode(409).contentType("application/problem+json");
        organiser().when().delete("/api/budget/budgets/" + budgetId + "/lines/" + lineId)
                .then().statusCode(409).contentType("application/problem+json");
        organiser().body(fr.assises.budget.Fixtures.hypotheses(300)).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(409).contentType("application/problem+json");
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(lineIds(budgetId)).isEqualTo(lines);
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().body("status", is("SUBMITTED")).body("totals.chargesCents", is(100000))
                .body("hypotheses.participants", is(500));
    }

    @Test
    void aNewVersionCopiesTheLinesAndTheOldOneStaysFrozen() {
        String budgetId = balancedSubmittedBudget();
        organiser().body(Map.of("name", "Dossier de demande de subvention, mars"))
                .when().post("/api/budget/budgets/" + budgetId + "/versions")
                .then().statusCode(201)
                .body("versionNumber", is(2)).body("status", is("DRAFT")).body("totals.balanceCents", is(0));
        String copiedLine = (String) lineIds(budgetId).get(0);
        organiser().body(fixed("606", "Fournitures et papeterie", "1200.00"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + copiedLine).then().statusCode(200);
        addLine(budgetId, fixed("623", "Affiches", "300.00"));

        JsonPath version1 = organiser().when().get("/api/budget/budgets/" + budgetId + "/versions/1")
                .then().statusCode(200).extract().jsonPath();
        assertThat(version1.getString("status")).isEqualTo("SUBMITTED");
        assertThat(version1.getLong("totals.chargesCents")).isEqualTo(100000);
        assertThat(version1.getBoolean("current")).isFalse();

        organiser().when().get("/api/budget/budgets/" + budgetId + "/versions")
                .then().statusCode(200)
                .body("number", contains(1, 2))
                .body("status", contains("SUBMITTED", "DRAFT"))
                .body("current", contains(false, true))
                .body("totalChargesCents", contains(100000, 150000))
                .body("balanceCents", contains(0, -50000));
    }

    @Test
    void diffComparesTwoVersionsLineByLine() {
        String budgetId = balancedSubmittedBudget();
        organiser().body(Map.of("name", "Version de mars")).when().post("/api/budget/budgets/" + budgetId + "/versions")
                .then().statusCode(201);
        JsonPath v2 = organiser().when().get("/api/budget/budgets/" + budgetId).then().extract().jsonPath();
        String supplies = v2.getString("charges.find { it.code == '60' }.lines[0].id");
        String fees = v2.getString("produits.find { it.code == '70' }.lines[0].id");
        organiser().body(fixed("606", "Fournitures", "1250.50"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + supplies).then().statusCode(200);
        organiser().when().delete("/api/budget/budgets/" + budgetId + "/lines/" + fees).then().statusCode(204);
        addLine(budgetId, fixed("706", "Inscriptions au tarif révisé", "850.50"));

        organiser().queryParam("from", 1).queryParam("to", 2)
                .when().get("/api/budget/budgets/" + budgetId + "/diff")
                .then().statusCode(200)
                .body("from", is(1)).body("to", is(2))
                .body("lines.find { it.label == 'Fournitures' }.change", is("CHANGED"))
                .body("lines.find { it.label == 'Fournitures' }.fromCents", is(100000))
                .body("lines.find { it.label == 'Fournitures' }.toCents", is(125050))
                .body("lines.find { it.label == 'Fournitures' }.deltaCents", is(25050))
                .body("lines.find { it.label == 'Fournitures' }.fields", contains("amount"))
                .body("lines.find { it.label == 'Subvention' }.change", is("UNCHANGED"))
                .body("lines.find { it.label == 'Inscriptions forfaitaires' }.change", is("REMOVED"))
                .body("lines.find { it.label == 'Inscriptions forfaitaires' }.deltaCents", is(-60000))
                .body("lines.find { it.label == 'Inscriptions au tarif révisé' }.change", is("ADDED"))
                .body("lines.find { it.label == 'Inscriptions au tarif révisé' }.toCents", is(85050))
                .body("fromBalanceCents", is(0)).body("toBalanceCents", is(0));

        organiser().queryParam("from", 1).queryParam("to", 9)
                .when().get("/api/budget/budgets/" + budgetId + "/diff")
                .then().statusCode(404).contentType("application/problem+json");
        organiser().queryParam("from", 1)
                .when().get("/api/budget/budgets/" + budgetId + "/diff")
                .then().statusCode(400).contentType("application/problem+json");
        organiser().queryParam("from", "un").queryParam("to", 2)
                .when().get("/api/budget/budgets/" + budgetId + "/diff")
                .then().statusCode(400).contentType("application/problem+json");
        organiser().queryParam("version", "v2").when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void auditTrailTellsWhoChangedWhatAndWhen() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("606", "Fournitures", "10.00"));
        fr.assises.budget.Fixtures.as(TestTokens.token("admin-42", "admin")).body(fixed("623", "Affiches", "20.00"))
                .when().post("/api/budget/budgets/" + budgetId + "/lines").then().statusCode(201);
        organiser().when().get("/api/budget/budgets/" + budgetId + "/audit")
                .then().statusCode(200)
                .body("action", contains("BUDGET_CREATED", "LINE_ADDED", "LINE_ADDED"))
                .body("[2].actor", is("admin-42"))
                .body("[2].detail", org.hamcrest.Matchers.containsString("Affiches"))
                .body("at", hasItems(notNullValue()));
    }
}
