package fr.assises.evaluation.outreach;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.assises.pdf.PdfKit;

/**
 * The room poster « Donnez votre avis »: one A4 page with a QR code to the gateway's {@code /enquete/ouvrir/{id}},
 * which, after logging in, leads each participant to their own personal link. The code itself is the same for
 * everyone and opens nothing without an account of a checked-in participant. Liberation Sans embedded as a subset,
 * as on the badges (registration-service), so every Latin title prints as written.
 */
final class Poster {

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 20 * MM;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private Poster() {
    }

    static byte[] render(String congressTitle, String questionnaireTitle, Instant closesAt, String url) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PdfKit.describe(doc, "Donnez votre avis – " + questionnaireTitle, "Affiche de l’enquête");
            PDFont bold = PdfKit.font(doc, PdfKit.BOLD);
            PDFont regular = PdfKit.font(doc, PdfKit.REGULAR);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            float inner = width - 2 * MARGIN;
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float y = height - MARGIN - 40;
                centred(c, bold, 44, width, y, "Donnez votre avis");
                y -= 26;
                centred(c, regular, 16, width, y, "Give us your feedback");
                y -= 36;
                for (String line : wrap(bold, 18, congressTitle == null ? "" : congressTitle, inner, 2)) {
                    centred(c, bold, 18, width, y, line);
                    y -= 22;
                }
                for (String line : wrap(regular, 14, questionnaireTitle, inner, 2)) {
                    centred(c, regular, 14, width, y, line);
                    y -= 18;
                }
                float side = 110 * MM;
                y -= 8 + side;
                qr(c, url, (width - side) / 2, y, side);
                y -= 30;
                centred(c, bold, 15, width, y, "Scannez ce code avec votre téléphone");
                y -= 20;
                for (String line : wrap(regular, 12, "Connectez-vous avec le compte de votre inscription\u00a0: vous "
                        + "arrivez sur votre questionnaire personnel. Vos réponses sont anonymes.", inner, 3)) {
                    centred(c, regular, 12, width, y, line);
                    y -= 16;
                }
                if (closesAt != null) {
                    y -= 4;
                    centred(c, regular, 12, width, y, "Ouvert jusqu'au " + DAY.format(closesAt.atZone(PARIS)) + ".");
                    y -= 16;
                }
                y -= 8;
                centred(c, regular, 10, width, y, url);
                centred(c, regular, 9, width, MARGIN / 2, "Page 1 sur 1");
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code drawn as filled squares: sharp at any print size. */
    private static void qr(PDPageContentStream c, String url, float x, float y, float side) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        float unit = side / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    c.addRect(x + col * unit, y + side - (row + 1) * unit, unit, unit);
                }
            }
        }
        c.fill();
    }

    private static void centred(PDPageContentStream c, PDFont font, float size, float width, float y, String text)
            throws IOException {
        float w = font.getStringWidth(text) / 1000 * size;
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset((width - w) / 2, y);
        c.showText(text);
        c.endText();
    }

    /** Words on at most {@code lines} lines of {@code width}; the last one shortened with « … » if need be. */
    private static List<String> wrap(PDFont font, float size, String text, float width, int lines)
            throws IOException {
        List<String> rows = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                rows.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            rows.add(line.toString());
        }
        if (rows.size() > lines) {
            String last = String.join(" ", rows.subList(lines - 1, rows.size()));
            while (last.length() > 1 && font.getStringWidth(last + "…") / 1000 * size > width) {
                last = last.substring(0, last.length() - 1);
            }
            rows = new ArrayList<>(rows.subList(0, lines - 1));
            rows.add(last.strip() + "…");
        }
        return rows;
    }
}
