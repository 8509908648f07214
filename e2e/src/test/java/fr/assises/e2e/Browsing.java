package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * What every end-to-end test shares: Debian's Chromium driven by Playwright (never a downloaded browser), a fresh
 * browser context per person (cookies are the only credentials: the session cookie of the gateway's OIDC code
 * flow), Keycloak's own login form, axe-core and screenshots.
 */
@ExtendWith(LocalStack.class)
abstract class Browsing {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The navigation's logout button: logging out is a POST carrying the form's anti-CSRF token. */
    static final String LOGOUT = "form.nav-logout [type=submit]";
    static final String LOGIN_PAGE = LocalStack.KEYCLOAK + "/realms/" + LocalStack.REALM
            + "/protocol/openid-connect/auth";

    static final Map<Page, List<String>> SCRIPT_ERRORS = new ConcurrentHashMap<>();

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Debian's chromium is not installed (apt-get install -y chromium): end-to-end tests skipped");
        // Playwright unpacks its driver in the temporary directory the parent pom gives the tests
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        Files.createDirectories(SCREENSHOTS);
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

    /** A new person at a new browser: no cookie yet, French, the given screen width. */
    static Page newVisitor(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, 900).setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            // the gateway's own pages must not log errors (Keycloak's pages are not ours to judge); a failed load
            // is reported below with its address
            if ("error".equals(m.type()) && page.url().startsWith(LocalStack.GATEWAY)
                    && !m.text().startsWith("Failed to load resource")) {
                errors.add(page.url() + ": " + m.text());
            }
        });
        // a style sheet, script, image or font a page of the gateway names but cannot serve; pages and the tests'
        // own fetches are checked where they are made
        page.onResponse(r -> {
            String kind = r.request().resourceType();
            if (r.url().startsWith(LocalStack.GATEWAY) && r.status() >= 400 && !"document".equals(kind)
                    && !"fetch".equals(kind)) {
                errors.add(r.status() + " " + kind + " " + r.url());
            }
        });
        SCRIPT_ERRORS.put(page, errors);
        return page;
    }

    /** The gateway's pages ran their scripts without an error in this browser so far. */
    static void noScriptErrors(Page page) {
        assertThat(SCRIPT_ERRORS.get(page)).as("script errors on the gateway's pages").isEmpty();
    }

    static void go(Page page, String path) {
        page.navigate(LocalStack.GATEWAY + path);
        page.waitForLoadState();
    }

    /** Keycloak's login form, as a person types into it; the browser ends back on the gateway's page. */
    static void logInOnKeycloak(Page page, String username, String password) {
        assertThat(page.url()).as("Keycloak's login page").startsWith(LOGIN_PAGE);
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY));
        page.waitForLoadState();
    }

    /** An access token from Keycloak for API checks made beside the browser (the realm's CLI client). */
    static String token(String username, String password) {
        return given().baseUri(LocalStack.KEYCLOAK).formParam("client_id", "assises-cli")
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .post("/realms/" + LocalStack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * Keycloak's sign-up as a person goes through it, the browser on the form ({@code #kc-register-form}): the form
     * (no password there: with e-mail verification on, Keycloak asks for it once the address is proven), the
     * welcome mail the stack's SMTP server received and its link, then the password page. The browser ends on the
     * gateway, logged in.
     */
    static void signUp(Page page, String username, String email, String firstName, String lastName, String password) {
        int before = Mails.count(email, Mails.WELCOME);
        page.fill("#username", username);
        page.fill("#email", email);
        page.fill("#firstName", firstName);
        page.fill("#lastName", lastName);
        page.click("#kc-register-form [type=submit]");
        page.waitForSelector("#kc-verify-email-form, .instruction");
        page.navigate(Mails.link(email, Mails.WELCOME, before));
        page.waitForSelector("#password-new");
        page.fill("#password-new", password);
        page.fill("#password-confirm", password);
        page.click("#kc-submit");
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY));
        page.waitForLoadState();
    }

    static void accessible(Page page, String name) {
        List<String> serious = new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browsing::describe).toList();
        assertThat(serious).as("serious or critical axe violations on " + name).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
