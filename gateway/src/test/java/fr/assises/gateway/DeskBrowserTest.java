package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registration desk's pages in Debian's Chromium: axe-clean and no wider than the screen, on a desktop and at 390 px. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class DeskBrowserTest extends InChromium {

    static final String LIST = "/organisation/" + StandInServices.SLUG + "/inscriptions";


    @Test
    void detailAndImportPagesAreAccessibleOnADesktopAndAPhone() {
        for (int width : List.of(1280, 390)) {
            Page detail = open(LIST + "/" + StandInDesk.CAMILLE, width);
            assertThat(detail.locator("h1").innerText()).contains("Camille Fictive");
            check(detail, "detail at " + width);

            Page imports = open(LIST + "/import", width);
            imports.locator("#f-fichier").setInputFiles(new FilePayload("invites.csv", "text/csv",
                    ("nom;prenom;email;categorie;jours\nQuéré;Maëlys;m.quere" + width
                            + "@exemple.test;ELU;2027-06-24\n").getBytes(StandardCharsets.UTF_8)));
            imports.locator("button", new Page.LocatorOptions().setHasText("Prévisualiser")).click();
            imports.waitForLoadState();
            assertThat(imports.content()).contains("1 inscription sera créée.");
            check(imports, "import preview at " + width);
        }
    }

    @Test
    void editAddAndMailingPagesAreAccessibleOnADesktopAndAPhone() {
        for (int width : List.of(1280, 390)) {
            Page add = open(LIST + "/nouvelle", width);
            check(add, "add at " + width);
            add.locator("#f-lastName").fill("Quéré");
            add.locator("#f-firstName").fill("Maëlys");
            add.locator("#f-email").fill("pas-une-adresse");
            add.locator("#cat-ELU").check();
            add.locator("#day-2027-06-24").check();
            add.locator("button[type=submit]").last().click();
            add.waitForLoadState();
            assertThat(add.locator("#e-email").innerText()).contains("adresse électronique");
            check(add, "add refused at " + width);
            add.locator("#f-email").fill("m.quere" + width + "@exemple.test");
            add.locator("button[type=submit]").last().click();
            add.waitForLoadState();
            assertThat(add.content()).contains("une invitation à la rattacher à un compte est envoyée");
            add.locator("a", new Page.LocatorOptions().setHasText("Modifier l’inscription")).click();
            add.waitForLoadState();
            assertThat(add.locator("button[type=submit]").last().innerText()).isEqualTo("Enregistrer les modifications");
            check(add, "edit at " + width);

            Page mailings = open("/organisation/" + StandInServices.SLUG + "/messages", width);
            check(mailings, "mailings at " + width);
            mailings.locator("#f-category").selectOption("ELU");
            mailings.locator("#f-subject").fill("Accueil des élus");
            mailings.locator("#f-text").fill("Bonjour {prénom},\nrendez-vous à 8 h 30.");
            mailings.locator("#f-subjectEn").fill("Welcome desk");
            mailings.locator("#f-textEn").fill("Hello {prénom},\nmeet us at 8:30.");
            mailings.locator("button", new Page.LocatorOptions().setHasText("Prévisualiser")).click();
            mailings.waitForLoadState();
            assertThat(mailings.content()).contains("2 personnes recevront ce message.", "Hello Maëlle");
            check(mailings, "mailing preview at " + width);
            if (width == 390) {
                Chromium.screenshot(mailings, "organiser-mailing-preview-390");
            }
            Page reminder = open("/organisation/" + StandInServices.SLUG + "/messages/rappel", width);
            check(reminder, "reminder confirmation at " + width);
        }
    }

    private static void check(Page page, String name) {
        Chromium.assertAccessible(page, name);
        Chromium.assertFits(page, name, page.viewportSize().width);
    }
}
