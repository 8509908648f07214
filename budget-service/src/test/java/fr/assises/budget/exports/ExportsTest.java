package fr.assises.budget.exports;

import static fr.assises.budget.Fixtures.addFunder;
import static fr.assises.budget.Fixtures.addLine;
import static fr.assises.budget.Fixtures.as;
import static fr.assises.budget.Fixtures.createBudget;
import static fr.assises.budget.Fixtures.fixed;
import static fr.assises.budget.Fixtures.organiser;
import static fr.assises.budget.Fixtures.subsidy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** CSV and XLSX read back by standard readers, PDF text extracted, JSON summary for partners, roles. */
@QuarkusTest
class ExportsTest {

    private static final String AGENCY = "Agence (fictive) de la cohésion des territoires";

    private record Budget(UUID congressId, String budgetId) {
    }

    /** Charges 1 000 € + in kind 5 000 €; produits 600 € of fees + 400 € from the État + 5 000 € in kind. */
    private static Budget balancedBudget() {
        UUID congressId = UUID.randomUUID();
        String budgetId = createBudget(congressId);
        addLine(budgetId, fixed("606", "Fournitures; papeterie \"éco\"", "1000.00"));
        addLine(budgetId, fixed("706", "Inscriptions forfaitaires", "600.00"));
        String funderId = addFunder(budgetId, "ETAT", "État", AGENCY, "400.00");
        subsidy(budgetId, funderId, "400.00");
        addLine(budgetId, fixed("861", "Amphithéâtre mis à disposition", "5000.00"));
        addLine(budgetId, fixed("871", "Amphithéâtre prêté par l'établissement d'accueil", "5000.00"));
        return new Budget(congressId, budgetId);
    }

    private static byte[] download(String budgetId, String file) {
        return organiser().when().get("/api/budget/budgets/" + budgetId + "/" + file)
                .then().statusCode(200).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
    }

