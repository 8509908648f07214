package fr.assises.budget.budget;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.hypotheses;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.lineIds;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bad input answers 4xx problem+json and changes nothing (same lines, same aggregate version). */
@QuarkusTest
class BadInputTest {

    private static void refusedLine(String budgetId, Map<String, Object> line, int status) {
        List<Object> before = lineIds(budgetId);
        long version = aggregateVersion(budgetId);
        organiser().body(line).when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(status).contentType("application/problem+json").body("status", is(status));
        assertThat(lineIds(budgetId)).isEqualTo(before);
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);
    }

    @Test
    void badAmountsAreRefused() {
        String budgetId = newBudget();
        addLine(budgetId, fixed("606", "Fournitures", "10.00"));
        refusedLine(budgetId, fixed("606", "Négatif", "-5.00"), 400);
        refusedLine(budgetId, line("606", "Négatif en centimes", "FIXED", "amountCents", -1), 400);
        refusedLine(budgetId, fixed("606", "Trois décimales", "12.345"), 400);
        refusedLine(budgetId, fixed("606", "Trois décimales en nombre", 12.345), 400);
        refusedLine(budgetId, line("606", "Dollars", "FIXED", "amount", "12.00", "currency", "USD"), 400);
        refusedLine(budgetId, line("606", "Sans montant", "FIXED"), 400);
        refusedLine(budgetId, line("606", "Quantité négative", "FIXED", "amount", "1.00", "quantity", -2), 400);
        refusedLine(budgetId, line("606", "Euros et centimes", "FIXED", "amount", "1.00", "amountCents", 100), 400);
        refusedLine(budgetId, fixed("606", "Démesuré", "99999999999999999999"), 400);
        refusedLine(budgetId, fixed("606", "Illisible", "douze"), 400);
        refusedLine(budgetId, line("604", "Hors de ce qu'un long compte", "PER_PARTICIPANT", "amount", "9999999999.99",
                "quantity", 100000), 422);
    }

    @Test
    void unknownAccountCategoryOrSessionAreRefused() {
        String budgetId = newBudget();
        refusedLine(budgetId, fixed("999", "Compte inconnu", "10.00"), 400);
        refusedLine(budgetId, fixed("6", "Compte partiel", "10.00"), 400);
        refusedLine(budgetId, line("604", "Catégorie inconnue", "PER_PARTICIPANT", "amount", "1.00", "category", "INCONNU"), 422);
        refusedLine(budgetId, line("706", "Catégorie inconnue", "REGISTRATION_REVENUE", "category", "VIP"), 422);
        refusedLine(budgetId, line("604", "Repas inconnu", "PER_MEAL", "amount", "1.00", "sessionId", UUID.randomUUID().toString()), 422);
        refusedLine(budgetId, line("604", "Driver inconnu", "PER_GUESS", "amount", "1.00"), 400);
        refusedLine(budgetId, line("641", "Personnel sans ETP", "STAFF", "amount", "1000.00"), 400);
        refusedLine(budgetId, line("641", "ETP supérieur à 1", "STAFF", "amount", "1000.00", "fte", "6/5", "months", 2), 400);
        refusedLine(budgetId, fixed("74", "Subvention sans financeur", "10.00"), 400);
        refusedLine(budgetId, line("74", "Financeur inconnu", "FIXED", "amount", "10.00", "funderId", UUID.randomUUID().toString()), 422);
        refusedLine(budgetId, line("606", "Recette au mauvais compte", "REGISTRATION_REVENUE"), 422);
    }

    @Test
    void badHypothesesAreRefused() {
        String budgetId = newBudget();
        long version = aggregateVersion(budgetId);
        Map<String, Object> notHundred = hypotheses(500);
        notHundred.put("categories", List.of(Map.of("code", "PROFESSIONNEL", "percent", 90)));
        Map<String, Object> negative = hypotheses(-1);
        // fees are registration-service's: a fee typed in the budget is refused, in euros or in cents
        Map<String, Object> typedFee = hypotheses(500);
        typedFee.put("categories", List.of(Map.of("code", "PROFESSIONNEL", "fee", "180.00", "percent", 100)));
        Map<String, Object> typedCents = hypotheses(500);
        typedCents.put("categories", List.of(Map.of("code", "PROFESSIONNEL", "feeCents", 18000, "percent", 100)));
        // and a category registration-service does not have cannot be forecast
        Map<String, Object> unknownCategory = hypotheses(500);
        unknownCategory.put("categories", List.of(Map.of("code", "PROFESSIONNEL", "percent", 50),
                Map.of("code", "MECENE", "percent", 50)));
        organiser().body(notHundred).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(422).contentType("application/problem+json");
        organiser().body(negative).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(400).contentType("application/problem+json");
        for (Map<String, Object> bad : List.of(typedFee, typedCents)) {
            organiser().body(bad).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("categories[0].fee"))
                    .body("detail", containsString("paramètres d'inscription"));
        }
        organiser().body(unknownCategory).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("categories[1].code"))
                .body("detail", containsString("MECENE"));
        addLine(budgetId, line("604", "Élus", "PER_PARTICIPANT", "amount", "1.00", "category", "ELU"));
        Map<String, Object> withoutElu = hypotheses(500);
        withoutElu.put("categories", List.of(Map.of("code", "PROFESSIONNEL", "percent", 100)));
        organiser().body(withoutElu).when().put("/api/budget/budgets/" + budgetId + "/hypotheses")
                .then().statusCode(422).contentType("application/problem+json");
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().body("hypotheses.participants", is(500)).body("hypotheses.categories.size()", is(3))
                .body("version", is((int) version + 1));
    }

    @Test
    void badFundersAndExpensesAreRefused() {
        String budgetId = newBudget();
        String lineId = addLine(budgetId, fixed("622", "Animation", "5000.00"));
        long version = aggregateVersion(budgetId);
        organiser().body(Map.of("type", "ETAT", "name", "État", "requested", "100.00"))
                .when().post("/api/budget/budgets/" + budgetId + "/funders")
                .then().statusCode(400).contentType("application/problem+json");
        organiser().body(Map.of("type", "REGION", "name", "Région", "requested", "-1"))
                .when().post("/api/budget/budgets/" + budgetId + "/funders")
                .then().statusCode(400).contentType("application/problem+json");
        organiser().body(Map.of("committed", "-1.00"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId + "/expenses")
                .then().statusCode(400).contentType("application/problem+json");
        organiser().body(Map.of("committed", "10.00", "paid", "20.00"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId + "/expenses")
                .then().statusCode(422).contentType("application/problem+json");
        organiser().body("{\"committed\": ")
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + lineId + "/expenses")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);
        organiser().when().get("/api/budget/budgets/" + budgetId + "/funders").then().statusCode(200).body("size()", is(0));
    }
}
