package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committee's billing in Debian's Chromium: the issuer refused on a wrong SIRET then saved, an invoice issued
 * for the employer, an administrative mandate recorded, a credit note; axe clean, and on a 390 px phone.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class BillingBrowserTest extends InChromium {

    @Test
    void theCommitteeInvoicesTheEmployerRecordsTheMandateAndCredits() {
        String billing = "/organisation/" + StandInServices.SLUG + "/facturation";
        Page page = open(billing, 1280);
        assertThat(page.textContent("main")).contains("Renseignez d’abord l’émetteur des factures");
        Chromium.assertAccessible(page, "billing page before the issuer");

        page.navigate(base + billing.substring(1) + "/emetteur");
        page.fill("#f-name", "Association des Assises (fictive)");
        page.fill("#f-siret", "12345678901234");
        page.fill("#f-address", "12 rue de l'Exemple\n75000 Paris-Essai");
        page.waitForNavigation(() -> page.click("form button[type=submit]"));
        assertThat(page.textContent("#e-siret")).contains("clé de contrôle fausse");
        assertThat(page.getAttribute("#f-siret", "aria-invalid")).isEqualTo("true");
        Chromium.assertAccessible(page, "issuer form with a refused SIRET");
        page.fill("#f-siret", "213 000 000 00025");
        page.waitForNavigation(() -> page.click("form button[type=submit]"));
        assertThat(page.url()).contains("ok=issuer");

        page.fill("#f-payerSiret", StandInBilling.EMPLOYER_SIRET);
        page.waitForNavigation(() -> page.click("form[action$='/factures'] button[type=submit]"));
        assertThat(page.url()).contains("ok=issued");
        assertThat(page.textContent("main")).contains("Facture F-2027-00001", "Engagement juridique : EJ-2027-0042",
                "Attendue", "180,00");
        Chromium.assertAccessible(page, "billing page with an invoice");

        page.waitForNavigation(() -> page.click("text=Enregistrer un paiement"));
        page.selectOption("#f-means", "MANDATE");
        page.fill("#f-paidOn", java.time.LocalDate.now().toString());
        page.fill("#f-amountCents", "200");
        page.waitForNavigation(() -> page.click("form button[type=submit]"));
        assertThat(page.textContent("#e-amountCents")).contains("dépasse le reste à payer");
        Chromium.assertAccessible(page, "payment form with a refused amount");
        page.fill("#f-amountCents", "180,00");
        page.waitForNavigation(() -> page.click("form button[type=submit]"));
        assertThat(page.url()).contains("ok=paid");
        assertThat(page.textContent("tbody")).contains("Payée");

        page.onDialog(dialog -> dialog.accept());
        page.waitForNavigation(() -> page.click("form.inline-form button[type=submit]"));
        assertThat(page.textContent("tbody")).contains("Avoir A-2027-00001", "Annulée par avoir");

        Page phone = open(billing, 390);
        InChromium.phone(phone, "billing page on a phone");
        Page paid = open(billing + "?statut=PAID", 390);
        InChromium.phone(paid, "billing page filtered on a phone");
    }
}
