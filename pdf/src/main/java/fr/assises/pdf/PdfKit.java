package fr.assises.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What every PDF of the services shares: Liberation Sans embedded as a subset (any Latin name prints as written),
 * the title and language in the document's metadata, PDF/A-1b identification (XMP and an sRGB output intent, as
 * funders' archives ask), word wrapping that never cuts a text, and « Page 2 sur 5 » at the foot of each page. Used
 * by budget-service's exports, evaluation-service's report and poster, and registration-service's badges.
 */
public final class PdfKit {

    public static final String REGULAR = "LiberationSans-Regular";
    public static final String BOLD = "LiberationSans-Bold";
    public static final String ITALIC = "LiberationSans-Italic";

    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    private PdfKit() {
    }

    /**
     * The font embedded as a subset: only the glyphs a document uses travel in the file. Its glyph substitution
     * table (GSUB) is hidden from PDFBox, which would run its Latin substitution on every string (about 0.2 ms each,
     * which made a file of 5,000 badges five times slower) for ligatures these documents do not need.
     */
    public static PDFont font(PDDocument doc, String name) throws IOException {
        byte[] ttf = FONTS.computeIfAbsent(name, n -> {
            try (InputStream in = PdfKit.class.getClassLoader().getResourceAsStream("liberation/" + n + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("font " + n + " missing from the classpath (openpdf-fonts-extra)");
                }
                return withoutGsub(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return PDType0Font.load(doc, new ByteArrayInputStream(ttf.clone()), true);
    }

    private static byte[] withoutGsub(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (ttf[entry] == 'G' && ttf[entry + 1] == 'S' && ttf[entry + 2] == 'U' && ttf[entry + 3] == 'B') {
                ttf[entry] = 'x';
            }
        }
        return ttf;
    }

    /** Title (shown by viewers instead of the file name), language, producer, and the PDF/A-1b identification. */
    public static void describe(PDDocument doc, String title, String subject) throws IOException {
        Calendar now = Calendar.getInstance();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Assises");
        info.setProducer("Assises");
        info.setCreationDate(now);
        info.setModificationDate(now);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("fr-FR");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, subject, now).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static String xmp(String title, String subject, Calendar when) {
        String date = String.format("%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS%1$tz", when)
                .replaceAll("(\\d\\d)(\\d\\d)$", "$1:$2");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language></rdf:Description>"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>Assises</xmp:CreatorTool><xmp:CreateDate>" + date + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate></rdf:Description>"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>Assises</pdf:Producer></rdf:Description>"
                + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** « Page 2 sur 5 » at the foot of every page, right-aligned on the margin, once all pages exist. */
    public static void numberPages(PDDocument doc, PDFont font, float size, float margin) throws IOException {
        int count = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            String text = "Page " + n + " sur " + count;
            float x = page.getMediaBox().getWidth() - margin - width(font, size, text);
            try (PDPageContentStream content = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, margin / 2);
                content.showText(text);
                content.endText();
            }
        }
    }

    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text on one line in French typography ({@link Typeset}): line breaks become spaces, a character outside
     * the font (CJK, emoji) '?'.
     */
    public static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        return encodable(font, Typeset.french(text).replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    /** The text as the font can draw it: a character outside the font (CJK in Liberation Sans, say) becomes '?'. */
    public static String encodable(PDFont font, String text) {
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

    /** The whole text on as many lines as it takes, broken on spaces; a word wider than a line is broken too. */
    public static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line = new StringBuilder();
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
