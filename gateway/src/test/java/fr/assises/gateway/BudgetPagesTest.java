package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The budget editor: the subsidy-application layout, each line's basis and calculation in words, French amounts,
 * lines added, changed, moved and deleted in one all-or-nothing save, refusals next to their line. Its own
 * stand-ins, so the budget changed here stays in this class.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetPagesTest {

    private static final String PAGE = "/organisation/" + StandInServices.SLUG + "/budget";
    private static final String VENUE = "11e00000-0000-4000-8000-000000000001";
    private static final String CATERING = "11e00000-0000-4000-8000-000000000002";
    private static final String SPEAKERS = "11e00000-0000-4000-8000-000000000003";

    private RequestSpecification organiser() {
        return given().auth().oauth2(TestTokens.organiser()).redirects().follow(false);
    }

    private static Map<String, String> line(String key, String account, String label, String driver, String unit, String qty) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("account_" + key, account);
        form.put("label_" + key, label);
        form.put("driver_" + key, driver);
        form.put("unit_" + key, unit);
        form.put("qty_" + key, qty);
        return form;
    }

    private static long batches() {
        return StandInServices.RECEIVED.stream().filter(r -> "PUT".equals(r.getString("method"))
                && r.getString("path").equals("/api/budget/budgets/" + StandInBudget.BUDGET_ID + "/lines")).count();
    }

    @Test
    @Order(1)
    void theEditorShowsTheFormsLayoutWithEveryCalculationInWordsAndFrenchAmounts() {
        organiser().when().get(PAGE).then().statusCode(200)
                .body(containsString("<h2 id=\"h-charges\">Charges (comptes 60 à 68)</h2>"))
                .body(containsString("<h2 id=\"h-produits\">Produits (comptes 70 à 78)</h2>"))
                .body(containsString("<h2 id=\"h-nature\">Contributions volontaires en nature (comptes 86 et 87)</h2>"))
                .body(containsString("name=\"unit_" + VENUE + "\" data-line=\"" + VENUE + "\" data-kind=\"charge\" data-cents=\"3200000\" data-factor=\"1\" value=\"32\u00a0000,00\""))
                .body(containsString("Calcul\u00a0: Montant forfaitaire 32\u00a0000,00\u00a0€ = 32\u00a0000,00\u00a0€"))
                .body(containsString("<option value=\"PER_MEAL\">Par repas</option>"))
                .body(containsString("<option value=\"613\" selected>613 Locations</option>"))
                .body(containsString("Excédent de 1\u00a0700,00\u00a0€\u00a0: les produits dépassent les charges."))
                .body(containsString("href=\"/api/budget/budgets/" + StandInBudget.BUDGET_ID + "/export.pdf\" download>Dossier de subvention (PDF)</a>"))
                .body(not(containsString("32000.00")));
        given().auth().oauth2(TestTokens.partner()).when().get(PAGE).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).formParams(line(SPEAKERS, "622", "x", "FIXED", "1", "1"))
                .when().post(PAGE).then().statusCode(403);
    }

    @Test
    @Order(2)
    void anUnreadableAmountIsShownOnItsLineAndNothingIsSent() {
        long before = batches();
        Map<String, String> form = line(SPEAKERS, "622", "Intervenants et animation", "FIXED", "douze", "1");
        form.putAll(line(VENUE, "613", "Location du centre des congrès", "FIXED", "33 000,00", "1"));
        organiser().formParams(form).when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-" + SPEAKERS + "\">Montant en euros attendu"))
                .body(containsString("value=\"douze\""))
                .body(containsString("value=\"33 000,00\""))
                .body(containsString("Rien n’a été enregistré"));
        assertThat(batches()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void oneRefusedLineSavesNoneAndTheRefusalIsNextToIt() {
        Map<String, String> form = line(VENUE, "613", "Location du centre des congrès", "FIXED", "33 000,00", "1");
        form.putAll(line("n2", "74", "Subvention sans financeur", "FIXED", "5 000", "1"));
        organiser().formParams(form).when().post(PAGE).then().statusCode(422)
                .body(containsString("id=\"e-n2\">Une subvention (74) doit nommer son financeur"))
                .body(containsString("value=\"Subvention sans financeur\""));
        organiser().when().get(PAGE).then().body(containsString("value=\"32\u00a0000,00\""))
                .body(not(containsString("Subvention sans financeur")));
    }

    @Test
    @Order(4)
    void linesAreAddedChangedMovedAndDeletedInOneSaveWithNoHiddenMultiplier() {
        long before = batches();
        Map<String, String> form = line(VENUE, "613", "Location du centre des congrès", "FIXED", "32 000,00", "1");
        form.putAll(line(CATERING, "604", "Restauration des participants", "FIXED", "41 500,00", "1"));
        form.putAll(line(SPEAKERS, "622", "Intervenants et animation", "FIXED", "25 000,00", "1"));
        form.put("delete_" + SPEAKERS, "on");
        form.putAll(line("n1", "613", "Salles d'atelier", "PER_DAY", "1 200,00", "1"));
        form.put("perRoom_n1", "on");
        form.putAll(line("n3", "864", "Bénévoles de l'accueil", "FIXED", "2 000", "1"));
        organiser().formParams(form).when().post(PAGE).then().statusCode(303)
                .header("Location", containsString("/budget?ok=saved"));
        assertThat(batches()).isEqualTo(before + 1);
        String body = StandInServices.RECEIVED.stream().filter(r -> r.getString("path").endsWith("/lines")
                && "PUT".equals(r.getString("method"))).reduce((a, b) -> b).orElseThrow().getString("body");
        assertThat(body).contains("{\"lineId\":\"" + CATERING + "\",\"line\":{\"account\":\"604\"",
                "{\"lineId\":\"" + SPEAKERS + "\",\"delete\":true}", "\"label\":\"Salles d'atelier\",\"driver\":\"PER_DAY\"",
                "\"perRoom\":true", "\"account\":\"864\"").doesNotContain(VENUE);
        organiser().queryParam("ok", "saved").when().get(PAGE).then().statusCode(200)
                .body(containsString("Budget enregistré"))
                .body(containsString("Calcul\u00a0: 1\u00a0200,00\u00a0€ × 2 jours × 12 salles = 28\u00a0800,00\u00a0€"))
                .body(containsString("value=\"1\u00a0200,00\""))
                .body(containsString("<th scope=\"rowgroup\" colspan=\"5\">60 Achats</th>"))
                .body(containsString("<th scope=\"rowgroup\" colspan=\"5\">86 Emplois des contributions volontaires en nature</th>"))
                .body(not(containsString("Intervenants et animation")));
    }

    @Test
    @Order(5)
    void aVersionIsSubmittedOnlyBalancedThenFrozenAndTheNextOneComparedWithIt() {
        String versions = PAGE + "/versions";
        organiser().when().get(versions).then().statusCode(200)
                .body(containsString("1 « Première estimation »"))
                .body(containsString("Soumise, figée – soumise le 2 novembre 2026 à 10:30"))
                .body(containsString("href=\"/organisation/" + StandInServices.SLUG + "/budget/versions/soumission\">Soumettre la version 2…</a>"));
        organiser().when().get(versions + "/soumission").then().statusCode(200)
                .body(containsString("La version ne pourra plus être modifiée"));
        organiser().when().post(versions + "/soumission").then().statusCode(422)
                .body(containsString("id=\"e-submit\">Le budget n&#39;est pas équilibré"));
        // a sponsor closes the gap of 2 100 €, then the version can be submitted
        organiser().formParams(line("n2", "75", "Mécénat d'une fondation fictive", "FIXED", "2 100,00", "1"))
                .when().post(PAGE).then().statusCode(303);
        organiser().when().post(versions + "/soumission").then().statusCode(303)
                .header("Location", containsString("/budget/versions?ok=submitted"));
        organiser().when().get(PAGE).then().statusCode(200)
                .body(containsString("Cette version a été soumise"))
                .body(not(containsString("Enregistrer toutes les modifications")))
                .body(containsString("name=\"label_" + VENUE + "\" value=\"Location du centre des congrès\" size=\"24\" disabled"));
        organiser().formParams(line(VENUE, "613", "Location du centre des congrès", "FIXED", "1,00", "1"))
                .when().post(PAGE).then().statusCode(409)
                .body(containsString("a été soumise"));

        organiser().formParam("name", " ").when().post(versions + "/nouvelle").then().statusCode(422)
                .body(containsString("id=\"e-name\">ne doit pas être vide"));
        organiser().formParam("name", "Après le comité de pilotage").when().post(versions + "/nouvelle").then().statusCode(303)
                .header("Location", containsString("/budget?ok=next"));
        organiser().when().get(PAGE).then().body(containsString("Version 3 « Après le comité de pilotage » – brouillon"));
        organiser().queryParam("de", "1").queryParam("a", "3").when().get(versions).then().statusCode(200)
                .body(containsString("Ce qui change de la version 1 à la version 3"))
                .body(containsString("<th scope=\"row\">Salles d&#39;atelier</th>"))
                .body(containsString("<td>Ajoutée</td>"))
                .body(containsString("<td>Supprimée</td>"))
                .body(containsString("Modifiée (compte)"));
        organiser().queryParam("de", "1").queryParam("a", "9").when().get(versions).then().statusCode(422)
                .body(containsString("id=\"e-diff\">Version introuvable"));
    }

    @Test
    @Order(6)
    void fundersAreAddedEditedAndDeletedWithTheRefusalsNextToTheirFields() {
        String funders = PAGE + "/financeurs";
        organiser().when().get(funders).then().statusCode(200)
                .body(containsString("Agence nationale fictive"))
                .body(containsString("<option value=\"DEPARTEMENT\">Département</option>"));
        organiser().formParam("type", "DEPARTEMENT").formParam("name", "Département fictif").formParam("requested", "beaucoup")
                .when().post(funders).then().statusCode(422)
                .body(containsString("id=\"e-requested-new\">Montant en euros attendu"))
                .body(containsString("value=\"beaucoup\""));
        organiser().formParam("type", "ETAT").formParam("name", "Ministère fictif").formParam("requested", "5 000")
                .when().post(funders).then().statusCode(422)
                .body(containsString("id=\"e-agency-new\">Pour l&#39;État, précisez le ministère ou l&#39;agence"));
        organiser().formParam("type", "DEPARTEMENT").formParam("name", "Département fictif").formParam("status", "REQUESTED")
                .formParam("requested", "8 000,00").formParam("requestedOn", "2027-01-15")
                .formParam("conditions", "Logo sur le programme ; bilan sous trois mois")
                .when().post(funders).then().statusCode(303).header("Location", containsString("ok=saved"));
        String page = organiser().when().get(funders).then().statusCode(200)
                .body(containsString("Département fictif"))
                .body(containsString("8 000,00 €"))
                .body(containsString("15 janvier 2027"))
                .body(containsString("Logo sur le programme ; bilan sous trois mois"))
                .extract().asString();
        java.util.regex.Matcher found = java.util.regex.Pattern.compile(
                "id=\"funder-([0-9a-f-]{36})\"[^>]*>\\s*<summary>Modifier «\u00a0Département fictif").matcher(page);
        assertThat(found.find()).isTrue();
        String id = found.group(1);
        assertThat(id).hasSize(36);
        organiser().formParam("type", "DEPARTEMENT").formParam("name", "Département fictif").formParam("status", "PAID")
                .formParam("requested", "8 000,00").formParam("granted", "6 000").formParam("paid", "7 000")
                .when().post(funders + "/" + id).then().statusCode(422)
                .body(containsString("id=\"e-status-" + id + "\">Le montant versé ne peut pas dépasser le montant accordé"));
        organiser().when().post(funders + "/" + id + "/suppression").then().statusCode(303);
        organiser().when().get(funders).then().body(not(containsString("Département fictif")));
        java.util.regex.Matcher named = java.util.regex.Pattern.compile(
                "id=\"funder-([0-9a-f-]{36})\"[^>]*>\\s*<summary>Modifier «\u00a0Agence nationale fictive").matcher(page);
        assertThat(named.find()).isTrue();
        organiser().when().post(funders + "/" + named.group(1) + "/suppression").then().statusCode(409)
                .body(containsString("id=\"e-delete-" + named.group(1) + "\" role=\"alert\">Le financeur « Agence nationale fictive"));
        given().auth().oauth2(TestTokens.partner()).when().get(funders).then().statusCode(403);
    }

    @Test
    @Order(7)
    void hypothesesAndScenariosShowTheBreakEvenAndTheBalanceByAttendance() {
        String hypotheses = PAGE + "/hypotheses";
        organiser().when().get(hypotheses).then().statusCode(200)
                .body(containsString("Point mort\u00a0: le budget s’équilibre à partir de 455 participants."))
                .body(containsString("<canvas data-chart="))
                .body(containsString("<th scope=\"row\" class=\"num\">1000</th>"))
                .body(containsString("id=\"f-participants\" name=\"participants\" inputmode=\"numeric\" size=\"6\" value=\"500\""));
        organiser().formParam("participants", "beaucoup").formParam("days", "2").when().post(hypotheses).then().statusCode(422)
                .body(containsString("id=\"e-participants\">Nombre entier attendu."))
                .body(containsString("value=\"beaucoup\""));
        organiser().formParam("participants", "500").formParam("days", "2")
                .formParam("cat_code_0", "PROFESSIONNEL").formParam("cat_pct_0", "60")
                .formParam("cat_code_1", "ELU").formParam("cat_pct_1", "30")
                .when().post(hypotheses).then().statusCode(422)
                .body(containsString("id=\"e-categories\">La répartition des participants par catégorie doit totaliser 100 %"))
                .body(containsString("value=\"ELU\""));
        organiser().formParam("participants", "400").formParam("days", "2")
                .formParam("cat_code_0", "PROFESSIONNEL").formParam("cat_pct_0", "70")
                .formParam("cat_code_1", "ELU").formParam("cat_pct_1", "30")
                .formParam("sc_name_0", "Prudent").formParam("sc_n_0", "350")
                .when().post(hypotheses).then().statusCode(303).header("Location", containsString("ok=saved"));
        organiser().queryParam("ok", "saved").when().get(hypotheses).then().statusCode(200)
                .body(containsString("Hypothèses enregistrées"))
                .body(containsString("<th scope=\"row\">Prudent</th><td class=\"num\">350</td>"))
                .body(not(containsString("name=\"cat_fee_")))
                .body(containsString("<p class=\"derived\" id=\"cat-fee-0\">180,00\u00a0€</p>"))
                .body(containsString("<li>Professionnel\u00a0: 180,00\u00a0€</li>"));
        // a category registration-service does not charge: its refusal shown on the categories, typed values kept
        organiser().formParam("participants", "400").formParam("days", "2")
                .formParam("cat_code_0", "PROFESSIONNEL").formParam("cat_pct_0", "70")
                .formParam("cat_code_1", "MECENE").formParam("cat_pct_1", "30")
                .when().post(hypotheses).then().statusCode(422)
                .body(containsString("id=\"e-categories\">Catégorie inconnue des paramètres d&#39;inscription : MECENE"))
                .body(containsString("value=\"MECENE\""));
    }

    /**
     * The registration income is derived, never typed: no amount field, the forecast per category at
     * registration-service's fee and the registrations confirmed so far, and where the figures come from; in English
     * the page asks budget-service for its calculation in English.
     */
    @Test
    @Order(8)
    void theRegistrationIncomeIsShownAsDerivedFromTheRegistrations() {
        String line = StandInFees.LINE_ID;
        String page = organiser().when().get(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("name=\"unit_" + line + "\"")
                .contains("<p class=\"derived\" id=\"unit-" + line + "\">D’après les inscriptions</p>")
                .contains("<strong>D’après les inscriptions\u00a0:</strong> <span class=\"nowrap\">Professionnel 180 × 180,00\u00a0€</span>"
                        + " + <span class=\"nowrap\">Élu 50 × 120,00\u00a0€</span>")
                .contains("= 40\u00a0200,00\u00a0€</p>")
                .contains("205 inscriptions confirmées à ce jour, soit 31\u00a0000,00\u00a0€.")
                .contains("tarifs\u00a0: ceux des paramètres d’inscription, jamais saisis dans le budget.");
        assertThat(StandInServices.RECEIVED.stream().filter(r -> r.getString("path").endsWith("/budget")
                && r.getString("path").startsWith("/api/budget/congresses/")).reduce((a, b) -> b).orElseThrow()
                .getString("acceptLanguage")).isEqualTo("fr");

        String english = organiser().queryParam("lang", "en").when().get(PAGE).then().statusCode(200).extract().asString();
        assertThat(english).contains("Calculation: Professional 180 × €180.00 + Elected official 50 × €120.00")
                .contains("(participants: hypothesis, fees: registration settings) = €40,200.00")
                .contains("<strong>From registrations:</strong>")
                .contains("205 confirmed registrations so far")
                // the chart of accounts in English too: headings and the account lists
                .contains("<th scope=\"rowgroup\" colspan=\"5\">70 Sales of goods and services</th>",
                        "<optgroup label=\"Expenses\">", ">613 Rentals</option>")
                .doesNotContain("hypothèse").doesNotContain("D’après les inscriptions")
                .doesNotContain("Services extérieurs", "Subventions d&#39;exploitation");
    }
}
