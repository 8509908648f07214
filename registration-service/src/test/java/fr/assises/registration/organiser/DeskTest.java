package fr.assises.registration.organiser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** The registration desk: accent-free search, import preview and de-duplication, invitations and claiming. */
@QuarkusTest
class DeskTest {

    static final String SEARCH = "/api/registration/congresses/{id}/manage/registrations";
    static final String IMPORT = "/api/registration/congresses/{id}/manage/imports";
    static final String HEADER = "nom;prenom;email;categorie;jours;organisation;type_territoire\n";

    @Inject
    DataSource dataSource;

    @Test
    void searchIgnoresAccentsAndCaseEverywhereTheFilterIsUsed() throws Exception {
        TestCongress c = new TestCongress().create();
        for (String[] who : List.of(new String[] { "Hélène", "Lefèvre" }, new String[] { "Zoé", "Œillet" },
                new String[] { "Marc", "Lefranc" })) {
            Map<String, Object> body = c.registration();
            body.put("person", TestCongress.person(who[0], who[1]));
            given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                    .post("/api/registration/congresses/{id}/registrations", c.id).then().statusCode(201);
        }
        for (String q : List.of("lefevre", "LEFEVRE", "Lefèvre", "helene lefevre", "LEFÈVRE hélène", "efev")) {
            given().auth().oauth2(c.organiser).queryParam("q", q).get(SEARCH, c.id).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].person.lastName", equalTo("Lefèvre"));
        }
        given().auth().oauth2(c.organiser).queryParam("q", "oeillet").get(SEARCH, c.id).then()
                .body("items.person.lastName", contains("Œillet"));
        given().auth().oauth2(c.organiser).queryParam("q", "lefevre marc").get(SEARCH, c.id).then()
                .body("total", equalTo(0));
        given().auth().oauth2(c.organiser).queryParam("q", "100%_").get(SEARCH, c.id).then()
                .body("total", equalTo(0));
        String csv = given().auth().oauth2(c.organiser).queryParam("q", "LEFEVRE")
                .get("/api/registration/congresses/{id}/manage/exports/participants.csv", c.id).then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("Lefèvre").doesNotContain("Lefranc");
        given().auth().oauth2(c.organiser).contentType(ContentType.JSON)
                .body(Map.of("subject", "Votre atelier", "text", "Bonjour", "q", "lefevre"))
                .post("/api/registration/congresses/{id}/manage/mailings", c.id).then().statusCode(200);
        assertThat(count("select count(*) from mail_outbox o join registration r on r.id = o.registration_id"
                + " where r.congress_id = ? and o.kind = 'MESSAGE'", c.id)).isEqualTo(1);
    }

    @Test
    void aPreviewSavesNothingAndTheSameFileTwiceCreatesNothingTheSecondTime() throws Exception {
        TestCongress c = new TestCongress().create();
        String csv = HEADER + "Quéré;Maëlys;m.quere@exemple.test;ELU;2027-06-24;Mairie d’Essai;commune\n"
                + "Rivière;Noé;n.riviere@exemple.test;PROFESSIONNEL;24/06/2027|25/06/2027;Pays d’Essai;pays\n"
                + "Quéré;Maëlys;M.Quere@Exemple.test;ELU;2027-06-24;Mairie d’Essai;commune\n";
        given().auth().oauth2(c.organiser).contentType("text/csv; charset=UTF-8").queryParam("dryRun", true).body(csv)
                .post(IMPORT, c.id).then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(2))
                .body("lines.lastName", contains("Quéré", "Rivière")).body("lines.registrationId", contains(null, null))
                .body("skipped.line", contains(4));
        given().auth().oauth2(c.organiser).get(SEARCH, c.id).then().body("total", equalTo(0));
        assertThat(count("select count(*) from mail_outbox o join registration r on r.id = o.registration_id"
                + " where r.congress_id = ?", c.id)).isZero();

        given().auth().oauth2(c.organiser).contentType("text/csv; charset=UTF-8").body(csv).post(IMPORT, c.id).then()
                .statusCode(201).body("created", equalTo(2)).body("lines.status", contains("CONFIRMED", "CONFIRMED"));
        assertThat(count("select count(*) from mail_outbox o join registration r on r.id = o.registration_id"
                + " where r.congress_id = ? and o.kind = 'INVITATION'", c.id)).isEqualTo(2);

        given().auth().oauth2(c.organiser).contentType("text/csv; charset=UTF-8").body(csv).post(IMPORT, c.id).then()
                .statusCode(200).body("created", equalTo(0)).body("lines", empty())
                .body("skipped.line", contains(2, 3, 4))
                .body("skipped[0].reason", containsString("Déjà inscrit(e)"));
        given().auth().oauth2(c.organiser).get(SEARCH, c.id).then().body("total", equalTo(2));
    }

    @Test
    void anExcelFileImportsLikeACsvOne() throws Exception {
        TestCongress c = new TestCongress().create();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Invités");
            String[][] cells = { { "nom", "prenom", "email", "categorie", "jours", "organisation", "type_territoire" },
                    { "Salaün", "Ewen", "e.salaun@exemple.test", "ELU", "2027-06-25", "Mairie d’Essai", "commune" },
                    { "Tessier", "Inès", "pas-une-adresse", "ELU", "2027-06-25", "Mairie d’Essai", "commune" } };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int k = 0; k < cells[r].length; k++) {
                    row.createCell(k).setCellValue(cells[r][k]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        given().auth().oauth2(c.organiser)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .queryParam("dryRun", true).post(IMPORT, c.id).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("ligne 3 : colonne email"));
        given().auth().oauth2(c.organiser)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body("pas un classeur".getBytes(StandardCharsets.UTF_8)).post(IMPORT, c.id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(c.organiser).get(SEARCH, c.id).then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.participant())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .post(IMPORT, c.id).then().statusCode(403);
    }

    @Test
    void aPersonAddedByHandIsInvitedAndClaimsTheRegistrationWithAVerifiedEmail() throws Exception {
        TestCongress c = new TestCongress().create();
        Map<String, Object> body = c.registration();
        body.put("person", TestCongress.person("Gwenola", "Ropars"));
        String email = (String) ((Map<?, ?>) body.get("person")).get("email");
        String id = given().auth().oauth2(c.organiser).contentType(ContentType.JSON).body(body).post(SEARCH, c.id)
                .then().statusCode(201).extract().path("id");
        assertThat(count("select count(*) from mail_outbox where registration_id = ? and kind = 'INVITATION'",
                UUID.fromString(id))).isEqualTo(1);

        String subject = UUID.randomUUID().toString();
        // no verification link is sent by the local realm: the refusal says what to do instead
        given().auth().oauth2(token(subject, email, false)).post("/api/registration/me/claims").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("Demandez au comité d’organisation de faire vérifier"))
                .body("detail", not(containsString("lien")));
        given().auth().oauth2(token(subject, "autre@exemple.test", true)).post("/api/registration/me/claims")
                .then().statusCode(200).body("registrationIds", empty());
        given().auth().oauth2(token(subject, email.toUpperCase(), true)).post("/api/registration/me/claims")
                .then().statusCode(200).body("registrationIds", contains(id));
        given().auth().oauth2(TestTokens.participant(subject)).get("/api/registration/me/registrations").then()
                .statusCode(200).body("id", hasItem(id));
        // claimed once: somebody else with the same address later gets nothing
        given().auth().oauth2(token(UUID.randomUUID().toString(), email, true)).post("/api/registration/me/claims")
                .then().statusCode(200).body("registrationIds", empty());
        given().auth().oauth2(c.organiser).post("/api/registration/me/claims").then().statusCode(403);
    }

    @Test
    void theCommitteeCancelsWithAReasonKeptForOrganisersOnly() {
        TestCongress c = new TestCongress().create();
        String id = given().auth().oauth2(c.organiser).contentType(ContentType.JSON).body(c.registration())
                .post(SEARCH, c.id).then().statusCode(201).extract().path("id");
        String path = "/api/registration/manage/registrations/{id}";
        given().auth().oauth2(c.organiser).queryParam("reason", "x".repeat(501)).delete(path, id).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(c.organiser).get(path, id).then().body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(TestTokens.participant()).queryParam("reason", "Doublon").delete(path, id).then()
                .statusCode(403);
        given().auth().oauth2(c.organiser).queryParam("reason", "Doublon avec l’inscription de la mairie")
                .delete(path, id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(c.organiser).get(path + "/cancel-reason", id).then().statusCode(200)
                .body("reason", equalTo("Doublon avec l’inscription de la mairie"));
        given().auth().oauth2(TestTokens.partner()).get(path + "/cancel-reason", id).then().statusCode(403);
        given().auth().oauth2(c.organiser).get(path + "/cancel-reason", UUID.randomUUID()).then().statusCode(404)
                .body("reason", nullValue());
    }

    private long count(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String token(String subject, String email, boolean verified) throws Exception {
        String pem;
        try (InputStream in = DeskTest.class.getClassLoader().getResourceAsStream("assises-test-private.pem")) {
            pem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Jwt.issuer(TestTokens.ISSUER).subject(subject).claim("preferred_username", subject)
                .claim("email", email).claim("email_verified", verified)
                .claim("realm_access", Map.of("roles", List.of("participant"))).groups("participant")
                .expiresIn(3600).sign(KeyUtils.decodePrivateKey(pem));
    }
}
