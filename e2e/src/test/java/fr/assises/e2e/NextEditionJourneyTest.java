package fr.assises.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import io.restassured.path.json.JsonPath;

/**
 * Issue 13's "done when", chained in one browser session per person on the real stack: the organising committee,
 * from the home page only, prepares next year's congress (clone of congres-2027 with its dates a year on, a room, a
 * session with its speaker, a release, registration settings with a custom question and an invitation-only quota
 * opened by a code, registration opened); a participant signs up on Keycloak's form and registers with the code,
 * answering the question; the committee finds her without typing the accents, imports a file twice (the second time
 * creates nothing), exports the participants of the edition once it holds 5,000 registrations (timed), checks her
 * in at her workshop from her badge's QR code and freezes the catering. Every new form first gets bad input: the
 * message is next to the field. The edit step of a registration is added by another change.
 *
 * <p>Then issue 14's: the committee adds a funder and a line to the 2028 budget, submits version 1, starts version 2,
 * downloads the PDF naming the congress, raises a fee in the settings and sees the budget's income follow (and the
 * diff of the two versions), publishes a questionnaire with a conditional question and sends the invitations; Léa,
 * checked in at the entrance, opens the link of the mail the stack's SMTP server received and the conditional
 * question appears as she answers. (The partner's comparison of 2025 and 2027 is PartnerJourneyTest's.)
 */
class NextEditionJourneyTest extends Browsing {

    private static final String ROOM = "Salle des Érables fictifs";
    private static final String SPEAKER = "Maëlle Intervenante-Fictive";
    private static final String SESSION = "Atelier des communs imaginaires";
    private static final String QUESTION = "Viendrez-vous avec un vélo à garer ?";
    private static final int SEEDED = 5_000;
    private static final Duration EXPORT_LIMIT = Duration.ofSeconds(10);
    private static final Pattern SURVEY_LINK = Pattern.compile("https?://\\S+/enquete/lien/\\S+");

    @Test
    void theCommitteePreparesNextYearAParticipantRegistersAndTheDeskWorksAtScale() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "congres-2028-" + suffix;
        String org = "/organisation/" + slug;
        String title = "5e Congrès national des développeurs territoriaux " + suffix;
        String code = "ELUS-" + suffix.toUpperCase();
        LocalDate start = LocalDate.parse(given().get(LocalStack.GATEWAY + "/api/programme/public/congresses/"
                + LocalStack.SLUG).then().statusCode(200).extract().jsonPath().getString("startDate")).plusDays(364);

        // the committee, from the home page
        Page page = newVisitor(1280);
        page.onDialog(dialog -> dialog.accept());
        go(page, "/");
        page.click("nav a[href='/espace']");
        logInOnKeycloak(page, "demo-organisateur", LocalStack.DEMO_PASSWORD);
        page.click("nav a[href='/organisation']");
        page.waitForLoadState();
        page.click("a[href='/organisation/" + LocalStack.SLUG + "']");
        page.waitForLoadState();
        page.click("text=Cloner cette édition");
        page.waitForLoadState();

