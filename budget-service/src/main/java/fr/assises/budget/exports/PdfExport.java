package fr.assises.budget.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
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

import fr.assises.budget.budget.BudgetView;
import fr.assises.budget.money.Money;
import fr.assises.pdf.PdfKit;

/**
 * The "budget prévisionnel de l'action" of the subsidy-application form (Cerfa 12156), in its layout: charges
 * (60–68) on the left facing produits (70–78, the funders of 74 by name) on the right, their totals side by side,
 * then the in-kind band (86 facing 87) and the grand totals, with each line's formula in small print. Labels and
 * formulas wrap, never cut; Liberation Sans is embedded, the title and page numbers set ({@link PdfKit}).
 */
final class PdfExport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float GUTTER = 16;
    private static final float COLUMN = (PAGE.getWidth() - 2 * MARGIN - GUTTER) / 2;
    private static final float CODE_WIDTH = 30;
    private static final float AMOUNT_WIDTH = 72;
    private static final float TEXT_WIDTH = COLUMN - CODE_WIDTH - AMOUNT_WIDTH - 6;
    private static final float MAIN = 8;
    private static final float SMALL = 6.5f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private PDPageContentStream content;
    private float y;

    /** One side of a table row, laid out: its text lines are already fitted to the column. */
    private record Cell(Rows.Kind kind, String code, List<String> text, List<String> formula, Long cents) {

        static final Cell EMPTY = new Cell(Rows.Kind.LINE, "", List.of(), List.of(), null);

        float height() {
            if (this == EMPTY) {
                return 0;
            }
            return switch (kind) {
                case GROUP -> 4 + text.size() * 9.5f;
                case TOTAL -> 16;
                default -> text.size() * 9.5f + formula.size() * 8 + 3;
            };
        }
    }

    private String congressTitle;

    private PdfExport() throws IOException {
        regular = PdfKit.font(document, PdfKit.REGULAR);
        bold = PdfKit.font(document, PdfKit.BOLD);
        italic = PdfKit.font(document, PdfKit.ITALIC);
    }

    /** {@code congressTitle} as programme-service published it; null until its event has arrived. */
    static byte[] write(BudgetView view, String congressTitle) {
        try {
            PdfExport pdf = new PdfExport();
            pdf.congressTitle = congressTitle;
            return pdf.render(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(BudgetView view) throws IOException {
        try (document) {
            String version = "version " + view.versionNumber() + " « " + view.versionName() + " »";
            PdfKit.describe(document, "Budget prévisionnel" + (congressTitle == null ? "" : " – " + congressTitle)
                    + " – " + version, "Budget prévisionnel de l’action, présentation du dossier de demande de subvention");
            newPage();
            text(bold, 14, MARGIN, "Budget prévisionnel de l'action");
            y -= 16;
            float width = PAGE.getWidth() - 2 * MARGIN;
            paragraph(regular, 8.5f, "Version " + view.versionNumber() + " « " + view.versionName()
                    + " » – " + (view.submittedAt() == null ? "brouillon" : "soumise le " + DATE.format(view.submittedAt()))
                    + " – montants en euros", width);
            int participants = view.hypotheses().participants();
            int days = view.hypotheses().days();
            paragraph(regular, 8.5f, (congressTitle == null ? "Hypothèse" : congressTitle
                    + " – hypothèse") + " de " + Money.group(participants) + (participants > 1 ? " participants" : " participant")
                    + " sur " + days + (days > 1 ? " jours" : " jour"), width);
            y -= 7;
            BudgetView.Totals t = view.totals();
            band("CHARGES", "PRODUITS");
            table(cells(Rows.groups(Rows.CHARGES, view.charges())), cells(Rows.groups(Rows.PRODUITS, view.produits())));
            pair(total("Total des charges (60 à 68)", t.chargesCents()), total("Total des produits (70 à 78)", t.produitsCents()));
            y -= 6;
            band(Rows.IN_KIND_USES.toUpperCase(Locale.FRENCH), Rows.IN_KIND_CONTRIBUTIONS.toUpperCase(Locale.FRENCH));
            table(cells(Rows.groups(Rows.IN_KIND_USES, view.inKindUses())),
                    cells(Rows.groups(Rows.IN_KIND_CONTRIBUTIONS, view.inKindContributions())));
            pair(total("Total des charges", t.totalChargesCents()), total("Total des produits", t.totalProduitsCents()));
            y -= 8;
            need(30);
            text(bold, 9, MARGIN, "Solde (produits \u2212 charges) : " + Money.format(t.balanceCents()));
            y -= 13;
            text(bold, 9, MARGIN, t.balanced() ? "Budget équilibré : total des charges = total des produits"
                    : "Budget non équilibré : le total des charges doit être égal au total des produits");
            content.close();
            PdfKit.numberPages(document, regular, 7, MARGIN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // no object streams: PDF/A-1 (PDF 1.4) has no cross-reference streams
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private List<Cell> cells(List<Rows.Row> rows) throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (Rows.Row row : rows) {
            if (row.kind() == Rows.Kind.GROUP) {
                cells.add(new Cell(Rows.Kind.GROUP, row.account(), PdfKit.wrap(bold, MAIN, row.label(), TEXT_WIDTH),
                        List.of(), row.valueCents()));
            } else {
                String label = row.funder().isEmpty() ? row.label() : row.funder() + " : " + row.label();
                cells.add(new Cell(Rows.Kind.LINE, row.account(), PdfKit.wrap(regular, MAIN, label, TEXT_WIDTH - 8),
                        row.formula() == null || row.formula().isBlank() ? List.of()
                                : PdfKit.wrap(italic, SMALL, row.formula(), COLUMN - CODE_WIDTH - 8),
                        row.valueCents()));
            }
        }
        return cells;
    }

    private static Cell total(String label, long cents) {
        return new Cell(Rows.Kind.TOTAL, "", List.of(label), List.of(), cents);
    }

    /** Both sides row by row; the shorter side is left blank below its last heading, as on the form. */
    private void table(List<Cell> left, List<Cell> right) throws IOException {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            pair(i < left.size() ? left.get(i) : Cell.EMPTY, i < right.size() ? right.get(i) : Cell.EMPTY);
        }
    }

    private void pair(Cell left, Cell right) throws IOException {
        float height = Math.max(left.height(), right.height());
        need(height);
        float top = y;
        cell(left, MARGIN);
        y = top;
        cell(right, MARGIN + COLUMN + GUTTER);
        y = top - height;
    }

    private void cell(Cell cell, float x) throws IOException {
        if (cell == Cell.EMPTY) {
            return;
        }
        float right = x + COLUMN;
        switch (cell.kind()) {
            case GROUP -> {
                text(bold, MAIN, x, cell.code());
                amount(bold, MAIN, right, cell.cents());
                for (String line : cell.text()) {
                    text(bold, MAIN, x + CODE_WIDTH, line);
                    y -= 9.5f;
                }
            }
            case TOTAL -> {
                rule(x, right, y + 8);
                y -= 3;
                text(bold, 8.5f, x + CODE_WIDTH, cell.text().get(0));
                amount(bold, 8.5f, right, cell.cents());
            }
            default -> {
                text(regular, MAIN, x + 8, cell.code());
                amount(regular, MAIN, right, cell.cents());
                for (String line : cell.text()) {
                    text(regular, MAIN, x + CODE_WIDTH + 8, line);
                    y -= 9.5f;
                }
                y += 2;
                for (String line : cell.formula()) {
                    text(italic, SMALL, x + CODE_WIDTH + 8, line);
                    y -= 8;
                }
            }
        }
    }

    private void band(String left, String right) throws IOException {
        need(40);
        text(bold, 9.5f, MARGIN, left);
        text(bold, 9.5f, MARGIN + COLUMN + GUTTER, right);
        y -= 4;
        rule(MARGIN, MARGIN + COLUMN, y);
        rule(MARGIN + COLUMN + GUTTER, PAGE.getWidth() - MARGIN, y);
        y -= 11;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN - 10;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void rule(float from, float to, float at) throws IOException {
        content.moveTo(from, at);
        content.lineTo(to, at);
        content.setLineWidth(0.5f);
        content.stroke();
    }

    private void amount(PDFont font, float size, float right, Long cents) throws IOException {
        if (cents == null) {
            return;
        }
        String value = PdfKit.printable(font, Money.format(cents));
        text(font, size, right - PdfKit.width(font, size, value), value);
    }

    /** A text over the page's width, on as many lines as it takes. */
    private void paragraph(PDFont font, float size, String value, float width) throws IOException {
        for (String line : PdfKit.wrap(font, size, value, width)) {
            need(size + 2.5f);
            text(font, size, MARGIN, line);
            y -= size + 2.5f;
        }
    }

    private void text(PDFont font, float size, float x, String value) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfKit.printable(font, value));
        content.endText();
    }
}
