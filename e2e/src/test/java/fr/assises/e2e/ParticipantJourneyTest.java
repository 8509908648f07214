package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;

import io.restassured.path.json.JsonPath;

/**
 * A visitor creates an account on Keycloak's own sign-up form, registers for the demo congress picking a workshop
 * in each slot and a meal, downloads the badge (a real download carried by the session cookie), logs out and logs
 * in again on Keycloak's login form.
 */
class ParticipantJourneyTest extends Browsing {

    @Test
    void aVisitorSignsUpRegistersPicksWorkshopsAndDownloadsTheBadge() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "e2e-" + suffix;
        String password = "Mot-de-passe-" + suffix;
        String firstName = "Aurore";
        String lastName = "Essai" + suffix.toUpperCase().replaceAll("[^A-Z]", "X");
        String email = username + "@exemple.test";

        Page page = newVisitor(1280);
        go(page, "/");
        accessible(page, "home (live demo)");
        page.click("a.sign-up");
        page.waitForSelector("#kc-register-form");
        assertThat(page.url()).startsWith(LocalStack.KEYCLOAK + "/realms/assises/");
        screenshot(page, "e2e-creation-de-compte-keycloak");
        // the welcome mail's link proves the address, then the password is chosen (Browsing.signUp); Keycloak sends
        // the new account back to the gateway, which logs it in without asking again
        signUp(page, username, email, firstName, lastName, password);
        page.waitForURL(LocalStack.GATEWAY + "/espace**");
        page.waitForLoadState();
        assertThat(page.locator(LOGOUT).count()).as("logged in").isEqualTo(1);
        assertThat(page.textContent("main")).contains("Vous n'êtes inscrit(e) à aucun congrès.");

        go(page, "/congres/" + LocalStack.SLUG);
        accessible(page, "congress home (live demo)");
        page.click("a[href='/espace/inscription/" + LocalStack.SLUG + "']");
        page.waitForSelector("#f-workshops");
        accessible(page, "registration form (live demo)");
        page.fill("#f-firstName", firstName);
        page.fill("#f-lastName", lastName);
        page.fill("#f-email", email);
        page.fill("#f-organisation", "Communauté de communes imaginaire");
        // the demo congress asks for the territory type (required) besides the organisation
        page.selectOption("#f-territoryType", "INTERCOMMUNALITE");
        page.locator("#cat-PROFESSIONNEL").check();
        for (Locator day : page.locator("input[name=days]").all()) {
            day.check();
        }
        // one workshop per slot: the first that still has room
        @SuppressWarnings("unchecked")
        List<Map<String, String>> workshops = (List<Map<String, String>>) page.evaluate("() => {"
                + " const picked = new Map();"
                + " for (const r of document.querySelectorAll('input[type=radio][name^=workshop_]')) {"
                + "   if (!r.value || picked.has(r.name)) continue;"
                + "   const rem = document.getElementById('rem-' + r.value);"
                + "   if (rem && rem.classList.contains('is-full')) continue;"
                + "   picked.set(r.name, {id: r.id, sessionId: r.value,"
                + "     title: document.querySelector('label[for=\"' + r.id + '\"]').firstChild.textContent.trim()}); }"
                + " return [...picked.values()]; }");
        // (the title is the label's first text; its end time follows in a hint)
        assertThat(workshops).as("workshop slots of the demo programme").hasSizeGreaterThanOrEqualTo(2);
        for (Map<String, String> workshop : workshops) {
            page.check("#" + workshop.get("id"));
        }
        String mealId = page.locator("input[name=meals]").first().getAttribute("value");
        page.check("#meal-" + mealId);
        page.check("#f-consent");
        screenshot(page, "e2e-inscription");
        page.click("form.registration-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/espace?ok=saved");
        String mySpace = page.textContent("main");
        assertThat(mySpace).contains("Votre inscription est enregistrée.");
        for (Map<String, String> workshop : workshops) {
            assertThat(mySpace).contains(workshop.get("title").split("\n")[0].trim());
        }
        accessible(page, "my space (live demo)");
        screenshot(page, "e2e-mon-espace");

        // the same registration, as registration-service holds it, for this person only
        String token = token(username, password);
        JsonPath mine = given().auth().oauth2(token).get("/api/registration/me/registrations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("$")).hasSize(1);
        assertThat(mine.getString("[0].status")).isEqualTo("CONFIRMED");
        assertThat(mine.getString("[0].person.lastName")).isEqualTo(lastName);
        assertThat(mine.getString("[0].person.territoryType")).isEqualTo("INTERCOMMUNALITE");
        assertThat(mine.getList("[0].workshops.sessionId", String.class))
                .containsExactlyInAnyOrderElementsOf(workshops.stream().map(w -> w.get("sessionId")).toList());
        assertThat(mine.getList("[0].meals.sessionId", String.class)).containsExactly(mealId);

        String badgeHref = page.getAttribute("a[href$='/badge.pdf']", "href");
        APIResponse viaCookie = page.request().get(LocalStack.GATEWAY + badgeHref,
                RequestOptions.create().setMaxRedirects(0));
        assertThat(viaCookie.status()).as("badge with the session cookie: " + viaCookie.headers()).isEqualTo(200);
        // the badge is a real download: the browser's own request, carried by the gateway's session cookie
        Download download = page.waitForDownload(() -> page.click("a[href$='/badge.pdf']"));
        assertThat(download.failure()).isNull();
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument badge = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(badge)).containsIgnoringCase(lastName).containsIgnoringCase(firstName);
        }
        noScriptErrors(page);

        // log out, then my space asks Keycloak again; logging in brings the registration back
        // (a POST with the form's anti-CSRF token: a GET on the logout path only shows the button again)
        go(page, "/deconnexion");
        assertThat(page.textContent("main")).contains("Me déconnecter");
        assertThat(page.locator(LOGOUT).count()).as("still logged in after the GET").isEqualTo(1);
        page.waitForNavigation(() -> page.click(LOGOUT));
        // Keycloak ends its own session too, then sends the browser back to the gateway's home page
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).matches(Pattern.quote(LocalStack.GATEWAY + "/") + "(\\?state=[-0-9a-f]+)?");
        assertThat(page.locator(LOGOUT).count()).isZero();
        go(page, "/espace");
        logInOnKeycloak(page, username, password);
        assertThat(page.url()).startsWith(LocalStack.GATEWAY + "/espace");
        assertThat(page.textContent("main")).contains(workshops.get(0).get("title").split("\n")[0].trim());
        noScriptErrors(page);
    }

    @Test
    void anotherParticipantSeesNeitherTheRegistrationsNorTheBadgesOfOthers() {
        String mine = token("demo-participant", LocalStack.DEMO_PASSWORD);
        String theirs = token("demo-participante2", LocalStack.DEMO_PASSWORD);
        List<String> ids = new ArrayList<>(given().auth().oauth2(theirs).get("/api/registration/me/registrations")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class));
        for (String id : ids) {
            given().auth().oauth2(mine).get("/api/registration/me/registrations/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(mine).get("/api/registration/me/registrations/" + id + "/badge.pdf")
                    .then().statusCode(404);
        }
        // and without a token, the API answers 401 rather than a login page
        given().get("/api/registration/me/registrations").then().statusCode(401);
    }
}
