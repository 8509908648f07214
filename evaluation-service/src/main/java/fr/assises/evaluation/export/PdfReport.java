package fr.assises.evaluation.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import fr.assises.evaluation.results.ResultsDtos.CategoryRate;
import fr.assises.evaluation.results.ResultsDtos.Count;
import fr.assises.evaluation.results.ResultsDtos.ItemCount;
import fr.assises.evaluation.results.ResultsDtos.QuestionResult;
import fr.assises.evaluation.results.ResultsDtos.Results;
import fr.assises.evaluation.results.ResultsDtos.SessionRating;
import fr.assises.evaluation.results.ResultsDtos.SituationCount;
import fr.assises.evaluation.results.ResultsDtos.ThreeCColumn;

/** The results report as a PDF: rates, then each question with a bar chart of its distribution. */
public final class PdfReport implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 190;
    private static final float BAR_MAX = WIDTH - LABEL_WIDTH - 50;
    private static final Color BAR = new Color(0x1f, 0x4e, 0x79);
    private static final int MAX_TEXTS = 40;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    private PdfReport() {
    }

    public static byte[] render(Results results) {
        try (PdfReport report = new PdfReport()) {
            return report.write(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Results r) throws IOException {
        newPage();
        text(bold, 16, r.title());
        text(regular, 10, "Rapport de résultats - réponses anonymes ; aucun détail pour un groupe de moins de "
                + r.minGroupSize() + " réponses.");
        y -= 6;
        text(bold, 12, "Participation");
        text(regular, 10, r.responses() + " réponses pour " + r.checkedIn() + " participants présents"
                + (r.responseRate() == null ? "" : " : taux de réponse " + r.responseRate() + " %") + ".");
        text(regular, 10, "Dont " + r.byChannel().online() + " en ligne et " + r.byChannel().paper()
                + " sur papier (saisies par les organisateurs).");
        if (r.responseRateNote() != null) {
            text(regular, 10, r.responseRateNote());
        }
        for (CategoryRate c : r.byCategory()) {
            text(regular, 10, "  " + c.category() + " : " + (c.suppressed() ? "moins de " + r.minGroupSize()
                    + " réponses" : c.responses() + " réponses sur " + c.checkedIn() + " (" + c.responseRate()
                    + " %)"));
        }
        for (QuestionResult q : r.questions()) {
            question(q, r.minGroupSize());
        }
        content.close();
        content = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static String hidden(int min) {
        return "moins de " + min;
    }

    private void question(QuestionResult q, int min) throws IOException {
        space(60);
        y -= 8;
        for (String line : wrap(q.label(), bold, 11, WIDTH)) {
            text(bold, 11, line);
        }
        if (q.suppressed()) {
            text(regular, 10, "Moins de " + min + " réponses : pas de détail.");
            return;
        }
        text(regular, 9, q.answered() + " réponses" + (q.mean() == null ? "" : " - moyenne " + q.mean()));
        if (q.distribution() != null) {
            int max = q.distribution().stream().mapToInt(c -> c.suppressed() ? 0 : c.count()).max().orElse(0);
            for (Count c : q.distribution()) {
                bar(c.label(), c.suppressed() ? 0 : c.count(), max,
                        c.suppressed() ? hidden(min) : String.valueOf(c.count()));
            }
        }
        if (q.situations() != null) {
            int max = q.situations().stream().mapToInt(s -> s.count() == null ? 0 : s.count()).max().orElse(0);
            for (SituationCount s : q.situations()) {
                bar(s.label(), s.count() == null ? 0 : s.count(), max, s.count() == null ? hidden(min)
                        : s.count() + (s.satisfying() == null ? "" : " (satisfaisant : " + s.satisfying() + ")"));
            }
        }
        if (q.number() != null) {
            text(regular, 10, (q.number().min() == null ? "" : "Minimum " + q.number().min() + " - maximum "
                    + q.number().max() + " - ") + "moyenne " + q.number().mean());
        }
        if (q.texts() != null) {
            List<String> texts = q.texts();
            for (String t : texts.subList(0, Math.min(MAX_TEXTS, texts.size()))) {
                for (String line : wrap("- " + t, regular, 9, WIDTH)) {
                    text(regular, 9, line);
                }
            }
            if (texts.size() > MAX_TEXTS) {
                text(regular, 9, "... et " + (texts.size() - MAX_TEXTS) + " autres réponses (voir l'export).");
            }
        }
        if (q.threeC() != null) {
            for (ThreeCColumn column : q.threeC()) {
                text(bold, 10, column.label() + " : " + contributions(column.contributions()));
                int max = column.items().stream().mapToInt(ItemCount::count).max().orElse(0);
                for (ItemCount item : column.items().subList(0, Math.min(10, column.items().size()))) {
                    bar(item.item(), item.count(), max, String.valueOf(item.count()));
                }
            }
        }
        if (q.sessions() != null) {
            for (SessionRating s : q.sessions()) {
                String title = s.title() == null ? s.sessionId().toString() : s.title();
                if (s.suppressed()) {
                    text(regular, 9, title + " : moins de " + min + " notes");
                } else {
                    bar(title, s.mean().multiply(BigDecimal.valueOf(100)).intValue(), 400,
                            s.mean() + " (" + s.count() + " notes)");
                }
            }
        }
    }

    private void bar(String label, int value, int max, String caption) throws IOException {
        space(14);
        String shown = fit(label, regular, 9, LABEL_WIDTH - 6);
        write(regular, 9, MARGIN, y - 9, shown);
        float length = max == 0 ? 0 : BAR_MAX * value / max;
        content.setNonStrokingColor(BAR);
        content.addRect(MARGIN + LABEL_WIDTH, y - 10, Math.max(length, 0.5f), 9);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        write(regular, 9, MARGIN + LABEL_WIDTH + length + 4, y - 9, caption);
        y -= 13;
    }

    private void text(PDType1Font font, float size, String text) throws IOException {
        space(size + 4);
        write(font, size, MARGIN, y - size, fit(text, font, size, WIDTH));
        y -= size + 4;
    }

    private void write(PDType1Font font, float size, float x, float baseline, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(clean(text, font));
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

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text, font).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String fit(String text, PDType1Font font, float size, float width) throws IOException {
        String t = clean(text, font);
        if (font.getStringWidth(t) / 1000 * size <= width) {
            return t;
        }
        while (t.length() > 1 && font.getStringWidth(t + "...") / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    private static String contributions(int count) {
        return count == 0 ? "aucune contribution" : count == 1 ? "1 contribution" : count + " contributions";
    }

    /** Standard fonts cover Latin-1 and a few more; anything else (emoji, other scripts) becomes '?'. */
    private static String clean(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        String source = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        source.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
