package fr.assises.e2e;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * The mails the stack's SMTP server (GreenMail) received, read through its API as a developer reads them: here the
 * two Keycloak sends to a person (the welcome that verifies the address, the password reset) and the survey invitation
 * registration-service sends for evaluation-service, told apart by subject.
 */
final class Mails {

    /** Subject words of the realm's mails (deploy/keycloak/themes/assises/email/messages_fr.properties). */
    static final String WELCOME = "Bienvenue aux Assises";
    static final String RESET = "choisir un nouveau mot de passe";
    /** Subject words of a survey invitation (registration-service's mail/SurveyMailRendering). */
    static final String SURVEY = "Donnez votre avis sur";

    private static final String API = "http://" + LocalStack.HOST + ":" + LocalStack.MAIL_API_PORT;
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 5_000));
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    private Mails() {
    }

    /** The mails to this address whose subject contains these words, oldest first. */
    static List<Map<String, Object>> to(String email, String subject) {
        Response answer = given().config(BOUNDED).get(API + "/api/user/{email}/messages/", email);
        if (answer.statusCode() == 400 || answer.statusCode() == 404) {
            return List.of(); // GreenMail knows an address once a mail reached it
        }
        List<Map<String, Object>> all = answer.then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(m -> String.valueOf(m.get("subject")).contains(subject)).toList();
    }

    static int count(String email, String subject) {
        return to(email, subject).size();
    }

    /**
     * The link of Keycloak's next mail with this subject to this address (the one after the {@code before} already
     * there), waited for 30 s at most.
     */
    static String link(String email, String subject, int before) {
        return link(email, subject, before, ACTION_LINK);
    }

    /**
     * The first link matching {@code pattern} in the plain-text part of the next mail with this subject to this
     * address (after the {@code before} already there), waited for 30 s at most.
     */
    static String link(String email, String subject, int before, Pattern pattern) {
        AtomicReference<String> link = new AtomicReference<>();
        Awaitility.await("mail « " + subject + " » to " + email).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    List<Map<String, Object>> mails = to(email, subject);
                    if (mails.size() <= before) {
                        return false;
                    }
                    link.set(linkIn(String.valueOf(mails.get(mails.size() - 1).get("mimeMessage")), pattern));
                    return true;
                });
        return link.get();
    }

    /** The action link in the plain-text part of a raw MIME message (quoted-printable, as Keycloak sends it). */
    static String actionLink(String mime) {
        return linkIn(mime, ACTION_LINK);
    }

    /** The first link matching {@code pattern} in the plain-text part of a raw MIME message. */
    static String linkIn(String mime, Pattern pattern) {
        int plain = mime.indexOf("Content-Type: text/plain");
        if (plain < 0) {
            throw new AssertionError("no text part in the mail:\n" + mime);
        }
        int body = mime.indexOf("\r\n\r\n", plain) + 4;
        int end = mime.indexOf("\r\n--", body);
        String part = mime.substring(body, end < 0 ? mime.length() : end);
        String text = mime.substring(plain, body).contains("quoted-printable") ? quotedPrintable(part) : part;
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link matching " + pattern + " in the mail:\n" + text);
        }
        return m.group();
    }

    private static String quotedPrintable(String encoded) {
        String joined = encoded.replace("=\r\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
