package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.Download;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages in a real headless Chromium (Debian's, never a downloaded one): keyboard use, visible focus, the
 * English switch, a registration from the form, charts drawn from the self-served Chart.js, and axe-core on
 * each main page (no serious or critical violation). Screenshots go to {@code docs/screenshots/}. The user's
 * token rides on every request as a bearer header, as the session cookie would carry it in production.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class BrowserTest extends InChromium {


    private static void accessible(Page page, String name) {
        Chromium.assertAccessible(page, name);
    }

    /** Text with the no-break and narrow no-break spaces of French figures as plain spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').trim();
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }

    @Test
    void publicPagesAreAccessibleAndKeyboardUsable() {
        Page home = open(null, "/", 1280);
        assertThat(home.getAttribute("html", "lang")).isEqualTo("fr");
        home.keyboard().press("Tab");
        assertThat(home.evaluate("() => document.activeElement.textContent")).isEqualTo("Aller au contenu");
        // the skip link shows when focused, with a visible outline
        assertThat(home.locator(".skip-link").isVisible()).isTrue();
        assertThat(home.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        home.keyboard().press("Enter");
        assertThat(home.evaluate("() => document.activeElement.id")).isEqualTo("contenu");
        accessible(home, "home");
        screenshot(home, "accueil");
        // anyone can create an account: Keycloak's self-registration form for this realm and client
        String signUp = home.locator("a", new Page.LocatorOptions().setHasText("Créer un compte")).getAttribute("href");
        assertThat(signUp).startsWith("http://127.0.0.1:8180/realms/assises/protocol/openid-connect/registrations?"
                + "client_id=assises-gateway&response_type=code&scope=openid&redirect_uri=")
                .contains("redirect_uri=" + URLEncoder.encode(base.toString().replaceAll("/$", "") + "/compte-cree",
                        StandardCharsets.UTF_8));

        Page congress = open(null, "/congres/" + StandInServices.SLUG, 1280);
        assertThat(congress.textContent("main")).contains("il reste 137 places sur 500");
        accessible(congress, "congress home");
        screenshot(congress, "congres");

        Page programme = open(null, "/congres/" + StandInServices.SLUG + "/programme", 1280);
        accessible(programme, "programme");
        screenshot(programme, "programme");
        programme.selectOption("#f-kind", "WORKSHOP");
        programme.locator("form.filters button[type=submit]").click();
        programme.waitForLoadState();
        assertThat(programme.url()).contains("kind=WORKSHOP");
        assertThat(programme.textContent("main")).contains("3\u00a0sessions");
        assertThat(programme.locator("ol.sessions h3").allTextContents()).hasSize(3).allMatch(t -> t.startsWith("Atelier"));

        programme.locator("a[hreflang=en]").click();
        programme.waitForLoadState();
        assertThat(programme.url()).contains("lang=en");
        assertThat(programme.getAttribute("html", "lang")).isEqualTo("en");
        assertThat(programme.textContent("h1")).contains("Congress programme");
        accessible(programme, "programme in English");
    }

    @Test
    void aParticipantRegistersSeesTheirProgrammeAndAnswersTheSurvey() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Page form = open(token, "/espace/inscription/" + StandInServices.SLUG, 1280);
        accessible(form, "registration form");
        screenshot(form, "inscription");
        form.click(".registration-form button[type=submit]");
        form.waitForSelector("#erreurs");
        assertThat(form.evaluate("() => document.activeElement.id")).isEqualTo("erreurs");
        assertThat(form.textContent("#e-lastName")).isEqualTo("ne doit pas être vide");
        accessible(form, "registration form with errors");
        screenshot(form, "inscription-erreurs");

        form.fill("#f-firstName", "Alix");
        form.fill("#f-lastName", "Modèle");
        form.fill("#f-email", "alix@exemple.test");
        form.selectOption("#f-territoryType", "INTERCOMMUNALITE");
        form.check("#cat-PROFESSIONNEL");
        form.check("#day-2027-06-24");
        form.check("#ws-5e551000-0000-4000-8000-000000000001");
        form.check("#meal-5e551000-0000-4000-8000-000000000006");
        form.check("#f-consent");
        form.click(".registration-form button[type=submit]");
        form.waitForLoadState();
        assertThat(form.url()).endsWith("/espace?ok=saved");
        assertThat(form.textContent("main")).contains("Votre inscription est enregistrée.",
                "Atelier : coopérer entre intercommunalités", "Déjeuner du jeudi");
        accessible(form, "my space");
        screenshot(form, "mon-espace");

        // the badge: a real PDF from registration-service, through the gateway's proxy with my token
        Locator badgeLink = form.locator("a[href$='/badge.pdf']");
        String badgeHref = badgeLink.getAttribute("href");
        assertThat(badgeHref).startsWith("/api/registration/me/registrations/");
        // the link is a download named badge.pdf; Chromium sends a download's own request without the context's
        // extra headers (production carries the session cookie instead), so the file is fetched by the page
        // itself, with my token, through the gateway's proxy
        Download download = form.waitForDownload(badgeLink::click);
        assertThat(download.suggestedFilename()).isEqualTo("badge.pdf");
        // (a request of the page's context with a time limit: a fetch evaluated in the page would wait forever)
        APIResponse badge = form.request().get(badgeHref, RequestOptions.create()
                .setHeader("Authorization", "Bearer " + token).setTimeout(30_000));
        assertThat(badge.status()).isEqualTo(200);
        assertThat(new String(badge.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(badge.headers().get("content-type")).startsWith("application/pdf");
        assertThat(StandInServices.RECEIVED).anyMatch(r -> badgeHref.equals(r.getString("path"))
                && ("Bearer " + token).equals(r.getString("authorization")));

        // the survey button shows once the congress has begun (June 2027 here): the personal link is reached directly
        form.navigate(base.toString().replaceAll("/$", "") + "/espace/enquete/" + StandInServices.SLUG);
        form.waitForLoadState();
        assertThat(form.url()).contains("/enquete/" + StandInServices.SURVEY_TOKEN);
        accessible(form, "survey");
        form.check("#a_q1-4");
        form.check("#a_q4-5e551000-0000-4000-8000-000000000004-5");
        form.fill("#a_q3-creer", "Un atelier sur les mobilités");
        screenshot(form, "enquete");
        form.click("button[type=submit]");
        form.waitForLoadState();
        assertThat(form.textContent("[role=status]")).contains("Merci, vos réponses ont été enregistrées.");
    }

    @Test
    void partnerDashboardDrawsItsChartsOnAPhoneToo() {
        Page dashboard = open(TestTokens.partner(), "/partenaires/" + StandInServices.SLUG, 1280);
        dashboard.waitForFunction("() => window.Chart && document.querySelectorAll('canvas[data-partner-chart]').length > 0"
                + " && [...document.querySelectorAll('canvas[data-partner-chart]')].every(c => window.Chart.getChart(c))",
                null, new Page.WaitForFunctionOptions().setTimeout(5000));
        assertThat(dashboard.textContent("main")).contains("Région imaginaire").doesNotContain("@");
        accessible(dashboard, "partner dashboard");
        screenshot(dashboard, "tableau-de-bord-partenaires");

        Page phone = open(TestTokens.partner(), "/partenaires/" + StandInServices.SLUG, 390);
        assertThat(phone.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll')).map(e => e.tagName + '.' + e.className).slice(0, 5).join(' ')"))
                .as("elements wider than a phone screen").isEqualTo("");
        screenshot(phone, "tableau-de-bord-partenaires-mobile");
    }

    @Test
    void anOrganiserMovesASessionSeesTheConflictAndChecksInOnAPhone() {
        Page console = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG, 1280);
        assertThat(console.textContent("main")).contains("1\u00a0conflit détecté");
        accessible(console, "organiser console");
        screenshot(console, "console-organisation");

        Page planner = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/planning", 1280);
        accessible(planner, "planner");
        planner.click("#s-5e551000-0000-4000-8000-000000000003 summary");
        planner.selectOption("#hd-5e551000-0000-4000-8000-000000000003", "J1-PM");
        planner.click("#s-5e551000-0000-4000-8000-000000000003 button[type=submit]");
        planner.waitForLoadState();
        assertThat(planner.getAttribute("#s-5e551000-0000-4000-8000-000000000003", "class")).contains("has-conflict");
        assertThat(planner.textContent("#s-5e551000-0000-4000-8000-000000000003")).contains("occupent la même salle au même moment");
        accessible(planner, "planner with a conflict");
        screenshot(planner, "planning-conflit");
        // put it back for the other tests
        planner.click("#s-5e551000-0000-4000-8000-000000000003 summary");
        planner.selectOption("#hd-5e551000-0000-4000-8000-000000000003", "J2-AM");
        planner.click("#s-5e551000-0000-4000-8000-000000000003 button[type=submit]");
        planner.waitForLoadState();
        assertThat(planner.textContent("#s-5e551000-0000-4000-8000-000000000003")).doesNotContain("occupent la même salle");

        Page budget = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/budget", 1280);
        accessible(budget, "budget editor");
        screenshot(budget, "budget-organisation");
        // typing an amount recomputes the line, the totals and the balance before anything is saved
        assertThat(spaces(budget.textContent("#balance-state"))).isEqualTo("Excédent de 1 700,00 € : les produits dépassent les charges.");
        int received = StandInServices.RECEIVED.size();
        budget.fill("#unit-11e00000-0000-4000-8000-000000000003", "30 000,00");
        budget.locator("#balance-state").filter(new Locator.FilterOptions().setHasText("Déficit")).waitFor();
        assertThat(spaces(budget.textContent("#balance-state"))).isEqualTo("Déficit de 3 300,00 € : les charges dépassent les produits.");
        assertThat(spaces(budget.textContent("#total-11e00000-0000-4000-8000-000000000003"))).isEqualTo("30 000,00 €");
        assertThat(spaces(budget.textContent("#total-charges"))).isEqualTo("103 500,00 €");
        assertThat(spaces(budget.textContent("#total-balance"))).contains("3 300,00 €").startsWith("-");
        assertThat(budget.getAttribute("#total-balance", "class")).contains("negative");
        assertThat(budget.getAttribute("#balance-state", "aria-live")).isEqualTo("polite");
        assertThat(StandInServices.RECEIVED.subList(received, StandInServices.RECEIVED.size()))
                .noneSatisfy(r -> assertThat(r.getString("path")).contains("/lines/"));
        budget.fill("#qty-11e00000-0000-4000-8000-000000000003", "0");
        budget.locator("#balance-state").filter(new Locator.FilterOptions().setHasText("Excédent de 26")).waitFor();
        assertThat(spaces(budget.textContent("#total-balance"))).isEqualTo("26 700,00 €");
        accessible(budget, "budget editor while typing");

        Page setup = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/configuration", 1280);
        accessible(setup, "congress set-up");
        screenshot(setup, "configuration-congres");
        // the closing session's half-day cannot go: the reason is next to its button
        String[] asked = new String[1];
        setup.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.accept();
        });
        setup.click("form[action$='/J2-PM/suppression'] button");
        setup.waitForSelector("#e-halfDay-J2-PM");
        assertThat(asked[0]).isEqualTo("Retirer la demi-journée J2-PM ?");
        assertThat(setup.textContent("#e-halfDay-J2-PM")).contains("accueille encore 1 séance (Clôture)");
        accessible(setup, "congress set-up with a refusal");

        Page results = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/evaluation", 1280);
        accessible(results, "evaluation results");

        // the questionnaire builder: created from its form, a refused question shows its error summary (focused)
        // next to the field, then a question of each kind of setting is added
        Page builder = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/questionnaires", 1280);
        accessible(builder, "questionnaire list");
        builder.fill("#f-create-title", "Enquête de satisfaction 2027 (version de travail)");
        builder.fill("#f-create-purpose", "Savoir ce que les participants ont retiré du congrès.");
        builder.fill("#f-create-use", "Préparer la prochaine édition et rendre compte aux financeurs.");
        builder.fill("#f-create-anonymity", "Les réponses sont anonymes ; aucun groupe de moins de 5 réponses n'est détaillé.");
        builder.fill("#f-create-opensAt", "2026-11-01T09:00");
        builder.fill("#f-create-closesAt", "2027-07-10T18:00");
        builder.click("form[action$='/questionnaires'] button[type=submit]");
        builder.waitForLoadState();
        assertThat(builder.url()).contains("ok=created");
        builder.fill("#f-section-title", "Votre avis sur le congrès");
        builder.click("form[action$='/sections'] button[type=submit]");
        builder.waitForLoadState();
        builder.selectOption("#f-question-type", "LIKERT");
        builder.fill("#f-question-label", "Êtes-vous satisfait(e) de l'accueil ?");
        builder.fill("#f-question-scale", "Pas du tout satisfait(e)\nPeu satisfait(e)\nSatisfait(e)\nTrès satisfait(e)");
        builder.click("form[action$='/questions'] button[type=submit]");
        builder.waitForLoadState();
        builder.selectOption("#f-question-type", "SINGLE_CHOICE");
        builder.fill("#f-question-label", "Comment êtes-vous venu(e) ?");
        builder.fill("#f-question-options", "Train");
        builder.click("form[action$='/questions'] button[type=submit]");
        builder.waitForSelector("#erreurs");
        assertThat(builder.evaluate("() => document.activeElement.id")).isEqualTo("erreurs");
        assertThat(builder.textContent("#e-question-options")).isEqualTo("au moins deux choix sont nécessaires");
        assertThat(builder.inputValue("#f-question-label")).isEqualTo("Comment êtes-vous venu(e) ?");
        accessible(builder, "questionnaire builder with an error");
        builder.fill("#f-question-options", "Train\nVoiture\nVélo");
        builder.click("form[action$='/questions'] button[type=submit]");
        builder.waitForLoadState();
        assertThat(builder.textContent("main")).contains("Question ajoutée.", "3 : Satisfait(e)", "Vélo");
        accessible(builder, "questionnaire builder");
        // the second question is shown only for one answer of the first
        builder.selectOption("select[id^='f-condition-']", new SelectOption().setIndex(3));
        builder.click("form[action$='/condition'] button[type=submit]");
        builder.waitForLoadState();
        assertThat(builder.textContent("main")).contains("Affichée seulement si « Êtes-vous satisfait(e) de l'accueil ? » "
                + "a pour réponse « Satisfait(e) ».");
        accessible(builder, "questionnaire builder with a condition");
        screenshot(builder, "questionnaire-builder");

        // deleting a question asks first: dismissed, nothing is sent; accepted, the question goes
        String second = builder.locator("li[id^='q-']").nth(1).getAttribute("id").substring(2);
        String delete = "#q-" + second + " form[action$='/suppression'] button";
        builder.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.dismiss();
        });
        builder.click(delete);
        builder.evaluate("() => document.readyState");
        assertThat(asked[0]).isEqualTo("Supprimer la question « Comment êtes-vous venu(e) ? » ?");
        assertThat(builder.url()).doesNotContain("ok=deleted");
        assertThat(builder.isVisible("#q-" + second)).isTrue();
        assertThat(StandInServices.RECEIVED).noneSatisfy(r -> assertThat(r.getString("path")).endsWith("/questions/" + second));
        builder.onceDialog(Dialog::accept);
        builder.click(delete);
        builder.waitForURL(url -> url.contains("ok=deleted"));
        assertThat(builder.textContent("main")).contains("Question supprimée.").doesNotContain("Comment êtes-vous venu(e) ?");
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> assertThat(r.getString("path")).endsWith("/questions/" + second));
        // the remaining question changed in place from its (closed by default) edit form
        String first = builder.locator("li[id^='q-']").first().getAttribute("id").substring(2);
        builder.click("#q-" + first + " details.question-edit summary");
        assertThat(builder.inputValue("#f-edit-" + first + "-label")).isEqualTo("Êtes-vous satisfait(e) de l'accueil ?");
        accessible(builder, "questionnaire builder editing a question");
        builder.fill("#f-edit-" + first + "-label", "Comment avez-vous trouvé l'accueil ?");
        builder.click("#q-" + first + " form[action$='/modification'] button[type=submit]");
        builder.waitForURL(url -> url.contains("ok=edited"));
        assertThat(builder.textContent("main")).contains("Question modifiée.", "Comment avez-vous trouvé l'accueil ?");

        Page list = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/inscriptions", 1280);
        accessible(list, "registration list");
        screenshot(list, "inscriptions-organisation");

        Page desk = open(TestTokens.organiser(), "/organisation/" + StandInServices.SLUG + "/accueil", 390);
        desk.fill("#f-token", "OK-1234");
        desk.keyboard().press("Enter");
        desk.waitForLoadState();
        assertThat(desk.textContent("[role=status]")).contains("Arrivée enregistrée : Camille Fictive");
        accessible(desk, "check-in on a phone");
        screenshot(desk, "emargement-mobile");
    }

    @Test
    void registrationSettingsAndTheInvitationCodeWorkOnADesktopAndOnAPhone() {
        String settingsPath = "/organisation/" + StandInServices.SLUG + "/parametres-inscription";
        Page settings = open(TestTokens.organiser(), settingsPath, 1280);
        accessible(settings, "registration settings");
        screenshot(settings, "parametres-inscription");
        // an unreadable fee: refused next to its field, the summary focused, nothing saved
        settings.fill("#f-cat0_fee", "cent euros");
        settings.click(".settings-form button[type=submit]");
        settings.waitForSelector("#erreurs");
        assertThat(settings.evaluate("() => document.activeElement.id")).isEqualTo("erreurs");
        assertThat(settings.textContent("#e-cat0_fee")).startsWith("Montant en euros attendu");
        assertThat(settings.getAttribute("#f-cat0_fee", "aria-invalid")).isEqualTo("true");
        accessible(settings, "registration settings with errors");

        Page phone = open(TestTokens.organiser(), settingsPath, 390);
        accessible(phone, "registration settings on a phone");
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("page width at 390 px").isLessThanOrEqualTo(390);
        screenshot(phone, "parametres-inscription-mobile");

        String token = TestTokens.participant(UUID.randomUUID().toString());
        Page form = open(token, "/espace/inscription/" + StandInServices.SLUG, 390);
        assertThat(form.isVisible("#cat-INTERVENANT")).isFalse();
        form.fill("#f-invitationCode", "orateurs-2027");
        form.click(".invitation-code button[type=submit]");
        form.waitForLoadState();
        assertThat(form.textContent(".invitation-code [role=status]")).contains("« Intervenant »");
        assertThat(form.isChecked("#cat-INTERVENANT")).isTrue();
        assertThat(form.textContent(".custom-questions legend")).contains("Questions de l’équipe d’organisation".replace('’', '\''));
        accessible(form, "registration form with an invitation code on a phone");
        assertThat(((Number) form.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("form width at 390 px").isLessThanOrEqualTo(390);
        screenshot(form, "inscription-code-invitation-mobile");
    }

    @Test
    void thePageAnInvitationLeadsToClaimsWithOneButtonOnAPhone() {
        StandInServices.UNCLAIMED.put("phone.essai@exemple.test", List.of("4e910000-0000-4000-8000-000000000007"));
        Page claim = open(TestTokens.participantWithEmail("claim-phone", "phone.essai@exemple.test", true),
                "/espace/rattachement", 390);
        accessible(claim, "claim");
        Chromium.assertFits(claim, "claim", 390);
        claim.waitForNavigation(() -> claim.click("form[action='/espace/rattachement'] button[type=submit]"));
        assertThat(claim.textContent("[role=status]")).contains("1 inscription rattachée à votre compte");
        accessible(claim, "claim done");
    }
}
