package fr.assises.registration.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.HashMap;
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

/** Mailings previewed in both languages, sent each in the recipient's language, and kept in the history with reminders. */
@QuarkusTest
class MailingHistoryTest {

    static final String MAILINGS = "/api/registration/congresses/{id}/manage/mailings";
    static final String REMINDERS = "/api/registration/congresses/{id}/manage/reminders";

    @Inject
    MockMailbox mailbox;

    static String register(TestCongress congress, String first, String last, String language, String category) {
        Map<String, Object> body = congress.registration();
        Map<String, Object> person = TestCongress.person(first, last);
        String email = last.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        person.put("email", email);
        body.put("person", person);
        body.put("language", language);
        body.put("category", category);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        return email;
    }

    static Map<String, Object> message() {
        Map<String, Object> m = new HashMap<>();
        m.put("subject", "{congrès} : accueil des élus");
        m.put("text", "Bonjour {prénom} {nom},\nrendez-vous à 8 h 30 au pavillon.");
        m.put("subjectEn", "{congrès}: welcome desk for elected officials");
        m.put("textEn", "Hello {prénom} {nom},\nmeet us at 8:30 at the pavilion.");
        m.put("category", "ELU");
        return m;
    }

    @Test
    void aPreviewSendsNothingAndShowsBothLanguagesWithARecipientsValues() {
        TestCongress congress = new TestCongress().create();
        String fr = register(congress, "Maëlle", "Abgrall", "fr", "ELU");
        register(congress, "Yann", "Bodénès", "en", "ELU");
        register(congress, "Nolwenn", "Corre", "fr", "PROFESSIONNEL");

        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(message())
                .post(MAILINGS + "/preview", congress.id).then().statusCode(200)
                .body("recipients", equalTo(2)).body("english", equalTo(1))
                .body("sampleName", equalTo("Maëlle Abgrall"))
                .body("fr.text", equalTo("Bonjour Maëlle Abgrall,\nrendez-vous à 8 h 30 au pavillon."))
                .body("en.text", equalTo("Hello Maëlle Abgrall,\nmeet us at 8:30 at the pavilion."));
        given().auth().oauth2(congress.organiser).get(MAILINGS, congress.id).then().statusCode(200)
                .body("$", hasSize(0));
        assertThat(mailbox.getMailsSentTo(fr)).noneMatch(m -> m.getSubject().contains("accueil"));

        Map<String, Object> bad = message();
        bad.put("subject", "");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(bad)
                .post(MAILINGS + "/preview", congress.id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(message())
                .post(MAILINGS + "/preview", congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(message())
                .post(MAILINGS + "/preview", congress.id).then().statusCode(403);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(message())
                .post(MAILINGS + "/preview", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eachRecipientGetsTheirLanguageAndTheHistorySaysWhatWentToWhomAndWhen() {
        TestCongress congress = new TestCongress().create();
        String fr = register(congress, "Maëlle", "Abgrall", "fr", "ELU");
        String en = register(congress, "Yann", "Bodénès", "en", "ELU");
        String other = register(congress, "Nolwenn", "Corre", "fr", "PROFESSIONNEL");
        String organiser = TestTokens.token("organiser-claire", "organiser");

        Map<String, Object> bad = message();
        bad.put("text", " ");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(bad).post(MAILINGS, congress.id).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(organiser).get(MAILINGS, congress.id).then().body("$", hasSize(0));

        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(message()).post(MAILINGS, congress.id)
                .then().statusCode(200).body("sent", equalTo(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mailbox.getMailsSentTo(fr)).extracting(Mail::getText)
                    .contains("Bonjour Maëlle Abgrall,\nrendez-vous à 8 h 30 au pavillon.");
            assertThat(mailbox.getMailsSentTo(en)).extracting(Mail::getText)
                    .contains("Hello Yann Bodénès,\nmeet us at 8:30 at the pavilion.");
        });
        assertThat(mailbox.getMailsSentTo(en)).extracting(Mail::getSubject)
                .anyMatch(s -> s.endsWith(": welcome desk for elected officials"));
        assertThat(mailbox.getMailsSentTo(other)).noneMatch(m -> m.getSubject().contains("élus"));

        String id = given().auth().oauth2(organiser).get(MAILINGS, congress.id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].kind", equalTo("MESSAGE"))
                .body("[0].subjectFr", equalTo("{congrès} : accueil des élus"))
                .body("[0].subjectEn", equalTo("{congrès}: welcome desk for elected officials"))
                .body("[0].filter.category", equalTo("ELU")).body("[0].recipients", equalTo(2))
                .body("[0].sentBy", equalTo("organiser-claire")).extract().path("[0].id");
        List<String> names = given().auth().oauth2(organiser).get(MAILINGS + "/{m}/recipients", congress.id, id)
                .then().statusCode(200).extract().path("name");
        assertThat(names).containsExactly("Maëlle Abgrall", "Yann Bodénès");

        given().auth().oauth2(organiser).get(MAILINGS + "/{m}/recipients", congress.id, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).get(MAILINGS, congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).get(MAILINGS + "/{m}/recipients", congress.id, id).then()
                .statusCode(403);
    }

    @Test
    void theReminderSaysHowManyItReachesAndIsKeptInTheHistory() {
        TestCongress congress = new TestCongress().create();
        register(congress, "Maëlle", "Abgrall", "fr", "ELU");
        register(congress, "Yann", "Bodénès", "en", "PROFESSIONNEL");
        given().auth().oauth2(congress.organiser).get(REMINDERS, congress.id).then().statusCode(200)
                .body("due", equalTo(2));
        given().auth().oauth2(TestTokens.partner()).get(REMINDERS, congress.id).then().statusCode(403);
        given().auth().oauth2(congress.organiser).get(REMINDERS, UUID.randomUUID()).then().statusCode(404);

        given().auth().oauth2(congress.organiser).post(REMINDERS, congress.id).then().statusCode(200)
                .body("sent", equalTo(2));
        given().auth().oauth2(congress.organiser).get(REMINDERS, congress.id).then().body("due", equalTo(0));
        given().auth().oauth2(congress.organiser).post(REMINDERS, congress.id).then().body("sent", equalTo(0));
        given().auth().oauth2(congress.organiser).get(MAILINGS, congress.id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].kind", equalTo("REMINDER"))
                .body("[0].subjectFr", equalTo("Rappel : le congrès approche"))
                .body("[0].recipients", equalTo(2)).body("[0].filter.status", equalTo("CONFIRMED"));
    }
}
