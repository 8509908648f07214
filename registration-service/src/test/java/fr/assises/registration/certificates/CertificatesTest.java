package fr.assises.registration.certificates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.checkin.CheckinTokens;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.support.StatementCounter;
import fr.assises.registration.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Attendance certificates from the check-ins: exactly the sessions scanned for that person, the rule of when a
 * participant may download theirs, the refusals in words, PDF/A, and the organisers' archive at 300 people.
 */
@QuarkusTest
class CertificatesTest {

    static final String SIGNATORY = "/api/registration/congresses/{id}/manage/certificates/signatory";
    static final String MINE = "/api/registration/me/registrations/{id}/certificate";

    @Inject
    CheckinTokens tokens;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Certificates certificates;

    @Inject
    DataSource dataSource;

    record Person(String owner, String id) {
    }

    private static Person register(TestCongress congress, String first, String last, UUID workshop) {
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> body = congress.registration("PROFESSIONNEL", workshop, null);
        body.put("person", TestCongress.person(first, last));
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().path("id");
        return new Person(owner, id);
    }

    private void scan(TestCongress congress, Person p, Object checkpoint) {
        String token = QuarkusTransaction.requiringNew()
                .call(() -> tokens.issue(registrations.findById(UUID.fromString(p.id()))));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("token", token, "checkpoint", checkpoint.toString()))
                .post("/api/registration/congresses/{id}/check-ins", congress.id)
                .then().statusCode(200);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Attestation de présence");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ')
                    .replace('’', '\'');
        }
    }

    /** The titles of the sessions listed, each on the line that names its room. */
    private static List<String> sessions(String text) {
        return text.lines().filter(l -> l.contains(" — Salle ")).map(l -> l.substring(0, l.indexOf(" — "))).toList();
    }

    private static void assertPdfA(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("attestation", ".pdf");
        try {
            Files.write(file, pdf);
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
            assertThat(result.isValid()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The same congress as programme-service would send it again with its dates moved, version 2. */
    private static void moveDates(TestCongress congress, LocalDate start, LocalDate end) {
        Map<String, Object> data = new LinkedHashMap<>(congress.congressData(2));
        data.put("startDate", start.toString());
        data.put("endDate", end.toString());
        TestCongress.produce(List.of(TestCongress.record("fr.assises.programme.congress.changed.v1", congress.id,
                data)));
    }

    @Test
    void aCertificateListsExactlyTheSessionsScannedForThatPersonAndOnlyOnceTheCongressIsOver() throws Exception {
        TestCongress congress = new TestCongress().create();
        UUID a1 = congress.slot1Workshops.get(0);
        UUID a2 = congress.slot1Workshops.get(1);
        UUID b1 = congress.slot2Workshops.get(0);
        Person lukasz = register(congress, "Łukasz", "Nguyễn-Exemple", a1);
        Person other = register(congress, "Camille", "Martin", a2);
        Person absent = register(congress, "Hélène", "Absente", a1);
        // Łukasz: entrance, his workshop, and a workshop he had not chosen; not the lunch he had chosen
        scan(congress, lukasz, "ENTRANCE");
        scan(congress, lukasz, a1);
        scan(congress, lukasz, b1);
        scan(congress, other, "ENTRANCE");
        scan(congress, other, a2);
        scan(congress, other, congress.lunch1);

        // no signatory yet: nothing to sign with, said in words
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/registrations/{id}/certificate.pdf", lukasz.id())
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("pas encore désigné la personne qui signe"));
        given().auth().oauth2(congress.organiser).get(SIGNATORY, congress.id).then().statusCode(404)
                .contentType("application/problem+json");

        // the signatory: refused whole when a field is missing, by field, and nothing is kept
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "title", "x".repeat(201)))
                .put(SIGNATORY, congress.id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "title"));
        given().auth().oauth2(congress.organiser).get(SIGNATORY, congress.id).then().statusCode(404);
        Map<String, Object> signatory = Map.of("name", "Dominique Exemple-Signataire",
                "title", "Présidente du comité d'organisation", "city", "Essai-sur-Loire");
        given().auth().oauth2(lukasz.owner()).contentType(ContentType.JSON).body(signatory)
                .put(SIGNATORY, congress.id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(signatory).put(SIGNATORY, congress.id).then().statusCode(401);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(signatory)
                .put(SIGNATORY, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(signatory)
                .put(SIGNATORY, congress.id).then().statusCode(200).body("name", equalTo("Dominique Exemple-Signataire"));
        given().auth().oauth2(congress.organiser).get(SIGNATORY, congress.id).then().statusCode(200)
                .body("title", equalTo("Présidente du comité d'organisation")).body("city", equalTo("Essai-sur-Loire"));

        // organisers: any time after the first check-in
        byte[] pdf = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/registrations/{id}/certificate.pdf", lukasz.id())
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attestation-nguyen-exemple-lukasz-"))
                .extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Attestation de présence", "Łukasz Nguyễn-Exemple", "Congrès d'essai",
                "Centre des congrès d'Essai-sur-Loire", "du 24 au 25 juin 2027", "Atelier A1", "Atelier B1",
                "jeudi 24 juin 2027, 10 h 00 – 11 h 30", "Durée totale : 3 h", "Fait à Essai-sur-Loire le",
                "Dominique Exemple-Signataire", "Présidente du comité d'organisation",
                "Les heures sont la somme des durées prévues au programme");
        // not what he chose without being scanned, not another person's sessions, no plenary without a point
        assertThat(text).doesNotContain("Atelier A2", "Déjeuner du 24 juin", "Plénière d'ouverture", "Martin",
                "Page 1 sur");
        assertThat(sessions(text)).containsExactly("Atelier A1", "Atelier B1");
        assertPdfA(pdf);
        String others = text(given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/registrations/{id}/certificate.pdf", other.id())
                .then().statusCode(200).extract().asByteArray());
        assertThat(others).contains("Camille Martin", "Atelier A2", "Déjeuner du 24 juin", "Repas (non compté)",
                "Durée totale : 1 h 30").doesNotContain("Łukasz");
        assertThat(sessions(others)).containsExactly("Atelier A2", "Déjeuner du 24 juin");
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/registrations/{id}/certificate.pdf", absent.id())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Aucun passage n'a été enregistré à l'accueil pour votre inscription"));

        // participants: not before the day after the last day, said in words with that date
        given().auth().oauth2(lukasz.owner()).get(MINE, lukasz.id()).then().statusCode(200)
                .body("available", equalTo(false)).body("code", equalTo("NOT_OVER"))
                .body("availableFrom", equalTo("2027-06-26"))
                .body("reason", containsString("à partir du 26 juin 2027"));
        given().auth().oauth2(lukasz.owner()).get(MINE + ".pdf", lukasz.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("après la fin du congrès"));
        assertThat(Certificates.over(congressOn(LocalDate.of(2027, 6, 25)),
                Instant.parse("2027-06-25T21:59:59Z"))).isFalse(); // 23:59:59 in Paris, still the last day
        assertThat(Certificates.over(congressOn(LocalDate.of(2027, 6, 25)),
                Instant.parse("2027-06-25T22:00:00Z"))).isTrue(); // midnight in Paris

        // the same congress, now in the past
        moveDates(congress, LocalDate.now().minusDays(3), LocalDate.now().minusDays(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(lukasz.owner())
                .get(MINE, lukasz.id()).jsonPath().getBoolean("available"));
        given().auth().oauth2(lukasz.owner()).get(MINE, lukasz.id()).then().body("reason", nullValue());
        String mine = text(given().auth().oauth2(lukasz.owner()).get(MINE + ".pdf", lukasz.id())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(mine).contains("Łukasz Nguyễn-Exemple");
        assertThat(sessions(mine)).containsExactly("Atelier A1", "Atelier B1");
        // someone else's registration does not exist for him; no check-in, no certificate, and why
        given().auth().oauth2(lukasz.owner()).get(MINE + ".pdf", other.id()).then().statusCode(404);
        given().auth().oauth2(lukasz.owner()).get(MINE, other.id()).then().statusCode(404);
        given().auth().oauth2(absent.owner()).get(MINE, absent.id()).then().statusCode(200)
                .body("available", equalTo(false)).body("code", equalTo("NO_CHECKIN"))
                .body("reason", containsString("Aucun passage n'a été enregistré à l'accueil pour votre inscription"));
        given().auth().oauth2(absent.owner()).get(MINE + ".pdf", absent.id()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Aucun passage"));
        given().auth().oauth2(congress.organiser).get(MINE, lukasz.id()).then().statusCode(403);

        given().auth().oauth2(congress.organiser).get("/api/registration/congresses/{id}/manage/certificates",
                congress.id).then().statusCode(200).body("confirmed", equalTo(3)).body("certificates", equalTo(2))
                .body("withoutCheckIn", equalTo(1)).body("availableToParticipants", equalTo(true))
                .body("signatory.name", equalTo("Dominique Exemple-Signataire"));
        given().auth().oauth2(TestTokens.partner()).get("/api/registration/congresses/{id}/manage/certificates",
                congress.id).then().statusCode(403);
    }

    private static fr.assises.registration.programme.Congress congressOn(LocalDate end) {
        fr.assises.registration.programme.Congress c = new fr.assises.registration.programme.Congress();
        c.endDate = end;
        c.timeZone = "Europe/Paris";
        return c;
    }

    @Test
    void theArchiveHoldsExactlyTheCheckedInPeopleInAFixedNumberOfStatements() throws Exception {
        TestCongress small = new TestCongress().total(1000).create();
        TestCongress large = new TestCongress().total(1000).create();
        Set<String> smallIn = seed(small, 30, 5);
        Set<String> largeIn = seed(large, 300, 20);
        for (TestCongress c : List.of(small, large)) {
            given().auth().oauth2(c.organiser).contentType(ContentType.JSON)
                    .body(Map.of("name", "Dominique Exemple", "title", "Président")).put(SIGNATORY, c.id)
                    .then().statusCode(200);
        }
        StatementCounter.count(() -> certificates.congress(small.id)); // warm-up
        int atThirty = StatementCounter.count(() -> certificates.congress(small.id)).statements();
        StatementCounter.Counted<Certificates.Bundle> atThreeHundred =
                StatementCounter.count(() -> certificates.congress(large.id));
        assertThat(atThreeHundred.statements()).isEqualTo(atThirty).isLessThanOrEqualTo(4);
        assertThat(atThreeHundred.result().certificates()).hasSize(300);

        long start = System.nanoTime();
        byte[] zip = given().auth().oauth2(large.organiser)
                .get("/api/registration/congresses/{id}/manage/certificates.zip", large.id)
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("attestations-de-presence.zip"))
                .extract().asByteArray();
        System.out.printf("CERTIFICATES 300 PDF in a ZIP: %d ms, %d kB%n", (System.nanoTime() - start) / 1_000_000,
                zip.length / 1024);
        List<String> names = new ArrayList<>();
        String sample = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] file = in.readAllBytes();
                if (sample == null) {
                    sample = text(file);
                }
            }
        }
        assertThat(names).hasSize(300).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("attestation-participant-\\d+-camille-[0-9a-f]{8}\\.pdf"));
        Set<String> ids = new HashSet<>();
        names.forEach(n -> ids.add(n.substring(n.length() - 12, n.length() - 4)));
        assertThat(ids).isEqualTo(largeIn);
        assertThat(sample).contains("Attestation de présence", "Camille Participant-", "Atelier A");

        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString()))
                .get("/api/registration/congresses/{id}/manage/certificates.zip", large.id).then().statusCode(403);
        TestCongress nobody = new TestCongress().create();
        given().auth().oauth2(nobody.organiser).contentType(ContentType.JSON)
                .body(Map.of("name", "Dominique Exemple", "title", "Président")).put(SIGNATORY, nobody.id)
                .then().statusCode(200);
        given().auth().oauth2(nobody.organiser)
                .get("/api/registration/congresses/{id}/manage/certificates.zip", nobody.id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("personne n'a encore été enregistré"));
        assertThat(smallIn).hasSize(30);
    }

    /**
     * {@code in} confirmed people checked in at the entrance (every third also at a workshop, every fifth at lunch),
     * {@code out} confirmed people never scanned, and as many cancelled people scanned before they cancelled.
     * Answers the first eight characters of the ids of those checked in.
     */
    private Set<String> seed(TestCongress congress, int in, int out) throws SQLException {
        Set<String> checkedIn = new HashSet<>();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement r = c.prepareStatement("""
                        insert into registration (id, congress_id, participant_id, status, category, fee_cents, days,
                            language, first_name, last_name, email, organisation, source, checkin_nonce, created_at,
                            updated_at, version, checked_in_at)
                        values (?, ?, ?, ?, 'PROFESSIONNEL', 18000, ?, 'fr', 'Camille', ?, ?, 'Commune de Fictiveville',
                            'SELF', ?, ?, ?, 0, ?)""");
                PreparedStatement k = c.prepareStatement(
                        "insert into checkin (registration_id, checkpoint, checked_in_at) values (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int n = 0; n < in + 2 * out; n++) {
                UUID id = UUID.randomUUID();
                boolean scanned = n < in || n >= in + out;
                r.setObject(1, id);
                r.setObject(2, congress.id);
                r.setString(3, UUID.randomUUID().toString());
                r.setString(4, n >= in + out ? "CANCELLED" : "CONFIRMED");
                r.setString(5, TestCongress.DAY1 + "," + TestCongress.DAY2);
                r.setString(6, "Participant-" + n);
                r.setString(7, "personne" + n + "@exemple.test");
                r.setString(8, "nonce" + n);
                r.setTimestamp(9, Timestamp.from(now));
                r.setTimestamp(10, Timestamp.from(now));
                r.setTimestamp(11, scanned ? Timestamp.from(now) : null);
                r.addBatch();
                if (scanned) {
                    if (n < in) {
                        checkedIn.add(id.toString().substring(0, 8));
                    }
                    List<String> points = new ArrayList<>(List.of("ENTRANCE"));
                    if (n % 3 == 0) {
                        points.add(congress.slot1Workshops.get(n % congress.slot1Workshops.size()).toString());
                    }
                    if (n % 5 == 0) {
                        points.add(congress.lunch1.toString());
                    }
                    for (String point : points) {
                        k.setObject(1, id);
                        k.setString(2, point);
                        k.setTimestamp(3, Timestamp.from(now));
                        k.addBatch();
                    }
                }
            }
            r.executeBatch();
            k.executeBatch();
            c.commit();
            c.setAutoCommit(true);
        }
        return checkedIn;
    }
}
