package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;

import io.quarkus.test.junit.QuarkusTest;

/** CSV, XLSX and PDF exports, read back. */
@QuarkusTest
class ExportTest {

    private final String organiser = TestTokens.organiser();

    @Test
    void csvXlsxAndPdfExportsReadBackWithoutAnythingPersonal() throws Exception {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Respondent r = new Respondent(congress, "PROFESSIONNEL");
            people.add(r.participantId);
            Map<String, Object> answers = r.full();
            if (i == 0) {
                answers.put("comment", "=1+1; \"vraiment\"");
            }
            r.answer(r.token(), answers).statusCode(200);
        }
        Respondent alone = new Respondent(congress, "ELU");
        people.add(alone.participantId);
        alone.answer(alone.token(), Respondent.minimal()).statusCode(200);
        Questionnaires.close(organiser, id);

        byte[] csvBytes = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/responses.csv", id)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertThat(rows).hasSize(7);
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 4)).containsExactly("Réponse", "Canal", "Question role", "Question details");
        assertThat(header).contains("Question debates (situation)", "Question debates (satisfaisant)",
                "Question threec (conserver)");
        // a row leaves out what registrations could match: no category, no rating of the sessions one attended
        assertThat(header).doesNotContain("Catégorie").noneMatch(h -> h.startsWith("Question sessions"));
        int comment = header.indexOf("Question comment");
        assertThat(rows.subList(1, 7).stream().map(r -> r.get(comment)))
                .contains("Très utile pour mon territoire.", "'=1+1; \"vraiment\"", "");
        int overall = header.indexOf("Question overall");
        assertThat(rows.subList(1, 7).stream().map(r -> r.get(overall)))
                .contains("4 – Très satisfaisant", "3 – Plutôt satisfaisant");
        people.forEach(p -> assertThat(csv).doesNotContain(p));

        byte[] xlsx = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/responses.xlsx", id)
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Réponses");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            List<String> xlsxHeader = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> xlsxHeader.add(cell.getStringCellValue()));
            assertThat(xlsxHeader).isEqualTo(header);
            Row first = sheet.getRow(1);
            // numbers are numbers of the spreadsheet, not texts that look like numbers
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            int years = header.indexOf("Question years");
            List<org.apache.poi.ss.usermodel.Cell> given = new ArrayList<>();
            for (int r = 1; r <= 6; r++) {
                if (sheet.getRow(r).getCell(years) != null) {
                    given.add(sheet.getRow(r).getCell(years));
                }
            }
            assertThat(given).hasSize(5).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).isEqualTo(7.0);
            });
        }

        byte[] pdf = given().auth().oauth2(organiser).when()
                .get("/api/evaluation/questionnaires/{id}/report.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Enquête de satisfaction", "6 réponses publiées pour 6 participants présents",
                    "taux de réponse 100\u202f%", "Question overall", "Très satisfaisant", "Plénière d’ouverture",
                    "Les ateliers courts", "5 contributions", "Page 1 sur ");
            assertThat(text).doesNotContain("...", "100.0", "100,0");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Rapport de résultats – Enquête de satisfaction");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
                }
            }
            people.forEach(p -> assertThat(text).doesNotContain(p));
        }
        // the partners' report: the same aggregates, nothing anyone wrote
        byte[] partners = given().auth().oauth2(TestTokens.partner()).when()
                .get("/api/evaluation/questionnaires/{id}/report.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(partners)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("6 réponses publiées pour 6 participants présents", "Très satisfaisant",
                    "5 contributions");
            assertThat(text).doesNotContain("Les ateliers courts", "Très utile pour mon territoire");
        }
    }

    @Test
    void noIndividualExportUnderFiveResponsesButTheReportStillHidesDetails() throws Exception {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        Respondent r = new Respondent(congress, "ELU");
        r.answer(r.token(), r.full()).statusCode(200);
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/responses.csv", id)
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/responses.xlsx", id)
                .then().statusCode(422);
        byte[] pdf = given().auth().oauth2(organiser).when().get("/api/evaluation/questionnaires/{id}/report.pdf", id)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Moins de 5 réponses\u00a0: pas de détail.").doesNotContain("Très utile");
        }
    }

    @Test
    void individualExportsAreForOrganisersAndTheReportAlsoForPartners() {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.published(organiser, congress.id);
        given().auth().oauth2(TestTokens.partner()).when().get("/api/evaluation/questionnaires/{id}/responses.csv", id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when()
                .get("/api/evaluation/questionnaires/{id}/responses.xlsx", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).when()
                .get("/api/evaluation/questionnaires/{id}/report.pdf", id).then().statusCode(403);
        given().when().get("/api/evaluation/questionnaires/{id}/report.pdf", id).then().statusCode(401);
    }

    private static List<List<String>> parseCsv(String text) throws IOException {
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvSchema.emptySchema().withColumnSeparator(';'))
                .readValues(text)) {
            return rows.readAll();
        }
    }
}
