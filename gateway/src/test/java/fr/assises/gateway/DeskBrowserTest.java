package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registration desk's pages in Debian's Chromium: axe-clean and no wider than the screen, on a desktop and at 390 px. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class DeskBrowserTest {

    static final String LIST = "/organisation/" + StandInServices.SLUG + "/inscriptions";

    static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        Chromium.close(chromium);
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
        return chromium.open(base, TestTokens.organiser(), path, width);
    }

    private static void check(Page page, String name) {
        Chromium.assertAccessible(page, name);
        Chromium.assertFits(page, name, page.viewportSize().width);
    }
}
