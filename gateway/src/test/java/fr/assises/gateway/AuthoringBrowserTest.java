package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The programme authoring pages in Debian's headless Chromium, on a desktop and on a 390 px phone: a session
 * created from the planner with the keyboard, a refused field, a session moved with the keyboard, the advised
 * room change applied in one click, speakers, themes, releases and the public list of changes, each axe-clean
 * (no serious or critical WCAG 2.1 AA violation) and none wider than the phone. Screenshots in
 * {@code docs/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class AuthoringBrowserTest extends InChromium {

    private static final String ORG = "/organisation/" + StandInServices.SLUG;


    /** Axe-clean, and on a phone no wider than its screen (tables scroll inside their own region). */
    private static void checked(Page page, String name, int width) {
        Chromium.assertAccessible(page, name);
        Chromium.assertFits(page, name, width);
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }

    @Test
    void anOrganiserAuthorsTheProgrammeWithTheKeyboardOnADesktopAndAPhone() {
        for (int width : new int[] { 1280, 390 }) {
            Page planner = open(ORG + "/planning", width);
            checked(planner, "planner " + width, width);
            screenshot(planner, "planning-edition-" + width);
        }

        // a new session, typed with the keyboard only on a phone; a time that is none first
        Page form = open(ORG + "/planning/seances/nouvelle?demi-journee=J2-PM", 390);
        checked(form, "new session form", 390);
        form.focus("#f-title");
        form.keyboard().type("Atelier : les communs numériques");
        form.selectOption("#f-kind", "WORKSHOP");
        form.fill("#f-start", "14:00");
        form.selectOption("#f-roomId", "7007a000-0000-4000-8000-000000000003");
        form.check("#sp-5bea0000-0000-4000-8000-000000000001");
        form.check("#th-7e3e0000-0000-4000-8000-000000000001");
        form.locator("form.session-form button[type=submit]").press("Enter");
        form.waitForLoadState();
        assertThat(form.textContent("#e-end")).contains("Heure de fin attendue");
        assertThat(form.getAttribute("#f-end", "aria-invalid")).isEqualTo("true");
        assertThat(form.inputValue("#f-title")).isEqualTo("Atelier : les communs numériques");
        checked(form, "session form with a refusal", 390);
        screenshot(form, "seance-formulaire-390");
        form.fill("#f-end", "15:00");
        form.locator("form.session-form button[type=submit]").press("Enter");
        form.waitForURL("**/planning?ok=session-created");
        assertThat(form.textContent("main")).contains("Séance ajoutée au brouillon du programme.",
                "Atelier : les communs numériques");

        // moving a session with the keyboard: open its form, choose, send
        Page planner = open(ORG + "/planning", 1280);
        planner.focus("#s-5e551000-0000-4000-8000-000000000005 summary");
        planner.keyboard().press("Enter");
        planner.selectOption("#room-5e551000-0000-4000-8000-000000000005", "7007a000-0000-4000-8000-000000000002");
        planner.locator("#s-5e551000-0000-4000-8000-000000000005 button[type=submit]").press("Enter");
        planner.waitForURL("**/planning?deplace=5e551000-0000-4000-8000-000000000005*");
        assertThat(planner.textContent("main")).contains("Session déplacée.");

        // with a mouse, the same move by drag and drop (a shortcut that fills and sends the session's form)
        planner.dragAndDrop("#s-5e551000-0000-4000-8000-000000000009", "td[data-half-day='J2-PM'][data-room='7007a000-0000-4000-8000-000000000002']");
        planner.waitForURL("**/planning?deplace=5e551000-0000-4000-8000-000000000009*");
        assertThat(planner.locator("td[data-room='7007a000-0000-4000-8000-000000000002'] #s-5e551000-0000-4000-8000-000000000009").count()).isEqualTo(1);

        // the advised room change, applied in one click
        assertThat(planner.textContent("#conseils")).contains("libre sur ce créneau");
        planner.click("#conseils button");
        planner.waitForURL("**/planning?ok=advice-applied*");
        assertThat(planner.textContent("main")).contains("Changement de salle appliqué.");
        assertThat(planner.locator("#conseils").count()).isZero();
        checked(planner, "planner after the changes", 1280);

        Page speakers = open(ORG + "/intervenants", 390);
        checked(speakers, "speakers", 390);
        screenshot(speakers, "intervenants-390");
        speakers.fill("#f-name", "Camille Imaginaire");
        speakers.fill("#f-email", "pas-une-adresse");
        speakers.click("main form button[type=submit]");
        speakers.waitForLoadState();
        assertThat(speakers.textContent("#e-email")).contains("adresse électronique");
        checked(speakers, "speakers with a refusal", 390);

        Page themes = open(ORG + "/thematiques", 390);
        checked(themes, "themes", 390);

        Page releases = open(ORG + "/versions", 1280);
        checked(releases, "releases", 1280);
        assertThat(releases.textContent("main")).contains("Ce qui a changé depuis la version 2",
                "Atelier : les communs numériques");
        screenshot(releases, "versions-programme");
        releases.click("text=Publier la version 3…");
        releases.waitForURL("**/versions/publication");
        checked(releases, "publication confirmation", 1280);
        releases.click("main form button[type=submit]");
        releases.waitForURL("**/versions?publiee=3");
        assertThat(releases.textContent("main")).contains("Version 3 publiée");

        Page changes = open("/congres/" + StandInServices.SLUG + "/programme/changements", 390);
        checked(changes, "public changes", 390);
        assertThat(changes.textContent("main")).contains("Ce qui a changé depuis la version 2",
                "Atelier : les communs numériques");
        screenshot(changes, "programme-changements-390");
    }

}
