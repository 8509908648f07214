package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import io.restassured.path.json.JsonPath;

/**
 * A partner logs in on Keycloak's form and opens the dashboards of the demo congress (budget, evaluation,
 * registrations) on a desktop and on a phone, the archived 2025 edition from the list of editions, then compares
 * 2025 and 2027: the charts are drawn, and no response the browser received names or addresses any of the demo's
 * 300 participants.
 */
class PartnerJourneyTest extends Browsing {

    @Test
    void aPartnerSeesTheDashboardsAndNoParticipantsPersonalData() {
        Set<String> personal = participantsNamesAndEmails();
        assertThat(personal).as("names and e-mails of the demo registrations").hasSizeGreaterThanOrEqualTo(600);

        Page page = newVisitor(1280);
        List<String> bodies = new CopyOnWriteArrayList<>();
        page.onResponse(r -> {
            String type = r.headers().getOrDefault("content-type", "");
            if (r.url().startsWith(LocalStack.GATEWAY) && (type.startsWith("text/") || type.contains("json")
                    || type.contains("javascript"))) {
                bodies.add(r.url() + "\n" + r.text());
            }
        });
        go(page, "/partenaires/" + LocalStack.SLUG);
        logInOnKeycloak(page, "demo-partenaire", LocalStack.DEMO_PASSWORD);
        assertThat(page.url()).startsWith(LocalStack.GATEWAY + "/partenaires/" + LocalStack.SLUG);
        chartsDrawn(page);
        String main = page.textContent("main");
        assertThat(main).contains("Budget : charges et produits", "Évaluation : réponses", "Inscriptions : effectifs",
                "Par jour de présence et par catégorie", "jeudi 24 juin 2027", "€").doesNotContain("@");
        accessible(page, "partner dashboards (live demo)");
        screenshot(page, "e2e-tableau-de-bord-partenaires");

        Page phone = page.context().newPage();
        phone.setViewportSize(390, 900);
        phone.onResponse(r -> {
            if (r.url().startsWith(LocalStack.GATEWAY) && r.headers().getOrDefault("content-type", "").startsWith("text/")) {
                bodies.add(r.url() + "\n" + r.text());
            }
        });
        phone.navigate(LocalStack.GATEWAY + "/partenaires/" + LocalStack.SLUG);
        phone.waitForLoadState();
        // the archived edition too, listed with the open one: its evaluation has 300 paper responses
        phone.navigate(LocalStack.GATEWAY + "/partenaires");
        phone.waitForLoadState();
        assertThat(phone.textContent("main")).contains("Édition passée (archivée)");
        phone.navigate(LocalStack.GATEWAY + "/partenaires/congres-2025");
        phone.waitForLoadState();
        assertThat(phone.textContent("main")).contains("Évaluation").doesNotContain("Point mort : 0");

        // 2025 and 2027 compared: ticked on the list, side by side in a table with French numbers
        page.navigate(LocalStack.GATEWAY + "/partenaires");
        page.waitForLoadState();
        page.check("input[value=congres-2025]");
        page.check("input[value=" + LocalStack.SLUG + "]");
        page.waitForNavigation(() -> page.click("form[action='/partenaires/comparaison'] button[type=submit]"));
        chartsDrawn(page);
        String compared = page.textContent("table.compare");
        assertThat(compared).contains("2025", "2027", "Réponses au questionnaire", "Charges", "€");
        accessible(page, "editions compared (live demo)");

        // the partner's own browser cannot reach the organisers' list of registrations either
        String congressId = given().get("/api/programme/public/congresses/" + LocalStack.SLUG)
                .then().statusCode(200).extract().path("id");
        // (a request of the browser's context, with its session cookie and a time limit)
        APIResponse answer = page.request().get(LocalStack.GATEWAY + "/api/registration/congresses/" + congressId
                + "/manage/registrations", RequestOptions.create().setTimeout(30_000));
        assertThat(answer.status()).isEqualTo(403);

        assertThat(bodies).as("responses received by the partner's browser").hasSizeGreaterThanOrEqualTo(3);
        List<String> leaks = new ArrayList<>();
        for (String body : bodies) {
            for (String value : personal) {
                if (body.contains(value)) {
                    leaks.add(value + " in " + body.substring(0, body.indexOf('\n')));
                }
            }
        }
        assertThat(leaks).as("participants' names or e-mails seen by a partner").isEmpty();
        noScriptErrors(page);
    }

    /** Waits, 10 s at most, until Chart.js has drawn every chart of the page. */
    private static void chartsDrawn(Page page) {
        page.waitForFunction("() => window.Chart && [...document.querySelectorAll('canvas[data-partner-chart]')]"
                + ".every(c => window.Chart.getChart(c))", null, new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    /** Every demo participant's full name and e-mail, read as an organiser through the gateway. */
    private static Set<String> participantsNamesAndEmails() {
        String organiser = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        Set<String> values = new HashSet<>();
        String congressId = given().get("/api/programme/public/congresses/" + LocalStack.SLUG)
                .then().statusCode(200).extract().path("id");
        JsonPath registrations = given().auth().oauth2(organiser).queryParam("size", 500)
                .get("/api/registration/congresses/" + congressId + "/manage/registrations")
                .then().statusCode(200).extract().jsonPath();
        List<String> first = registrations.getList("items.person.firstName", String.class);
        List<String> last = registrations.getList("items.person.lastName", String.class);
        List<String> emails = registrations.getList("items.person.email", String.class);
        for (int i = 0; i < first.size(); i++) {
            values.add(first.get(i) + " " + last.get(i));
            values.add(emails.get(i));
        }
        return values;
    }
}
