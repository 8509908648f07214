package fr.assises.budget.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import fr.assises.budget.budget.BudgetView;
import fr.assises.budget.money.Money;

/**
 * The "budget prévisionnel de l'action" of the subsidy-application form (Cerfa 12156): charges 60–68, produits
 * 70–78 with the funders of 74, the in-kind section 86/87, totals and the balance. The standard PDF fonts are
 * used so that the file needs no font on the server; characters they lack are replaced.
 */
final class PdfExport {

    private static final float MARGIN = 40;
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;
    private static final float LABEL_X = MARGIN + 38;
    private static final float LABEL_WIDTH = 360;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private PDPageContentStream content;
    private float y;

    private PdfExport() {
    }

    static byte[] write(BudgetView view) {
        PdfExport pdf = new PdfExport();
        try {
            return pdf.render(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(BudgetView view) throws IOException {
        try (document) {
            newPage();
            text(bold, 14, MARGIN, "Budget prévisionnel de l'action");
            y -= 18;
            text(regular, 9, MARGIN, "Version " + view.versionNumber() + " « " + view.versionName() + " » – "
                    + (view.submittedAt() == null ? "brouillon" : "soumise le " + DATE.format(view.submittedAt()))
                    + " – montants en euros");
            y -= 12;
            text(regular, 9, MARGIN, "Congrès " + view.congressId() + " – hypothèse de "
                    + Money.group(view.hypotheses().participants()) + " participants sur " + view.hypotheses().days()
                    + " jour(s)");
            y -= 20;
            for (Rows.Row row : Rows.of(view)) {
                row(row);
            }
            y -= 10;
            BudgetView.Totals totals = view.totals();
            need(14);
            text(bold, 10, MARGIN, totals.balanced() ? "Budget équilibré : total des charges = total des produits"
                    : "Budget non équilibré : solde " + Money.format(totals.balanceCents()));
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void row(Rows.Row row) throws IOException {
        switch (row.kind()) {
            case SECTION -> {
                need(30);
                y -= 6;
                text(bold, 11, MARGIN, row.section().toUpperCase(Locale.FRENCH));
                y -= 4;
                rule();
                y -= 12;
            }
            case GROUP -> {
                need(14);
                text(bold, 9, MARGIN, row.account());
                text(bold, 9, LABEL_X, fit(bold, 9, row.label(), LABEL_WIDTH));
                amount(bold, 9, row.valueCents());
                y -= 12;
            }
            case LINE -> {
                need(22);
                String label = row.funder().isEmpty() ? row.label() : row.funder() + " : " + row.label();
                text(regular, 8.5f, MARGIN + 12, row.account());
                text(regular, 8.5f, LABEL_X + 10, fit(regular, 8.5f, label, LABEL_WIDTH - 10));
                amount(regular, 8.5f, row.valueCents());
                y -= 9;
                text(italic, 7, LABEL_X + 10, fit(italic, 7, row.formula(), LABEL_WIDTH + 60));
                y -= 11;
            }
            case TOTAL -> {
                need(16);
                rule();
                y -= 11;
                text(bold, 9.5f, LABEL_X, row.label());
                amount(bold, 9.5f, row.valueCents());
                y -= 14;
            }
            default -> throw new IllegalStateException();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void rule() throws IOException {
        content.moveTo(MARGIN, y);
        content.lineTo(RIGHT, y);
        content.setLineWidth(0.5f);
        content.stroke();
    }

    private void amount(PDType1Font font, float size, long cents) throws IOException {
        String value = printable(font, Money.format(cents));
        text(font, size, RIGHT - width(font, size, value), value);
    }

    private void text(PDType1Font font, float size, float x, String value) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, value));
        content.endText();
    }

    private static float width(PDType1Font font, float size, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * size;
    }

    private static String fit(PDType1Font font, float size, String value, float max) throws IOException {
        String text = printable(font, value);
        if (width(font, size, text) <= max) {
            return text;
        }
        while (!text.isEmpty() && width(font, size, text + "…") > max) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    /** Replaces what the standard fonts (WinAnsi) cannot show. */
    static String printable(PDType1Font font, String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String ch = switch (cp) {
                case 0x2212 -> "-";
                case 0x03A3 -> "somme";
                case 0x2192 -> "->";
                case 0x00A0, 0x202F, 0x2009 -> " ";
                default -> new String(Character.toChars(cp));
            };
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
