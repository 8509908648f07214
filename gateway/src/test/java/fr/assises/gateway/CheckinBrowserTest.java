package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The check-in desk and the catering page in Debian's Chromium, at desktop width and on a 390 px phone: axe-core
 * finds no serious or critical violation, and the document is never wider than the screen.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class CheckinBrowserTest extends InChromium {

    static final int PHONE = 390;


    private static void accessible(Page page, String name) {
        Chromium.assertAccessible(page, name);
    }

    /** The document's width in CSS pixels: wider than the viewport means the page scrolls sideways. */
    private static int documentWidth(Page page) {
        return ((Number) page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                .intValue();
    }

    /** Sends the badge form with the Enter key, as a scanner does, and waits for the answer page. */
    private static void submit(Page page) {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        page.waitForLoadState();
    }

    @Test
    void theDeskWorksOnAPhoneAndGivesOneMessagePerScan() {
        String desk = "/organisation/" + StandInServices.SLUG + "/accueil";
        Page wide = open(desk, 1280);
        accessible(wide, "check-in desk");

        Page phone = open(desk, PHONE);
        assertThat(documentWidth(phone)).as("desk width at 390 px").isLessThanOrEqualTo(PHONE);
        accessible(phone, "check-in desk on a phone");
        // the desk chooses the workshop, then scans there
        phone.selectOption("#f-point", new SelectOption().setLabel(
                "Atelier : coopérer entre intercommunalités – 24 juin 2027 à 14:00"));
        phone.click("form.checkin-point button[type=submit]");
        phone.waitForURL(url -> url.contains("point=5e551000-0000-4000-8000-000000000001"));
        assertThat(phone.textContent(".checkin-where")).contains("Atelier : coopérer entre intercommunalités");
        phone.fill("#f-token", "OK-4242");
        submit(phone);
        assertThat(phone.locator("[role=status]").count()).isEqualTo(1);
        assertThat(phone.textContent("[role=status]")).contains("Arrivée enregistrée : Camille Fictive");
        assertThat(documentWidth(phone)).as("desk width after a scan at 390 px").isLessThanOrEqualTo(PHONE);
        accessible(phone, "check-in desk after a scan, on a phone");

        phone.fill("#f-token", "OK-4242-AGAIN");
        submit(phone);
        assertThat(phone.locator("[role=status]").count()).isEqualTo(1);
        String again = phone.textContent("[role=status]");
        assertThat(again).contains("Déjà arrivé(e) le 24 juin 2027 à 08:42.").doesNotContain("Arrivée enregistrée")
                .doesNotContain("Déjà enregistré(e)");
        assertThat(phone.inputValue("input[name=point][type=hidden]")).isEqualTo("5e551000-0000-4000-8000-000000000001");

        phone.fill("#f-token", "FAUX");
        submit(phone);
        assertThat(phone.textContent("#e-token")).contains("Badge inconnu ou falsifié.");
        assertThat(phone.getAttribute("#f-token", "aria-invalid")).isEqualTo("true");
        assertThat(documentWidth(phone)).isLessThanOrEqualTo(PHONE);
        accessible(phone, "check-in desk with a refused badge, on a phone");
    }

    @Test
    void cateringIsFrozenFromThePageAndReadableOnAPhone() {
        String catering = "/organisation/" + StandInServices.SLUG + "/restauration";
        Page wide = open(catering, 1280);
        accessible(wide, "catering page");
        wide.onDialog(dialog -> dialog.accept());
        wide.click("#b-freeze");
        wide.waitForURL(url -> url.contains("ok=frozen"));
        assertThat(wide.textContent("main")).contains("Effectifs gelés le 15 juin 2027 à 00:00",
                "Sortie de la liste d’attente", "−1 couvert");
        accessible(wide, "catering page with late changes");

        Page phone = open(catering, PHONE);
        assertThat(documentWidth(phone)).as("catering width at 390 px").isLessThanOrEqualTo(PHONE);
        accessible(phone, "catering page on a phone");
    }
}
