package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The participant's own pages in Chromium on a 390 px phone: the registration form's errors all at once, each
 * named and leading to its field; my data and its erasure confirmation; cancelling then registering again from the
 * cancelled choices; the privacy notice. axe-core finds no violation at all on these pages (not only serious ones).
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class ParticipantBrowserTest extends InChromium {

    private static final String FORM = "/espace/inscription/" + StandInServices.SLUG;
    private static final int PHONE = 390;

    /** No axe violation at all under WCAG 2.1 A/AA, whatever its impact; each named with where it is. */
    private static void noViolation(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(Chromium.WCAG_AA).analyze();
        List<String> all = results.getViolations().stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(all).as("axe violations on " + name).isEmpty();
        Chromium.assertFits(page, name, PHONE);
    }

    @Test
    void theFormShowsEveryErrorAtOnceEachNamedAndLeadingToItsField() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Page form = chromium.open(base, token, FORM, PHONE);
        noViolation(form, "registration form");
        form.fill("#f-firstName", "Alix");
        form.fill("#f-lastName", "");
        form.fill("#f-email", "");
        form.click(".registration-form button[type=submit]");
        form.waitForLoadState();
        assertThat(form.evaluate("() => document.activeElement.id")).isEqualTo("erreurs");
        List<String> summary = form.locator("#erreurs li").allTextContents();
        assertThat(summary).hasSize(6);
        assertThat(summary.get(0)).isEqualTo("Nom\u00a0: ne doit pas être vide");
        assertThat(summary).anyMatch(s -> s.startsWith("Jours de présence\u00a0:"))
                .anyMatch(s -> s.startsWith("Notice d’information\u00a0:"));
        noViolation(form, "registration form with its errors");
        Chromium.screenshot(form, "inscription-erreurs-nommees");
        // each entry leads to its field
        form.locator("#erreurs a[href='#f-email']").click();
        assertThat(form.url()).endsWith("#f-email");
        assertThat(form.evaluate("() => document.activeElement.id")).isEqualTo("f-email");
        // the consent's notice is one link away, in a new tab
        assertThat(form.getAttribute("#h-consent a", "href")).isEqualTo("/donnees-personnelles?congres="
                + StandInServices.SLUG);
    }

    @Test
    void myDataAndItsErasureSayWhatHappensBeforeAnythingIsErased() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Page page = chromium.open(base, token, FORM, PHONE);
        register(page, "ELU");
        page.locator("a", new Page.LocatorOptions().setHasText("Voir mes données")).first().click();
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Mes données", "Fictif", "jeudi 24 juin 2027");
        noViolation(page, "my data");
        page.locator("a", new Page.LocatorOptions().setHasText("Effacer mes données")).first().click();
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Ce qui va se passer", "L’effacement est définitif");
        noViolation(page, "erasure confirmation");
        Chromium.screenshot(page, "effacement-donnees");
        page.locator("a", new Page.LocatorOptions().setHasText("Revenir à mon espace sans rien effacer")).click();
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Confirmée");
        page.locator("a", new Page.LocatorOptions().setHasText("Effacer mes données")).first().click();
        page.waitForLoadState();
        page.click("button:has-text('Effacer définitivement mes données')");
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/espace?ok=erased");
        assertThat(page.textContent("main")).contains("Vos données personnelles sont effacées",
                "Données personnelles effacées").doesNotContain("Fictif");
        noViolation(page, "my space after erasure");
    }

    @Test
    void cancelThenRegisterAgainFromTheCancelledChoices() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Page page = chromium.open(base, token, FORM, PHONE);
        register(page, "PROFESSIONNEL");
        noViolation(page, "my space");
        Chromium.screenshot(page, "mon-espace-donnees-agenda");
        page.onDialog(dialog -> dialog.accept());
        page.click("button:has-text('Annuler mon inscription')");
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/espace?ok=cancelled");
        assertThat(page.locator("main h3").allTextContents()).hasSize(1);
        assertThat(page.textContent("main")).contains("Inscription annulée")
                .doesNotContain("Mon programme", "Modifier mon inscription");
        noViolation(page, "my space after a cancellation");
        Chromium.screenshot(page, "mon-espace-annulee");
        page.click("a:has-text('S’inscrire à nouveau')");
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Nous avons repris les choix de votre inscription annulée");
        assertThat(page.inputValue("#f-lastName")).isEqualTo("Fictif");
        assertThat(page.isChecked("#cat-PROFESSIONNEL")).isTrue();
        assertThat(page.isChecked("#ws-5e551000-0000-4000-8000-000000000001")).isTrue();
        assertThat(page.isChecked("#f-consent")).isFalse();
        noViolation(page, "registration form filled again");
        page.check("#f-consent");
        page.click(".registration-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/espace?ok=saved");
        assertThat(page.locator("main h3").allTextContents()).hasSize(1);
        assertThat(page.textContent("main")).contains("Confirmée").doesNotContain("Inscription annulée");
    }

    @Test
    void thePrivacyNoticeReadsOnAPhone() {
        Page page = chromium.open(base, null, "/donnees-personnelles?congres=" + StandInServices.SLUG, PHONE);
        assertThat(page.textContent("h1")).isEqualTo("Notice d’information sur vos données personnelles");
        noViolation(page, "privacy notice");
        Chromium.screenshot(page, "donnees-personnelles");
    }

    private static void register(Page page, String category) {
        page.fill("#f-lastName", "Fictif");
        page.fill("#f-firstName", "Noa");
        page.fill("#f-email", "noa@exemple.test");
        page.selectOption("#f-territoryType", "PNR");
        page.check("#cat-" + category);
        page.check("#day-2027-06-24");
        page.check("#ws-5e551000-0000-4000-8000-000000000001");
        page.check("#f-consent");
        page.click(".registration-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/espace?ok=saved");
    }
}
