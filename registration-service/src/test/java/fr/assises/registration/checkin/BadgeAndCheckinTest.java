package fr.assises.registration.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class BadgeAndCheckinTest {

    static String register(String token, TestCongress congress, String last) {
        Map<String, Object> body = congress.registration();
        body.put("person", TestCongress.person("Élodie", last));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
    }

    static String qrToken(byte[] pdf) throws IOException, ReaderException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> codes = qrCodes(doc, 0);
            assertThat(codes).hasSize(1);
            return codes.get(0);
        }
    }

    /**
     * The QR codes a badge page carries, each decoded from the image embedded in the PDF. Decoding the whole
     * rendered page with ZXing's detector (TRY_HARDER) missed a clean code now and then, failing the suite; the
     * embedded image is the exact code a printer receives.
     */
    static List<String> qrCodes(PDDocument doc, int pageIndex) throws IOException, ReaderException {
        List<String> codes = new ArrayList<>();
        PDResources resources = doc.getPage(pageIndex).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                codes.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(image.getImage()))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText());
            }
        }
        return codes;
    }

    static Response checkIn(String token, UUID congressId, String badgeToken) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("token", badgeToken))
                .post("/api/registration/congresses/{id}/check-ins", congressId);
    }

    @Test
    void badgeQrCodeChecksInOnceThenAnswersAlreadyCheckedIn() throws Exception {
        TestCongress congress = new TestCongress().create();
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(owner, congress, "Berthelot");
        byte[] pdf = given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}/badge.pdf", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Élodie", "Berthelot", "Professionnel",
                    "Congrès d'essai");
        }
        String token = qrToken(pdf);
        assertThat(token).doesNotContain("Berthelot").doesNotContain("@").doesNotContain(id);

        // two desks scan the same badge at once: one check-in, one "already"
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> scans;
        try {
            Callable<Response> scan = () -> checkIn(congress.organiser, congress.id, token);
            scans = pool.invokeAll(List.of(scan, scan));
        } finally {
            pool.shutdown();
        }
        List<Boolean> already = List.of(scans.get(0).get().then().statusCode(200).extract().path("alreadyCheckedIn"),
                scans.get(1).get().then().statusCode(200).extract().path("alreadyCheckedIn"));
        assertThat(already).containsExactlyInAnyOrder(true, false);
        checkIn(congress.organiser, congress.id, token).then().statusCode(200)
                .body("alreadyCheckedIn", equalTo(true)).body("message", containsString("Déjà enregistré(e) à"))
                .body("registrationId", equalTo(id)).body("category", equalTo("PROFESSIONNEL"));
        given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}", id).then()
                .body("checkedInAt", notNullValue());
        List<ConsumerRecord<String, String>> records = PublishedEvents.of(id, 2);
        assertThat(records).extracting(PublishedEvents::type).containsExactly(
                "fr.assises.registration.confirmed.v1", "fr.assises.registration.checked-in.v1");
        assertThat(records.get(1).value()).contains("\"checkedInAt\":\"20");
        given().auth().oauth2(TestTokens.partner()).get("/api/registration/congresses/{id}/check-ins/counts",
                congress.id).then().statusCode(200).body("confirmed", equalTo(1)).body("checkedIn", equalTo(1))
                .body("categories[0].category", equalTo("PROFESSIONNEL"));

        // a workshop point is a checkpoint of its own
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("token", token, "checkpoint", congress.slot1Workshops.get(0).toString()))
                .post("/api/registration/congresses/{id}/check-ins", congress.id).then().statusCode(200)
                .body("alreadyCheckedIn", equalTo(false));
    }

    @Test
    void forgedUnknownOrForeignTokensAreRefused() throws Exception {
        TestCongress congress = new TestCongress().create();
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(owner, congress, "Durandal");
        byte[] pdf = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/registrations/{id}/badge.pdf", id)
                .then().statusCode(200).extract().asByteArray();
        String token = qrToken(pdf);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        checkIn(congress.organiser, congress.id, forged).then().statusCode(404)
                .contentType("application/problem+json");
        checkIn(congress.organiser, congress.id, "n-importe-quoi").then().statusCode(404);
        checkIn(congress.organiser, UUID.randomUUID(), token).then().statusCode(404);
        TestCongress other = new TestCongress().create();
        checkIn(congress.organiser, other.id, token).then().statusCode(404);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(Map.of("token", ""))
                .post("/api/registration/congresses/{id}/check-ins", congress.id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("token", token, "checkpoint", "pas un point; drop"))
                .post("/api/registration/congresses/{id}/check-ins", congress.id).then().statusCode(400);
        checkIn(owner, congress.id, token).then().statusCode(403);
        checkIn(TestTokens.partner(), congress.id, token).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/registration/congresses/{id}/check-ins", congress.id).then().statusCode(401);
        given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}", id).then()
                .body("checkedInAt", org.hamcrest.Matchers.nullValue());

        // a cancelled registration's badge no longer opens the door
        given().auth().oauth2(owner).delete("/api/registration/me/registrations/{id}", id).then().statusCode(200);
        checkIn(congress.organiser, congress.id, token).then().statusCode(422);
    }

    @Test
    void theCodePrintedUnderTheQrChecksInWhenTypedHoweverItIsTyped() throws Exception {
        TestCongress congress = new TestCongress().create();
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(owner, congress, "Kerbrat");
        byte[] pdf = given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}/badge.pdf", id)
                .then().statusCode(200).extract().asByteArray();
        String code;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([0-9A-Z]{5})-([0-9A-Z]{5})\\b")
                    .matcher(new PDFTextStripper().getText(doc));
            assertThat(m.find()).as("a typed code printed on the badge").isTrue();
            code = m.group(1) + "-" + m.group(2);
        }
        // another congress's desk does not find it; a wrong code is refused in words and changes nothing
        TestCongress other = new TestCongress().create();
        checkIn(other.organiser, other.id, code).then().statusCode(404).contentType("application/problem+json");
        String wrong = (code.charAt(0) == '7' ? "8" : "7") + code.substring(1);
        checkIn(congress.organiser, congress.id, wrong).then().statusCode(404)
                .contentType("application/problem+json");
        // typed in lower case, with a space instead of the dash, O for 0: still the same badge
        String typed = code.toLowerCase().replace('-', ' ').replace('0', 'o');
        checkIn(congress.organiser, congress.id, typed).then().statusCode(200)
                .body("registrationId", equalTo(id)).body("alreadyCheckedIn", equalTo(false));
        checkIn(congress.organiser, congress.id, code).then().statusCode(200).body("alreadyCheckedIn", equalTo(true));
    }

    @Test
    void badgesBelongToTheirOwnerAndToOrganisers() {
        TestCongress congress = new TestCongress().total(1).create();
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(owner, congress, "Mabillon");
        String waiting = TestTokens.participant(UUID.randomUUID().toString());
        String waitingId = register(waiting, congress, "Quentel");
        given().auth().oauth2(TestTokens.participant()).get("/api/registration/me/registrations/{id}/badge.pdf", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(waiting).get("/api/registration/me/registrations/{id}/badge.pdf", waitingId)
                .then().statusCode(422);
        given().get("/api/registration/me/registrations/{id}/badge.pdf", id).then().statusCode(401);
        given().auth().oauth2(owner).get("/api/registration/manage/registrations/{id}/badge.pdf", id).then()
                .statusCode(403);
        byte[] all = given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(all).isNotEmpty();
        given().auth().oauth2(congress.organiser).queryParam("category", "ELU")
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner())
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id).then().statusCode(403);
    }

    /**
     * A congress's badges in batches (4 per file under test, 50 by default): the list says whom each file starts and
     * ends with, each file holds exactly its people in name order, together they are everyone once; a batch that
     * does not exist is a 404, a batch number under 1 a 400, and only organisers may list or print them.
     */
    @Test
    void badgesComeInBatchesThatTogetherHoldEveryoneOnce() throws Exception {
        TestCongress congress = new TestCongress().create();
        for (char c : "GFEDCBAHIJ".toCharArray()) {
            register(TestTokens.participant(UUID.randomUUID().toString()), congress, "Lot" + c);
        }
        given().auth().oauth2(congress.organiser).get("/api/registration/congresses/{id}/manage/badge-batches",
                congress.id).then().statusCode(200)
                .body("size", equalTo(4)).body("total", equalTo(10))
                .body("batches.number", contains(1, 2, 3)).body("batches.from", contains(1, 5, 9))
                .body("batches.to", contains(4, 8, 10))
                .body("batches.firstLastName", contains("LotA", "LotE", "LotI"))
                .body("batches.lastLastName", contains("LotD", "LotH", "LotJ"));
        List<String> printed = new ArrayList<>();
        for (int batch = 1; batch <= 3; batch++) {
            Response file = given().auth().oauth2(congress.organiser).queryParam("batch", batch)
                    .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id);
            file.then().statusCode(200).contentType("application/pdf")
                    .header("Content-Disposition", containsString("badges-lot-" + batch + ".pdf"));
            try (PDDocument doc = Loader.loadPDF(file.asByteArray())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(batch == 3 ? 2 : 4);
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String text = stripper.getText(doc);
                    printed.add(text.substring(text.indexOf("Lot"), text.indexOf("Lot") + 4));
                }
            }
        }
        assertThat(printed).containsExactly("LotA", "LotB", "LotC", "LotD", "LotE", "LotF", "LotG", "LotH", "LotI",
                "LotJ");
        given().auth().oauth2(congress.organiser).queryParam("batch", 4)
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("il y en a 3"));
        given().auth().oauth2(congress.organiser).queryParam("batch", 0)
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).get("/api/registration/congresses/{id}/manage/badge-batches",
                congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).queryParam("batch", 1)
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id).then().statusCode(403);
        given().auth().oauth2(congress.organiser).get("/api/registration/congresses/{id}/manage/badge-batches",
                UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void labelSheetsCarryEightBadgesPerPageWhoseCodesCheckIn() throws Exception {
        TestCongress congress = new TestCongress().create();
        for (int i = 0; i < 9; i++) {
            register(TestTokens.participant(UUID.randomUUID().toString()), congress, "Lemoine" + (char) ('a' + i));
        }
        byte[] pdf = given().auth().oauth2(congress.organiser).queryParam("layout", "labels")
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            List<String> codes = qrCodes(doc, 0);
            assertThat(codes).hasSize(8).doesNotHaveDuplicates();
            for (String code : codes) {
                checkIn(congress.organiser, congress.id, code).then().statusCode(200)
                        .body("alreadyCheckedIn", equalTo(false));
            }
        }
        given().auth().oauth2(congress.organiser).queryParam("layout", "poster")
                .get("/api/registration/congresses/{id}/manage/badges.pdf", congress.id).then().statusCode(400);
    }
}
