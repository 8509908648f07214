package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The editions pages in Debian's headless Chromium: an organiser creates a draft edition (a refused form first),
 * opens it through the confirmation page and clones the demo congress on a 390 px phone; axe-core finds no serious
 * or critical violation on any of them.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class EditionsBrowserTest extends InChromium {


    private static void accessible(Page page, String name) {
        Chromium.assertAccessible(page, name);
    }

    private static void fitsThePhone(Page page, String name) {
        Chromium.assertFits(page, name, 390);
    }

    @Test
    void anOrganiserCreatesADraftEditionAndOpensItAfterConfirming() {
        Page editions = open("/organisation", 1280);
        accessible(editions, "editions list");
        editions.click("text=Nouvelle édition");
        editions.waitForLoadState();
        accessible(editions, "new edition form");

        editions.fill("#f-title", "4e Congrès national des développeurs territoriaux");
        editions.fill("#f-slug", "Congrès 2028");
        editions.fill("#f-startDate", "2028-06-22");
        editions.fill("#f-endDate", "2028-06-23");
        editions.fill("#f-venue", "Halle fictive de Brocéliande");
        editions.click("button[type=submit]");
        editions.waitForSelector("#e-slug");
        assertThat(editions.getAttribute("#f-slug", "aria-invalid")).isEqualTo("true");
        assertThat(editions.textContent("#e-slug")).contains("lettres minuscules");
        accessible(editions, "new edition form refused");

        editions.fill("#f-slug", "congres-2028-essai");
        editions.click("button[type=submit]");
        editions.waitForURL("**/organisation/congres-2028-essai?ok=created");
        assertThat(editions.textContent("main")).contains("Édition créée en brouillon", "Brouillon");
        accessible(editions, "console of a draft");

        editions.click("text=Ouvrir le congrès…");
        editions.waitForLoadState();
        assertThat(editions.textContent("main")).contains("Ce qui change pour les participants",
                "Le congrès apparaît sur la page d’accueil");
        accessible(editions, "status confirmation");
        editions.click("text=Oui, ouvrir le congrès");
        editions.waitForURL("**/organisation/congres-2028-essai?ok=OPEN");
        assertThat(editions.textContent("main")).contains("Le congrès est ouvert", "Clore les inscriptions…");
    }

    @Test
    void theCloneFormWorksOnAPhone() {
        Page clone = open("/organisation/editions/cloner?source=" + StandInServices.CONGRESS_ID, 390);
        accessible(clone, "clone form");
        fitsThePhone(clone, "clone form");
        clone.fill("#f-title", "4e Congrès national");
        clone.fill("#f-slug", "congres-2028-telephone");
        clone.click("button[type=submit]");
        clone.waitForSelector("#e-startDate");
        accessible(clone, "clone form refused");
        fitsThePhone(clone, "clone form refused");
        clone.fill("#f-startDate", "2028-06-22");
        clone.uncheck("#part-BUDGET");
        clone.click("button[type=submit]");
        clone.waitForURL("**/organisation/congres-2028-telephone?ok=cloned");
        assertThat(clone.textContent("main")).contains("Édition clonée en brouillon", "jeudi 22 juin 2028");
        fitsThePhone(clone, "console of the clone");
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("body"))
                .contains("\"slug\":\"congres-2028-telephone\"")
                .contains("\"parts\":[\"PROGRAMME\",\"ROOMS\",\"THEMES\",\"REGISTRATION\",\"EVALUATION\"]"));
    }
}
