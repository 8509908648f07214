package fr.assises.registration.billing;

import static fr.assises.registration.billing.BillingFixtures.employer;
import static fr.assises.registration.billing.BillingFixtures.issuer;
import static fr.assises.registration.billing.BillingFixtures.register;
import static fr.assises.registration.billing.BillingFixtures.setIssuer;
import static fr.assises.registration.billing.BillingFixtures.siret;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Who pays, the issuer's settings, invoices, credit notes, quotes, their PDFs and the payments received. */
@QuarkusTest
class BillingTest {

    @Test
    void anEmployerPaysWithItsOrderNumberAndAWrongSiretIsRefusedOnItsField() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> body = congress.registration();
        Map<String, Object> payer = employer("21300000000018", "EJ-2027-0042");
        body.put("payer", payer);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("payer.siret"))
                .body("errors.find { it.field == 'payer.siret' }.message",
                        equalTo("ce SIRET n’existe pas (clé de contrôle fausse) : vérifiez les chiffres"));
        payer.put("siret", "2130000000001");
        payer.put("email", "pas-une-adresse");
        payer.remove("city");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(400).body("errors.field", hasItem("payer.siret"))
                .body("errors.field", hasItem("payer.email")).body("errors.field", hasItem("payer.city"));
        given().auth().oauth2(token).get("/api/registration/me/registrations").then().body("", hasSize(0));

        String id = register(congress, token, employer("213 000 000 00017", "EJ-2027-0042"));
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}/payer", id).then().statusCode(200)
                .body("kind", equalTo("ORGANISATION")).body("siret", equalTo("21300000000017"))
                .body("orderNumber", equalTo("EJ-2027-0042")).body("serviceCode", equalTo("SERV-FORMATION"));
        String other = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(other).get("/api/registration/me/registrations/{id}/payer", id).then().statusCode(404);
        // the committee changes the payer later; a participant may not
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("kind", "PARTICIPANT"))
                .put("/api/registration/manage/registrations/{id}/payer", id).then().statusCode(200)
                .body("kind", equalTo("PARTICIPANT")).body("siret", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "PARTICIPANT"))
                .put("/api/registration/manage/registrations/{id}/payer", id).then().statusCode(403);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANISATION", "name", "Mairie d'Essai"))
                .put("/api/registration/manage/registrations/{id}/payer", id).then().statusCode(400)
                .body("errors.field", hasItem("payer.siret")).body("errors.field", hasItem("payer.address"));
        // the payer leaves with the person's data
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}/personal-data", id)
                .then().statusCode(200).body("payer.kind", equalTo("PARTICIPANT"));
    }

    @Test
    void issuerSettingsAreCheckedFieldByField() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> bad = issuer("12345678901234");
        bad.remove("vatExemption");
        bad.put("iban", "FR7630006000011234567890188");
        bad.put("paymentDays", 90);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(bad)
                .put("/api/registration/congresses/{id}/manage/billing/settings", congress.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("paymentDays"));
        bad.put("paymentDays", 30);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(bad)
                .put("/api/registration/congresses/{id}/manage/billing/settings", congress.id)
                .then().statusCode(400)
                .body("errors.field", hasItem("siret")).body("errors.field", hasItem("iban"))
                .body("errors.field", hasItem("vatRate"));
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/billing/settings", congress.id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner())
                .get("/api/registration/congresses/{id}/manage/billing/settings", congress.id).then().statusCode(403);
        String siret = siret();
        setIssuer(congress, issuer(siret));
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/billing/settings", congress.id).then().statusCode(200)
                .body("siret", equalTo(siret)).body("lateMentions", equalTo(BillingSettingsRequest.DEFAULT_LATE_MENTIONS));
    }

    @Test
    void anInvoiceCarriesTheLegalMentionsAndACancellationGivesACreditNoteLeavingItUntouched() throws Exception {
        TestCongress congress = new TestCongress().create();
        setIssuer(congress, issuer(siret()));
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(congress, token, employer("21300000000017", "EJ-2027-0042"));
        // nothing to issue before a registration is chosen, nor for an unknown one
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(Map.of())
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("registrationIds", List.of(id)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(403);
        ValidatableResponse issued = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("registrationIds", List.of(id)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(201)
                .body("kind", equalTo("INVOICE")).body("number", equalTo("F-" + LocalDate.now().getYear() + "-00001"))
                .body("totalCents", equalTo(18000)).body("vatCents", equalTo(0)).body("status", equalTo("EXPECTED"))
                .body("buyer.name", equalTo("Communauté de communes du Val d'Essai"))
                .body("buyer.orderNumber", equalTo("EJ-2027-0042"))
                .body("dueDate", equalTo(LocalDate.now(Invoicing.PARIS).plusDays(30).toString()));
        String invoiceId = issued.extract().path("id");
        // the same registration twice is refused
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("registrationIds", List.of(id)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(409);

        byte[] pdf = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/invoices/{id}/document.pdf", invoiceId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertPdfA(pdf);
        String text = text(pdf);
        assertThat(text).contains("Facture n° F-").contains("Association des Assises (fictive)")
                .contains("Communauté de communes du Val d’Essai").contains("EJ-2027-0042").contains("SERV-FORMATION")
                .contains("TVA non applicable, art. 293 B du CGI").contains("40\u00a0€").contains("180,00\u00a0€")
                .contains("Date d’échéance").contains("FR76 3000 6000 0112 3456 7890").contains("BIC AGRIFRPPXXX");
        String before = given().auth().oauth2(congress.organiser).get("/api/registration/manage/invoices/{id}", invoiceId)
                .then().extract().asString();

        // the participant sees their invoice and downloads it; nobody else does
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}/invoices", id).then()
                .statusCode(200).body("", hasSize(1)).body("[0].number", equalTo("F-" + LocalDate.now().getYear() + "-00001"))
                .body("[0].status", equalTo("EXPECTED")).body("[0].grouped", equalTo(false))
                .body("[0].ownCents", equalTo(18000));
        assertThat(given().auth().oauth2(token)
                .get("/api/registration/me/registrations/{id}/invoices/{doc}/document.pdf", id, invoiceId).then()
                .statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        String stranger = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(stranger).get("/api/registration/me/registrations/{id}/invoices", id).then()
                .statusCode(404);
        given().auth().oauth2(stranger)
                .get("/api/registration/me/registrations/{id}/invoices/{doc}/document.pdf", id, invoiceId).then()
                .statusCode(404);
        // and a quote for the employer, in its own series
        given().auth().oauth2(token).post("/api/registration/me/registrations/{id}/quote", id).then()
                .statusCode(201).body("kind", equalTo("QUOTE")).body("number", equalTo("D-" + LocalDate.now().getYear() + "-00001"));

        // the participant cancels: the committee issues a credit note; the invoice stays as it was
        given().auth().oauth2(token).delete("/api/registration/me/registrations/{id}", id).then().statusCode(200);
        String noteId = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("reason", "Annulation de l'inscription"))
                .post("/api/registration/manage/invoices/{id}/credit-note", invoiceId).then().statusCode(201)
                .body("kind", equalTo("CREDIT_NOTE")).body("number", equalTo("A-" + LocalDate.now().getYear() + "-00001"))
                .body("totalCents", equalTo(-18000)).body("creditedId", equalTo(invoiceId))
                .extract().path("id");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(Map.of())
                .post("/api/registration/manage/invoices/{id}/credit-note", invoiceId).then().statusCode(409);
        String after = given().auth().oauth2(congress.organiser).get("/api/registration/manage/invoices/{id}", invoiceId)
                .then().body("status", equalTo("CREDITED")).body("creditNoteId", equalTo(noteId)).extract().asString();
        assertThat(withoutFollowUp(after)).isEqualTo(withoutFollowUp(before));
        byte[] again = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/invoices/{id}/document.pdf", invoiceId).then().extract().asByteArray();
        assertThat(again).isEqualTo(pdf);
        byte[] notePdf = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/invoices/{id}/document.pdf", noteId).then().extract().asByteArray();
        assertPdfA(notePdf);
        assertThat(text(notePdf)).contains("Avoir n° A-").contains("Avoir sur la facture n° F-")
                .contains("Annulation de l’inscription");
        // erasing the person's data takes the payer away; the issued invoice keeps its buyer, as the law asks
        given().auth().oauth2(token).delete("/api/registration/me/registrations/{id}/personal-data", id)
                .then().statusCode(204);
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}/payer", id)
                .then().statusCode(200).body("kind", equalTo("PARTICIPANT")).body("name", nullValue());
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/invoices/{id}", invoiceId)
                .then().body("buyer.name", equalTo("Communauté de communes du Val d'Essai"));
        // a cancelled invoice expects no payment
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("means", "CHEQUE", "paidOn", LocalDate.now().toString(), "amountCents", 100))
                .post("/api/registration/manage/invoices/{id}/payments", invoiceId).then().statusCode(422);
    }

    @Test
    void paymentsFollowAnInvoiceAndNeverExceedIt() throws Exception {
        TestCongress congress = new TestCongress().create();
        setIssuer(congress, issuer(siret()));
        String id = register(congress, null);
        String invoiceId = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("registrationIds", List.of(id)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(201)
                .body("buyer.kind", equalTo("PARTICIPANT")).extract().path("id");
        String today = LocalDate.now(Invoicing.PARIS).toString();
        pay(congress, invoiceId, Map.of("means", "TRANSFER", "paidOn", today, "amountCents", 5000))
                .statusCode(400).body("errors.field", hasItem("reference"));
        pay(congress, invoiceId, Map.of("means", "CHEQUE", "paidOn", today, "amountCents", -5))
                .statusCode(400).body("errors.field", hasItem("amountCents"));
        pay(congress, invoiceId, Map.of("means", "BITCOIN", "paidOn", today, "amountCents", 5))
                .statusCode(400).body("errors.field", hasItem("means"));
        pay(congress, invoiceId, Map.of("means", "CHEQUE", "paidOn", today, "amountCents", 18001))
                .statusCode(422).body("errors.field", hasItem("amountCents"));
        pay(congress, invoiceId, Map.of("means", "TRANSFER", "reference", "VIR-0001", "paidOn", today,
                "amountCents", 5000)).statusCode(201).body("status", equalTo("PARTLY_PAID"))
                .body("paidCents", equalTo(5000)).body("dueCents", equalTo(13000));
        pay(congress, invoiceId, Map.of("means", "MANDATE", "reference", "Mandat 2027-118", "paidOn", today,
                "amountCents", 13000)).statusCode(201).body("status", equalTo("PAID")).body("payments", hasSize(2));
        pay(congress, invoiceId, Map.of("means", "ON_SITE", "paidOn", today, "amountCents", 1)).statusCode(422);
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/invoices?status=PAID", congress.id)
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(invoiceId));
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/invoices?status=EXPECTED", congress.id)
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/invoices?status=NIMPORTE", congress.id)
                .then().statusCode(400);

        // the budget hears of the invoice and its payments: amounts and categories, as documented, nobody named
        var records = fr.assises.registration.support.PublishedEvents.of(invoiceId, 3);
        assertThat(records).extracting(fr.assises.registration.support.PublishedEvents::type).containsExactly(
                BillingEvents.INVOICE_ISSUED, BillingEvents.PAYMENT_RECORDED, BillingEvents.PAYMENT_RECORDED);
        var strict = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (var record : records) {
            String type = fr.assises.registration.support.PublishedEvents.type(record);
            var example = strict.readTree(Files.readString(Path.of("events/examples/" + type + ".json")));
            var data = strict.readTree(record.value());
            Class<?> shape = BillingEvents.INVOICE_ISSUED.equals(type) ? BillingEvents.InvoiceIssued.class
                    : BillingEvents.PaymentRecorded.class;
            strict.treeToValue(data, shape);
            List<String> keys = new java.util.ArrayList<>();
            data.fieldNames().forEachRemaining(keys::add);
            List<String> documented = new java.util.ArrayList<>();
            example.fieldNames().forEachRemaining(documented::add);
            assertThat(keys).containsExactlyInAnyOrderElementsOf(documented);
            assertThat(record.value()).doesNotContain("@").doesNotContain("Camille").doesNotContain("Martin")
                    .doesNotContain("VIR-0001").doesNotContain("Mandat 2027").doesNotContain("F-");
        }
        assertThat(strict.readTree(records.get(2).value()).get("paidCents").asLong()).isEqualTo(18000);
        assertThat(Files.readString(Path.of("events/asyncapi.yaml"))).contains(BillingEvents.ALL);

        // the accountant's export: one row per payment, amounts with a decimal comma
        String csv = given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/billing/payments.csv", congress.id).then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("\"Virement\"").contains("\"Mandat administratif\"").contains("\"180,00\"")
                .contains("\"50,00\"").contains("\"Payée\"");
        byte[] xlsx = given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/billing/payments.xlsx", congress.id).then()
                .statusCode(200).extract().asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(11).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(50.0);
        }
        given().auth().oauth2(TestTokens.partner())
                .get("/api/registration/congresses/{id}/manage/billing/payments.csv", congress.id).then()
                .statusCode(403);
    }

    @Inject
    DataSource dataSource;

    @Inject
    MockMailbox mailbox;

    /** An employer's overdue invoice is reminded once, at its accounting address, not to each participant on it. */
    @Test
    void anOverdueInvoiceIsRemindedOnceToThePayingOrganisationsAccountingAddress() throws Exception {
        TestCongress congress = new TestCongress().create();
        setIssuer(congress, issuer(siret()));
        String payerSiret = "21300000000033";
        register(congress, employer(payerSiret, "EJ-2027-0099"));
        register(congress, employer(payerSiret, null));
        String invoiceId = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("payerSiret", payerSiret))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(201)
                .body("lines", hasSize(2)).extract().path("id");
        String number = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/invoices/{id}", invoiceId).then().extract().path("number");
        String reminders = "/api/registration/congresses/{id}/manage/invoices/reminders";
        given().auth().oauth2(congress.organiser).get(reminders, congress.id).then().body("invoices", equalTo(0));

        // an issued invoice is frozen by a trigger; the test alone moves its due date into the past
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("alter table billing_document disable trigger billing_document_frozen");
            st.executeUpdate("update billing_document set due_date = current_date - 3 where id = '" + invoiceId + "'");
            st.execute("alter table billing_document enable trigger billing_document_frozen");
            c.commit();
        }
        given().auth().oauth2(congress.organiser).get(reminders, congress.id).then().body("invoices", equalTo(1));
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .post(reminders, congress.id).then().statusCode(403);

        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).post(reminders, congress.id)
                .then().statusCode(200).body("invoices", equalTo(1)).body("mails", equalTo(1));
        String accounting = "comptabilite@val-essai.exemple.test";
        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo(accounting).stream()
                .anyMatch(m -> m.getSubject().contains(number)));
        List<Mail> mine = mailbox.getMailsSentTo(accounting).stream()
                .filter(m -> m.getSubject().contains(number)).toList();
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Facture " + number + " : paiement en retard");
            assertThat(m.getText()).contains("engagement juridique EJ-2027-0099", "360,00", "Il reste");
        });
        // once a day at most
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).post(reminders, congress.id)
                .then().statusCode(200).body("invoices", equalTo(0)).body("mails", equalTo(0));
    }

    @Test
    void aFacturXInvoicePassesMustangsValidator() throws Exception {
        TestCongress congress = new TestCongress().create();
        setIssuer(congress, issuer(siret()));
        String a = register(congress, employer("21300000000017", "EJ-2027-0077"));
        String b = register(congress, employer("21300000000017", null));
        String lone = register(congress, null);
        // one invoice for every registration the employer pays
        String invoiceId = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("payerSiret", "21300000000017"))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(201)
                .body("lines", hasSize(2)).body("totalCents", equalTo(36000))
                .body("buyer.orderNumber", equalTo("EJ-2027-0077")).extract().path("id");
        assertThat(List.of(a, b)).contains(given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/invoices/{id}", invoiceId).then().extract().<String>path("lines[0].registrationId"));
        // a grouped invoice joins only registrations of one organisation
        String elsewhere = register(congress, employer("21300000000025", null));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("registrationIds", List.of(lone, elsewhere)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(400)
                .body("errors.field", hasItem("registrationIds"));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("registrationIds", List.of(a)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(409);
        byte[] facturx = given().auth().oauth2(congress.organiser)
                .get("/api/registration/manage/invoices/{id}/facturx.pdf", invoiceId).then().statusCode(200)
                .extract().asByteArray();
        org.mustangproject.validator.ZUGFeRDValidator validator = new org.mustangproject.validator.ZUGFeRDValidator();
        String report = validator.validate(facturx, "facture.pdf");
        assertThat(report).contains("status=\"valid\"").doesNotContain("status=\"invalid\"");
        assertThat(new String(facturx, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("factur-x.xml");
        // a person paying for themself gets the PDF, not Factur-X
        String own = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("registrationIds", List.of(lone)))
                .post("/api/registration/congresses/{id}/manage/invoices", congress.id).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/invoices/{id}/facturx.pdf", own)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void twoHundredInvoicesIssuedAtOnceMakeOneSequenceWithoutGapNorDouble() throws Exception {
        TestCongress congress = new TestCongress().total(300).create();
        setIssuer(congress, issuer(siret()));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(register(congress, null));
        }
        List<String> requests = new java.util.ArrayList<>(ids);
        requests.addAll(ids.subList(0, 20));
        java.util.Collections.shuffle(requests);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (String id : requests) {
                answers.add(pool.submit(() -> given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                        .body(Map.of("registrationIds", List.of(id)))
                        .post("/api/registration/congresses/{id}/manage/invoices", congress.id)));
            }
            List<String> numbers = new java.util.ArrayList<>();
            int conflicts = 0;
            for (var answer : answers) {
                io.restassured.response.Response r = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    numbers.add(r.path("number"));
                } else {
                    assertThat(r.statusCode()).isEqualTo(409);
                    conflicts++;
                }
            }
            assertThat(conflicts).isEqualTo(20);
            int year = LocalDate.now(Invoicing.PARIS).getYear();
            assertThat(numbers).hasSize(200).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 200)
                            .mapToObj(n -> String.format("F-%d-%05d", year, n)).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidatableResponse pay(TestCongress congress, String invoiceId, Map<String, Object> body) {
        return given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(body)
                .post("/api/registration/manage/invoices/{id}/payments", invoiceId).then();
    }

    /** The follow-up (status, credit note) moves; what was issued does not. */
    private static String withoutFollowUp(String json) {
        return json.replaceAll("\"(status|creditNoteId|creditNoteNumber|dueCents)\":(\"[^\"]*\"|null|-?\\d+),?", "");
    }

    static void assertPdfA(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("invoice", ".pdf");
        try {
            Files.write(file, pdf);
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
            assertThat(result.isValid()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
