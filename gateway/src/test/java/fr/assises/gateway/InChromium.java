package fr.assises.gateway;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Page;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every browser test of the gateway starts from: one Debian Chromium per test class (skipped when it is not
 * installed) and pages of the application under test opened in French.
 */
abstract class InChromium {

    static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        Chromium.close(chromium);
    }

    /** {@code path} opened at {@code width} px as the holder of {@code token} (null: anonymous). */
    Page open(String token, String path, int width) {
        return chromium.open(base, token, path, width);
    }

    /** {@code path} opened at {@code width} px by an organiser. */
    Page open(String path, int width) {
        return open(TestTokens.organiser(), path, width);
    }

    /** On a 390 px phone: no serious or critical axe violation and nothing wider than the screen. */
    static void phone(Page page, String name) {
        Chromium.assertAccessible(page, name);
        Chromium.assertFits(page, name, 390);
    }
}
