package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * Debian's headless Chromium for the gateway's browser tests (one per test class): pages opened as a user whose
 * token rides on every request as a bearer header (as the session cookie would carry it in production) with no
 * console error allowed, axe-core's WCAG AA rules (no serious or critical violation) and screenshots in
 * {@code docs/screenshots/}.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Skips the test class when Chromium is not installed. */
    static Chromium launch() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                "Debian's chromium is not installed (apt-get install -y chromium): browser tests skipped");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"))));
    }

    static void close(Chromium chromium) {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** {@code path} opened in French at {@code width} px as the holder of {@code token} (null: anonymous). */
    Page open(URL base, String token, String path, int width) {
        return open(base, token, path, width, true);
    }

    /** The same, with JavaScript on or off (a page must work without it). */
    Page open(URL base, String token, String path, int width, boolean javaScript) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(width, 900).setBaseURL(base.toString()).setAcceptDownloads(true)
                .setJavaScriptEnabled(javaScript);
        if (token != null) {
            options.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token));
        }
        BrowserContext context = browser.newContext(options);
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

    /**
     * axe on a page opened without JavaScript: axe runs as a script that awaits its own timers, which a context
     * without JavaScript never fires (Chromium 156.0.8078.129 waits forever). The page's HTML, as the server sent it
     * and the user left it, is served again at its address to a page of a context with JavaScript on, where the
     * site's scripts are refused: axe sees the page without JavaScript, styled, and can run.
     */
    void assertAccessibleWithoutJavaScript(Page page, String name) {
        String html = page.content();
        BrowserContext twin = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(page.viewportSize().width, page.viewportSize().height));
        try {
            twin.route("**/*.js", Route::abort);
            twin.route(page.url(), route -> route.fulfill(new Route.FulfillOptions()
                    .setContentType("text/html; charset=utf-8").setBody(html)));
            Page copy = twin.newPage();
            copy.navigate(page.url());
            copy.waitForLoadState();
            assertAccessible(copy, name);
        } finally {
            twin.close();
        }
    }

    static void assertAccessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Chromium::describe).toList();
        assertThat(serious).as("serious or critical axe violations on " + name).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    /** On a phone, no wider than its screen (tables scroll inside their own region); names what is too wide. */
    static void assertFits(Page page, String name, int width) {
        Object scrollWidth = page.evaluate("() => Math.max(document.documentElement.scrollWidth, "
                + "document.body.scrollWidth)");
        Object wide = page.evaluate("w => [...document.querySelectorAll('body *')].filter(e => "
                + "e.getBoundingClientRect().right > w + 1 && !e.closest('.grid-scroll, .table-scroll'))"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + "
                + "Math.round(e.getBoundingClientRect().right))", width);
        assertThat(((Number) scrollWidth).intValue()).as(name + " page width; too wide: " + wide)
                .isLessThanOrEqualTo(width);
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