        // clone, every date a year on (same weekdays); no first day: refused next to the field
        page.fill("#f-title", title);
        page.fill("#f-slug", slug);
        page.click("main form button[type=submit]");
        page.waitForSelector("#e-startDate");
        assertThat(page.textContent("#e-startDate")).contains("Date attendue");
        page.fill("#f-startDate", start.toString());
        page.click("main form button[type=submit]");
        page.waitForURL("**" + org + "?ok=cloned");
        assertThat(page.textContent("main")).contains("Édition clonée en brouillon", "Brouillon");
        accessible(page, "console of the 2028 draft");
        String congressId = congressId(slug);
        String token = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        // registration-service copies the settings from the clone event
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token)
                .get(LocalStack.GATEWAY + "/api/registration/congresses/" + congressId + "/settings").then()
                .statusCode(200));

        // a room: an unreadable capacity first
        subnav(page, org + "/configuration");
        page.fill("#room-new-name", ROOM);
        page.fill("#room-new-capacity", "quarante");
        page.click("form[action$='/configuration/salles'] button[type=submit]");
        page.waitForSelector("#e-newRoom");
        assertThat(page.getAttribute("#room-new-capacity", "aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("#room-new-name")).isEqualTo(ROOM);
        page.fill("#room-new-capacity", "40");
        page.click("form[action$='/configuration/salles'] button[type=submit]");
        page.waitForURL("**/configuration?ok=room-added*");
        accessible(page, "set-up of the 2028 draft");

        // a speaker, then a session with that speaker in that room
        subnav(page, org + "/planning");
        page.click("a[href='" + org + "/intervenants']");
        page.waitForLoadState();
        page.fill("#f-name", SPEAKER);
        page.fill("#f-organisation", "Agence fictive des communs");
        page.check("#f-publicConsent");
        page.fill("#f-email", "maelle.intervenante@example.test");
        page.click("main form button[type=submit]");
        page.waitForURL("**/intervenants?ok=speaker-created");
        subnav(page, org + "/planning");
        page.click("text=Ajouter une séance");
        page.waitForURL("**/planning/seances/nouvelle*");
        page.fill("#f-title", SESSION);
        page.selectOption("#f-kind", "FORUM");
        page.selectOption("#f-halfDayCode", "J1-PM");
        page.fill("#f-start", "16:00");
        page.fill("#f-end", "15:00");
        page.selectOption("#f-roomId", new SelectOption().setLabel(ROOM + " (40 places)"));
        page.getByLabel(SPEAKER + " (Agence fictive des communs)").check();
        page.click("form.session-form button[type=submit]");
        page.waitForSelector("#e-end");
        assertThat(page.textContent("#e-end")).contains("La fin de la séance doit suivre son début.");
        page.fill("#f-start", "15:00");
        page.fill("#f-end", "16:30");
        page.click("form.session-form button[type=submit]");
        page.waitForURL("**/planning?ok=session-created*");
        assertThat(page.textContent("main")).contains(SESSION);

        // the first release of the 2028 programme
        page.click("a[href='" + org + "/versions']");
        page.waitForLoadState();
        accessible(page, "releases of the 2028 draft");
        page.click("text=/Publier la version \\d+…/");
        page.waitForURL("**/versions/publication");
        page.click("main form button[type=submit]");
        page.waitForURL("**/versions?publiee=*");
        assertThat(page.textContent("main")).contains("publiée");

        // registration settings: bad capacity first, then opening today and an invitation-only quota for elected
        // officials
        subnav(page, org + "/parametres-inscription");
        page.waitForSelector(".settings-form");
        page.fill("#f-totalCapacity", "beaucoup");
        page.click(".settings-form button[type=submit]");
        page.waitForSelector("#e-totalCapacity");
        assertThat(page.textContent("#e-totalCapacity")).contains("Nombre entier attendu");
        subnav(page, org + "/parametres-inscription");
        page.fill("#f-opensAt", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString());
        page.fill("#f-opensAt-time", "09:00");
        String speakers = (String) page.evaluate("() => [...document.querySelectorAll('input[name$=_code]')]"
                + ".find(i => i.value === 'INTERVENANT').name.replace('_code', '')");
        page.check("input[name='" + speakers + "_invitationOnly']");
        page.fill("input[name='" + speakers + "_quota']", "30");
        page.click(".settings-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("Paramètres enregistrés.");

        // a custom question: a choice question without choices first
        page.selectOption("#f-qnew_kind", "SINGLE_CHOICE");
        page.check("#f-qnew_required");
        page.fill("#f-qnew_labelFr", QUESTION);
        page.fill("#f-qnew_labelEn", "Will you come with a bike to park?");
        page.click("form[action$='/questions'] button[type=submit]");
        page.waitForSelector("form[action$='/questions'] .field-error");
        assertThat(page.inputValue("#f-qnew_labelFr")).isEqualTo(QUESTION);
        page.fill("#f-qnew_choices", "Oui\nNon");
        page.fill("#f-qnew_choicesEn", "Yes\nNo");
        page.click("form[action$='/questions'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("Question ajoutée.");

        // the invitation code opening the quota: an unreadable number of places first
        page.fill("#f-code_label", "Élus des territoires partenaires");
        page.selectOption("#f-code_category", "INTERVENANT");
        page.fill("#f-code_maxUses", "dix");
        page.fill("#f-code_code", code);
        page.click("form[action$='/invitations'] button[type=submit]");
        page.waitForSelector("#e-code_maxUses");
        page.fill("#f-code_maxUses", "10");
        page.click("form[action$='/invitations'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("#codes ~ div table")).contains(code, "0 sur 10");
        accessible(page, "registration settings of the 2028 edition");
        screenshot(page, "e2e-2028-parametres-inscription");

        // registration opens: the congress goes from draft to open, after reading what changes
        subnav(page, org);
        page.click("text=Ouvrir le congrès…");
        page.waitForLoadState();
        page.click("text=Oui, ouvrir le congrès");
        page.waitForURL("**" + org + "?ok=OPEN");
        noScriptErrors(page);

        // a participant signs up on Keycloak's form and registers with the code she was sent, on a phone
        String username = "e2e-lea-" + suffix;
        String password = "Mot-de-passe-" + suffix;
        String email = username + "@exemple.test";
        Page lea = newVisitor(390);
        go(lea, "/");
        lea.click("a.sign-up");
        lea.waitForSelector("#kc-register-form");
        signUp(lea, username, email, "Léa", "Fèvrier-Âmont", password);
        lea.waitForURL(LocalStack.GATEWAY + "/espace**");
        String link = "/espace/inscription/" + slug + "?code=" + code;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            go(lea, link);
            return lea.locator("input[type=radio][name^=workshop_]").count() > 0
                    && lea.locator(".invitation-code [role=status]").count() > 0;
        });
        assertThat(lea.textContent(".invitation-code [role=status]")).contains("Code accepté");
        lea.fill("#f-firstName", "Léa");
        lea.fill("#f-lastName", "Fèvrier-Âmont");
        lea.fill("#f-email", email);
        if (lea.locator("#f-organisation").count() > 0) {
            lea.fill("#f-organisation", "Communauté de communes imaginaire");
        }
        if (lea.locator("#f-territoryType").count() > 0) {
            lea.selectOption("#f-territoryType", "INTERCOMMUNALITE");
        }
        lea.check("#cat-INTERVENANT");
        for (Locator day : lea.locator("input[name=days]").all()) {
            day.check();
        }
        String workshop = (String) lea.evaluate("() => { for (const r of document.querySelectorAll("
                + "'input[type=radio][name^=workshop_]')) { const rem = document.getElementById('rem-' + r.value);"
                + " if (r.value && !(rem && rem.classList.contains('is-full'))) { r.checked = true; return r.value; } }"
                + " return null; }");
        assertThat(workshop).as("a workshop of the 2028 programme with room").isNotNull();
        lea.check("#f-consent");
        lea.click("form.registration-form button[type=submit]");
        lea.waitForSelector(".custom-questions .field-error");
        assertThat(lea.textContent(".custom-questions .field-error")).contains("réponse obligatoire");
        accessible(lea, "2028 registration form with a refused question (390 px)");
        lea.locator(".custom-questions input[type=radio]").first().check();
        lea.check("#cat-INTERVENANT");
        lea.click("form.registration-form button[type=submit]");
        lea.waitForLoadState();
        assertThat(lea.url()).endsWith("/espace?ok=saved");
        noScriptErrors(lea);

        // the committee finds her without typing the accents
        subnav(page, org + "/inscriptions");
        page.fill("#f-q", "fevrier");
        page.click("form[action='" + org + "/inscriptions'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.locator("main table tbody tr").count()).isEqualTo(1);
        assertThat(page.textContent("main table tbody")).contains("Fèvrier-Âmont");
        accessible(page, "accent-free search in the 2028 registrations");
        page.click("main table tbody a[href^='" + org + "/inscriptions/']");
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Fèvrier-Âmont", email);

        // the committee edits her: an unreadable e-mail is refused next to its field and saves nothing, then her
        // organisation changes
        page.click("main a[href$='/modifier']");
        page.waitForLoadState();
        accessible(page, "editing a registration");
        page.fill("#f-email", "pas-une-adresse");
        page.click("form.registration-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.locator("#e-email").isVisible()).as("the refusal next to the e-mail").isTrue();
        page.fill("#f-email", email);
        page.fill("#f-organisation", "Mairie de Fictiveville-sur-Essai");
        page.click("form.registration-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.url()).endsWith("?ok=modifiee");
        assertThat(page.textContent("main")).contains("Mairie de Fictiveville-sur-Essai", email);

        // an import: a file with an impossible day first (every error by line and column), then the good file
        // twice
        page.click("main a[href='" + org + "/inscriptions']");
        page.waitForLoadState();
        page.click("a[href='" + org + "/inscriptions/import']");
        page.waitForLoadState();
        String header = "nom;prenom;email;categorie;jours;organisation;type_territoire\n";
        importFile(page, header + "Rivière-Fictive;Noé;noe.riviere-" + suffix + "@exemple.test;PROFESSIONNEL;31/02/"
                + start.getYear() + ";Commune imaginaire;COMMUNE\n");
        assertThat(page.textContent("[role=alert]")).contains("ligne 2", "jours");
        String file = header + "Rivière-Fictive;Noé;noe.riviere-" + suffix + "@exemple.test;PROFESSIONNEL;" + start
                + ";Commune imaginaire;COMMUNE\nOrtéga-Imaginaire;Inès;ines.ortega-" + suffix
                + "@exemple.test;PROFESSIONNEL;" + start + ";Pays fictif du Val;PAYS\n";
        importFile(page, file);
        assertThat(page.textContent("[role=status]")).contains("2 inscriptions seront créées.");
        page.click("form[action$='/import/confirmation'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("2 inscriptions créées");
        importFile(page, file);
        assertThat(page.textContent("[role=status]")).contains("Aucune inscription ne sera créée.");
        assertThat(page.textContent("main")).contains("Lignes ignorées", "noe.riviere-" + suffix);
        assertThat(page.locator("form[action$='/import/confirmation']").count()).isZero();
        accessible(page, "second import of the same file");

        // the edition at scale: 5,000 more registrations, then the participants' export, timed from the click
        seed(congressId, start, SEEDED);
        page.click("main a[href='" + org + "/inscriptions']");
        page.waitForLoadState();
        long before = System.nanoTime();
        Download download = page.waitForDownload(() -> page.click("a[href*='/manage/exports/participants.csv']"));
        assertThat(download.failure()).isNull();
        byte[] csv = Files.readAllBytes(download.path());
        Duration took = Duration.ofNanos(System.nanoTime() - before);
        long lines = new String(csv, StandardCharsets.UTF_8).lines().count();
        System.out.printf("participants.csv of %d registrations: %d bytes in %d ms%n", lines - 1, csv.length,
                took.toMillis());
        assertThat(lines - 1).as("every registration exported").isGreaterThanOrEqualTo(SEEDED + 3);
        assertThat(took).as("export of a 5,000-registration congress").isLessThan(EXPORT_LIMIT);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Fèvrier-Âmont");

        // check-in at her workshop, from the QR code of her badge
        String badgeHref = lea.getAttribute("a[href$='/badge.pdf']", "href");
        assertThat(badgeHref).as("badge link in her space").isNotNull();
        Download badge = lea.waitForDownload(() -> lea.click("a[href$='/badge.pdf']"));
        String checkinCode = qrCode(Files.readAllBytes(badge.path()));
        subnav(page, org + "/accueil");
        page.selectOption("#f-point", workshop);
        page.click("form.checkin-point button[type=submit]");
        page.waitForLoadState();
        page.fill("#f-token", "BADGE-INCONNU");
        page.click("form.checkin-form button[type=submit]");
        page.waitForSelector("#e-token");
        page.fill("#f-token", checkinCode);
        page.click("form.checkin-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("Arrivée enregistrée : Léa Fèvrier-Âmont");
        accessible(page, "workshop check-in point of the 2028 edition");
        screenshot(page, "e2e-2028-accueil-atelier");
        // and at the entrance, which makes her one of those the survey is sent to
        page.selectOption("#f-point", "ENTRANCE");
        page.click("form.checkin-point button[type=submit]");
        page.waitForLoadState();
        page.fill("#f-token", checkinCode);
        page.click("form.checkin-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("Arrivée enregistrée : Léa Fèvrier-Âmont");

        // catering frozen for the caterer
        subnav(page, org + "/restauration");
        page.click("#b-freeze");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("Effectifs gelés");
        accessible(page, "catering freeze of the 2028 edition");
        noScriptErrors(page);

        // issue 14: the budget, its fees following the settings, then the survey sent to whoever came
        budgetVersionsAndPdf(page, org, congressId, title, token);
        feeFollowedByTheBudget(page, org);
        surveyAnsweredFromTheMail(page, org, lea, email);
    }

    /**
     * A funder, then a charge line and that funder's subsidy (bad input first: refused next to its line, nothing
     * saved), so the draft balances; version 1 submitted after its confirmation page, version 2 started (a missing
     * name first), and the PDF export names the congress by its title.
     */
    private static void budgetVersionsAndPdf(Page page, String org, String congressId, String title, String token)
            throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token)
                .get(LocalStack.GATEWAY + "/api/budget/congresses/" + congressId + "/budget").then().statusCode(200));
        subnav(page, org + "/budget");
        accessible(page, "budget editor of the 2028 edition");
        page.click("a[href='" + org + "/budget/financeurs']");
        page.waitForLoadState();
        page.selectOption("#type-new", "REGION");
        page.fill("#name-new", "Région imaginaire des Deux-Vallées");
        page.fill("#requested-new", "beaucoup");
        page.click("form[action='" + org + "/budget/financeurs'] button[type=submit]");
        page.waitForSelector("#e-requested-new");
        assertThat(page.inputValue("#name-new")).isEqualTo("Région imaginaire des Deux-Vallées");
        accessible(page, "budget funders with a refusal");
        page.fill("#requested-new", "4 000,00");
        page.fill("#requestedOn-new", "2027-01-15");
        page.click("form[action='" + org + "/budget/financeurs'] button[type=submit]");
        page.waitForURL("**/budget/financeurs?ok=saved");
        assertThat(words(page, "main")).contains("Région imaginaire des Deux-Vallées", "4 000,00 €");

        // a shuttle and the region's subsidy: what the draft lacked to balance goes on one side or the other
        JsonPath before = given().auth().oauth2(token)
                .get(LocalStack.GATEWAY + "/api/budget/congresses/" + congressId + "/budget").then().statusCode(200)
                .extract().jsonPath();
        assertThat(before.getLong("totals.inKindUsesCents")).isEqualTo(before.getLong("totals.inKindContributionsCents"));
        long balance = before.getLong("totals.balanceCents");
        long charge = 400_000 + Math.max(0, balance);
        long subsidy = 400_000 - Math.min(0, balance);
        page.click("a[href='" + org + "/budget']");
        page.waitForLoadState();
        page.selectOption("#account-n1", "625");
        page.fill("#label-n1", "Navette fictive gare – congrès");
        page.selectOption("#driver-n1", "FIXED");
        page.fill("#unit-n1", euros(charge));
        page.fill("#qty-n1", "1");
        page.selectOption("#account-n2", "74");
        page.fill("#label-n2", "Subvention de la Région imaginaire");
        page.selectOption("#driver-n2", "FIXED");
        page.fill("#unit-n2", "quatre mille");
        page.fill("#qty-n2", "1");
        page.click("form[action='" + org + "/budget'] button[type=submit]");
        page.waitForSelector("#e-n2");
        assertThat(page.inputValue("#label-n1")).as("what was typed, kept").isEqualTo("Navette fictive gare – congrès");
        assertThat(given().auth().oauth2(token).get(LocalStack.GATEWAY + "/api/budget/congresses/" + congressId
                + "/budget").then().statusCode(200).extract().jsonPath().getLong("totals.balanceCents"))
                .as("nothing saved").isEqualTo(balance);
        accessible(page, "budget editor with a refused line");
        page.fill("#unit-n2", euros(subsidy));
        page.evaluate("() => document.querySelector('#line-n2 details').open = true");
        page.selectOption("#funder-n2", new SelectOption().setLabel("Région imaginaire des Deux-Vallées"));
        page.click("form[action='" + org + "/budget'] button[type=submit]");
        page.waitForURL("**/budget?ok=saved");
        assertThat(page.textContent("main")).contains("Navette fictive gare – congrès",
                "Subvention de la Région imaginaire");
        assertThat(page.textContent("#balance-state")).contains("équilibr");

        // version 1 submitted, then version 2 started
        page.click("a[href='" + org + "/budget/versions']");
        page.waitForLoadState();
        page.click("a[href='" + org + "/budget/versions/soumission']");
        page.waitForLoadState();
        accessible(page, "budget submission confirmation");
        page.click("#f-submit");
        page.waitForURL("**/budget/versions?ok=submitted");
        page.click("form[action$='/budget/versions/nouvelle'] button[type=submit]");
        page.waitForSelector("#e-name");
        page.fill("#f-name", "Budget actualisé après l’ouverture des inscriptions");
        page.click("form[action$='/budget/versions/nouvelle'] button[type=submit]");
        page.waitForURL("**/budget?ok=next");
        assertThat(page.textContent("main")).contains("Budget actualisé après l’ouverture des inscriptions");

        // the PDF of the subsidy application names the congress
        Download pdf = page.waitForDownload(() -> page.click("p.exports a[href$='/export.pdf']"));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Congrès national des développeurs territoriaux").doesNotContain(congressId);
            assertThat(text).contains(title.substring(title.lastIndexOf(' ') + 1));
        }
    }

    /**
     * The professional fee raised to 195 € in the registration settings: the draft's registration income counts with
     * it once registration-service's event reached budget-service; the diff of versions 1 and 2 shows that line.
     */
    private static void feeFollowedByTheBudget(Page page, String org) {
        subnav(page, org + "/parametres-inscription");
        page.waitForSelector(".settings-form");
        String fee = "#f-" + page.evaluate("() => [...document.querySelectorAll('input[name$=_code]')]"
                + ".find(i => i.value === 'PROFESSIONNEL').name.replace('_code', '_fee')");
        page.fill(fee, "cent quatre-vingt-quinze");
        page.click(".settings-form button[type=submit]");
        page.waitForSelector("#e-" + fee.substring(3));
        page.fill(fee, "195");
        page.click(".settings-form button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("[role=status]")).contains("Paramètres enregistrés.");
        Awaitility.await("the budget's income at the new fee").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    go(page, org + "/budget");
                    return page.locator(".derived-revenue").count() > 0
                            && words(page, ".derived-revenue").contains("195,00 €");
                });
        accessible(page, "budget editor at the new fee");
        page.click("a[href='" + org + "/budget/versions']");
        page.waitForLoadState();
        page.selectOption("#f-de", "1");
        page.selectOption("#f-a", "2");
        page.click("form[action='" + org + "/budget/versions'] button[type=submit]");
        page.waitForSelector("table.budget-diff");
        assertThat(page.textContent("table.budget-diff tbody")).contains("Droits d’inscription");
        accessible(page, "diff of budget versions 1 and 2");
        screenshot(page, "e2e-2028-budget-versions");
        noScriptErrors(page);
    }

    /**
     * A questionnaire with a question shown only for one answer of the first, published after its confirmation
     * page; the invitations go to whoever was checked in at the entrance (Léa), she opens the link of the mail the
     * stack's SMTP server received and the second question appears as she answers the first.
     */
    private static void surveyAnsweredFromTheMail(Page page, String org, Page lea, String email) {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        subnav(page, org + "/questionnaires");
        // no title first: refused next to it, what was typed kept
        page.fill("#f-create-purpose", "Savoir ce que les participants ont retiré du congrès.");
        page.fill("#f-create-use", "Préparer la prochaine édition et rendre compte aux financeurs.");
        page.fill("#f-create-anonymity", "Les réponses sont anonymes.");
        page.fill("#f-create-opensAt", now.minusHours(1).toLocalDateTime().toString());
        page.fill("#f-create-closesAt", now.plusDays(30).toLocalDateTime().toString());
        page.click("form[action='" + org + "/questionnaires'] button[type=submit]");
        page.waitForSelector("#e-create-title");
        assertThat(page.inputValue("#f-create-use")).isEqualTo("Préparer la prochaine édition et rendre compte aux financeurs.");
        accessible(page, "questionnaire creation with a refusal");
        page.fill("#f-create-title", "Votre avis sur le congrès 2028");
        page.click("form[action='" + org + "/questionnaires'] button[type=submit]");
        page.waitForURL(url -> url.endsWith("?ok=created"));
        page.fill("#f-section-title", "Votre venue");
        page.click("form[action$='/sections'] button[type=submit]");
        page.waitForLoadState();
        page.selectOption("#f-question-type", "SINGLE_CHOICE");
        page.fill("#f-question-label", "Comment êtes-vous venue au congrès ?");
        page.fill("#f-question-options", "En train\nEn voiture\nÀ vélo");
        page.click("form[action$='/questions'] button[type=submit]");
        page.waitForLoadState();
        page.selectOption("#f-question-type", "SHORT_TEXT");
        page.fill("#f-question-label", "Depuis quelle gare ?");
        page.click("form[action$='/questions'] button[type=submit]");
        page.waitForLoadState();
        page.selectOption("select[id^='f-condition-']", new SelectOption().setIndex(1));
        page.click("form[action$='/condition'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Affichée seulement si");
        accessible(page, "2028 questionnaire builder with a condition");
        page.click("a[href$='/publication']");
        page.waitForLoadState();
        accessible(page, "questionnaire publication confirmation");
        page.click("form[action$='/publish'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("#etat")).contains("Ouvert");

        int before = Mails.count(email, Mails.SURVEY);
        page.click("main a.button[href$='/invitations']");
        page.waitForLoadState();
        assertThat(page.textContent("#a-inviter")).isEqualTo("1");
        accessible(page, "survey invitations");
        page.click("form[action$='/invitations'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("#invitations-envoyees")).contains("1");
        noScriptErrors(page);

        String link = Mails.link(email, Mails.SURVEY, before, SURVEY_LINK);
        assertThat(link).startsWith(LocalStack.GATEWAY + "/enquete/lien/");
        lea.navigate(link);
        lea.waitForLoadState();
        assertThat(lea.url()).contains("/enquete/");
        Locator conditional = lea.locator("fieldset[data-show-when]");
        assertThat(conditional.isVisible()).isFalse();
        accessible(lea, "survey opened from the invitation (390 px)");
        lea.locator("fieldset[data-question] input[type=radio]").first().check();
        conditional.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
        assertThat(conditional.textContent()).contains("Depuis quelle gare ?");
        accessible(lea, "survey with its conditional question shown (390 px)");
        conditional.locator("input").fill("Gare imaginaire de Belcombe");
        lea.click("form.survey-form button[type=submit]");
        lea.waitForLoadState();
        assertThat(lea.textContent("[role=status]")).contains("Merci");
        noScriptErrors(lea);
    }

    /** The text of an element with French no-break spaces read as spaces. */
    private static String words(Page page, String selector) {
        return page.textContent(selector).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String euros(long cents) {
        return String.format("%d,%02d", cents / 100, cents % 100);
    }

    /** A link of the console's navigation, as the committee clicks it. */
    private static void subnav(Page page, String href) {
        page.click("nav.subnav a[href='" + href + "']");
        page.waitForLoadState();
    }

    private static void importFile(Page page, String csv) {
        page.setInputFiles("#f-fichier", new FilePayload("inscrits.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.click("form[action$='/inscriptions/import'] button[type=submit]");
        page.waitForLoadState();
    }

    private static String congressId(String slug) {
        String token = token("demo-organisateur", LocalStack.DEMO_PASSWORD);
        return given().auth().oauth2(token).get(LocalStack.GATEWAY + "/api/programme/congresses").then()
                .statusCode(200).extract().jsonPath().getString("find { it.slug == '" + slug + "' }.id");
    }

    /**
     * 5,000 confirmed registrations written straight into registration-service's database in one statement: the
     * export's cost is what is measured, not the seeding's (the import API would mail 5,000 invitations).
     */
    private static void seed(String congressId, LocalDate day, int count) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + LocalStack.HOST + ":15433/registration",
                "assises", "assises");
                PreparedStatement insert = c.prepareStatement("""
                        insert into registration (id, congress_id, participant_id, status, category, fee_cents, days,
                            language, first_name, last_name, email, organisation, source, checkin_nonce, created_at,
                            updated_at, version)
                        select gen_random_uuid(), ?::uuid, 'seed-' || n, 'CONFIRMED', 'PROFESSIONNEL', 25000, ?,
                            'fr', 'Prénom' || n, 'Fictif-' || n, 'fictif-' || n || '@exemple.test',
                            'Collectivité imaginaire ' || (n % 97), 'IMPORT', md5(n::text), now(), now(), 1
                        from generate_series(1, ?) n""")) {
            insert.setString(1, congressId);
            insert.setString(2, day.toString());
            insert.setInt(3, count);
            assertThat(insert.executeUpdate()).isEqualTo(count);
        }
    }

    /** The check-in code a desk's camera reads on the badge: the QR code image of its first page. */
    static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    BufferedImage small = image.getImage();
                    BufferedImage big = new BufferedImage(small.getWidth() * 8, small.getHeight() * 8,
                            BufferedImage.TYPE_INT_RGB);
                    big.getGraphics().drawImage(small.getScaledInstance(big.getWidth(), big.getHeight(),
                            Image.SCALE_FAST), 0, 0, null);
                    try {
                        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                                new BufferedImageLuminanceSource(big))), Map.of(DecodeHintType.TRY_HARDER, true))
                                .getText();
                    } catch (com.google.zxing.NotFoundException e) {
                        ImageIO.write(big, "png", SCREENSHOTS.resolve("e2e-badge-qr-unread.png").toFile());
                    }
                }
            }
        }
        throw new AssertionError("no readable QR code on the badge");
    }
}
