package fr.assises.registration.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.assises.pdf.PdfKit;
import fr.assises.registration.programme.Congress;

/**
 * One « Attestation de présence » on A4: the congress, the person, the days a check-in was recorded, the sessions
 * scanned with their times, the hours and how they are counted, then « Fait à … le … » and the representative's
 * signature block. Liberation Sans embedded, PDF/A-1b, « Page 1 sur 2 » when it takes more than one page.
 */
@ApplicationScoped
public class CertificatePdf {

    public static final String TITLE = "Attestation de présence";
    static final String HOURS_RULE = "Les heures sont la somme des durées prévues au programme des séances où la "
            + "présence a été enregistrée par un scan du badge. Les repas sont mentionnés sans être comptés ; une "
            + "séance sans point d'émargement (plénière, forum) n'est pas comptée.";
    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FR);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H'\u00a0h\u00a0'mm", FR);
    private static final Map<String, String> KINDS = Map.of("WORKSHOP", "Atelier", "MEAL", "Repas", "PLENARY",
            "Plénière", "ROUND_TABLE", "Table ronde", "FORUM", "Forum", "OPENING", "Ouverture", "CLOSING", "Clôture");
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /** « 24 juin 2027 », « 1er juillet 2027 ». */
    public static String date(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " "
                + d.format(DateTimeFormatter.ofPattern("MMMM yyyy", FR));
    }

    /** « jeudi 24 juin 2027 ». */
    static String day(LocalDate d) {
        return d.getDayOfMonth() == 1 ? d.format(DateTimeFormatter.ofPattern("EEEE", FR)) + " " + date(d)
                : d.format(DAY);
    }

    /** « du 24 au 25 juin 2027 », « le 24 juin 2027 », « du 30 juin au 1er juillet 2027 ». */
    static String period(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return "";
        }
        if (start.equals(end)) {
            return "le " + date(start);
        }
        String first = start.getYear() != end.getYear() ? date(start)
                : start.getMonth() != end.getMonth() ? date(start).replace(" " + start.getYear(), "")
                : start.getDayOfMonth() == 1 ? "1er" : String.valueOf(start.getDayOfMonth());
        return "du " + first + " au " + date(end);
    }

    /** « 3 h », « 4 h 30 », « 45 min ». */
    static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + "\u00a0min";
        }
        return h + "\u00a0h" + (m == 0 ? "" : String.format("\u00a0%02d", m));
    }

    public byte[] render(Certificates.Bundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(bundle.congress(), bundle.signatory(), bundle.certificates().get(0), out);
        return out.toByteArray();
    }

    public void render(Congress congress, Signatory signatory, Certificate c, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            PdfKit.describe(doc, TITLE + " – " + c.fullName(), congress.title);
            Writer w = new Writer(doc, PdfKit.font(doc, PdfKit.REGULAR), PdfKit.font(doc, PdfKit.BOLD));
            write(w, congress, signatory, c);
            w.close();
            if (doc.getNumberOfPages() > 1) {
                PdfKit.numberPages(doc, w.regular, 9, MARGIN);
            }
            doc.save(out, CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer w, Congress congress, Signatory signatory, Certificate c) throws IOException {
        ZoneId zone = Certificates.zone(congress);
        w.text(w.bold, 22, TITLE, 10);
        w.text(w.bold, 14, congress.title, 2);
        String where = congress.venue == null || congress.venue.isBlank() ? "" : congress.venue + ", ";
        w.text(w.regular, 11, where + period(congress.startDate, congress.endDate), 16);

        String person = c.fullName() + (c.organisation() == null || c.organisation().isBlank() ? ""
                : " (" + c.organisation() + ")");
        w.text(w.regular, 11, "Je soussigné(e), " + signatory.name + ", " + signatory.title + ", atteste que "
                + person + " a participé au congrès « " + congress.title + " » (" + where
                + period(congress.startDate, congress.endDate) + ").", 12);

        w.text(w.bold, 12, c.days().size() >= 2 ? "Jours de présence" : "Jour de présence", 4);
        w.text(w.regular, 11, c.days().stream().map(CertificatePdf::day).collect(Collectors.joining(", ")), 12);

        w.text(w.bold, 12, "Séances suivies", 4);
        if (c.sessions().isEmpty()) {
            w.text(w.regular, 11, "Présence enregistrée à l'accueil ; aucune séance n'a été scannée.", 8);
        }
        for (Certificate.Attended s : c.sessions()) {
            String when = s.start() == null ? "" : day(s.start().atZone(zone).toLocalDate()) + ", "
                    + HOUR.format(s.start().atZone(zone)) + (s.end() == null ? ""
                            : " – " + HOUR.format(s.end().atZone(zone))) + " · ";
            w.text(w.regular, 10, when + KINDS.getOrDefault(s.kind(), "Séance") + (s.counted() ? "" : " (non compté)"),
                    1);
            w.text(w.bold, 11, s.title() + (s.room() == null || s.room().isBlank() ? "" : " — " + s.room()), 6);
        }
        w.space(6);
        w.text(w.bold, 12, "Durée totale : " + hours(c.minutes()), 4);
        w.text(w.regular, 9, HOURS_RULE, 24);

        LocalDate today = Instant.now().atZone(zone).toLocalDate();
        w.keep(90);
        w.text(w.regular, 11, (signatory.city == null ? "Fait" : "Fait à " + signatory.city) + " le " + date(today)
                + ".", 18);
        w.text(w.bold, 11, signatory.name, 2);
        w.text(w.regular, 11, signatory.title, 2);
    }

    /** Lines from the top of the page down, a new page when the next block would not fit. */
    private static final class Writer {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream content;
        float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            page();
        }

        private void page() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code height} points are left above the bottom margin. */
        void keep(float height) throws IOException {
            if (y - height < MARGIN) {
                page();
            }
        }

        void space(float points) {
            y -= points;
        }

        void text(PDFont font, float size, String text, float after) throws IOException {
            List<String> lines = new ArrayList<>(PdfKit.wrap(font, size, text, WIDTH));
            float leading = size * 1.3f;
            for (String line : lines) {
                keep(leading);
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
            y -= after;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
