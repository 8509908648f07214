package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.restassured.path.json.JsonPath;

/**
 * The organising committee prepares next year from the home page only: logs in, clones the demo's congres-2027 into
 * a 2028 edition (every date a year on, same weekdays), finds the draft in its console and nowhere in public, opens
 * it after reading what changes for participants; registration-, budget- and evaluation-service copy their parts
 * from the clone event.
 */
class EditionJourneyTest extends Browsing {

    @Test
    void anOrganiserClonesTheDemoCongressIntoA2028EditionAndOpensIt() {
        String slug = "congres-2028-" + UUID.randomUUID().toString().substring(0, 6);
        JsonPath source = given().get(LocalStack.GATEWAY + "/api/programme/public/congresses/" + LocalStack.SLUG)
                .then().statusCode(200).extract().jsonPath();
        LocalDate start = LocalDate.parse(source.getString("startDate")).plusDays(364);

        Page page = newVisitor(1280);
        go(page, "/");
        page.click("nav a[href='/espace']");
        logInOnKeycloak(page, "demo-organisateur", LocalStack.DEMO_PASSWORD);
        page.click("nav a[href='/organisation']");
        page.waitForLoadState();
        assertThat(page.url()).startsWith(LocalStack.GATEWAY + "/organisation");
        accessible(page, "editions (live demo)");
        page.click("a[href='/organisation/" + LocalStack.SLUG + "']");
        page.waitForLoadState();
        page.click("text=Cloner cette édition");
        page.waitForLoadState();
        accessible(page, "clone form (live demo)");

        page.fill("#f-title", "4e Congrès national des développeurs territoriaux");
        page.fill("#f-slug", slug);
        page.click("button[type=submit]");
        page.waitForSelector("#e-startDate");
        assertThat(page.textContent("#e-startDate")).contains("Date attendue");
        page.fill("#f-startDate", start.toString());
        page.click("button[type=submit]");
        page.waitForURL("**/organisation/" + slug + "?ok=cloned");
        assertThat(page.textContent("main")).contains("Édition clonée en brouillon", "Brouillon");
        accessible(page, "console of the draft (live demo)");
        go(page, "/");
        assertThat(page.textContent("main")).doesNotContain("4e Congrès");

        String token = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        String copy = given().auth().oauth2(token).get(LocalStack.GATEWAY + "/api/programme/congresses").then()
                .statusCode(200).extract().jsonPath().getString("find { it.slug == '" + slug + "' }.id");
        JsonPath congress = given().auth().oauth2(token).get(LocalStack.GATEWAY + "/api/programme/congresses/" + copy)
                .then().statusCode(200).extract().jsonPath();
        assertThat(congress.getString("status")).isEqualTo("DRAFT");
        assertThat(LocalDate.parse(congress.getString("endDate")))
                .isEqualTo(LocalDate.parse(source.getString("endDate")).plusDays(364));
        String sourceId = source.getString("id");
        OffsetDateTime sourceOpens = OffsetDateTime.parse(given().auth().oauth2(token)
                .get(LocalStack.GATEWAY + "/api/registration/congresses/" + sourceId + "/settings").then()
                .statusCode(200).extract().path("opensAt"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().auth().oauth2(token).get(LocalStack.GATEWAY + "/api/registration/congresses/" + copy + "/settings")
                    .then().statusCode(200);
            given().auth().oauth2(token).get(LocalStack.GATEWAY + "/api/budget/congresses/" + copy + "/budget")
                    .then().statusCode(200);
        });
        OffsetDateTime opens = OffsetDateTime.parse(given().auth().oauth2(token)
                .get(LocalStack.GATEWAY + "/api/registration/congresses/" + copy + "/settings").then().extract()
                .path("opensAt"));
        assertThat(opens.toLocalDate()).isEqualTo(sourceOpens.atZoneSameInstant(ZoneId.of("Europe/Paris"))
                .toLocalDate().plusDays(364));

        go(page, "/organisation/" + slug);
        page.click("text=Ouvrir le congrès…");
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Ce qui change pour les participants",
                "Le congrès apparaît sur la page d’accueil");
        accessible(page, "status confirmation (live demo)");
        page.click("text=Oui, ouvrir le congrès");
        page.waitForURL("**/organisation/" + slug + "?ok=OPEN");
        assertThat(page.textContent("main")).contains("Le congrès est ouvert", "Clore les inscriptions…");
        go(page, "/");
        assertThat(page.textContent("main")).contains("4e Congrès national des développeurs territoriaux");
        noScriptErrors(page);
    }
}
