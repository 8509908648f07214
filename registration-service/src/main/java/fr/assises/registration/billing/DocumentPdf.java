package fr.assises.registration.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.assises.pdf.PdfKit;
import fr.assises.pdf.Typeset;

/**
 * An invoice, credit note or quote on A4 with every mention French law asks of an invoice (Code de commerce L441-9,
 * CGI art. 242 nonies A): issuer and buyer with their SIRET, number, dates, lines, net, VAT or its exemption, total,
 * due date, late-payment penalties and the fixed recovery indemnity, and the public buyer's order number and
 * service code when given. PDF/A-1b with an embedded font, like every PDF of the project.
 */
final class DocumentPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream out;
    private float y;

    private DocumentPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = PdfKit.font(doc, PdfKit.REGULAR);
        this.bold = PdfKit.font(doc, PdfKit.BOLD);
    }

    static String title(DocumentView d) {
        return switch (d.kind()) {
            case BillingDocument.CREDIT_NOTE -> "Avoir n° " + d.number();
            case BillingDocument.QUOTE -> "Devis n° " + d.number();
            default -> "Facture n° " + d.number();
        };
    }

    static byte[] render(DocumentView d, IssuerSnapshot issuer, String congressTitle, String creditedNumber) {
        try (PDDocument doc = new PDDocument()) {
            PdfKit.describe(doc, title(d), "Congrès « " + congressTitle + " »");
            new DocumentPdf(doc).draw(d, issuer, creditedNumber);
            PdfKit.numberPages(doc, PdfKit.font(doc, PdfKit.REGULAR), 8, MARGIN);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // no cross-reference streams: PDF/A-1 forbids them
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(DocumentView d, IssuerSnapshot issuer, String creditedNumber) throws IOException {
        newPage();
        text(bold, 18, MARGIN, title(d));
        y -= 26;
        float top = y;
        List<String> left = new ArrayList<>();
        left.add(issuer.name());
        left.addAll(List.of(issuer.address().split("\n")));
        left.add("SIRET " + spaced(issuer.siret()));
        block(MARGIN, WIDTH / 2 - 10, "Émetteur", left);
        float afterLeft = y;
        y = top;
        List<String> right = new ArrayList<>();
        right.add(d.buyer().name());
        if (d.buyer().address() != null) {
            right.addAll(List.of(d.buyer().address().split("\n")));
        }
        if (d.buyer().siret() != null) {
            right.add("SIRET " + spaced(d.buyer().siret()));
        }
        if (d.buyer().email() != null) {
            right.add(d.buyer().email());
        }
        block(MARGIN + WIDTH / 2 + 10, WIDTH / 2 - 10, BillingDocument.QUOTE.equals(d.kind()) ? "Destinataire" : "Client",
                right);
        y = Math.min(y, afterLeft) - 10;
        line(regular, "Date d’émission : " + date(d.issueDate()));
        if (BillingDocument.INVOICE.equals(d.kind())) {
            line(bold, "Date d’échéance : " + date(d.dueDate()));
        } else if (BillingDocument.QUOTE.equals(d.kind())) {
            line(regular, "Devis valable jusqu’au " + date(d.dueDate()));
        } else if (creditedNumber != null) {
            line(bold, "Avoir sur la facture n° " + creditedNumber);
        }
        if (d.buyer().orderNumber() != null) {
            line(regular, "Engagement juridique (bon de commande) : " + d.buyer().orderNumber());
        }
        if (d.buyer().serviceCode() != null) {
            line(regular, "Code service : " + d.buyer().serviceCode());
        }
        if (d.reason() != null) {
            paragraph(regular, 10, "Motif : " + d.reason());
        }
        y -= 12;
        table(d);
        y -= 8;
        total("Total HT", d.netCents(), regular);
        if (d.vatRate() != null) {
            total("TVA " + Typeset.number(d.vatRate()) + Typeset.NNBSP + "%", d.vatCents(), regular);
        }
        total("Total TTC", d.totalCents(), bold);
        if (d.vatRate() == null && d.vatExemption() != null) {
            paragraph(regular, 9, d.vatExemption());
        }
        y -= 10;
        if (BillingDocument.INVOICE.equals(d.kind())) {
            paragraph(regular, 9, "Conditions de paiement : à " + Typeset.count(issuer.paymentDays(), "jour", "jours",
                    "réception") + (issuer.paymentDays() == 0 ? "" : " de la date d’émission")
                    + ", au plus tard le " + date(d.dueDate()) + ", par virement ou mandat administratif.");
            if (issuer.iban() != null) {
                paragraph(regular, 9, "IBAN " + spacedIban(issuer.iban())
                        + (issuer.bic() == null ? "" : " · BIC " + issuer.bic())
                        + " · référence à rappeler : " + d.number());
            }
            paragraph(regular, 8, issuer.lateMentions());
        }
        out.close();
    }

    private void table(DocumentView d) throws IOException {
        float amountWidth = 80;
        float labelWidth = WIDTH - 3 * amountWidth;
        ensure(30);
        row(bold, labelWidth, amountWidth, "Désignation", "Montant HT", "TVA", "Montant TTC");
        for (DocumentView.Line l : d.lines()) {
            row(regular, labelWidth, amountWidth, l.label(), Money.euros(l.netCents()), Money.euros(l.vatCents()),
                    Money.euros(l.totalCents()));
        }
    }

    private void row(PDFont font, float labelWidth, float amountWidth, String label, String... amounts)
            throws IOException {
        List<String> lines = PdfKit.wrap(font, 9, label, labelWidth - 6);
        ensure(lines.size() * 11 + 6);
        float start = y;
        for (String text : lines) {
            text(font, 9, MARGIN, text);
            y -= 11;
        }
        for (int i = 0; i < amounts.length; i++) {
            String a = PdfKit.printable(font, amounts[i]);
            float right = MARGIN + labelWidth + (i + 1) * amountWidth;
            float save = y;
            y = start;
            text(font, 9, right - PdfKit.width(font, 9, a), a);
            y = save;
        }
        y -= 4;
        out.setLineWidth(0.3f);
        out.moveTo(MARGIN, y + 8);
        out.lineTo(MARGIN + WIDTH, y + 8);
        out.stroke();
    }

    private void total(String label, long cents, PDFont font) throws IOException {
        ensure(14);
        String amount = PdfKit.printable(font, Money.euros(cents));
        text(font, 10, MARGIN + WIDTH - 240, label);
        text(font, 10, MARGIN + WIDTH - PdfKit.width(font, 10, amount), amount);
        y -= 14;
    }

    private void block(float x, float width, String heading, List<String> lines) throws IOException {
        text(bold, 9, x, heading);
        y -= 13;
        for (String l : lines) {
            for (String wrapped : PdfKit.wrap(regular, 10, l, width)) {
                text(regular, 10, x, wrapped);
                y -= 13;
            }
        }
    }

    private void line(PDFont font, String text) throws IOException {
        paragraph(font, 10, text);
    }

    private void paragraph(PDFont font, float size, String text) throws IOException {
        for (String l : PdfKit.wrap(font, size, text, WIDTH)) {
            ensure(size + 4);
            text(font, size, MARGIN, l);
            y -= size + 4;
        }
    }

    private void text(PDFont font, float size, float x, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(PdfKit.printable(font, text));
        out.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + 10) {
            out.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN - 10;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 130 005 481 00010: SIREN in threes, then the establishment's NIC. */
    private static String spaced(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
                + siret.substring(9);
    }

    private static String spacedIban(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
