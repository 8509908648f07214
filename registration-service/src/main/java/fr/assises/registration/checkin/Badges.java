package fr.assises.registration.checkin;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.assises.registration.programme.Congress;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.settings.Category;

/** PDF badges, one per A6 page: a band in the category's colour, name, organisation and the check-in QR code. */
@ApplicationScoped
public class Badges {

    private static final float MM = 72f / 25.4f;

    @Inject
    CheckinTokens tokens;

    public byte[] render(Congress congress, List<Registration> registrations, Map<String, Category> categories) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(congress, registrations, categories, out);
        return out.toByteArray();
    }

    /** Writes the badges to {@code out} (the HTTP answer for a whole congress: no copy of the file in memory). */
    public void render(Congress congress, List<Registration> registrations, Map<String, Category> categories,
            OutputStream out) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (Registration r : registrations) {
                PDPage page = new PDPage(PDRectangle.A6);
                doc.addPage(page);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                Category category = categories.get(r.category);
                PDImageXObject qr = LosslessFactory.createFromImage(doc, qr(tokens.issue(r)));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setNonStrokingColor(colour(category));
                    content.addRect(0, height - 22 * MM, width, 22 * MM);
                    content.fill();
                    content.setNonStrokingColor(Color.WHITE);
                    text(content, bold, 13, 8 * MM, height - 13 * MM,
                            category == null ? r.category : category.labelFr);
                    content.setNonStrokingColor(Color.BLACK);
                    text(content, regular, 8, 8 * MM, height - 30 * MM, congress == null ? "" : congress.title);
                    text(content, bold, 18, 8 * MM, height - 45 * MM, r.firstName);
                    text(content, bold, 18, 8 * MM, height - 53 * MM, r.lastName);
                    text(content, regular, 10, 8 * MM, height - 62 * MM, r.organisation);
                    float size = 45 * MM;
                    content.drawImage(qr, (width - size) / 2, 12 * MM, size, size);
                }
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Label sheets: A4 pages of eight 105 × 74 mm labels, for printers of adhesive badge labels. */
    public void labels(Congress congress, List<Registration> registrations, Map<String, Category> categories,
            OutputStream out) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float labelWidth = PDRectangle.A4.getWidth() / 2;
        float labelHeight = PDRectangle.A4.getHeight() / 4;
        try (PDDocument doc = new PDDocument()) {
            for (int start = 0; start < registrations.size(); start += 8) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (int k = 0; k < 8 && start + k < registrations.size(); k++) {
                        Registration r = registrations.get(start + k);
                        Category category = categories.get(r.category);
                        float x = (k % 2) * labelWidth;
                        float top = PDRectangle.A4.getHeight() - (k / 2) * labelHeight;
                        PDImageXObject qr = LosslessFactory.createFromImage(doc, qr(tokens.issue(r)));
                        content.setNonStrokingColor(colour(category));
                        content.addRect(x, top - 12 * MM, labelWidth, 12 * MM);
                        content.fill();
                        content.setNonStrokingColor(Color.WHITE);
                        text(content, bold, 10, x + 6 * MM, top - 8 * MM,
                                category == null ? r.category : category.labelFr);
                        content.setNonStrokingColor(Color.BLACK);
                        text(content, bold, 14, x + 6 * MM, top - 24 * MM, r.firstName);
                        text(content, bold, 14, x + 6 * MM, top - 31 * MM, r.lastName);
                        text(content, regular, 8, x + 6 * MM, top - 39 * MM, r.organisation);
                        text(content, regular, 7, x + 6 * MM, top - labelHeight + 6 * MM,
                                congress == null ? "" : congress.title);
                        float size = 40 * MM;
                        content.drawImage(qr, x + labelWidth - size - 4 * MM, top - labelHeight + 8 * MM, size, size);
                    }
                }
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One pixel per module (about 41 × 41 instead of 400 × 400): the PDF scales it up without smoothing, so it
     * prints as sharp, and a congress's 5,000 badges encode a hundred times fewer pixels.
     */
    private static BufferedImage qr(String token) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Color colour(Category category) {
        return category == null || category.colour == null ? Color.DARK_GRAY : Color.decode(category.colour);
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y,
            String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text.length() > 60 ? text.substring(0, 60) : text));
        content.endText();
    }

    /** Helvetica covers WinAnsi only: other characters print as '?' rather than failing the whole sheet. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
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
}
