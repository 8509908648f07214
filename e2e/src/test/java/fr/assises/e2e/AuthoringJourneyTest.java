package fr.assises.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * Programme authoring from the browser only, on the live stack: the organiser logs in on Keycloak's form, adds a
 * room, a speaker who consents to be published and a session with that speaker in that room, previews the changes
 * since the last release, publishes the next release after its confirmation page, and anyone then reads the
 * session, its speaker and the list of changes on the public programme. Every page axe-clean.
 */
class AuthoringJourneyTest extends Browsing {

    private static final String ORG = "/organisation/" + LocalStack.SLUG;
    private static final String ROOM = "Salle des Glycines";
    private static final String SPEAKER = "Aurélien Imaginaire";
    private static final String TITLE = "Forum des coopératives fictives";

    @Test
    void anOrganiserAddsARoomASpeakerAndASessionThenPublishesAndThePublicReadsIt() {
        Page page = newVisitor(1280);
        go(page, ORG + "/configuration");
        logInOnKeycloak(page, "demo-organisateur", LocalStack.DEMO_PASSWORD);

        page.fill("#room-new-name", ROOM);
        page.fill("#room-new-capacity", "80");
        page.click("form[action$='/configuration/salles'] button[type=submit]");
        page.waitForURL("**/configuration?ok=room-added*");

        go(page, ORG + "/intervenants");
        accessible(page, "speakers (live demo)");
        page.fill("#f-name", SPEAKER);
        page.fill("#f-organisation", "Coopérative fictive du Val");
        page.check("#f-publicConsent");
        page.fill("#f-email", "aurelien.imaginaire@example.test");
        page.click("main form button[type=submit]");
        page.waitForURL("**/intervenants?ok=speaker-created");
        assertThat(page.textContent("main")).contains(SPEAKER, "aurelien.imaginaire@example.test");

        go(page, ORG + "/planning");
        accessible(page, "planner (live demo)");
        page.click("text=Ajouter une séance");
        page.waitForURL("**/planning/seances/nouvelle*");
        page.fill("#f-title", TITLE);
        page.selectOption("#f-kind", "FORUM");
        page.selectOption("#f-halfDayCode", "J1-PM");
        // an end before the start: refused by programme-service next to the field, what was typed kept
        page.fill("#f-start", "15:00");
        page.fill("#f-end", "14:00");
        page.selectOption("#f-roomId", new SelectOption().setLabel(ROOM + " (80 places)"));
        page.getByLabel(SPEAKER + " (Coopérative fictive du Val)").check();
        page.click("form.session-form button[type=submit]");
        page.waitForSelector("#e-end");
        assertThat(page.textContent("#e-end")).contains("La fin de la séance doit suivre son début.");
        assertThat(page.inputValue("#f-title")).isEqualTo(TITLE);
        accessible(page, "session form with a refusal (live demo)");
        page.fill("#f-start", "14:00");
        page.fill("#f-end", "16:00");
        page.click("form.session-form button[type=submit]");
        page.waitForURL("**/planning?ok=session-created*");
        assertThat(page.textContent("main")).contains("Séance ajoutée au brouillon du programme.", TITLE);

        go(page, ORG + "/versions");
        accessible(page, "releases (live demo)");
        assertThat(page.textContent("main")).contains("Ce qui a changé depuis la version 1", TITLE);
        page.click("text=Publier la version 2…");
        page.waitForURL("**/versions/publication");
        accessible(page, "publication confirmation (live demo)");
        page.click("main form button[type=submit]");
        page.waitForURL("**/versions?publiee=2");
        assertThat(page.textContent("main")).contains("Version 2 publiée");
        screenshot(page, "e2e-versions-programme");
        noScriptErrors(page);

        Page visitor = newVisitor(390);
        go(visitor, "/congres/" + LocalStack.SLUG + "/programme");
        assertThat(visitor.textContent("main")).contains(TITLE, SPEAKER, ROOM);
        visitor.click("text=Ce qui a changé d’une version du programme à l’autre");
        visitor.waitForURL("**/programme/changements");
        accessible(visitor, "public changes (live demo)");
        assertThat(visitor.textContent("main")).contains("Ce qui a changé depuis la version 1", TITLE);
        noScriptErrors(visitor);
    }
}
