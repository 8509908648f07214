package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The organiser, in the browser only, makes the speakers' category invitation-only, adds a required custom question
 * and creates an invitation code; a new participant opens the reserved category with the code in the link and
 * registers answering the question. The demo congress's settings are put back afterwards.
 */
class SettingsJourneyTest extends Browsing {

    private static final String SETTINGS = "/organisation/" + LocalStack.SLUG + "/parametres-inscription";

    @Test
    void anOrganiserReservesPlacesAndAsksAQuestionThenAnInvitedSpeakerRegisters() throws Exception {
        String organiserToken = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        String congressId = given().baseUri(LocalStack.GATEWAY)
                .get("/api/programme/public/congresses/" + LocalStack.SLUG).then().statusCode(200)
                .extract().path("id");
        Map<String, Object> before = given().baseUri(LocalStack.GATEWAY)
                .get("/api/registration/congresses/" + congressId + "/settings").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        String code = "ORATEURS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try {
            Page organiser = newVisitor(1280);
            go(organiser, "/organisation/" + LocalStack.SLUG);
            logInOnKeycloak(organiser, "demo-organisateur", LocalStack.DEMO_PASSWORD);
            organiser.click("a[href='" + SETTINGS + "']");
            organiser.waitForSelector(".settings-form");
            accessible(organiser, "registration settings (live demo)");

            // bad input: a message next to the field, nothing saved
            organiser.fill("#f-totalCapacity", "beaucoup");
            organiser.click(".settings-form button[type=submit]");
            organiser.waitForSelector("#e-totalCapacity");
            assertThat(organiser.textContent("#e-totalCapacity")).contains("Nombre entier attendu");
            go(organiser, SETTINGS);
            String speakers = (String) organiser.evaluate("() => [...document.querySelectorAll('input[name$=_code]')]"
                    + ".find(i => i.value === 'INTERVENANT').name.replace('_code', '_invitationOnly')");
            organiser.check("input[name='" + speakers + "']");
            organiser.click(".settings-form button[type=submit]");
            organiser.waitForLoadState();
            assertThat(organiser.textContent("[role=status]")).contains("Paramètres enregistrés.");

            organiser.selectOption("#f-qnew_kind", "SINGLE_CHOICE");
            organiser.check("#f-qnew_required");
            organiser.fill("#f-qnew_labelFr", "Comment venez-vous au congrès ?");
            organiser.fill("#f-qnew_labelEn", "How do you travel to the congress?");
            organiser.fill("#f-qnew_choices", "En train\nEn voiture partagée\nÀ vélo");
            organiser.fill("#f-qnew_choicesEn", "By train\nCar sharing\nBy bike");
            organiser.click("form[action$='/questions'] button[type=submit]");
            organiser.waitForLoadState();
            assertThat(organiser.textContent("[role=status]")).contains("Question ajoutée.");

            organiser.fill("#f-code_label", "Intervenants des ateliers");
            organiser.selectOption("#f-code_category", "INTERVENANT");
            organiser.fill("#f-code_maxUses", "2");
            organiser.fill("#f-code_code", code);
            organiser.click("form[action$='/invitations'] button[type=submit]");
            organiser.waitForLoadState();
            assertThat(organiser.textContent("#codes ~ div table")).contains(code, "0 sur 2");
            accessible(organiser, "registration settings with a question and a code (live demo)");
            screenshot(organiser, "e2e-parametres-inscription");
            noScriptErrors(organiser);

            // a new participant: the reserved category is hidden, the code in the link opens it
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String username = "e2e-inv-" + suffix;
            String password = "Mot-de-passe-" + suffix;
            Page page = newVisitor(390);
            go(page, "/");
            page.click("a.sign-up");
            page.waitForSelector("#kc-register-form");
            signUp(page, username, username + "@exemple.test", "Oriane", "Invitée", password);
            page.waitForURL(LocalStack.GATEWAY + "/espace**");
            go(page, "/espace/inscription/" + LocalStack.SLUG);
            assertThat(page.locator("#cat-INTERVENANT").count()).as("invitation-only category hidden").isZero();
            go(page, "/espace/inscription/" + LocalStack.SLUG + "?code=" + code.toLowerCase());
            assertThat(page.textContent(".invitation-code [role=status]")).contains("Code accepté");
            page.fill("#f-firstName", "Oriane");
            page.fill("#f-lastName", "Invitée");
            page.fill("#f-email", username + "@exemple.test");
            page.fill("#f-organisation", "Parc naturel régional imaginaire");
            page.selectOption("#f-territoryType", "PNR");
            page.check("#cat-INTERVENANT");
            for (Locator day : page.locator("input[name=days]").all()) {
                day.check();
            }
            page.check("#f-consent");
            // the required question left out: refused next to it
            page.click("form.registration-form button[type=submit]");
            page.waitForSelector(".custom-questions .field-error");
            assertThat(page.textContent(".custom-questions .field-error")).contains("réponse obligatoire");
            accessible(page, "registration form with a code and a refused question (live demo, 390 px)");
            page.locator(".custom-questions input[type=radio]").nth(2).check();
            page.check("#cat-INTERVENANT");
            page.click("form.registration-form button[type=submit]");
            page.waitForLoadState();
            assertThat(page.url()).endsWith("/espace?ok=saved");
            screenshot(page, "e2e-inscription-sur-invitation");

            JsonPath mine = given().baseUri(LocalStack.GATEWAY).auth().oauth2(token(username, password))
                    .get("/api/registration/me/registrations").then().statusCode(200).extract().jsonPath();
            assertThat(mine.getString("[0].category")).isEqualTo("INTERVENANT");
            assertThat(mine.getString("[0].invitationCode")).isEqualTo(code);
            assertThat(mine.getMap("[0].answers").values()).containsExactly("C3");
            assertThat(given().baseUri(LocalStack.GATEWAY).auth().oauth2(organiserToken)
                    .get("/api/registration/congresses/" + congressId + "/invitations").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.code == '" + code + "' }.used", Integer.class))
                    .containsExactly(1);
        } finally {
            restore(organiserToken, congressId, before);
        }
    }

    /** The demo congress's categories and questions as they were, for the other journeys. */
    @SuppressWarnings("unchecked")
    private static void restore(String token, String congressId, Map<String, Object> before) {
        Map<String, Object> settings = new LinkedHashMap<>(before);
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Object c : (List<?>) before.get("categories")) {
            categories.add(new LinkedHashMap<>((Map<String, Object>) c));
        }
        settings.put("categories", categories);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(settings)
                .put("/api/registration/congresses/" + congressId + "/settings").then().statusCode(200);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("questions", before.getOrDefault("questions", List.of())))
                .put("/api/registration/congresses/" + congressId + "/settings/questions").then().statusCode(200);
    }
}