    @Test
    void csvIsReadBackByAStandardReader() throws IOException {
        Budget budget = balancedBudget();
        String text = new String(download(budget.budgetId(), "export.csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        // read by French spreadsheets as numbers, and by people as words: no decimal point, no internal code
        assertThat(text).doesNotContainPattern("\\d\\.\\d").doesNotContainPattern("\\b(LINE|GROUP|SECTION|TOTAL|DRAFT|SUBMITTED)\\b");
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(text.substring(1))) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Type")).isEqualTo("Ligne");
            assertThat(r.get("Intitulé")).isEqualTo("Fournitures; papeterie \"éco\"");
            assertThat(r.get("Compte")).isEqualTo("606");
            assertThat(r.get("Montant (EUR)")).isEqualTo("1000,00");
            assertThat(r.get("Formule")).contains("1 000,00 €");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Financeur")).isEqualTo("État – " + AGENCY);
            assertThat(r.get("Montant (EUR)")).isEqualTo("400,00");
        });
        assertThat(value(rows, "Total des charges (60 à 68)")).isEqualTo("1000,00");
        assertThat(value(rows, "Total des produits (70 à 78)")).isEqualTo("1000,00");
        assertThat(value(rows, "Total des charges")).isEqualTo("6000,00");
        assertThat(value(rows, "Total des produits")).isEqualTo("6000,00");
        assertThat(value(rows, "Solde (produits − charges)")).isEqualTo("0,00");
        assertThat(rows).extracting(r -> r.get("Type")).containsOnly("Section", "Compte", "Ligne", "Total");
    }

    private static String value(List<Map<String, String>> rows, String label) {
        return rows.stream().filter(r -> r.get("Type").equals("Total") && r.get("Intitulé").equals(label))
                .map(r -> r.get("Montant (EUR)")).findFirst().orElseThrow();
    }

    @Test
    void xlsxIsReadBackByApachePoi() throws IOException {
        Budget budget = balancedBudget();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(budget.budgetId(), "export.xlsx")))) {
            Sheet sheet = workbook.getSheet("Budget prévisionnel");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("« Version initiale » (brouillon)");
            for (Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    // account numbers (column C) are codes, kept as text; figures are numbers
                    if (cell.getCellType() == CellType.STRING && cell.getColumnIndex() != 2) {
                        assertThat(cell.getStringCellValue()).doesNotContainPattern("^-?\\d+([.,]\\d+)?$")
                                .doesNotContainPattern("\\b(LINE|GROUP|SECTION|TOTAL|DRAFT|SUBMITTED)\\b");
                    }
                }
            }
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Montant (EUR)");
            assertThat(amount(sheet, "Total des charges")).isEqualTo(6000.0);
            assertThat(amount(sheet, "Total des produits")).isEqualTo(6000.0);
            assertThat(amount(sheet, "Solde (produits − charges)")).isEqualTo(0.0);
            assertThat(amount(sheet, "Inscriptions forfaitaires")).isEqualTo(600.0);
            assertThat(amount(sheet, "Subventions d'exploitation")).isEqualTo(400.0);
            Sheet scenarios = workbook.getSheet("Scénarios");
            assertThat(scenarios.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bas");
            assertThat(scenarios.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(350.0);
            assertThat(scenarios.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(600.0);
            assertThat(scenarios.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(0.0);
            assertThat(scenarios.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Seuil d'équilibre");
        }
    }

    private static double amount(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(3) != null && row.getCell(3).getCellType() == CellType.STRING
                    && row.getCell(3).getStringCellValue().equals(label)) {
                return row.getCell(6).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void pdfHasTheFormLayoutAndItsTotals() throws IOException {
        Budget budget = balancedBudget();
        String longLabel = "Location du Palais des congrès, de ses salles de sous-commission et de l'espace "
                + "d'exposition pour le forum des initiatives territoriales, nettoyage et gardiennage compris";
        addLine(budget.budgetId(), fixed("613", longLabel, "0.00"));
        addLine(budget.budgetId(), fixed("625", "Déplacements de Łukasz Nguyễn-Exemple", "0.00"));
        organiser().when().post("/api/budget/budgets/" + budget.budgetId() + "/submit").then().statusCode(200);
        byte[] pdf = organiser().when().get("/api/budget/budgets/" + budget.budgetId() + "/export.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(text).contains("Budget prévisionnel de l’action", "Version 1 «\u00a0Version initiale\u00a0»",
                    "soumise le", "CHARGES", "60", "Achats", "PRODUITS", "74", "Subventions d’exploitation",
                    "État – Agence (fictive)", "CONTRIBUTIONS VOLONTAIRES EN NATURE", "Amphithéâtre mis à disposition",
                    "Total des charges (60 à 68)", "Total des produits (70 à 78)", "1\u202f000,00\u00a0€",
                    "Total des charges", "Total des produits", "6\u202f000,00\u00a0€",
                    "Solde (produits − charges)\u00a0: 0,00\u00a0€", "Budget équilibré", "Page 1 sur 1",
                    "500 participants sur 2 jours")
                    .doesNotContain("…", "?");
            // wrapped on as many lines as it takes, never cut; any Latin name as written
            assertThat(flat).contains(longLabel.replace('\'', '’'), "Déplacements de Łukasz Nguyễn-Exemple");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Budget prévisionnel – version 1 « Version initiale »");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
                }
            }
        }
        assertPdfA(pdf);
    }

    /** PDF/A-1b as PDFBox's preflight checks it: embedded fonts, XMP metadata matching the document, output intent. */
    static void assertPdfA(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("budget", ".pdf");
        try {
            Files.write(file, pdf);
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
            assertThat(result.isValid()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void summaryGivesPartnersAggregatesOnly() {
        Budget budget = balancedBudget();
        String body = as(TestTokens.partner()).when().get("/api/budget/congresses/" + budget.congressId() + "/summary")
                .then().statusCode(200)
                .body("budgetId", is(budget.budgetId()))
                .body("charges.find { it.code == '60' }.provisionalCents", is(100000))
                .body("charges.find { it.code == '60' }.label", is("Achats"))
                .body("charges.find { it.code == '60' }.labelEn", is("Purchases"))
                .body("produits.find { it.code == '74' }.provisionalCents", is(40000))
                .body("produits.find { it.code == '74' }.labelEn", is("Operating grants"))
                .body("inKind.code", contains("86", "87"))
                .body("funders[0].name", is("État"))
                .body("funders[0].provisionalCents", is(40000))
                .body("funders[0].coFinancingRate", is("6,67 %"))
                .body("totals.balanceCents", is(0))
                .body("actual.participantsHypothesis", is(500))
                .body("actual.participantsConfirmed", is(0))
                .body("scenarios.participants", contains(350, 500, 600))
                .extract().asString();
        assertThat(body).doesNotContain("\"lines\"", "formula", "createdBy", "submittedBy", "actor");
        organiser().when().get("/api/budget/congresses/" + UUID.randomUUID() + "/summary")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void exportsNeedABudgetVersionAndARole() {
        Budget budget = balancedBudget();
        organiser().queryParam("version", 7).when().get("/api/budget/budgets/" + budget.budgetId() + "/export.csv")
                .then().statusCode(404).contentType("application/problem+json");
        organiser().queryParam("version", "deux").when().get("/api/budget/budgets/" + budget.budgetId() + "/export.xlsx")
                .then().statusCode(400).contentType("application/problem+json");
        organiser().when().get("/api/budget/budgets/" + UUID.randomUUID() + "/export.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        for (String file : List.of("export.csv", "export.xlsx", "export.pdf")) {
            as(TestTokens.partner()).when().get("/api/budget/budgets/" + budget.budgetId() + "/" + file).then().statusCode(200);
            as(TestTokens.participant()).when().get("/api/budget/budgets/" + budget.budgetId() + "/" + file)
                    .then().statusCode(403).contentType("application/problem+json");
            given().when().get("/api/budget/budgets/" + budget.budgetId() + "/" + file).then().statusCode(401);
        }
        as(TestTokens.participant()).when().get("/api/budget/congresses/" + budget.congressId() + "/summary")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
