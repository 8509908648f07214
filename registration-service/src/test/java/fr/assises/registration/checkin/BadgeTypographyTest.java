package fr.assises.registration.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import fr.assises.registration.programme.Congress;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.settings.Category;
import io.quarkus.test.junit.QuarkusTest;

/** Badges print any Latin name as written, within the page, with the congress's dates, venue and typed code. */
@QuarkusTest
class BadgeTypographyTest {

    @Inject
    Badges badges;

    @Inject
    CheckinTokens tokens;

    static final String LONGEST_CATEGORY = "Professionnel·le du développement territorial et de la cohésion";

    @Test
    void namesOutsideWindows1252PrintWholeAndEveryTextStaysOnTheA6Page() throws IOException {
        Congress congress = congress();
        Registration r = registration(congress, "Łukasz", "Nguyễn-Exemple",
                "Syndicat mixte d'aménagement et de développement des Hautes-Vallées de l'Essai et du Ruisseau-Clair");
        byte[] pdf = badges.render(congress, List.of(r), Map.of("PRO", category(congress)));
        // kept for a look (pdftoppm -png target/badge-typography.pdf)
        java.nio.file.Files.write(java.nio.file.Path.of("target/badge-typography.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Łukasz", "Nguyễn-Exemple", LONGEST_CATEGORY, "Congrès de l'Essai 2027",
                    "du 30 juin au 2 juillet 2027 · Palais des congrès d'Essai", tokens.code(r))
                    .doesNotContain("?");
            assertThat(tokens.code(r)).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Badges – Congrès de l'Essai 2027");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
            assertThat(glyphsOutside(doc, page.getMediaBox().getWidth())).isEmpty();
        }
    }

    @Test
    void labelSheetsKeepLongTextsInsideTheirLabel() throws IOException {
        Congress congress = congress();
        List<Registration> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(registration(congress, "Marie-Françoise-Éléonore", "de La Tour d'Auvergne-Lauraguais " + i,
                    "Communauté d'agglomération du Grand Essai-sur-Loire et des Coteaux"));
        }
        var out = new java.io.ByteArrayOutputStream();
        badges.labels(congress, many, Map.of("PRO", category(congress)), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            float half = doc.getPage(0).getMediaBox().getWidth() / 2;
            List<String> crossing = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float start = p.getXDirAdj();
                        float end = start + p.getWidthDirAdj();
                        if (start < half && end > half - 1) crossing.add(text);
                    }
                }
            }.getText(doc);
            assertThat(crossing).as("texts of the left labels run into the right ones").isEmpty();
            assertThat(new PDFTextStripper().getText(doc)).contains("Marie-Françoise-Éléonore");
        }
    }

    private static List<String> glyphsOutside(PDDocument doc, float width) throws IOException {
        List<String> outside = new ArrayList<>();
        new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width) outside.add(text);
                }
            }
        }.getText(doc);
        return outside;
    }

    private static Congress congress() {
        Congress c = new Congress();
        c.id = UUID.randomUUID();
        c.title = "Congrès de l'Essai 2027";
        c.startDate = LocalDate.of(2027, 6, 30);
        c.endDate = LocalDate.of(2027, 7, 2);
        c.venue = "Palais des congrès d'Essai";
        return c;
    }

    private static Category category(Congress congress) {
        Category c = new Category();
        c.congressId = congress.id;
        c.code = "PRO";
        c.labelFr = LONGEST_CATEGORY;
        c.colour = "#1D4ED8";
        return c;
    }

    private static Registration registration(Congress congress, String first, String last, String organisation) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.congressId = congress.id;
        r.category = "PRO";
        r.firstName = first;
        r.lastName = last;
        r.organisation = organisation;
        r.checkinNonce = UUID.randomUUID().toString().replace("-", "");
        return r;
    }
}
