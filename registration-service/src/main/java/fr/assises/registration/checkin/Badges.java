package fr.assises.registration.checkin;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.assises.pdf.PdfKit;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.settings.Category;

/**
 * PDF badges, one per A6 page: a band in the category's colour, name, organisation, the congress with its dates
 * and venue, the check-in QR code and, under it, the code a desk can type. Liberation Sans is embedded (subset), so
 * any Latin name prints as written ("Łukasz Nguyễn"); every text is fitted to its space, smaller then on two
 * lines, never cut off the page.
 */
@ApplicationScoped
public class Badges {

    private static final float MM = 72f / 25.4f;
    private static final Locale FR = Locale.FRENCH;

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
        try (PDDocument doc = new PDDocument()) {
            describe(doc, congress, "Badges");
            PDFont bold = PdfKit.font(doc, PdfKit.BOLD);
            PDFont regular = PdfKit.font(doc, PdfKit.REGULAR);
            String when = when(congress);
            for (Registration r : registrations) {
                PDPage page = new PDPage(PDRectangle.A6);
                doc.addPage(page);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                float inner = width - 16 * MM;
                Category category = categories.get(r.category);
                PDImageXObject qr = LosslessFactory.createFromImage(doc, qr(tokens.issue(r)));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setNonStrokingColor(colour(category));
                    content.addRect(0, height - 22 * MM, width, 22 * MM);
                    content.fill();
                    content.setNonStrokingColor(Color.WHITE);
                    fitted(content, bold, 13, 8, 8 * MM, height - 10 * MM, inner, 2,
                            category == null ? r.category : category.labelFr);
                    content.setNonStrokingColor(Color.BLACK);
                    fitted(content, regular, 8, 6, 8 * MM, height - 28 * MM, inner, 1,
                            congress == null ? "" : congress.title);
                    fitted(content, regular, 7, 6, 8 * MM, height - 32 * MM, inner, 1, when);
                    fitted(content, bold, 18, 11, 8 * MM, height - 42 * MM, inner, 1, r.firstName);
                    fitted(content, bold, 18, 11, 8 * MM, height - 50 * MM, inner, 1, r.lastName);
                    fitted(content, regular, 10, 7, 8 * MM, height - 58 * MM, inner, 2, r.organisation);
                    float size = 40 * MM;
                    content.drawImage(qr, (width - size) / 2, 14 * MM, size, size);
                    centred(content, regular, 9, width, 9 * MM, tokens.code(r));
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
        float labelWidth = PDRectangle.A4.getWidth() / 2;
        float labelHeight = PDRectangle.A4.getHeight() / 4;
        try (PDDocument doc = new PDDocument()) {
            describe(doc, congress, "Étiquettes de badges");
            PDFont bold = PdfKit.font(doc, PdfKit.BOLD);
            PDFont regular = PdfKit.font(doc, PdfKit.REGULAR);
            String when = when(congress);
            for (int start = 0; start < registrations.size(); start += 8) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (int k = 0; k < 8 && start + k < registrations.size(); k++) {
                        Registration r = registrations.get(start + k);
                        Category category = categories.get(r.category);
                        float x = (k % 2) * labelWidth;
                        float top = PDRectangle.A4.getHeight() - (k / 2) * labelHeight;
                        float size = 36 * MM;
                        float text = labelWidth - size - 14 * MM;
                        PDImageXObject qr = LosslessFactory.createFromImage(doc, qr(tokens.issue(r)));
                        content.setNonStrokingColor(colour(category));
                        content.addRect(x, top - 12 * MM, labelWidth, 12 * MM);
                        content.fill();
                        content.setNonStrokingColor(Color.WHITE);
                        fitted(content, bold, 10, 7, x + 6 * MM, top - 5.5f * MM, labelWidth - 12 * MM, 2,
                                category == null ? r.category : category.labelFr);
                        content.setNonStrokingColor(Color.BLACK);
                        fitted(content, bold, 14, 9, x + 6 * MM, top - 24 * MM, text, 1, r.firstName);
                        fitted(content, bold, 14, 9, x + 6 * MM, top - 31 * MM, text, 1, r.lastName);
                        fitted(content, regular, 8, 6, x + 6 * MM, top - 39 * MM, text, 2, r.organisation);
                        fitted(content, regular, 7, 5, x + 6 * MM, top - labelHeight + 10 * MM, text, 1,
                                congress == null ? "" : congress.title);
                        fitted(content, regular, 6, 5, x + 6 * MM, top - labelHeight + 6 * MM, text, 1, when);
                        float qrX = x + labelWidth - size - 4 * MM;
                        content.drawImage(qr, qrX, top - labelHeight + 12 * MM, size, size);
                        centred(content, regular, 8, size, qrX, top - labelHeight + 8 * MM, tokens.code(r));
                    }
                }
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title (shown by viewers instead of the file name), language and producer of the document. */
    private static void describe(PDDocument doc, Congress congress, String what) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(congress == null ? what : what + " – " + congress.title);
        info.setCreator("Assises");
        doc.getDocumentCatalog().setLanguage("fr-FR");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    /** "du 12 au 14 mars 2027 · Tours", in French, as printed under the congress's title. */
    static String when(Congress congress) {
        if (congress == null || congress.startDate == null) {
            return congress == null || congress.venue == null ? "" : congress.venue;
        }
        LocalDate from = congress.startDate;
        LocalDate to = congress.endDate == null ? from : congress.endDate;
        String dates;
        if (from.equals(to)) {
            dates = "le " + day(from) + " " + DateTimeFormatter.ofPattern("MMMM yyyy", FR).format(from);
        } else if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            dates = "du " + day(from) + " au " + day(to) + " " + DateTimeFormatter.ofPattern("MMMM yyyy", FR).format(to);
        } else if (from.getYear() == to.getYear()) {
            dates = "du " + day(from) + " " + DateTimeFormatter.ofPattern("MMMM", FR).format(from) + " au "
                    + day(to) + " " + DateTimeFormatter.ofPattern("MMMM yyyy", FR).format(to);
        } else {
            dates = "du " + day(from) + " " + DateTimeFormatter.ofPattern("MMMM yyyy", FR).format(from) + " au "
                    + day(to) + " " + DateTimeFormatter.ofPattern("MMMM yyyy", FR).format(to);
        }
        return congress.venue == null || congress.venue.isBlank() ? dates : dates + " · " + congress.venue;
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
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

    private static void centred(PDPageContentStream content, PDFont font, float size, float width, float y,
            String text) throws IOException {
        centred(content, font, size, width, 0, y, text);
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, float width, float x, float y,
            String text) throws IOException {
        String shown = PdfKit.encodable(font, text);
        float w = font.getStringWidth(shown) / 1000 * size;
        line(content, font, size, x + (width - w) / 2, y, shown);
    }

    /**
     * Writes {@code text} from its first baseline {@code y} down, within {@code width}: at {@code size} if it fits,
     * else at the largest size down to {@code min} that does, else on up to {@code lines} lines at {@code min},
     * and only then shortened with an ellipsis.
     */
    static void fitted(PDPageContentStream content, PDFont font, float size, float min, float x, float y,
            float width, int lines, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        String shown = PdfKit.encodable(font, text.strip());
        float unit = width(font, 1, shown);
        // the largest half point at which it fits, from one measure (widths scale with the size)
        float s = Math.max(min, Math.min(size, (float) Math.floor(width / unit * 2) / 2));
        List<String> rows = unit * s <= width ? List.of(shown) : wrap(font, s, shown, width, lines);
        for (int i = 0; i < rows.size(); i++) {
            line(content, font, s, x, y - i * s * 1.15f, rows.get(i));
        }
    }

    private static List<String> wrap(PDFont font, float size, String text, float width, int lines)
            throws IOException {
        List<String> rows = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && rows.size() < lines) {
            if (rows.size() == lines - 1 || width(font, size, rest) <= width) {
                rows.add(shorten(font, size, rest, width));
                break;
            }
            int cut = rest.length();
            while (cut > 0 && (rest.charAt(cut - 1) != ' ' || width(font, size, rest.substring(0, cut).strip()) > width)) {
                cut--;
            }
            if (cut == 0) {
                rows.add(shorten(font, size, rest, width));
                break;
            }
            rows.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return rows;
    }

    private static String shorten(PDFont font, float size, String text, float width) throws IOException {
        if (width(font, size, text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(font, size, t + "…") > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1)).stripTrailing();
        }
        return t + "…";
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
