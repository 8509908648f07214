package fr.assises.registration.exports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ExportTest {

    static final String BASE = "/api/registration/congresses/{id}/manage/exports/";

    /** Three people: one vegetarian, one with a formula-looking organisation, one waiting for the congress. */
    static TestCongress congressWithPeople() {
        TestCongress congress = new TestCongress().total(2).meals(1)
                .freezeAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)).create();
        Map<String, Object> first = congress.registration();
        first.put("person", TestCongress.person("Annaïg", "Kervella"));
        Map<String, Object> second = congress.registration("ELU", congress.slot1Workshops.get(1), null);
        Map<String, Object> person = TestCongress.person("Gaspard", "Vasseur");
        person.put("organisation", "=HYPERLINK(\"http://exemple.test\")");
        person.put("dietaryNeeds", "Sans gluten");
        second.put("person", person);
        Map<String, Object> third = congress.registration();
        third.put("person", TestCongress.person("Maëlle", "Tanguy"));
        for (Map<String, Object> body : List.of(first, second, third)) {
            given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                    .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        }
        return congress;
    }

    static List<List<String>> parseCsv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvSchema.emptySchema().withColumnSeparator(';'))
                .readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    @Test
    void participantListCsvReadsBackWithFiltersAndNeutralisedFormulas() throws Exception {
        TestCongress congress = congressWithPeople();
        byte[] csv = given().auth().oauth2(congress.organiser).get(BASE + "participants.csv", congress.id)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(ExportService.PARTICIPANT_HEADER);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(ExportService.PARTICIPANT_HEADER.size()));
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(0)).containsExactly("Kervella", "Vasseur", "Tanguy");
        assertThat(rows.get(2).get(3)).startsWith("'=HYPERLINK");
        assertThat(rows.get(2).get(8)).as("decimal comma for French spreadsheets").isEqualTo("120,00");
        assertThat(rows.get(3).get(9)).isEqualTo("En liste d’attente");
        assertThat(rows.get(3).get(10)).isEqualTo("1");

        List<List<String>> waiting = parseCsv(given().auth().oauth2(congress.organiser)
                .queryParam("status", "WAITLISTED").get(BASE + "participants.csv", congress.id)
                .then().statusCode(200).extract().asByteArray());
        assertThat(waiting).hasSize(2);
        List<List<String>> workshop = parseCsv(given().auth().oauth2(congress.organiser)
                .queryParam("sessionId", congress.slot1Workshops.get(1))
                .get(BASE + "participants.csv", congress.id).then().statusCode(200).extract().asByteArray());
        assertThat(workshop).hasSize(2);
        assertThat(workshop.get(1).get(0)).isEqualTo("Vasseur");
    }

    @Test
    void cateringCountsPerMealWithDietsAndLateChanges() throws Exception {
        TestCongress congress = congressWithPeople();
        // after the freeze an organiser moves the first person to the second lunch: a late change for the caterer
        String first = given().auth().oauth2(congress.organiser).queryParam("q", "kervella")
                .get("/api/registration/congresses/{id}/manage/registrations", congress.id)
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("meals", List.of(congress.lunch1.toString(), congress.lunch2.toString())))
                .put("/api/registration/manage/registrations/{id}", first).then().statusCode(200);
        List<List<String>> rows = parseCsv(given().auth().oauth2(congress.organiser)
                .get(BASE + "catering.csv", congress.id).then().statusCode(200).extract().asByteArray());
        assertThat(rows.get(0)).isEqualTo(ExportService.CATERING_HEADER);
        List<String> lunch1 = rows.stream().filter(r -> r.get(0).equals("Déjeuner du 24 juin")).findFirst()
                .orElseThrow();
        List<String> lunch2 = rows.stream().filter(r -> r.get(0).equals("Déjeuner du 25 juin")).findFirst()
                .orElseThrow();
        // capacity 1: Kervella holds lunch 1, Vasseur waits for it
        assertThat(lunch1.subList(2, 7)).containsExactly("1", "1", "1", "1", "végétarien : 1");
        assertThat(lunch2.subList(2, 7)).containsExactly("1", "1", "0", "1", "végétarien : 1");
    }

    @Test
    void workbookHasParticipantsOneSheetPerWorkshopAndCatering() throws Exception {
        TestCongress congress = congressWithPeople();
        byte[] xlsx = given().auth().oauth2(congress.organiser).get(BASE + "participants.xlsx", congress.id)
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            Sheet participants = workbook.getSheet("Participants");
            assertThat(participants.getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(format.formatCellValue(participants.getRow(1).getCell(0))).isEqualTo("Kervella");
            assertThat(participants.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(180.0);
            Sheet atelierA2 = workbook.getSheet("Atelier A2");
            assertThat(atelierA2).isNotNull();
            List<String> names = new ArrayList<>();
            for (Row row : atelierA2) {
                names.add(format.formatCellValue(row.getCell(0)));
            }
            assertThat(names).containsExactly("Nom", "Vasseur");
            assertThat(workbook.getSheet("Restauration").getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2 + 6);
        }
    }

    @Test
    void exportsAreForOrganisersOnly() {
        TestCongress congress = new TestCongress().create();
        for (String file : List.of("participants.csv", "participants.xlsx", "catering.csv")) {
            given().get(BASE + file, congress.id).then().statusCode(401);
            given().auth().oauth2(TestTokens.participant()).get(BASE + file, congress.id).then().statusCode(403);
            given().auth().oauth2(TestTokens.partner()).get(BASE + file, congress.id).then().statusCode(403);
            given().auth().oauth2(congress.organiser).get(BASE + file, UUID.randomUUID()).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(congress.organiser).queryParam("status", "PAYE")
                .get(BASE + "participants.csv", congress.id).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
