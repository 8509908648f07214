package fr.assises.budget.funders;

import static fr.assises.budget.Fixtures.addFunder;
import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.as;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.Fixtures.subsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A funder's conditions are kept and shown; a funder is deleted only while no line names it. */
@QuarkusTest
class FunderConditionsAndDeletionTest {

    private static String funders(String budgetId) {
        return "/api/budget/budgets/" + budgetId + "/funders";
    }

    @Test
    void conditionsAreKeptChangedAndBoundedInLength() {
        String budgetId = newBudget();
        String id = organiser().body(Map.of("type", "REGION", "name", "Région imaginaire", "requested", "20000.00",
                        "conditions", "Logo sur le programme ; bilan remis sous trois mois"))
                .when().post(funders(budgetId)).then().statusCode(201)
                .body("conditions", is("Logo sur le programme ; bilan remis sous trois mois")).extract().path("id");
        organiser().body(Map.of("type", "REGION", "name", "Région imaginaire", "status", "GRANTED", "granted", "15000",
                        "grantedOn", "2027-03-01"))
                .when().put(funders(budgetId) + "/" + id).then().statusCode(200)
                .body("conditions", is("Logo sur le programme ; bilan remis sous trois mois"))
                .body("grantedCents", is(1500000));
        long version = aggregateVersion(budgetId);
        organiser().body(Map.of("type", "REGION", "name", "Région imaginaire", "conditions", "x".repeat(2001)))
                .when().put(funders(budgetId) + "/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("conditions"));
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);
        organiser().body(Map.of("type", "REGION", "name", "Région imaginaire", "conditions", ""))
                .when().put(funders(budgetId) + "/" + id).then().statusCode(200)
                .body("conditions", is((Object) null));
    }

    @Test
    void aFunderNamedByALineIsNotDeletedAndWrongRolesAreRefused() {
        String budgetId = newBudget();
        String funderId = addFunder(budgetId, "DEPARTEMENT", "Département fictif", null, "8000.00");
        String lineId = subsidy(budgetId, funderId, "8000.00");
        long version = aggregateVersion(budgetId);

        organiser().when().delete(funders(budgetId) + "/" + funderId).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("« Subvention »"));
        as(TestTokens.partner()).when().delete(funders(budgetId) + "/" + funderId).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.participant()).when().delete(funders(budgetId) + "/" + funderId).then().statusCode(403);
        organiser().when().delete(funders(budgetId) + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);
        organiser().when().get(funders(budgetId)).then().body("", hasSize(1));

        organiser().when().delete("/api/budget/budgets/" + budgetId + "/lines/" + lineId).then().statusCode(204);
        organiser().when().delete(funders(budgetId) + "/" + funderId).then().statusCode(204);
        organiser().when().get(funders(budgetId)).then().body("", hasSize(0));
    }
}
