package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 20's "done when" on the real stack: a congress that ended last week (cloned from the demo through the API,
 * its registrations still open), a participant registers in the browser with her employer as payer and an order
 * number (a SIRET with a wrong key first, refused next to its field); the committee names the issuer, issues the
 * employer's invoice and records the administrative mandate; the budget's fee income shows it invoiced and received;
 * after her check-ins at the entrance and at her workshop, she downloads her attendance certificate, which names
 * that workshop, and sees her invoice paid in My space.
 */
class BillingJourneyTest extends Browsing {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Fictional SIRETs with a right Luhn key (999… is no real SIREN). */
    private static final String ISSUER_SIRET = "99900012300011";
    private static final String EMPLOYER_SIRET = "99900045600023";
    private static final String EMPLOYER = "Syndicat mixte imaginaire du Val-Fictif";

    @Test
    void anEmployerIsInvoicedPaysByMandateAndTheParticipantGetsHerCertificate() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "congres-passe-" + suffix;
        String org = "/organisation/" + slug;
        String order = "EJ-" + suffix.toUpperCase();
        String organiser = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        String congressId = pastCongress(organiser, slug, "Congrès passé " + suffix);

        // the participant registers, her employer paying with an order number
        Page lea = newVisitor(390);
        go(lea, "/espace/inscription/" + slug);
        logInOnKeycloak(lea, "demo-participant", LocalStack.DEMO_PASSWORD);
        lea.waitForSelector("form.registration-form");
        lea.fill("#f-firstName", "Léa");
        lea.fill("#f-lastName", "Payée-Fictive");
        if (lea.locator("#f-organisation").count() > 0) {
            lea.fill("#f-organisation", EMPLOYER);
        }
        if (lea.locator("#f-territoryType").count() > 0) {
            lea.selectOption("#f-territoryType", "INTERCOMMUNALITE");
        }
        lea.check("#cat-PROFESSIONNEL");
        for (Locator day : lea.locator("input[name=days]").all()) {
            day.check();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, String>> workshops = (List<Map<String, String>>) lea.evaluate("() => {"
                + " const picked = new Map();"
                + " for (const r of document.querySelectorAll('input[type=radio][name^=workshop_]')) {"
                + "   if (!r.value || picked.has(r.name)) continue;"
                + "   picked.set(r.name, {id: r.id, sessionId: r.value,"
                + "     title: document.querySelector('label[for=\"' + r.id + '\"]').firstChild.textContent.trim()}); }"
                + " return [...picked.values()]; }");
        assertThat(workshops).as("workshops of the cloned programme").isNotEmpty();
        workshops.forEach(w -> lea.check("#" + w.get("id")));
        Map<String, String> workshop = workshops.get(0);
        lea.check("#payer-employer");
        lea.fill("#f-payer_name", EMPLOYER);
        lea.fill("#f-payer_siret", "99900045600024");
        lea.fill("#f-payer_address", "3 allée des Essais");
        lea.fill("#f-payer_postcode", "99200");
        lea.fill("#f-payer_city", "Val-Fictif");
        lea.fill("#f-payer_email", "comptabilite@val-fictif.exemple.test");
        lea.fill("#f-payer_orderNumber", order);
        lea.fill("#f-payer_serviceCode", "FORMATION");
        lea.check("#f-consent");
        lea.click("form.registration-form button[type=submit]");
        lea.waitForSelector("#e-payer_siret");
        assertThat(lea.textContent("#e-payer_siret")).containsIgnoringCase("siret");
        assertThat(lea.inputValue("#f-payer_orderNumber")).isEqualTo(order);
        accessible(lea, "registration form with a refused payer (live)");
        lea.fill("#f-payer_siret", EMPLOYER_SIRET);
        lea.check("#f-consent");
        lea.click("form.registration-form button[type=submit]");
        lea.waitForURL("**/espace?ok=saved");
        // her registration to this congress (the demo account may hold others, each with its own card)
        JsonPath mine = given().auth().oauth2(token("demo-participant", LocalStack.DEMO_PASSWORD))
                .get("/api/registration/me/registrations").then().statusCode(200).extract().jsonPath();
        long fee = mine.getLong("find { it.congressId == '" + congressId + "' }.feeCents");
        String registration = "/api/registration/me/registrations/"
                + mine.getString("find { it.congressId == '" + congressId + "' }.id");
        assertThat(fee).isPositive();
        String euros = String.format("%d,%02d", fee / 100, fee % 100);

        // the committee: the issuer, the employer's invoice, the administrative mandate
        Page page = newVisitor(1280);
        page.onDialog(dialog -> dialog.accept());
        go(page, org + "/facturation/emetteur");
        logInOnKeycloak(page, "demo-organisateur", LocalStack.DEMO_PASSWORD);
        page.fill("#f-name", "Association fictive des Assises " + suffix);
        page.fill("#f-siret", ISSUER_SIRET);
        page.fill("#f-address", "1 rue de l'Essai\n99000 Ville-Fictive");
        page.click("main form button[type=submit]");
        page.waitForURL("**/facturation?ok=issuer");
        page.fill("#f-payerSiret", EMPLOYER_SIRET);
        page.click("form.issue-form button[type=submit]");
        page.waitForURL("**/facturation?ok=issued");
        assertThat(words(page, "table.billing-documents")).contains(EMPLOYER, "Engagement juridique : " + order,
                "Attendue", euros + " €");
        APIResponse pdf = page.request().get(LocalStack.GATEWAY
                + page.getAttribute("a[href$='/document.pdf']", "href"), RequestOptions.create().setTimeout(30_000));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(text(pdf.body())).contains(order);
        page.click("text=Enregistrer un paiement");
        page.waitForSelector("#f-means");
        page.selectOption("#f-means", "MANDATE");
        page.fill("#f-paidOn", LocalDate.now(PARIS).toString());
        page.fill("#f-amountCents", euros);
        accessible(page, "payment form (live)");
        page.click("main form button[type=submit]");
        page.waitForURL("**/facturation?ok=paid");
        assertThat(words(page, "table.billing-documents tbody")).contains("Payée");
        accessible(page, "billing page (live)");
        screenshot(page, "e2e-facturation");

        // the budget's fee income: invoiced and received
        Awaitility.await("the budget's fee income invoiced and received").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    go(page, org + "/budget");
                    return page.locator(".derived-revenue").count() > 0 && words(page, "main")
                            .contains("Facturé : " + euros + " € (avoirs déduits) · encaissé : " + euros + " €");
                });

        // check-ins at the entrance and at her workshop, from her badge's QR code; a signatory for the certificates
        assertThat(lea.locator("a[href='" + registration + "/badge.pdf']").count()).isEqualTo(1);
        String code = NextEditionJourneyTest.qrCode(lea.request().get(LocalStack.GATEWAY + registration
                + "/badge.pdf", RequestOptions.create().setTimeout(30_000)).body());
        for (String point : List.of("ENTRANCE", workshop.get("sessionId"))) {
            go(page, org + "/accueil");
            page.selectOption("#f-point", point);
            page.click("form.checkin-point button[type=submit]");
            page.waitForLoadState();
            page.fill("#f-token", code);
            page.click("form.checkin-form button[type=submit]");
            page.waitForLoadState();
            assertThat(page.textContent("[role=status]")).contains("Arrivée enregistrée");
        }
        go(page, org + "/attestations");
        page.fill("#f-name", "Dominique Signataire-Fictive");
        page.fill("#f-title", "Présidente du comité d’organisation");
        page.click("form[action$='/signataire'] button[type=submit]");
        page.waitForURL("**/attestations?ok=signatory");

        // she downloads her certificate, which names the workshop scanned, and sees her invoice paid
        go(lea, "/espace");
        assertThat(lea.locator(".my-invoices li", new Page.LocatorOptions().setHasText(order)).textContent())
                .contains("Payée");
        accessible(lea, "my space with a paid invoice and a certificate (live)");
        screenshot(lea, "e2e-facturation-mon-espace");
        assertThat(lea.locator("a[href='" + registration + "/certificate.pdf']").count()).isEqualTo(1);
        APIResponse certificate = lea.request().get(LocalStack.GATEWAY + registration + "/certificate.pdf",
                RequestOptions.create().setTimeout(30_000));
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(certificate.headers().get("content-type")).startsWith("application/pdf");
        // the certificate prints typographic apostrophes, the form's label may not
        assertThat(text(certificate.body()).replaceAll("\\s+", " ").replace('\u2019', '\''))
                .contains(workshop.get("title").split("\n")[0].trim().replaceAll("\\s+", " ").replace('\u2019', '\''));
        noScriptErrors(lea);
        noScriptErrors(page);
    }

    /**
     * The demo congress cloned through the API with its first day a week ago, its programme released and its
     * registrations open until next week: over, so its certificates may be downloaded, yet open to this registration.
     */
    private static String pastCongress(String token, String slug, String title) {
        String demo = congressId(token, LocalStack.SLUG);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", title, "slug", slug, "startDate", LocalDate.now(PARIS).minusDays(7).toString(),
                        "parts", List.of("PROGRAMME", "ROOMS", "THEMES", "SPEAKERS", "REGISTRATION", "BUDGET")))
                .post("/api/programme/congresses/" + demo + "/clone").then().statusCode(201);
        String id = congressId(token, slug);
        // over by today, whatever the demo's length
        Map<String, Object> congress = given().auth().oauth2(token).get("/api/programme/congresses/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        long days = LocalDate.parse((String) congress.get("endDate")).toEpochDay()
                - LocalDate.parse((String) congress.get("startDate")).toEpochDay();
        assertThat(LocalDate.now(PARIS).minusDays(7).plusDays(days)).isBefore(LocalDate.now(PARIS));
        given().auth().oauth2(token).post("/api/programme/congresses/" + id + "/releases").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .post("/api/programme/congresses/" + id + "/status").then().statusCode(200);
        Awaitility.await("the clone's registration settings").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).until(() -> given().auth().oauth2(token)
                        .get("/api/registration/congresses/" + id + "/settings").statusCode() == 200);
        Map<String, Object> settings = given().auth().oauth2(token).get("/api/registration/congresses/" + id
                + "/settings").then().statusCode(200).extract().jsonPath().getMap("$");
        settings.put("opensAt", OffsetDateTime.now(PARIS).minusDays(10).toString());
        settings.put("closesAt", OffsetDateTime.now(PARIS).plusDays(7).toString());
        settings.put("freezeAt", null);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(settings)
                .put("/api/registration/congresses/" + id + "/settings").then().statusCode(200);
        // registration-service offers the released workshops
        Awaitility.await("the clone's workshops in registration-service").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    JsonPath availability = given().get("/api/registration/congresses/" + id
                            + "/availability").then().statusCode(200).extract().jsonPath();
                    return availability.getBoolean("open") && !availability.getList("workshops").isEmpty();
                });
        return id;
    }

    private static String congressId(String token, String slug) {
        return given().auth().oauth2(token).get("/api/programme/congresses").then().statusCode(200).extract()
                .jsonPath().getString("find { it.slug == '" + slug + "' }.id");
    }

    private static String words(Page page, String selector) {
        return page.textContent(selector).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }
}
