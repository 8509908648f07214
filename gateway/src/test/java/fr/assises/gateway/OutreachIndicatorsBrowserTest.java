package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The survey's outreach and the indicators on a 390 px phone, in Chromium with axe: the invitations confirmed and
 * sent, the room poster downloaded, a reminder sent then refused the same day; a manual indicator's value and its
 * target refused next to their fields, then saved, its state following in words.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class OutreachIndicatorsBrowserTest extends InChromium {

    private static final int PHONE = 390;
    private static final String MANUAL = "1d1c0000-0000-4000-8000-000000000002";

    /** A published questionnaire open since 1 November 2026, built through the builder's forms. */
    private static String openQuestionnaire() {
        String builder = QuestionnaireBuilderTest.draft("Enquête diffusée " + System.nanoTime());
        post(builder + "/sections", Map.of("title", "Votre avis"));
        post(builder + "/questions", Map.of("section", "s1", "type", "SHORT_TEXT", "label", "Un mot pour finir ?"));
        post(builder + "/publish", Map.of());
        return builder;
    }

    private static void post(String path, Map<String, String> form) {
        given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(form).when().post(path)
                .then().statusCode(303);
    }

    @Test
    void invitationsThePosterAndAReminderOnAPhone() {
        String builder = openQuestionnaire();
        Page page = open(builder, PHONE);
        page.waitForNavigation(() -> page.click("main a.button[href$='/invitations']"));
        phone(page, "survey invitations on a phone");
        assertThat(page.textContent("#a-inviter")).isEqualTo("212");
        assertThat(page.textContent("#confirm-lead")).contains("212");
        page.waitForNavigation(() -> page.click("form[action$='/invitations'] button[type=submit]"));
        assertThat(page.url()).endsWith("/invitations?envoyees=212");
        assertThat(page.textContent("#invitations-envoyees")).contains("212 personnes");
        assertThat(page.locator("form[action$='/invitations']").count()).as("nobody left to invite").isZero();
        phone(page, "survey invitations sent, on a phone");

        String posterLink = "section[aria-labelledby=affiche] a[href$='/poster.pdf']";
        Download poster = page.waitForDownload(() -> page.click(posterLink));
        assertThat(poster.suggestedFilename()).endsWith(".pdf");
        // (a request of the page's context with a time limit: a fetch evaluated in the page could wait forever)
        APIResponse pdf = page.request().get(page.getAttribute(posterLink, "href"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + TestTokens.organiser()).setTimeout(30_000));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        StandInServices.REMINDERS.reset();
        page.navigate(base + "organisation/" + StandInServices.SLUG + "/evaluation?questionnaire="
                + StandInReminders.QUESTIONNAIRE);
        phone(page, "results with their reminders, on a phone");
        assertThat(page.textContent("#non-repondants")).isEqualTo("152");
        page.waitForNavigation(() -> page.click("form[action$='/evaluation/relances'] button[type=submit]"));
        assertThat(page.textContent("section[aria-labelledby=relances] [role=status]")).contains("152");
        page.waitForNavigation(() -> page.click("form[action$='/evaluation/relances'] button[type=submit]"));
        assertThat(page.textContent("section[aria-labelledby=relances] [role=alert]"))
                .contains("déjà été envoyée aujourd");
        phone(page, "a second reminder refused, on a phone");
    }

    @Test
    void aManualIndicatorGetsItsValueAndANewTargetOnAPhone() {
        StandInServices.PARTNERS.reset();
        String path = "/organisation/" + StandInServices.SLUG + "/indicateurs";
        Page page = open(path, PHONE);
        phone(page, "indicators on a phone");
        assertThat(page.textContent("table.indicators")).contains("En attente d’une valeur");

        // an unreadable value: refused next to its field, nothing saved
        page.fill("#value-" + MANUAL, "un cinquième");
        page.waitForNavigation(() -> page.click("form[action$='/" + MANUAL + "/valeur'] button[type=submit]"));
        assertThat(page.textContent("#e-value-" + MANUAL)).isNotBlank();
        assertThat(page.getAttribute("#value-" + MANUAL, "aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("#value-" + MANUAL)).isEqualTo("un cinquième");
        assertThat(StandInServices.PARTNERS.indicators.get(MANUAL).containsKey("value")).isFalse();
        phone(page, "a refused indicator value, on a phone");
        page.fill("#value-" + MANUAL, "18,5");
        page.waitForNavigation(() -> page.click("form[action$='/" + MANUAL + "/valeur'] button[type=submit]"));
        assertThat(page.url()).endsWith("?ok=value");
        assertThat(page.textContent("[role=status]")).contains("Valeur enregistrée.");
        assertThat(page.textContent("table.indicators")).contains("18,5\u00a0%", "25\u00a0%", "Pas encore atteint");

        // its target changed from its edit form: an unreadable one first
        page.click("#indicator-" + MANUAL + " details summary");
        page.fill("#target-" + MANUAL, "un quart");
        page.waitForNavigation(() -> page.click("form[action='" + path + "/" + MANUAL + "'] button[type=submit]"));
        assertThat(page.textContent("#e-target-" + MANUAL)).isEqualTo("Nombre attendu (ex. 80 ou 12,5).");
        assertThat(page.getAttribute("#target-" + MANUAL, "aria-invalid")).isEqualTo("true");
        assertThat(StandInServices.PARTNERS.indicators.get(MANUAL).getValue("target")).isEqualTo(25);
        phone(page, "a refused indicator target, on a phone");
        page.fill("#target-" + MANUAL, "15");
        page.waitForNavigation(() -> page.click("form[action='" + path + "/" + MANUAL + "'] button[type=submit]"));
        assertThat(page.url()).endsWith("?ok=saved");
        assertThat(page.textContent("table.indicators")).contains("18,5\u00a0%", "15\u00a0%", "Atteint");
        phone(page, "indicators after a new target, on a phone");
    }
}
