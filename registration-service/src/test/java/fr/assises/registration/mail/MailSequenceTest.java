package fr.assises.registration.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The e-mails of confirm, wait, cancel and promote, read from the mock mailbox; English when chosen. */
@QuarkusTest
class MailSequenceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    Reminders reminders;

    static Map<String, Object> body(TestCongress congress, String last, String language) {
        Map<String, Object> body = congress.registration();
        Map<String, Object> person = TestCongress.person("Solenn", last);
        person.put("email", last.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test");
        body.put("person", person);
        body.put("language", language);
        return body;
    }

    static List<String> subjects(MockMailbox mailbox, String to) {
        return mailbox.getMailsSentTo(to).stream().map(Mail::getSubject).toList();
    }

    @Test
    void confirmCancelPromoteMails() {
        TestCongress congress = new TestCongress().total(1).create();
        String first = TestTokens.participant(UUID.randomUUID().toString());
        String second = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> firstBody = body(congress, "Kerhoas", "fr");
        Map<String, Object> secondBody = body(congress, "Pennec", "en");
        String firstMail = (String) ((Map<?, ?>) firstBody.get("person")).get("email");
        String secondMail = (String) ((Map<?, ?>) secondBody.get("person")).get("email");
        String firstId = given().auth().oauth2(first).contentType(ContentType.JSON).body(firstBody)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(second).contentType(ContentType.JSON).body(secondBody)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"));
        given().auth().oauth2(first).delete("/api/registration/me/registrations/{id}", firstId).then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(subjects(mailbox, firstMail)).containsExactly("Votre inscription est confirmée",
                    "Votre inscription est annulée");
            assertThat(subjects(mailbox, secondMail)).containsExactly("You are on the waiting list",
                    "A place became free: your registration is confirmed");
        });
        Mail promoted = mailbox.getMailsSentTo(secondMail).get(1);
        assertThat(promoted.getText()).startsWith("Hello Solenn Pennec").contains("Congrès d'essai");
        assertThat(mailbox.getMailsSentTo(firstMail).get(0).getText()).startsWith("Bonjour Solenn Kerhoas")
                .contains("Atelier A1");
    }

    @Test
    void refusedRequestsMailNothingAndMailsFollowTheCommittedLanguage() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> body = body(congress, "Lozach", "fr");
        String to = (String) ((Map<?, ?>) body.get("person")).get("email");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
        // a mail is rendered from the registration as committed when its turn comes: let this one go first
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjects(mailbox, to))
                .containsExactly("Votre inscription est confirmée"));
        // refused under the congress lock: already registered, then a day outside the congress
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(409);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("days", List.of("2027-07-01"), "language", "en"))
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("language", "en"))
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(200);

        // mails leave one by one in commit order: had a refused request mailed, it would show before the change
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjects(mailbox, to))
                .containsExactly("Votre inscription est confirmée", "Your registration has changed"));
        assertThat(mailbox.getMailsSentTo(to).get(1).getText()).startsWith("Hello Solenn Lozach")
                .contains("Atelier A1 — confirmed");
    }

    @Test
    void aTimeLimitedOfferIsMailedAndAcceptedByItsOwnerOnly() {
        TestCongress congress = new TestCongress().total(1).offerHours(24).create();
        String first = TestTokens.participant(UUID.randomUUID().toString());
        String second = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> secondBody = body(congress, "Legall", "fr");
        String secondMail = (String) ((Map<?, ?>) secondBody.get("person")).get("email");
        String firstId = given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(body(congress, "Guivarc'h", "fr"))
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
        String secondId = given().auth().oauth2(second).contentType(ContentType.JSON).body(secondBody)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(second).post("/api/registration/me/registrations/{id}/accept-offer", secondId)
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(first).delete("/api/registration/me/registrations/{id}", firstId).then()
                .statusCode(200);
        given().auth().oauth2(second).get("/api/registration/me/registrations/{id}", secondId).then()
                .body("status", equalTo("WAITLISTED")).body("offerExpiresAt", notNullValue());
        // the held seat is not given to anyone else meanwhile
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("remaining", equalTo(0));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjects(mailbox, secondMail))
                .contains("Une place vous est proposée"));
        given().auth().oauth2(first).post("/api/registration/me/registrations/{id}/accept-offer", secondId)
                .then().statusCode(404);
        given().auth().oauth2(second).post("/api/registration/me/registrations/{id}/accept-offer", secondId)
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("workshops[0].status", equalTo("CONFIRMED"));
    }

    @Test
    void reminderCarriesTheOwnSessionsAsICalendarAndGoesOnce() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> body = body(congress, "Riou", "fr");
        String to = (String) ((Map<?, ?>) body.get("person")).get("email");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        String reminders = "/api/registration/congresses/{id}/manage/reminders";
        given().auth().oauth2(token).post(reminders, congress.id).then().statusCode(403);
        given().auth().oauth2(congress.organiser).post(reminders, congress.id).then().statusCode(200)
                .body("sent", equalTo(1));
        given().auth().oauth2(congress.organiser).post(reminders, congress.id).then().statusCode(200)
                .body("sent", equalTo(0));
        given().auth().oauth2(congress.organiser).post(reminders, UUID.randomUUID()).then().statusCode(404);
        // the job's day: three days before the start (the default), until the first day
        assertThat(this.reminders.due(java.time.LocalDate.of(2027, 6, 21))).contains(congress.id);
        assertThat(this.reminders.due(java.time.LocalDate.of(2027, 6, 20))).doesNotContain(congress.id);
        assertThat(this.reminders.due(java.time.LocalDate.of(2027, 6, 25))).doesNotContain(congress.id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjects(mailbox, to))
                .contains("Rappel : le congrès approche"));
        Mail reminder = mailbox.getMailsSentTo(to).stream()
                .filter(m -> m.getSubject().startsWith("Rappel")).findFirst().orElseThrow();
        assertThat(reminder.getAttachments()).hasSize(1);
        List<Byte> data = io.smallrye.mutiny.Multi.createFrom().publisher(reminder.getAttachments().get(0).getData())
                .collect().asList().await().atMost(Duration.ofSeconds(5));
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        String ics = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Atelier A1")
                .contains("SUMMARY:Déjeuner du 24 juin").contains("DTSTART:20270624T080000Z")
                .doesNotContain("Atelier A2").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void organisersWriteToAFilteredGroup() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> elu = body(congress, "Maheo", "fr");
        elu.put("category", "ELU");
        Map<String, Object> pro = body(congress, "Nedelec", "fr");
        for (Map<String, Object> b : List.of(elu, pro)) {
            given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(b)
                    .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        }
        String mailings = "/api/registration/congresses/{id}/manage/mailings";
        Map<String, Object> message = Map.of("subject", "Accueil des élus", "text", "Rendez-vous à 8 h 30.",
                "category", "ELU");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(message)
                .post(mailings, congress.id).then().statusCode(200).body("sent", equalTo(1));
        String eluMail = (String) ((Map<?, ?>) elu.get("person")).get("email");
        String proMail = (String) ((Map<?, ?>) pro.get("person")).get("email");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjects(mailbox, eluMail))
                .contains("Accueil des élus"));
        assertThat(subjects(mailbox, proMail)).doesNotContain("Accueil des élus");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("subject", "", "text", "x")).post(mailings, congress.id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(message)
                .post(mailings, congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(message)
                .post(mailings, congress.id).then().statusCode(403);
    }
}
