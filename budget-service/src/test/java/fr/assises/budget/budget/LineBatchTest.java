package fr.assises.budget.budget;

import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.aggregateVersion;
import static fr.assises.budget.Fixtures.as;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.lineIds;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** PUT …/lines saves an editor's whole form: every change or none, the refusal naming its line. */
@QuarkusTest
class LineBatchTest {

    private static Map<String, Object> change(String lineId, Map<String, Object> line) {
        Map<String, Object> change = new LinkedHashMap<>();
        if (lineId != null) {
            change.put("lineId", lineId);
        }
        change.put("line", line);
        return change;
    }

    private static String lines(String budgetId) {
        return "/api/budget/budgets/" + budgetId + "/lines";
    }

    @Test
    void addsChangesMovesAndDeletesTogether() {
        String budgetId = newBudget();
        String venue = addLine(budgetId, fixed("613", "Location de l'amphithéâtre", "1200.00"));
        String posters = addLine(budgetId, fixed("623", "Affiches", "300.00"));
        String printing = addLine(budgetId, fixed("606", "Impression", "100.00"));
        long version = aggregateVersion(budgetId);

        organiser().body(Map.of("changes", List.of(
                        change(venue, line("613", "Location de l'amphithéâtre", "FIXED", "amount", "1500.00", "quantity", 2)),
                        change(posters, fixed("604", "Affiches et programme imprimé", "300.00")),
                        Map.of("lineId", printing, "delete", true),
                        change(null, line("604", "Traiteur", "PER_PARTICIPANT", "amount", "25.50")))))
                .when().put(lines(budgetId))
                .then().statusCode(200)
                .body("charges.find { it.code == '61' }.lines[0].provisionalCents", is(300000))
                .body("charges.find { it.code == '60' }.lines.label", hasItem("Affiches et programme imprimé"))
                .body("charges.find { it.code == '60' }.labelEn", is("Purchases"))
                .body("charges.find { it.code == '60' }.lines.find { it.label == 'Traiteur' }.provisionalCents", is(1275000));

        assertThat(lineIds(budgetId)).doesNotContain(printing).contains(venue, posters).hasSize(3);
        assertThat(aggregateVersion(budgetId)).isEqualTo(version + 1);
    }

    @Test
    void oneRefusedLineSavesNothingAndIsNamed() {
        String budgetId = newBudget();
        String venue = addLine(budgetId, fixed("613", "Location", "1200.00"));
        String posters = addLine(budgetId, fixed("623", "Affiches", "300.00"));
        List<Object> before = lineIds(budgetId);
        long version = aggregateVersion(budgetId);

        organiser().body(Map.of("changes", List.of(
                        change(venue, fixed("613", "Location", "9999.00")),
                        Map.of("lineId", posters, "delete", true),
                        change(null, fixed("606", "Badges", "80.00")),
                        change(null, fixed("74", "Subvention sans financeur", "5000.00")))))
                .when().put(lines(budgetId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Subvention sans financeur"))
                .body("errors[0].field", is("changes[3].line.funderId"));

        organiser().body(Map.of("changes", List.of(
                        change(venue, fixed("613", "Location", "9999.00")),
                        change(null, line("604", "Repas inconnu", "PER_MEAL", "amount", "1.00",
                                "sessionId", UUID.randomUUID().toString())))))
                .when().put(lines(budgetId))
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("Repas inconnu"))
                .body("errors[0].field", is("changes[1]"));

        organiser().body(Map.of("changes", List.of(change(venue, fixed("613", "", "-3")))))
                .when().put(lines(budgetId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("changes[0].line.label"));

        organiser().body(Map.of("changes", List.of(change(UUID.randomUUID().toString(), fixed("613", "Ailleurs", "1.00")))))
                .when().put(lines(budgetId))
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", is("changes[0]"));

        assertThat(lineIds(budgetId)).isEqualTo(before);
        assertThat(aggregateVersion(budgetId)).isEqualTo(version);
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().body("charges.find { it.code == '61' }.lines[0].unitCents", is(120000));
    }

    @Test
    void frozenVersionAndWrongRolesChangeNothing() {
        String budgetId = newBudget();
        String venue = addLine(budgetId, fixed("613", "Location", "1200.00"));
        Map<String, Object> body = Map.of("changes", List.of(change(venue, fixed("613", "Location", "1.00"))));
        as(TestTokens.participant()).body(body).when().put(lines(budgetId))
                .then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.partner()).body(body).when().put(lines(budgetId))
                .then().statusCode(403).contentType("application/problem+json");
        organiser().body(Map.of("changes", List.of(change(venue, fixed("613", "Location", "0.00")))))
                .when().put(lines(budgetId)).then().statusCode(200);
        // balanced at zero: it can be submitted, then the batch is refused on the frozen version
        organiser().when().post("/api/budget/budgets/" + budgetId + "/submit").then().statusCode(200);
        organiser().body(body).when().put(lines(budgetId))
                .then().statusCode(409).contentType("application/problem+json");
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().body("charges.find { it.code == '61' }.lines[0].unitCents", is(0));
    }
}
