package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The indicator form and the comparison of editions in Debian's Chromium, on a 390 px phone and at desktop width:
 * refusals next to the field, charts drawn, axe-core clean (no serious or critical violation), never wider than the
 * phone. Saves the screenshots of these pages.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class PartnerBrowserTest extends InChromium {

    static final int PHONE = 390;
    static final int DESKTOP = 1280;


    @BeforeEach
    void freshIndicators() {
        StandInServices.PARTNERS.reset();
    }

    /** Waits (5 s at most) until Chart.js has drawn every chart of the page. */
    private static void chartsDrawn(Page page) {
        page.waitForFunction("() => window.Chart && [...document.querySelectorAll('canvas[data-partner-chart]')]"
                + ".every(c => window.Chart.getChart(c))", null, new Page.WaitForFunctionOptions().setTimeout(5000));
    }

    @Test
    void anIndicatorIsRefusedNextToItsFieldThenAddedOnAPhone() {
        String path = "/organisation/" + StandInServices.SLUG + "/indicateurs";
        Page phone = chromium.open(base, TestTokens.organiser(), path, PHONE);
        Chromium.assertFits(phone, "indicators at 390 px", PHONE);
        Chromium.assertAccessible(phone, "indicators on a phone");

        phone.fill("#label-new", "Articles parus dans la presse");
        phone.selectOption("#source-new", new SelectOption().setLabel("Saisie à la main"));
        phone.fill("#target-new", "une dizaine");
        phone.fill("#unit-new", "articles");
        phone.waitForNavigation(() -> phone.click("section[aria-labelledby=h-add] button[type=submit]"));
        assertThat(phone.textContent("#e-target-new")).isEqualTo("Nombre attendu (ex. 80 ou 12,5).");
        assertThat(phone.getAttribute("#target-new", "aria-invalid")).isEqualTo("true");
        assertThat(phone.inputValue("#label-new")).isEqualTo("Articles parus dans la presse");
        Chromium.assertFits(phone, "refused indicator at 390 px", PHONE);
        Chromium.assertAccessible(phone, "refused indicator on a phone");
        Chromium.screenshot(phone, "indicateur-refuse-mobile");

        phone.fill("#target-new", "12");
        phone.fill("#manualValue-new", "7");
        phone.waitForNavigation(() -> phone.click("section[aria-labelledby=h-add] button[type=submit]"));
        assertThat(phone.url()).endsWith("?ok=created");
        assertThat(phone.textContent("[role=status]")).contains("Indicateur ajouté.");
        assertThat(phone.textContent("table.indicators")).contains("Articles parus dans la presse", "7\u00a0articles",
                "12\u00a0articles", "Pas encore atteint");

        Page wide = chromium.open(base, TestTokens.organiser(), path, DESKTOP);
        wide.click("summary:has-text('Modifier « Part des élus parmi les présents »')");
        Chromium.assertAccessible(wide, "indicators with an edit form open");
        Chromium.screenshot(wide, "indicateurs-organisation");
    }

    @Test
    void editionsAreComparedReadablyOnAPhoneAndADesktop() {
        Page list = chromium.open(base, TestTokens.partner(), "/partenaires", DESKTOP);
        Chromium.assertAccessible(list, "partner editions");
        list.check("input[value=congres-2025]");
        list.check("input[value=congres-2027]");
        list.waitForNavigation(() -> list.click("form[action='/partenaires/comparaison'] button[type=submit]"));
        assertThat(list.url()).contains("editions=congres-2025").contains("editions=congres-2027");
        chartsDrawn(list);
        assertThat(list.locator("canvas[data-partner-chart]").count()).isEqualTo(3);
        Chromium.assertAccessible(list, "comparison of editions");
        Chromium.screenshot(list, "comparaison-editions");

        Page phone = chromium.open(base, TestTokens.partner(),
                "/partenaires/comparaison?editions=congres-2025,congres-2027", PHONE);
        chartsDrawn(phone);
        Chromium.assertFits(phone, "comparison at 390 px", PHONE);
        Chromium.assertAccessible(phone, "comparison on a phone");
        Chromium.screenshot(phone, "comparaison-editions-mobile");

        Page archived = chromium.open(base, TestTokens.partner(), "/partenaires/congres-2025", PHONE);
        chartsDrawn(archived);
        Chromium.assertFits(archived, "archived dashboard at 390 px", PHONE);
        Chromium.assertAccessible(archived, "archived dashboard on a phone");
        Chromium.screenshot(archived, "tableau-de-bord-2025-mobile");
    }
}
