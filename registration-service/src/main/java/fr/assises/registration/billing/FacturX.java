package fr.assises.registration.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA1;

/**
 * A Factur-X invoice (EN 16931 profile, CII XML embedded in PDF/A-3), written by the Mustang library from an invoice
 * as issued and its PDF: the order number (« engagement juridique ») goes to the purchase order reference (BT-13),
 * the service code to the buyer reference (BT-10), as Chorus Pro reads them; SIRETs with the SIRET scheme (ISO 6523 ICD 0009).
 */
final class FacturX {

    private FacturX() {
    }

    static byte[] render(DocumentView d, IssuerSnapshot issuer, byte[] pdfA1) {
        Invoice invoice = new Invoice().setNumber(d.number()).setCurrency("EUR")
                .setIssueDate(date(d.issueDate())).setDeliveryDate(date(d.issueDate()))
                .setSender(seller(issuer)).setRecipient(buyer(d));
        if (d.dueDate() != null) {
            invoice.setDueDate(date(d.dueDate()));
            invoice.setPaymentTermDescription("Paiement au plus tard le " + DocumentPdf.date(d.dueDate()) + ". "
                    + issuer.lateMentions());
        }
        if (d.buyer().orderNumber() != null) {
            invoice.setBuyerOrderReferencedDocumentID(d.buyer().orderNumber());
        }
        if (d.buyer().serviceCode() != null) {
            invoice.setReferenceNumber(d.buyer().serviceCode());
        }
        for (DocumentView.Line l : d.lines()) {
            Product product = new Product(l.label(), "", "C62",
                    d.vatRate() == null ? BigDecimal.ZERO : d.vatRate());
            if (d.vatRate() == null) {
                product.setTaxCategoryCode("E").setTaxExemptionReason(issuer.vatExemption());
            }
            invoice.addItem(new Item(product, BigDecimal.valueOf(l.netCents(), 2), BigDecimal.ONE));
        }
        try (ZUGFeRDExporterFromA1 exporter = new ZUGFeRDExporterFromA1().setProducer("Assises").setCreator("Assises")
                .setProfile(Profiles.getByName("EN16931")).load(pdfA1)) {
            exporter.setTransaction(invoice);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TradeParty seller(IssuerSnapshot issuer) {
        String[] address = issuer.address().split("\n");
        String street = address[0];
        String[] town = address.length > 1 ? postcodeAndCity(address[address.length - 1]) : new String[] { "", "" };
        TradeParty seller = new TradeParty(issuer.name(), street, town[0], town[1], "FR")
                .setLegalOrganisation(new LegalOrganisation(issuer.siret(), "0009"))
                .addTaxID(issuer.siret());
        if (issuer.iban() != null) {
            seller.addBankDetails(issuer.bic() == null ? new BankDetails(issuer.iban())
                    : new BankDetails(issuer.iban(), issuer.bic()));
        }
        return seller;
    }

    private static TradeParty buyer(DocumentView d) {
        String[] address = d.buyer().address().split("\n");
        String[] town = postcodeAndCity(address[address.length - 1]);
        TradeParty buyer = new TradeParty(d.buyer().name(), address[0], town[0], town[1], "FR");
        if (d.buyer().siret() != null) {
            buyer.setLegalOrganisation(new LegalOrganisation(d.buyer().siret(), "0009"));
        }
        if (d.buyer().email() != null) {
            buyer.setEmail(d.buyer().email());
        }
        return buyer;
    }

    /** « 75000 Paris » into its postcode and its town. */
    private static String[] postcodeAndCity(String line) {
        String l = line.strip();
        int space = l.indexOf(' ');
        if (space > 0 && l.substring(0, space).matches("\\d{5}")) {
            return new String[] { l.substring(0, space), l.substring(space + 1).strip() };
        }
        return new String[] { "", l };
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(Invoicing.PARIS).toInstant());
    }
}
