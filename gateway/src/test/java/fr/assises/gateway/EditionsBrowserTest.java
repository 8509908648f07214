package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The editions pages in Debian's headless Chromium: an organiser creates a draft edition (a refused form first),
 * opens it through the confirmation page and clones the demo congress on a 390 px phone; axe-core finds no serious
 * or critical violation on any of them.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "none"))
class EditionsBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM),
                "Debian's chromium is not installed (apt-get install -y chromium): browser tests skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BrowserTest.CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page open(String path, int width) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(width, 900)
                .setBaseURL(base.toString())
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + TestTokens.organiser()))).newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(path);
        page.waitForLoadState();
        assertThat(errors).as("page errors on " + path).isEmpty();
        return page;
    }

    private static void accessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(BrowserTest.WCAG_AA).analyze();
        assertThat(results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + ": " + r.getHelp()).toList())
                .as("serious or critical axe violations on " + name).isEmpty();
    }

    private static void fitsThePhone(Page page, String name) {
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(name + " width at 390 px").isLessThanOrEqualTo(390);
    }

    @Test
    void anOrganiserCreatesADraftEditionAndOpensItAfterConfirming() {
        Page editions = open("/organisation", 1280);
        accessible(editions, "editions list");
        editions.click("text=Nouvelle édition");
        editions.waitForLoadState();
        accessible(editions, "new edition form");

        editions.fill("#f-title", "4e Congrès national des développeurs territoriaux");
        editions.fill("#f-slug", "Congrès 2028");
        editions.fill("#f-startDate", "2028-06-22");
        editions.fill("#f-endDate", "2028-06-23");
        editions.fill("#f-venue", "Halle fictive de Brocéliande");
        editions.click("button[type=submit]");
        editions.waitForSelector("#e-slug");
        assertThat(editions.getAttribute("#f-slug", "aria-invalid")).isEqualTo("true");
        assertThat(editions.textContent("#e-slug")).contains("lettres minuscules");
        accessible(editions, "new edition form refused");

        editions.fill("#f-slug", "congres-2028-essai");
        editions.click("button[type=submit]");
        editions.waitForURL("**/organisation/congres-2028-essai?ok=created");
        assertThat(editions.textContent("main")).contains("Édition créée en brouillon", "Brouillon");
        accessible(editions, "console of a draft");

        editions.click("text=Ouvrir le congrès…");
        editions.waitForLoadState();
        assertThat(editions.textContent("main")).contains("Ce qui change pour les participants",
                "Le congrès apparaît sur la page d’accueil");
        accessible(editions, "status confirmation");
        editions.click("text=Oui, ouvrir le congrès");
        editions.waitForURL("**/organisation/congres-2028-essai?ok=OPEN");
        assertThat(editions.textContent("main")).contains("Le congrès est ouvert", "Clore les inscriptions…");
    }

    @Test
    void theCloneFormWorksOnAPhone() {
        Page clone = open("/organisation/editions/cloner?source=" + StandInServices.CONGRESS_ID, 390);
        accessible(clone, "clone form");
        fitsThePhone(clone, "clone form");
        clone.fill("#f-title", "4e Congrès national");
        clone.fill("#f-slug", "congres-2028-telephone");
        clone.click("button[type=submit]");
        clone.waitForSelector("#e-startDate");
        accessible(clone, "clone form refused");
        fitsThePhone(clone, "clone form refused");
        clone.fill("#f-startDate", "2028-06-22");
        clone.uncheck("#part-BUDGET");
        clone.click("button[type=submit]");
        clone.waitForURL("**/organisation/congres-2028-telephone?ok=cloned");
        assertThat(clone.textContent("main")).contains("Édition clonée en brouillon", "jeudi 22 juin 2028");
        fitsThePhone(clone, "console of the clone");
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("body"))
                .contains("\"slug\":\"congres-2028-telephone\"")
                .contains("\"parts\":[\"PROGRAMME\",\"ROOMS\",\"THEMES\",\"REGISTRATION\",\"EVALUATION\"]"));
    }
}
