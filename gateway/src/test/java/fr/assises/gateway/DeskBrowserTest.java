package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import com.microsoft.playwright.options.FilePayload;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registration desk's pages in Debian's Chromium: axe-clean and no wider than the screen, on a desktop and at 390 px. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class DeskBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String LIST = "/organisation/" + StandInServices.SLUG + "/inscriptions";

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
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

    @Test
    void detailAndImportPagesAreAccessibleOnADesktopAndAPhone() {
        for (int width : List.of(1280, 390)) {
            Page detail = open(LIST + "/" + StandInDesk.CAMILLE, width);
            assertThat(detail.locator("h1").innerText()).contains("Camille Fictive");
            check(detail, "detail at " + width);

            Page imports = open(LIST + "/import", width);
            imports.locator("#f-fichier").setInputFiles(new FilePayload("invites.csv", "text/csv",
                    ("nom;prenom;email;categorie;jours\nQuéré;Maëlys;m.quere" + width
                            + "@exemple.test;ELU;2027-06-24\n").getBytes(StandardCharsets.UTF_8)));
            imports.locator("button", new Page.LocatorOptions().setHasText("Prévisualiser")).click();
            imports.waitForLoadState();
            assertThat(imports.content()).contains("1 inscription sera créée.");
            check(imports, "import preview at " + width);
        }
    }

    private Page open(String path, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, 900).setBaseURL(base.toString())
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + TestTokens.organiser())));
        Page page = context.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(path);
        page.waitForLoadState();
        assertThat(errors).as("script errors on " + path).isEmpty();
        return page;
    }

    private static void check(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + ": " + r.getHelp() + " at " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).as("serious or critical axe violations on " + name).isEmpty();
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width of " + name)
                .isLessThanOrEqualTo(page.viewportSize().width);
    }
}
