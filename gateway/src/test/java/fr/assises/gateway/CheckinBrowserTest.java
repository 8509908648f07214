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
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The check-in desk and the catering page in Debian's Chromium, at desktop width and on a 390 px phone: axe-core
 * finds no serious or critical violation, and the document is never wider than the screen.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class CheckinBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int PHONE = 390;

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Debian's chromium is not installed (apt-get install -y chromium): browser tests skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
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
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, 900).setBaseURL(base.toString())
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + TestTokens.organiser())));
        Page page = context.newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        page.navigate(path);
        page.waitForLoadState();
        assertThat(errors).as("console errors on " + path).isEmpty();
        return page;
    }

    private static void accessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + ": " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
                .as("serious or critical axe violations on " + name).isEmpty();
    }

    /** The document's width in CSS pixels: wider than the viewport means the page scrolls sideways. */
    private static int documentWidth(Page page) {
        return ((Number) page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                .intValue();
    }

    /** Sends the badge form with the Enter key, as a scanner does, and waits for the answer page. */
    private static void submit(Page page) {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        page.waitForLoadState();
    }

    @Test
    void theDeskWorksOnAPhoneAndGivesOneMessagePerScan() {
        String desk = "/organisation/" + StandInServices.SLUG + "/accueil";
        Page wide = open(desk, 1280);
        accessible(wide, "check-in desk");

        Page phone = open(desk, PHONE);
        assertThat(documentWidth(phone)).as("desk width at 390 px").isLessThanOrEqualTo(PHONE);
        accessible(phone, "check-in desk on a phone");
        // the desk chooses the workshop, then scans there
        phone.selectOption("#f-point", new SelectOption().setLabel(
                "Atelier : coopérer entre intercommunalités – 24 juin 2027 à 14:00"));
        phone.click("form.checkin-point button[type=submit]");
        phone.waitForURL(url -> url.contains("point=5e551000-0000-4000-8000-000000000001"));
        assertThat(phone.textContent(".checkin-where")).contains("Atelier : coopérer entre intercommunalités");
        phone.fill("#f-token", "OK-4242");
        submit(phone);
        assertThat(phone.locator("[role=status]").count()).isEqualTo(1);
        assertThat(phone.textContent("[role=status]")).contains("Arrivée enregistrée : Camille Fictive");
        assertThat(documentWidth(phone)).as("desk width after a scan at 390 px").isLessThanOrEqualTo(PHONE);
        accessible(phone, "check-in desk after a scan, on a phone");

        phone.fill("#f-token", "OK-4242-AGAIN");
        submit(phone);
        assertThat(phone.locator("[role=status]").count()).isEqualTo(1);
        String again = phone.textContent("[role=status]");
        assertThat(again).contains("Déjà arrivé(e) le 24 juin 2027 à 08:42.").doesNotContain("Arrivée enregistrée")
                .doesNotContain("Déjà enregistré(e)");
        assertThat(phone.inputValue("input[name=point][type=hidden]")).isEqualTo("5e551000-0000-4000-8000-000000000001");

        phone.fill("#f-token", "FAUX");
        submit(phone);
        assertThat(phone.textContent("#e-token")).contains("Badge inconnu ou falsifié.");
        assertThat(phone.getAttribute("#f-token", "aria-invalid")).isEqualTo("true");
        assertThat(documentWidth(phone)).isLessThanOrEqualTo(PHONE);
        accessible(phone, "check-in desk with a refused badge, on a phone");
    }

    @Test
    void cateringIsFrozenFromThePageAndReadableOnAPhone() {
        String catering = "/organisation/" + StandInServices.SLUG + "/restauration";
        Page wide = open(catering, 1280);
        accessible(wide, "catering page");
        wide.onDialog(dialog -> dialog.accept());
        wide.click("#b-freeze");
        wide.waitForURL(url -> url.contains("ok=frozen"));
        assertThat(wide.textContent("main")).contains("Effectifs gelés le 15 juin 2027 à 00:00",
                "Sortie de la liste d’attente", "−1 couvert");
        accessible(wide, "catering page with late changes");

        Page phone = open(catering, PHONE);
        assertThat(documentWidth(phone)).as("catering width at 390 px").isLessThanOrEqualTo(PHONE);
        accessible(phone, "catering page on a phone");
    }
}
