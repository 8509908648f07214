package fr.assises.registration.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Mails through the outbox with a real SMTP server: committed with the change they tell about, sent once each,
 * kept while the server is down and sent when it returns, with a Message-ID that a resend would repeat; and
 * reminders claimed once each when two runs race.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class MailOutboxTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Reminders reminders;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = RealSmtpProfile.smtpServer();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void mailsAskedForWhileTheServerIsDownGoOutOnceItIsBackEachOnce() throws Exception {
        TestCongress congress = new TestCongress().create();
        List<String> before = register(congress, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients(smtp).containsAll(before));
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        MimeMessage first = smtp.getReceivedMessages()[0];
        assertThat(first.getMessageID()).matches("<[0-9a-f-]{36}@assises\\.example>");
        assertThat(first.getMessageID()).isEqualTo("<" + requestIdSentTo(before.get(0)) + "@assises.example>");

        smtp.stop();
        List<String> during = register(congress, 5);
        // committed with the registrations, though nothing can be sent
        assertThat(pendingFor(during)).isEqualTo(5);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> pendingFor(during) == 5);

        smtp = RealSmtpProfile.smtpServer();
        await().atMost(Duration.ofSeconds(30)).until(() -> recipients(smtp).containsAll(during));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(during) == 0);
        // each once: nothing resent, nothing of before sent again
        assertThat(recipients(smtp)).containsExactlyInAnyOrderElementsOf(during);
    }

    @Test
    void twoRemindersRunsAtOnceRemindEachPersonOnce() throws Exception {
        TestCongress congress = new TestCongress().create();
        List<String> people = register(congress, 12);
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients(smtp).containsAll(people));

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> reminders.send(congress.id));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> reminders.send(congress.id));
        assertThat(one.get() + two.get()).isEqualTo(12);

        await().atMost(Duration.ofSeconds(30)).until(() -> reminderCount(people) == 12);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from mail_outbox m join registration r on r.id = m.registration_id
                where r.congress_id = ?1 and m.kind = 'REMINDER'""").setParameter(1, congress.id)
                .getSingleResult()).intValue())).isEqualTo(12);
        assertThat(reminders.send(congress.id)).isZero();
    }

    private List<String> register(TestCongress congress, int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = MailSequenceTest.body(congress, "Outbox", "fr");
            emails.add((String) ((Map<?, ?>) body.get("person")).get("email"));
            given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString()))
                    .contentType(ContentType.JSON).body(body)
                    .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        }
        return emails;
    }

    private long reminderCount(List<String> people) throws MessagingException {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().startsWith("Rappel") && people.contains(to(message))) {
                count++;
            }
        }
        return count;
    }

    private int pendingFor(List<String> emails) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from mail_outbox m join registration r on r.id = m.registration_id
                where r.email in ?1 and m.sent_at is null""").setParameter(1, emails).getSingleResult()).intValue());
    }

    private UUID requestIdSentTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createNativeQuery("""
                select m.id from mail_outbox m join registration r on r.id = m.registration_id
                where r.email = ?1""").setParameter(1, email).getSingleResult());
    }

    private static List<String> recipients(GreenMail server) throws MessagingException {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            to.add(to(message));
        }
        return to;
    }

    private static String to(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(a -> ((InternetAddress) a).getAddress()).findFirst().orElseThrow();
    }
}
