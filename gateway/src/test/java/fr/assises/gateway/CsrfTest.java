package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Forms relied on the Origin check alone: a post with the person's credentials and no Origin header was applied, and
 * logging out was a GET any site could trigger. Now a form without the anti-CSRF token, or with another value than its
 * cookie, is refused with 403 (a French page, or problem+json for a client not asking for HTML) and nothing changes;
 * the token read from the page, sent back with its cookie, goes through. Logging out takes a POST with the token.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class CsrfTest {

    private static final String SLUG = StandInServices.SLUG;
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]*)\">\\s*$");

    @Test
    void aCancellationWithoutTheTokenOrWithAnotherIsRefusedAndChangesNothing() {
        String token = registeredParticipant();
        String cancel = "/espace/inscription/" + SLUG + "/annulation";

        // a site posting the form on the person's behalf: no token at all, no Origin header
        given().auth().oauth2(token).header(FormTokenFilter.BARE, "yes").redirects().follow(false)
                .when().post(cancel)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", containsString("forbidden")).body("detail", containsString("csrf-token"));
        // the cookie present (the person visited the site) but the form carries a value of its own making
        given().auth().oauth2(token).header(FormTokenFilter.BARE, "yes").accept("text/html").redirects().follow(false)
                .cookie("csrf-token", FormTokenFilter.freshToken()).formParam("csrf-token", FormTokenFilter.freshToken())
                .when().post(cancel)
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"fr\">")).body(containsString("Formulaire refusé"))
                .body(containsString("Rien n’a été enregistré"));
        // the token without its cookie
        given().auth().oauth2(token).header(FormTokenFilter.BARE, "yes").redirects().follow(false)
                .formParam("csrf-token", FormTokenFilter.freshToken())
                .when().post(cancel).then().statusCode(403);

        given().auth().oauth2(token).when().get("/espace")
                .then().body(not(containsString("Annulée"))).body(containsString("Modifier mon inscription"));
    }

    @Test
    void theTokenReadFromThePageWithItsCookieGoesThrough() {
        String token = registeredParticipant();
        Response page = given().auth().oauth2(token).when().get("/espace");
        String cookie = page.getCookie("csrf-token");
        assertThat(cookie).as("csrf-token cookie").isNotBlank();
        String cancel = "/espace/inscription/" + SLUG + "/annulation";
        String formToken = tokenOfForm(page.asString(), cancel);
        assertThat(formToken).as("token in the cancellation form").isEqualTo(cookie);

        given().auth().oauth2(token).header(FormTokenFilter.BARE, "yes").redirects().follow(false)
                .cookie("csrf-token", cookie).formParam("csrf-token", formToken)
                .when().post(cancel)
                .then().statusCode(303).header("Location", containsString("/espace?ok=cancelled"));
        given().auth().oauth2(token).when().get("/espace").then().body(containsString("Inscription annulée"));
    }

    @Test
    void anUploadFormCarriesTheTokenInItsMultipartBodyToo() {
        String organiser = TestTokens.organiser();
        String importPage = "/organisation/" + SLUG + "/inscriptions/import";
        String csv = "nom;prenom;email;categorie;jours\nFictive;Dominique;dominique.fictive@exemple.test;ELU;2027-06-24\n";
        String token = FormTokenFilter.freshToken();
        String withToken = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n"
                + upload(csv);
        given().auth().oauth2(organiser).header(FormTokenFilter.BARE, "yes").cookie("csrf-token", token)
                .contentType("multipart/form-data; boundary=b").body(withToken.getBytes(StandardCharsets.UTF_8))
                .when().post(importPage)
                .then().statusCode(200).body(containsString("Aperçu"));
        given().auth().oauth2(organiser).header(FormTokenFilter.BARE, "yes").cookie("csrf-token", token)
                .contentType("multipart/form-data; boundary=b").body(upload(csv).getBytes(StandardCharsets.UTF_8))
                .when().post(importPage)
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static String upload(String csv) {
        return "--b\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"invites.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--b--\r\n";
    }

    @Test
    void aRefusedFormIsInEnglishForAnEnglishVisitor() {
        given().auth().oauth2(TestTokens.participant()).header(FormTokenFilter.BARE, "yes").accept("text/html")
                .cookie("lang", "en").redirects().follow(false)
                .when().post("/espace/rattachement")
                .then().statusCode(403).body(containsString("<html lang=\"en\">")).body(containsString("Nothing was saved"));
    }

    @Test
    void loggingOutIsAPostWithTheTokenAndAGetOnlyAsks() {
        String token = TestTokens.participant();
        Response ask = given().auth().oauth2(token).accept("text/html").redirects().follow(false).when().get("/deconnexion");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.asString()).contains("Me déconnecter").contains("Rester connecté");
        String formToken = tokenOfForm(ask.asString(), "/deconnexion");
        assertThat(formToken).as("the logout forms carry the token").isEqualTo(ask.getCookie("csrf-token"));

        given().auth().oauth2(token).header(FormTokenFilter.BARE, "yes").redirects().follow(false)
                .when().post("/deconnexion").then().statusCode(403);
        given().auth().oauth2(token).header(FormTokenFilter.BARE, "yes").redirects().follow(false)
                .cookie("csrf-token", formToken).formParam("csrf-token", formToken)
                .when().post("/deconnexion").then().statusCode(303).header("Location", containsString("/"));
        // nobody to log out: the confirmation page sends a visitor home
        given().redirects().follow(false).when().get("/deconnexion").then().statusCode(303);
    }

    /** The token of the page's forms posting to {@code action}, all of them carrying the same one, last in the form. */
    private static String tokenOfForm(String html, String action) {
        String token = null;
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(1).equals(action)) {
                Matcher hidden = TOKEN.matcher(form.group(2));
                assertThat(hidden.find()).as("the form posting to " + action + " ends with the token").isTrue();
                assertThat(token).as("every form posting to " + action).isIn(null, hidden.group(1));
                token = hidden.group(1);
            }
        }
        return token;
    }

    private static String registeredParticipant() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Camille").formParam("lastName", "Essai").formParam("email", "camille@exemple.test")
                .formParam("territoryType", "COMMUNE")
                .formParam("category", "ELU").formParam("days", "2027-06-24").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG).then().statusCode(303);
        return token;
    }
}
