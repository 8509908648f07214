package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The budget pages in Debian's headless Chromium on a 390 px phone: the editor (a refused line, then a line added
 * with its calculation in words), funders and versions; axe-core finds no serious or critical violation.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class BudgetBrowserTest extends InChromium {


    @Test
    void anOrganiserEditsTheBudgetItsFundersAndVersionsOnAPhone() {
        String slug = StandInServices.SLUG;
        Page editor = open("/organisation/" + slug + "/budget", 390);
        phone(editor, "budget editor");
        assertThat(editor.textContent("#h-nature")).contains("Contributions volontaires en nature");

        // a grant without its funder: refused next to the new line, the amount typed elsewhere not saved
        editor.fill("#label-n2", "Subvention sans financeur");
        editor.selectOption("#account-n2", "74");
        editor.fill("#unit-n2", "5 000");
        editor.click("button[type=submit]");
        editor.waitForSelector("#e-n2");
        assertThat(editor.textContent("#e-n2")).contains("doit nommer son financeur");
        assertThat(editor.getAttribute("#label-n2", "aria-invalid")).isEqualTo("true");
        phone(editor, "budget editor refused");
        Chromium.screenshot(editor, "budget-ligne-refusee");

        editor.fill("#label-n2", "");
        editor.fill("#unit-n2", "");
        editor.fill("#label-n1", "Salles d'atelier");
        editor.selectOption("#account-n1", "613");
        editor.selectOption("#driver-n1", "PER_DAY");
        editor.click("#line-n1 summary");
        editor.check("#perRoom-n1");
        editor.fill("#unit-n1", "1 200");
        editor.click("button[type=submit]");
        editor.waitForURL("**/budget?ok=saved");
        assertThat(editor.textContent("main").replace('\u00a0', ' ')).contains("Budget enregistré",
                "1 200,00 € × 2 jours × 12 salles = 28 800,00 €");
        phone(editor, "budget editor saved");
        Chromium.screenshot(editor, "budget-editeur");

        // the registration income is derived from the registrations: no amount to type, its sources in words
        assertThat(editor.locator("input#unit-" + StandInFees.LINE_ID).count()).isZero();
        assertThat(editor.textContent("#derived-" + StandInFees.LINE_ID).replace('\u00a0', ' '))
                .contains("D’après les inscriptions : Professionnel 180 × 180,00 €", "205 inscriptions confirmées à ce jour");

        Page hypotheses = open("/organisation/" + slug + "/budget/hypotheses", 390);
        phone(hypotheses, "budget hypotheses with the registration fees");
        assertThat(hypotheses.textContent("#registration-fees").replace('\u00a0', ' ')).contains("Professionnel : 180,00 €");
        // a category is chosen among the registration settings' own, by its name
        assertThat(hypotheses.locator("#cat-code-0 option").allTextContents())
                .contains("Professionnel", "Élu", "Étudiant ou demandeur d'emploi");

        Page funders = open("/organisation/" + slug + "/budget/financeurs", 390);
        phone(funders, "funders");
        funders.selectOption("#type-new", "DEPARTEMENT");
        funders.fill("#name-new", "Département fictif");
        funders.fill("#requested-new", "8 000");
        funders.fill("#conditions-new", "Logo sur le programme");
        funders.click("section[aria-labelledby=h-add] button[type=submit]");
        funders.waitForURL("**/financeurs?ok=saved");
        assertThat(funders.textContent("main")).contains("Département fictif", "Logo sur le programme");
        phone(funders, "funders saved");
        Chromium.screenshot(funders, "budget-financeurs");

        Page versions = open("/organisation/" + slug + "/budget/versions?de=1&a=2", 390);
        phone(versions, "versions and diff");
        assertThat(versions.textContent("#c-diff")).contains("version 1 à la version 2");
        Chromium.screenshot(versions, "budget-versions");
        versions.click("text=Soumettre la version 2…");
        versions.waitForLoadState();
        phone(versions, "submit confirmation");
    }
}
