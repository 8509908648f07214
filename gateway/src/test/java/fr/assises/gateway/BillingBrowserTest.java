package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Billing in Debian's Chromium, against registration-service's stand-in: the committee names the issuer (a wrong
 * SIRET refused next to its field), issues the grouped invoice of an employer, records an administrative mandate
 * (an amount above what is due refused next to its field), credits the invoice; one registration's billing page
 * changes who pays and makes a quote; a participant names their employer as payer on the registration form (a wrong
 * SIRET refused next to its field) and gets a quote in My space. Axe clean; the pages fit a 390 px phone.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class BillingBrowserTest extends InChromium {

    private static final String BILLING = "/organisation/" + StandInServices.SLUG + "/facturation";

    @Test
    void theCommitteeInvoicesTheEmployerRecordsTheMandateAndAParticipantGetsAQuote() {
        Page page = open(BILLING, 1280);
        assertThat(page.textContent("main")).contains("Renseignez d’abord l’émetteur des factures");
        Chromium.assertAccessible(page, "billing page before the issuer");

        page.navigate(base + BILLING.substring(1) + "/emetteur");
        page.fill("#f-name", "Association des Assises (fictive)");
        page.fill("#f-siret", "12345678901234");
        page.fill("#f-address", "12 rue de l'Exemple\n75000 Paris-Essai");
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertThat(page.textContent("#e-siret")).contains("clé de contrôle fausse");
        assertThat(page.getAttribute("#f-siret", "aria-invalid")).isEqualTo("true");
        Chromium.assertAccessible(page, "issuer form with a refused SIRET");
        page.fill("#f-siret", "213 000 000 00025");
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertThat(page.url()).contains("ok=issuer");

        // one grouped invoice for everything the employer pays
        page.fill("#f-payerSiret", StandInBilling.EMPLOYER_SIRET);
        page.waitForNavigation(() -> page.click("form.issue-form button[type=submit]"));
        assertThat(page.url()).contains("ok=issued");
        assertThat(page.textContent("table.billing-documents")).contains("Facture F-2027-00001",
                "Engagement juridique : EJ-2027-0042", "Attendue", "120,00");
        assertThat(page.getAttribute("a[href$='/facturx.pdf']", "href")).startsWith("/api/registration/manage/invoices/");
        Chromium.assertAccessible(page, "billing page with an invoice");
        Chromium.screenshot(page, "facturation");

        page.waitForNavigation(() -> page.click("text=Enregistrer un paiement"));
        assertThat(page.textContent("main")).contains("Reste à payer : 120,00", "paiement en ligne par carte n’est pas proposé");
        page.selectOption("#f-means", "MANDATE");
        page.fill("#f-paidOn", LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        page.fill("#f-amountCents", "200");
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertThat(page.textContent("#e-amountCents")).contains("dépasse le reste à payer");
        Chromium.assertAccessible(page, "payment form with a refused amount");
        page.fill("#f-amountCents", "120,00");
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertThat(page.url()).contains("ok=paid");
        assertThat(page.textContent("tbody")).contains("Payée");
        Page phone = open(BILLING, 390);
        InChromium.phone(phone, "billing page on a phone");
        Chromium.screenshot(phone, "facturation-telephone");

        page.onDialog(dialog -> dialog.accept());
        page.waitForNavigation(() -> page.click("form.inline-form button[type=submit]"));
        assertThat(page.textContent("tbody")).contains("Avoir A-2027-00001", "Annulée par avoir");
        InChromium.phone(open(BILLING + "?statut=CREDITED", 390), "billing page filtered on a phone");

        // one registration's billing, from its page on the desk: a wrong SIRET, then the employer, then a quote
        Page desk = open("/organisation/" + StandInServices.SLUG + "/inscriptions/" + StandInDesk.SACHA, 390);
        desk.waitForNavigation(() -> desk.click("text=Facturation et attestation"));
        assertThat(desk.textContent("main")).contains("Facturation de Sacha Exemple", "Avoir A-2027-00001");
        desk.check("#payer-employer");
        desk.fill("#f-payer_name", "Communauté de communes du Val d'Essai");
        desk.fill("#f-payer_siret", "21300000000018");
        desk.fill("#f-payer_address", "1 place de la Mairie");
        desk.fill("#f-payer_postcode", "99000");
        desk.fill("#f-payer_city", "Val-d'Essai");
        desk.fill("#f-payer_email", "comptabilite@val-essai.exemple.test");
        desk.fill("#f-payer_orderNumber", "EJ-2027-0099");
        desk.waitForNavigation(() -> desk.click("form[action$='/payeur'] button[type=submit]"));
        assertThat(desk.textContent("#e-payer_siret")).contains("clé de contrôle fausse");
        assertThat(desk.inputValue("#f-payer_orderNumber")).isEqualTo("EJ-2027-0099");
        InChromium.phone(desk, "one registration's billing with a refused SIRET");
        desk.fill("#f-payer_siret", StandInBilling.EMPLOYER_SIRET);
        desk.waitForNavigation(() -> desk.click("form[action$='/payeur'] button[type=submit]"));
        assertThat(desk.url()).endsWith("ok=payer");
        assertThat(desk.inputValue("#f-payer_siret")).isEqualTo(StandInBilling.EMPLOYER_SIRET);
        desk.waitForNavigation(() -> desk.click("form[action$='/devis'] button[type=submit]"));
        assertThat(desk.textContent("main")).contains("Devis émis.", "Devis D-2027-00001");
        InChromium.phone(desk, "one registration's billing on a phone");
        Chromium.screenshot(desk, "facturation-inscription-telephone");

        // a participant names their employer on the registration form, then asks for a quote in My space
        Page form = open(TestTokens.participant(UUID.randomUUID().toString()),
                "/espace/inscription/" + StandInServices.SLUG, 390);
        form.fill("#f-lastName", "Fictif");
        form.fill("#f-firstName", "Noa");
        form.fill("#f-email", "noa@exemple.test");
        form.selectOption("#f-territoryType", "PNR");
        form.check("#cat-PROFESSIONNEL");
        form.check("#day-2027-06-24");
        form.check("#ws-5e551000-0000-4000-8000-000000000001");
        form.check("#payer-employer");
        form.fill("#f-payer_name", "Parc naturel régional imaginaire");
        form.fill("#f-payer_siret", "1234");
        form.fill("#f-payer_address", "2 chemin des Essais");
        form.fill("#f-payer_postcode", "99100");
        form.fill("#f-payer_city", "Bourg-Fictif");
        form.fill("#f-payer_email", "factures@pnr-imaginaire.exemple.test");
        form.fill("#f-payer_orderNumber", "BC-2027-17");
        form.check("#f-consent");
        form.waitForNavigation(() -> form.click(".registration-form button[type=submit]"));
        assertThat(form.textContent("#e-payer_siret")).contains("clé de contrôle fausse");
        assertThat(form.getAttribute("#f-payer_siret", "aria-invalid")).isEqualTo("true");
        // the summary names the payer's field and links to it, like every other field
        assertThat(form.textContent("#erreurs a[href='#f-payer_siret']")).contains("SIRET", "clé de contrôle fausse");
        assertThat(form.inputValue("#f-payer_orderNumber")).isEqualTo("BC-2027-17");
        InChromium.phone(form, "registration form with a refused payer");
        form.fill("#f-payer_siret", StandInBilling.EMPLOYER_SIRET);
        form.check("#f-consent");
        form.waitForNavigation(() -> form.click(".registration-form button[type=submit]"));
        assertThat(form.url()).endsWith("/espace?ok=saved");
        form.waitForNavigation(() -> form.click("text=Demander un devis pour mon employeur"));
        InChromium.phone(form, "quote page");
        form.waitForNavigation(() -> form.click("main form button[type=submit]"));
        assertThat(form.url()).endsWith("/espace?ok=quote");
        assertThat(form.textContent("main")).contains("Mes factures, avoirs et devis", "Devis D-2027-00002");
        assertThat(form.getAttribute(".my-invoices a[href$='/document.pdf']", "href"))
                .startsWith("/api/registration/me/registrations/");
        InChromium.phone(form, "my space with a quote");
        Chromium.screenshot(form, "mon-espace-devis");
    }
}
