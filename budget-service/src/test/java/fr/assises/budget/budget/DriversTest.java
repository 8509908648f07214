package fr.assises.budget.budget;

import static fr.assises.budget.Fixtures.DINNER_1;
import static fr.assises.budget.Fixtures.LUNCH_1;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.line;
import static fr.assises.budget.Fixtures.newBudget;
import static fr.assises.budget.Fixtures.organiser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each driver's value on the fixture hypotheses: 500 participants (60/20/20 %), 2 days, 4 half-days, 12 rooms, 40 speakers. */
@QuarkusTest
class DriversTest {

    private static ValidatableResponse add(String budgetId, Map<String, Object> line) {
        return organiser().body(line).when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(201);
    }

    @Test
    void fixedAmountTimesQuantity() {
        String budgetId = newBudget();
        Map<String, Object> line = fixed("616", "Assurance", "1234.56");
        line.put("quantity", 2);
        add(budgetId, line).body("valueCents", is(246912))
                .body("formula", is("Montant forfaitaire 1 234,56 € × 2 = 2 469,12 €"));
    }

    @Test
    void perParticipantOnTheHypothesisOrACategoryOrConfirmedRegistrations() {
        String budgetId = newBudget();
        add(budgetId, line("604", "Kits participants", "PER_PARTICIPANT", "amount", "12.00"))
                .body("valueCents", is(600000))
                .body("formula", is("12,00 € × 500 participants (hypothèse) = 6 000,00 €"));
        add(budgetId, line("604", "Écharpes des élus", "PER_PARTICIPANT", "amountCents", 1200, "category", "ELU"))
                .body("valueCents", is(120000))
                .body("formula", containsString("100 participants Élu (hypothèse)"));
        add(budgetId, line("604", "Badges imprimés", "PER_PARTICIPANT", "amount", 2, "basis", "CONFIRMED"))
                .body("valueCents", is(0))
                .body("provisionalCents", is(100000))
                .body("confirmedCents", is(0))
                .body("formula", containsString("inscriptions confirmées"));
    }

    @Test
    void perMealForOneSessionOrAllMeals() {
        String budgetId = newBudget();
        add(budgetId, line("604", "Déjeuner J1", "PER_MEAL", "amount", "25.00", "sessionId", LUNCH_1.toString()))
                .body("valueCents", is(1250000))
                .body("formula", is("25,00 € × 500 repas (Déjeuner J1, hypothèse) = 12 500,00 €"));
        add(budgetId, line("604", "Dîner J1", "PER_MEAL", "amount", "25.00", "sessionId", DINNER_1.toString()))
                .body("valueCents", is(625000));
        add(budgetId, line("604", "Service de tous les repas", "PER_MEAL", "amount", "1.00"))
                .body("valueCents", is(75000))
                .body("formula", containsString("tous les repas"));
    }

    @Test
    void perDayPerHalfDayAndPerRoom() {
        String budgetId = newBudget();
        add(budgetId, line("613", "Location des salles d'ateliers", "PER_DAY", "amount", "800.00", "perRoom", true))
                .body("valueCents", is(1920000))
                .body("formula", is("800,00 € × 2 jours × 12 salles = 19 200,00 €"));
        add(budgetId, line("613", "Régie son de l'amphithéâtre", "PER_HALF_DAY", "amount", "150.00"))
                .body("valueCents", is(60000));
    }

    @Test
    void perSpeaker() {
        String budgetId = newBudget();
        add(budgetId, line("625", "Déplacements des intervenants", "PER_SPEAKER", "amount", "300.00"))
                .body("valueCents", is(1200000))
                .body("formula", containsString("40 intervenants (hypothèse)"));
    }

    @Test
    void staffTimeIsFteTimesMonthsTimesMonthlyCost() {
        String budgetId = newBudget();
        add(budgetId, line("641", "Coordinatrice", "STAFF", "amount", "4200.00", "fte", "3/5", "months", 8))
                .body("valueCents", is(2016000))
                .body("fte", is("3/5"))
                .body("formula", is("3/5 ETP × 8 mois × 4 200,00 € (coût mensuel chargé) = 20 160,00 €"));
        add(budgetId, line("641", "Chargée de communication", "STAFF", "amount", "3800", "fte", "0,4", "months", 8))
                .body("valueCents", is(1216000));
        add(budgetId, line("641", "Stagiaire", "STAFF", "amount", "650.00", "fte", "1", "months", 6))
                .body("valueCents", is(390000));
    }

    @Test
    void registrationRevenueFromTheCategoryMixOrConfirmedRegistrations() {
        String budgetId = newBudget();
        add(budgetId, line("706", "Droits d'inscription", "REGISTRATION_REVENUE"))
                .body("valueCents", is(7000000))
                .body("formula", is("Professionnel 300 × 180,00 € + Élu 100 × 120,00 € + Étudiant ou demandeur d'emploi 100 × 40,00 €"
                        + " (participants : hypothèse, tarifs : paramètres d'inscription) = 70 000,00 €"));
        add(budgetId, line("706", "Droits d'inscription des élus", "REGISTRATION_REVENUE", "category", "ELU"))
                .body("valueCents", is(1200000));
        add(budgetId, line("706", "Inscriptions encaissées", "REGISTRATION_REVENUE", "basis", "CONFIRMED"))
                .body("valueCents", is(0))
                .body("provisionalCents", is(7000000))
                .body("formula", containsString("0 inscription confirmée"));
    }

    @Test
    void updatingALineRecomputesItAndDeletingRemovesIt() {
        String budgetId = newBudget();
        String id = addLine(budgetId, fixed("623", "Affiches", "100.00"));
        organiser().body(line("623", "Affiches et programme", "PER_PARTICIPANT", "amount", "0.50"))
                .when().put("/api/budget/budgets/" + budgetId + "/lines/" + id)
                .then().statusCode(200).body("valueCents", is(25000)).body("label", is("Affiches et programme"))
                .body("confirmedCents", is(0));
        organiser().when().delete("/api/budget/budgets/" + budgetId + "/lines/" + id).then().statusCode(204);
        organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().body("totals.chargesCents", is(0)).body("charges.find { it.code == '62' }.lines[0]", nullValue());
    }
}
