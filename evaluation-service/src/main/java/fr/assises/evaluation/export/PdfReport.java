package fr.assises.evaluation.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.assises.evaluation.results.ResultsDtos.CategoryRate;
import fr.assises.evaluation.results.ResultsDtos.Count;
import fr.assises.evaluation.results.ResultsDtos.ItemCount;
import fr.assises.evaluation.results.ResultsDtos.QuestionResult;
import fr.assises.evaluation.results.ResultsDtos.Results;
import fr.assises.evaluation.results.ResultsDtos.SessionRating;
import fr.assises.evaluation.results.ResultsDtos.SituationCount;
import fr.assises.evaluation.results.ResultsDtos.ThreeCColumn;
import fr.assises.pdf.PdfKit;
import fr.assises.pdf.Typeset;

/**
 * The results report as a PDF: rates, then each question with a bar chart of its distribution. Liberation Sans
 * embedded, title and language set, PDF/A-1b, « Page 2 sur 5 », French figures (« 8,88 », « 87,5 % »); titles,
 * questions and session names wrap, never cut ({@link PdfKit}, {@link Typeset}).
 */
public final class PdfReport implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 190;
    private static final float BAR_MAX = WIDTH - LABEL_WIDTH - 70;
    private static final Color BAR = new Color(0x1f, 0x4e, 0x79);
    private static final int MAX_TEXTS = 40;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    private PdfReport() throws IOException {
        regular = PdfKit.font(document, PdfKit.REGULAR);
        bold = PdfKit.font(document, PdfKit.BOLD);
    }

    public static byte[] render(Results results) {
        try (PdfReport report = new PdfReport()) {
            return report.write(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Results r) throws IOException {
        PdfKit.describe(document, "Rapport de résultats – " + r.title(),
                "Résultats agrégés de l’enquête de satisfaction, réponses anonymes");
        newPage();
        paragraph(bold, 16, r.title());
        paragraph(regular, 10, "Rapport de résultats – réponses anonymes ; aucun détail pour un groupe de moins de "
                + Typeset.count(r.minGroupSize(), "réponse", "réponses", null) + ".");
        y -= 6;
        paragraph(bold, 12, "Participation");
        paragraph(regular, 10, participation(r));
        if (r.responses() > 0) {
            paragraph(regular, 10, "Dont " + Typeset.number(r.byChannel().online()) + " en ligne et "
                    + Typeset.number(r.byChannel().paper()) + " sur papier (saisies par les organisateurs).");
        }
        if (r.responseRateNote() != null) {
            paragraph(regular, 10, r.responseRateNote());
        }
        for (CategoryRate c : r.byCategory()) {
            paragraph(regular, 10, "  " + c.label() + " : " + (c.suppressed() ? "moins de "
                    + Typeset.count(r.minGroupSize(), "réponse", "réponses", null)
                    : Typeset.count(c.responses(), "réponse", "réponses", "aucune réponse") + " sur "
                            + Typeset.count(c.checkedIn(), "présent", "présents", "aucun présent")
                            + (c.responseRate() == null ? "" : " (" + Typeset.percent(c.responseRate()) + ")")));
        }
        for (QuestionResult q : r.questions()) {
            question(q, r.minGroupSize());
        }
        content.close();
        content = null;
        PdfKit.numberPages(document, regular, 8, MARGIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // no object streams: PDF/A-1 (PDF 1.4) has no cross-reference streams
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    /**
     * « 300 réponses pour 412 participants présents : taux de réponse 72,8 % »; when no check-in was recorded the
     * attendance is unknown, and the report says so instead of dividing by nobody.
     */
    static String participation(Results r) {
        String responses = Typeset.count(r.responses(), "réponse publiée", "réponses publiées", "Aucune réponse publiée");
        if (r.checkedIn() == 0) {
            return responses + " ; le nombre de participants présents n’est pas connu "
                    + "(aucun émargement enregistré), le taux de réponse ne peut donc pas être calculé.";
        }
        return responses + " pour " + Typeset.count(r.checkedIn(), "participant présent", "participants présents", null)
                + (r.responseRate() == null ? "" : " : taux de réponse " + Typeset.percent(r.responseRate())) + ".";
    }

    private static String hidden(int min) {
        return "moins de " + min;
    }

    private void question(QuestionResult q, int min) throws IOException {
        space(60);
        y -= 8;
        paragraph(bold, 11, q.label());
        if (q.suppressed()) {
            paragraph(regular, 10, "Moins de " + Typeset.count(min, "réponse", "réponses", null) + " : pas de détail.");
            return;
        }
        paragraph(regular, 9, Typeset.count(q.answered(), "réponse", "réponses", "Aucune réponse")
                + (q.mean() == null ? "" : " – moyenne " + Typeset.number(q.mean())));
        if (q.distribution() != null) {
            int max = q.distribution().stream().mapToInt(c -> c.suppressed() ? 0 : c.count()).max().orElse(0);
            for (Count c : q.distribution()) {
                bar(c.label(), c.suppressed() ? 0 : c.count(), max,
                        c.suppressed() ? hidden(min) : Typeset.number(c.count()));
            }
        }
        if (q.situations() != null) {
            int max = q.situations().stream().mapToInt(s -> s.count() == null ? 0 : s.count()).max().orElse(0);
            for (SituationCount s : q.situations()) {
                bar(s.label(), s.count() == null ? 0 : s.count(), max, s.count() == null ? hidden(min)
                        : Typeset.number(s.count()) + (s.satisfying() == null ? ""
                                : " (satisfaisant : " + Typeset.number(s.satisfying()) + ")"));
            }
        }
        if (q.number() != null) {
            paragraph(regular, 10, (q.number().min() == null ? "" : "Minimum " + Typeset.number(q.number().min())
                    + " – maximum " + Typeset.number(q.number().max()) + " – ") + "moyenne "
                    + Typeset.number(q.number().mean()));
        }
        if (q.texts() != null) {
            List<String> texts = q.texts();
            for (String t : texts.subList(0, Math.min(MAX_TEXTS, texts.size()))) {
                paragraph(regular, 9, "– " + t);
            }
            if (texts.size() > MAX_TEXTS) {
                paragraph(regular, 9, "… et " + Typeset.count(texts.size() - MAX_TEXTS, "autre réponse",
                        "autres réponses", null) + " (voir l’export).");
            }
        }
        if (q.threeC() != null) {
            for (ThreeCColumn column : q.threeC()) {
                paragraph(bold, 10, column.label() + " : " + Typeset.count(column.contributions(), "contribution",
                        "contributions", "aucune contribution"));
                int max = column.items().stream().mapToInt(ItemCount::count).max().orElse(0);
                for (ItemCount item : column.items().subList(0, Math.min(10, column.items().size()))) {
                    bar(item.item(), item.count(), max, Typeset.number(item.count()));
                }
            }
        }
        if (q.sessions() != null) {
            for (SessionRating s : q.sessions()) {
                String title = s.title() == null ? "Séance dont le titre n’est pas encore connu" : s.title();
                if (s.suppressed()) {
                    paragraph(regular, 9, title + " : moins de " + Typeset.count(min, "note", "notes", null));
                } else {
                    bar(title, s.mean().multiply(BigDecimal.valueOf(100)).intValue(), 400,
                            Typeset.number(s.mean()) + " (" + Typeset.count(s.count(), "note", "notes", null) + ")");
                }
            }
        }
    }

    /** A label on as many lines as it takes in its column, the bar and its caption beside its first line. */
    private void bar(String label, int value, int max, String caption) throws IOException {
        List<String> lines = PdfKit.wrap(regular, 9, label, LABEL_WIDTH - 6);
        space(13 + (lines.size() - 1) * 11);
        float top = y;
        for (int i = 0; i < lines.size(); i++) {
            write(regular, 9, MARGIN, top - 9 - i * 11, lines.get(i));
        }
        float length = max == 0 ? 0 : BAR_MAX * value / max;
        content.setNonStrokingColor(BAR);
        content.addRect(MARGIN + LABEL_WIDTH, top - 10, Math.max(length, 0.5f), 9);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        write(regular, 9, MARGIN + LABEL_WIDTH + length + 4, top - 9, caption);
        y = top - 13 - (lines.size() - 1) * 11;
    }

    /** A text over the page's width, on as many lines as it takes. */
    private void paragraph(PDFont font, float size, String text) throws IOException {
        for (String line : PdfKit.wrap(font, size, text, WIDTH)) {
            space(size + 4);
            write(font, size, MARGIN, y - size, line);
            y -= size + 4;
        }
    }

    private void write(PDFont font, float size, float x, float baseline, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(PdfKit.printable(font, text));
        content.endText();
    }

    private void space(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
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

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
