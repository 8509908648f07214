package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.restassured.path.json.JsonPath;

/**
 * Issue 15's account journey on Keycloak's pages in the Assises theme, through the mails the stack's SMTP server
 * (GreenMail) actually received: a visitor signs up (a refused address first), opens the welcome mail's link, chooses
 * a password the policy shown up front accepts (a refused one first), arrives logged in; later, on a phone, she has
 * forgotten it: « Mot de passe oublié ? », the reset mail's link, a new password, and she logs in with it while the
 * old one no longer works. Every Keycloak page met is checked with axe.
 */
class AccountJourneyTest extends Browsing {

    @Test
    void aVisitorSignsUpThroughTheWelcomeMailThenResetsAForgottenPasswordThroughTheResetMail() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "e2e-compte-" + suffix;
        String email = username + "@exemple.test";
        String password = "Premier-mot-de-passe-" + suffix;
        String newPassword = "Nouveau-mot-de-passe-" + suffix;

        // sign-up: the product's look and words, French first
        Page page = newVisitor(1280);
        go(page, "/");
        page.click("a.sign-up");
        page.waitForSelector("#kc-register-form");
        assertThat(page.url()).startsWith(LocalStack.KEYCLOAK + "/realms/assises/");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("fr");
        assertThat(page.textContent("#kc-page-title")).contains("Créer votre compte");
        assertThat(page.inputValue("#kc-register-form [type=submit]")).isEqualTo("Créer un compte");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.pf-v5-c-login__header'))"
                + ".backgroundColor")).as("the gateway's brand colour").isEqualTo("rgb(31, 78, 140)");
        assertThat(page.evaluate("() => document.documentElement.classList.contains('pf-v5-theme-dark')"))
                .as("light only").isEqualTo(false);
        accessible(page, "Keycloak sign-up (assises theme)");
        screenshot(page, "e2e-compte-1-creation");

        // an address that is not one: the message next to the field, what was typed kept, no mail sent
        page.fill("#username", username);
        page.fill("#email", "aurore-sans-arobase");
        page.fill("#firstName", "Aurore");
        page.fill("#lastName", "Essai-Compte");
        page.click("#kc-register-form [type=submit]");
        page.waitForSelector("#input-error-email");
        assertThat(page.textContent("#input-error-email")).contains("Cette adresse e-mail n’est pas valide.");
        assertThat(page.getAttribute("#email", "aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("#username")).isEqualTo(username);
        accessible(page, "Keycloak sign-up with a refused address");
        assertThat(Mails.count(email, Mails.WELCOME)).isZero();

        page.fill("#email", email);
        page.click("#kc-register-form [type=submit]");
        page.waitForSelector(".instruction");
        assertThat(page.textContent("#kc-page-title")).contains("Vérifiez votre adresse e-mail");
        assertThat(page.textContent("main")).contains("Bienvenue", "Votre compte est créé", email);
        accessible(page, "Keycloak e-mail verification");
        screenshot(page, "e2e-compte-2-verification");

        // the welcome mail, as GreenMail received it: its link proves the address, then the password is chosen
        page.navigate(Mails.link(email, Mails.WELCOME, 0));
        page.waitForSelector("#password-new");
        assertThat(page.textContent("main")).contains("Adresse e-mail vérifiée, bienvenue");
        assertPolicyShownUpFront(page);
        accessible(page, "Keycloak password choice after verification");
        screenshot(page, "e2e-compte-3-mot-de-passe");
        page.fill("#password-new", "court");
        page.fill("#password-confirm", "court");
        page.click("#kc-submit");
        page.waitForSelector(".pf-v5-c-alert.pf-m-danger");
        assertThat(page.textContent(".pf-v5-c-alert.pf-m-danger")).contains("au moins 8 caractères");
        accessible(page, "Keycloak password refused by the policy");
        page.fill("#password-new", password);
        page.fill("#password-confirm", password);
        page.click("#kc-submit");
        page.waitForURL(LocalStack.GATEWAY + "/espace**");
        page.waitForLoadState();
        assertThat(page.locator(LOGOUT).count()).as("logged in after sign-up").isEqualTo(1);
        JsonPath claims = claims(token(username, password));
        assertThat(claims.getBoolean("email_verified")).isTrue();
        assertThat(claims.getString("email")).isEqualTo(email);
        noScriptErrors(page);
        go(page, "/deconnexion");
        page.waitForNavigation(() -> page.click(LOGOUT));

        // weeks later, on a phone: « Mot de passe oublié ? »
        Page phone = newVisitor(390);
        go(phone, "/espace");
        assertThat(phone.url()).startsWith(LOGIN_PAGE);
        assertThat(phone.textContent("#kc-page-title")).contains("Se connecter");
        assertThat(phone.textContent("#kc-registration")).contains("Pas encore de compte", "Créer un compte");
        accessible(phone, "Keycloak login (assises theme)");
        screenshot(phone, "e2e-compte-4-connexion");
        assertThat(phone.textContent("a[href*='reset-credentials']")).isEqualTo("Mot de passe oublié\u00a0?");
        phone.click("a[href*='reset-credentials']");
        phone.waitForSelector("#kc-reset-password-form");
        accessible(phone, "Keycloak forgotten password");
        screenshot(phone, "e2e-compte-5-mot-de-passe-oublie");
        phone.fill("#username", email);
        phone.click("#kc-reset-password-form [type=submit]");
        phone.waitForSelector(".pf-v5-c-alert.pf-m-success");
        assertThat(phone.textContent(".pf-v5-c-alert")).contains("un e-mail vient de lui être envoyé");
        accessible(phone, "Keycloak login after the reset request");

        phone.navigate(Mails.link(email, Mails.RESET, 0));
        phone.waitForSelector("#password-new");
        assertPolicyShownUpFront(phone);
        accessible(phone, "Keycloak new password after reset");
        screenshot(phone, "e2e-compte-6-nouveau-mot-de-passe");
        phone.fill("#password-new", newPassword);
        phone.fill("#password-confirm", newPassword);
        phone.click("#kc-submit");
        phone.waitForURL(LocalStack.GATEWAY + "/espace**");
        phone.waitForLoadState();
        assertThat(phone.locator(LOGOUT).count()).as("logged in after the reset").isEqualTo(1);
        noScriptErrors(phone);

        // the old password no longer opens the account; the new one does, on Keycloak's form
        given().baseUri(LocalStack.KEYCLOAK).formParam("client_id", "assises-cli").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password)
                .post("/realms/" + LocalStack.REALM + "/protocol/openid-connect/token").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("invalid_grant"));
        Page later = newVisitor(390);
        go(later, "/espace");
        logInOnKeycloak(later, email, newPassword);
        assertThat(later.url()).startsWith(LocalStack.GATEWAY + "/espace");
        assertThat(later.locator(LOGOUT).count()).isEqualTo(1);
        noScriptErrors(later);
    }

    /** The policy under the new password, named by the field, before anything is typed. */
    private static void assertPolicyShownUpFront(Page page) {
        assertThat(page.isVisible("#password-new-policy")).isTrue();
        assertThat(page.textContent("#password-new-policy"))
                .contains("Votre mot de passe", "au moins 8 caractères", "différent de votre nom d’utilisateur");
        assertThat(page.getAttribute("#password-new", "aria-describedby")).contains("password-new-policy");
    }

    private static JsonPath claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
