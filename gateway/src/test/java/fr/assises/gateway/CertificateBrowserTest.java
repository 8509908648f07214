package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Attendance certificates in Debian's Chromium at 390 px (axe clean, nothing wider than the screen): the organisers'
 * page with the signatory refused next to its fields then saved and the archive link, and my space showing the
 * download when registration-service says it is available, or its reason in words.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class CertificateBrowserTest extends InChromium {

    static final int PHONE = 390;
    static final String PAGE = "/organisation/" + StandInServices.SLUG + "/attestations";

    @AfterEach
    void defaultStatus() {
        StandInCertificates.STATUS.put("code", "NOT_OVER");
    }

    @Test
    void organisersNameTheSignatoryThenDownloadEveryCertificate() {
        Page page = open(PAGE, PHONE);
        phone(page, "certificates page");
        assertThat(page.textContent("main")).contains("348 attestations disponibles.",
                "15 personnes confirmées n’ont aucun passage enregistré",
                "à partir du samedi 26 juin 2027, lendemain du dernier jour du congrès",
                "Les repas figurent sur l’attestation sans être comptés",
                "Désignez d’abord la personne qui signe");
        assertThat(page.locator("a[href$='certificates.zip']").count()).isZero();

        // nothing typed: registration-service's refusals, each next to its field
        page.click("form[action$='/signataire'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("#e-name")).contains("indiquez le nom de la personne qui signe");
        assertThat(page.textContent("#e-title")).contains("indiquez sa fonction");
        assertThat(page.getAttribute("#f-name", "aria-invalid")).isEqualTo("true");
        assertThat(page.getAttribute("#f-title", "aria-describedby")).isEqualTo("e-title");
        phone(page, "certificates page with the signatory refused");

        page.fill("#f-name", "Dominique Exemple-Signataire");
        page.fill("#f-city", "Essai-sur-Loire");
        page.click("form[action$='/signataire'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("#e-title")).contains("indiquez sa fonction");
        assertThat(page.inputValue("#f-name")).isEqualTo("Dominique Exemple-Signataire");
        assertThat(page.locator("#e-name").count()).isZero();

        page.fill("#f-title", "Présidente du comité d’organisation");
        page.click("form[action$='/signataire'] button[type=submit]");
        page.waitForURL(url -> url.endsWith("/attestations?ok=signatory"));
        assertThat(page.textContent("[role=status]")).contains("Signataire enregistré");
        assertThat(page.inputValue("#f-title")).isEqualTo("Présidente du comité d’organisation");
        phone(page, "certificates page with the signatory saved");

        String zip = page.getAttribute("a[href$='certificates.zip']", "href");
        assertThat(zip).isEqualTo("/api/registration/congresses/" + StandInServices.CONGRESS_ID
                + "/manage/certificates.zip");
        APIResponse archive = page.request().get(zip, RequestOptions.create()
                .setHeader("Authorization", "Bearer " + TestTokens.organiser()).setTimeout(30_000));
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.headers().get("content-type")).startsWith("application/zip");
        assertThat(new String(archive.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        // linked from the congress's console menu
        Page console = open("/organisation/" + StandInServices.SLUG, 1280);
        assertThat(console.getAttribute("a:has-text('Attestations')", "href")).isEqualTo(PAGE);
    }

    @Test
    void mySpaceOffersTheCertificateOrSaysWhyNot() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Page page = open(token, "/espace/inscription/" + StandInServices.SLUG, PHONE);
        page.fill("#f-lastName", "Nguyễn-Exemple");
        page.fill("#f-firstName", "Łukasz");
        page.fill("#f-email", "lukasz@exemple.test");
        page.selectOption("#f-territoryType", "PNR");
        page.check("#cat-PROFESSIONNEL");
        page.check("#day-2027-06-24");
        page.check("#f-consent");
        page.click(".registration-form button[type=submit]");
        page.waitForURL(url -> url.endsWith("/espace?ok=saved"));
        assertThat(page.textContent(".certificate")).contains(
                "Votre attestation de présence sera disponible après la fin du congrès, à partir du samedi 26 juin 2027.");
        assertThat(page.locator("a:has-text('Télécharger mon attestation de présence')").count()).isZero();
        phone(page, "my space before the congress is over");

        StandInCertificates.STATUS.put("code", "NO_CHECKIN");
        page.reload();
        assertThat(page.textContent(".certificate"))
                .contains("Aucun passage n’a été enregistré à l’accueil pour votre inscription");

        StandInCertificates.STATUS.put("code", "AVAILABLE");
        page.reload();
        String href = page.getAttribute("a:has-text('Télécharger mon attestation de présence')", "href");
        assertThat(href).matches("/api/registration/me/registrations/[0-9a-f-]+/certificate\\.pdf");
        phone(page, "my space with the certificate");
        APIResponse pdf = page.request().get(href, RequestOptions.create()
                .setHeader("Authorization", "Bearer " + token).setTimeout(30_000));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // another participant's registration is not theirs to download
        APIResponse others = page.request().get(href, RequestOptions.create().setHeader("Authorization",
                "Bearer " + TestTokens.participant(UUID.randomUUID().toString())).setTimeout(30_000));
        assertThat(others.status()).isEqualTo(404);
    }
}
