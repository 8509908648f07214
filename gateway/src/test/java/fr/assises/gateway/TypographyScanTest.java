package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page the stand-ins make reachable, in French and in English, read as a person reads it (the text, not the
 * markup): no raw status or category code, no internal service name, no "(s)" plural, and in French no figure with
 * a decimal point or five digits without a thousands separator, no hyphen for a minus sign. The same pages in
 * Chromium with axe-core: no violation at all under WCAG 2.1 A/AA, whatever its impact. Also the favicon and the
 * language link's accessible name.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class TypographyScanTest extends InChromium {

    private static final String SLUG = StandInServices.SLUG;
    private static final String ORG = "/organisation/" + SLUG;

    /** Codes the services use that a person must never read: statuses, kinds, categories, question types. */
    private static final Pattern CODE = Pattern.compile("\\b(CONFIRMED|WAITLISTED|CANCELLED|SUBMITTED|DRAFT|PUBLISHED"
            + "|SCHEDULED|OPEN|CLOSED|ARCHIVED|OUVERT|CLOS|ELU|PROFESSIONNEL|ETUDIANT|NON_RENSEIGNEE|PLENARY|WORKSHOP"
            + "|ROUND_TABLE|MEAL|OPENING|CLOSING|BREAK|REQUESTED|GRANTED|PAID|MORNING|AFTERNOON|LIKERT|SINGLE_CHOICE"
            + "|MULTIPLE_CHOICE|REGISTRATION_REVENUE|CHECKED_IN|[A-Z]{2,}_[A-Z_]{2,})\\b");
    private static final Pattern SERVICE = Pattern.compile("\\b(programme|registration|budget|evaluation)-service\\b");
    private static final Pattern PLURAL = Pattern.compile("\\w\\((s|es|x)\\)");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\w.])\\d+\\.\\d+(?![\\w.])");
    private static final Pattern UNGROUPED = Pattern.compile("(?<![\\w.,:/-])\\d{5,}(?![\\w.:/-])");
    private static final Pattern HYPHEN_MINUS = Pattern.compile("(?<![\\w)])-\\d");

    private static String participantWithARegistration() {
        String token = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).redirects().follow(false)
                .formParam("firstName", "Sacha").formParam("lastName", "Témoin").formParam("email", "sacha@exemple.test")
                .formParam("territoryType", "COMMUNE").formParam("category", "ELU").formParam("days", "2027-06-24")
                .formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG).then().statusCode(303);
        return token;
    }

    private static Map<String, String> pages() {
        String participant = participantWithARegistration();
        String organiser = TestTokens.organiser();
        String partner = TestTokens.partner();
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : List.of("/", "/congres/" + SLUG, "/congres/" + SLUG + "/programme",
                "/congres/" + SLUG + "/programme/changements", "/enquete/" + StandInServices.SURVEY_TOKEN)) {
            pages.put(path, null);
        }
        pages.put("/espace", participant);
        pages.put("/espace/inscription/" + SLUG, participant);
        pages.put("/enquete/" + StandInServices.SURVEY_TOKEN + "#participant", participant);
        for (String path : List.of("/organisation", ORG, ORG + "/configuration", ORG + "/planning",
                ORG + "/planning/seances/nouvelle", ORG + "/intervenants", ORG + "/thematiques", ORG + "/versions",
                ORG + "/budget", ORG + "/budget/financeurs", ORG + "/budget/hypotheses", ORG + "/budget/versions",
                ORG + "/evaluation", ORG + "/questionnaires", ORG + "/inscriptions", ORG + "/accueil",
                ORG + "/restauration", ORG + "/messages", ORG + "/parametres-inscription",
                "/organisation/editions/nouvelle")) {
            pages.put(path, organiser);
        }
        for (String path : List.of(ORG + "/indicateurs", ORG + "/inscriptions/nouvelle", ORG + "/inscriptions/import",
                ORG + "/inscriptions/" + StandInDesk.CAMILLE, ORG + "/inscriptions/" + StandInDesk.CAMILLE + "/modifier",
                ORG + "/budget/versions?de=1&a=2", ORG + "/messages/rappel",
                QuestionnaireBuilderTest.BASE + "/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "/apercu",
                QuestionnaireBuilderTest.BASE + "/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "/papier",
                "/organisation/editions/cloner?source=" + StandInServices.CONGRESS_ID)) {
            pages.put(path, organiser);
        }
        pages.put("/donnees-personnelles", null);
        pages.put("/partenaires", partner);
        pages.put("/partenaires/" + SLUG, partner);
        pages.put("/partenaires/congres-2025", partner);
        pages.put("/partenaires/comparaison?editions=congres-2025,congres-2027", partner);
        return pages;
    }

    /** What a person reads: scripts, styles and tags dropped, entities decoded. */
    static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]*>", " ").replace("&nbsp;", "\u00a0")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("[ \\t\\r\\n]+", " ");
    }

    static List<String> problems(String where, String text, boolean french) {
        List<String> found = new ArrayList<>();
        find(found, where, "raw code", CODE, text);
        find(found, where, "service name", SERVICE, text);
        find(found, where, "(s) plural", PLURAL, text);
        if (french) {
            find(found, where, "decimal point", DECIMAL_POINT, text);
            find(found, where, "no thousands separator", UNGROUPED, text);
            find(found, where, "hyphen as minus", HYPHEN_MINUS, text);
        }
        return found;
    }

    private static void find(List<String> found, String where, String what, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(where + " – " + what + " «" + m.group() + "» in …" + text.substring(from, to) + "…");
        }
    }

    @Test
    void everyPageReadsInFrenchAndEnglishWithoutCodesOrUnformattedFigures() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> page : pages().entrySet()) {
            String path = page.getKey().replaceAll("#.*", "");
            for (String lang : List.of("fr", "en")) {
                var request = given().queryParam("lang", lang);
                if (page.getValue() != null) {
                    request = request.auth().oauth2(page.getValue());
                }
                String html = request.when().get(path).then().statusCode(200).extract().asString();
                found.addAll(problems(page.getKey() + "?lang=" + lang, text(html), lang.equals("fr")));
            }
        }
        assertThat(found).isEmpty();
    }

    /** axe-core's WCAG 2.1 A/AA rules and its best practices (landmarks, heading order, one h1, regions…). */
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /**
     * One pass over the same pages in both languages, each opened once in Chromium as its reader: axe-core finds
     * nothing, minor and moderate included (every violation is listed with where it is).
     */
    @Test
    void everyPageHasNoAxeViolationOfAnyImpactInFrenchAndEnglish() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> entry : pages().entrySet()) {
            String path = entry.getKey().replaceAll("#.*", "");
            for (String lang : List.of("fr", "en")) {
                String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                Page page = open(entry.getValue(), url, 1280);
                try {
                    new AxeBuilder(page).withTags(RULES).analyze().getViolations().forEach(r -> found.add(
                            url + " – " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                                    + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
                } finally {
                    page.context().close();
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanCatchesWhatItLooksFor() {
        assertThat(problems("t", "Statut : CONFIRMED, 2 session(s), 87450.00 €, 20000 places, -3 €, "
                + "budget-service ne répond pas, NON_RENSEIGNEE", true)).hasSize(7);
        assertThat(problems("t", "Statut : confirmée, 2 sessions, 87\u202f450,00\u00a0€, 20\u00a0000 places, "
                + "\u22123\u00a0€, le 24 juin 2027 à 09:30, atelier J1-A, 100\u202f%", true)).isEmpty();
    }

    @Test
    void aLoggedInParticipantSeesTheirNavigationOnTheSurveyPage() {
        String participant = TestTokens.participant(UUID.randomUUID().toString());
        String html = given().auth().oauth2(participant).when().get("/enquete/" + StandInServices.SURVEY_TOKEN)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("href=\"/espace\"").doesNotContain(">Se connecter<", "Créer un compte");
        assertThat(given().when().get("/enquete/" + StandInServices.SURVEY_TOKEN).then().statusCode(200).extract()
                .asString()).contains(">Se connecter<");
    }

    @Test
    void theLanguageLinkIsNamedByItsVisibleTextAndTheFaviconIsServed() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        assertThat(html).contains("hreflang=\"en\">English</a>").doesNotContain("aria-label=\"Lire en anglais\"")
                .contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        given().when().get("/favicon.ico").then().statusCode(200).contentType("image/x-icon");
        given().when().get("/favicon.svg").then().statusCode(200).contentType("image/svg+xml");
    }
}
