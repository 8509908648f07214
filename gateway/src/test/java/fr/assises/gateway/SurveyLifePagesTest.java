package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The survey's life in pages: conditional questions brought up in steps without JavaScript (answers kept, nothing
 * sent until the questions stop changing), answers kept on a refusal and shown again on reopening the link; the
 * preview as the respondent's real form sending nothing; publishing and closing after a page that says what
 * changes; the closing moved later; paper questionnaires typed in; exports one click away.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class SurveyLifePagesTest {

    private static final String SURVEY = "/enquete/" + StandInSurveyLife.CONDITIONAL_TOKEN;
    private static final String ARCHIVED = QuestionnaireBuilderTest.BASE + "/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE;

    private static Response answer(Map<String, String> form) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParams(form)
                .when().post(SURVEY);
    }

    private static Response post(String path, Map<String, ?> form) {
        return given().auth().oauth2(TestTokens.organiser()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(form).when().post(path);
    }

    private static String page(String path) {
        return given().auth().oauth2(TestTokens.organiser()).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aConditionalQuestionComesUpInStepsWithoutJavaScriptAndAnswersAreKept() {
        String form = given().when().get(SURVEY).then().statusCode(200).extract().asString();
        assertThat(form).contains("<script src=\"/static/survey.js\" defer></script>",
                        "data-show-when=\"transport\" data-show-equals=\"TRAIN\"",
                        "name=\"shown\" value=\"transport overall sessions \"",
                        "le formulaire revient avec elles avant tout envoi")
                .containsPattern("<fieldset id=\"q-gare\"[^>]* hidden disabled");
        int before = StandInSurveyLife.ANSWERS.size();

        // by train: the form comes back with the station question, the answers kept, nothing sent
        Map<String, String> byTrain = new LinkedHashMap<>(Map.of("shown", "transport overall sessions",
                "a_transport", "TRAIN", "a_overall", "3"));
        String step = answer(byTrain).then().statusCode(200).extract().asString();
        assertThat(step).contains("Vos réponses font apparaître de nouvelles questions", "<a href=\"#q-gare\">Depuis quelle gare ?</a>",
                        "name=\"shown\" value=\"transport gare overall sessions \"", "question-new")
                .containsPattern("id=\"a_transport-TRAIN\" name=\"a_transport\" value=\"TRAIN\" checked")
                .containsPattern("id=\"a_overall-3\" name=\"a_overall\" value=\"3\" checked")
                .doesNotContainPattern("<fieldset id=\"q-gare\"[^>]* hidden");
        assertThat(StandInSurveyLife.ANSWERS).hasSize(before);

        // the station is required now that it shows: refused next to it, the answers kept
        byTrain.put("shown", "transport gare overall sessions");
        answer(byTrain).then().statusCode(422)
                .body(containsString("<p class=\"field-error\" id=\"e-gare\">réponse obligatoire</p>"))
                .body(containsString("<a href=\"#q-gare\">"))
                .body(containsString("value=\"TRAIN\" checked"));
        assertThat(StandInSurveyLife.ANSWERS).hasSize(before);

        byTrain.put("a_gare", "Gare imaginaire de Belcombe");
        byTrain.put("a_sessions_" + StandInSurveyLife.SESSION_ID, "4");
        answer(byTrain).then().statusCode(200).body(containsString("Merci, vos réponses ont été enregistrées."));
        assertThat(StandInSurveyLife.ANSWERS.get(StandInSurveyLife.ANSWERS.size() - 1).encode()).isEqualTo(
                "{\"transport\":\"TRAIN\",\"gare\":\"Gare imaginaire de Belcombe\",\"overall\":3,"
                        + "\"sessions\":{\"" + StandInSurveyLife.SESSION_ID + "\":4}}");

        // the link opened again shows what was answered, the station question with it
        String reopened = given().when().get(SURVEY).then().statusCode(200).extract().asString();
        assertThat(reopened).contains("value=\"Gare imaginaire de Belcombe\"", "value=\"TRAIN\" checked",
                        "id=\"a_sessions-" + StandInSurveyLife.SESSION_ID + "-4\" name=\"a_sessions_" + StandInSurveyLife.SESSION_ID + "\" value=\"4\" checked")
                .doesNotContainPattern("<fieldset id=\"q-gare\"[^>]* hidden");

        // by car now: the station question goes, its answer is not sent
        Map<String, String> byCar = new LinkedHashMap<>(byTrain);
        byCar.put("a_transport", "VOITURE");
        assertThat(answer(byCar).then().statusCode(200).extract().asString())
                .contains("des questions ne vous concernent plus")
                .containsPattern("<fieldset id=\"q-gare\"[^>]* hidden disabled");
        byCar.remove("a_gare");
        byCar.put("shown", "transport overall sessions");
        answer(byCar).then().statusCode(200).body(containsString("Vos réponses ont été modifiées."));
        assertThat(StandInSurveyLife.ANSWERS.get(StandInSurveyLife.ANSWERS.size() - 1).containsKey("gare")).isFalse();

        given().queryParam("lang", "en").when().get(SURVEY).then().statusCode(200)
                .body(containsString("From which station?")).body(containsString("the form comes back with them"));
        given().contentType("application/x-www-form-urlencoded").formParam("a_transport", "TRAIN")
                .when().post("/enquete/inconnu").then().statusCode(404);
    }

    @Test
    void thePreviewIsTheRespondentsFormAndSendsNothing() {
        String preview = page(ARCHIVED + "/apercu");
        assertThat(preview).contains("Rien de ce que vous y saisissez n’est envoyé", "<legend>Êtes-vous venu en train ? *</legend>",
                        "data-show-when=\"q-train\" data-show-equals=\"OUI\"", "<script src=\"/static/survey.js\" defer></script>",
                        "Essayer ces réponses (rien n’est envoyé)", "action=\"" + ARCHIVED + "/apercu\"")
                .containsPattern("<fieldset id=\"q-q-gare\"[^>]* hidden disabled")
                .doesNotContain("Enregistrer ce questionnaire papier");
        int paper = StandInSurveyLife.PAPER.size();
        String tried = post(ARCHIVED + "/apercu", Map.of("shown", "q-train", "a_q-train", "OUI"))
                .then().statusCode(200).extract().asString();
        assertThat(tried).contains("Aperçu\u00a0: rien n’a été envoyé", "<a href=\"#q-q-gare\">Depuis quelle gare ?</a>",
                "value=\"OUI\" checked");
        assertThat(StandInSurveyLife.PAPER).hasSize(paper);
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).when().get(ARCHIVED + "/apercu")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when().get(ARCHIVED + "/papier").then().statusCode(403);
    }

    @Test
    void aPaperQuestionnaireIsTypedInInStepsAndRefusalsAreShownOnTheQuestion() {
        assertThat(page(ARCHIVED + "/papier")).contains("Saisir un questionnaire papier", "rien n’indique qui l’a rempli",
                "Enregistrer ce questionnaire papier");
        int before = StandInSurveyLife.PAPER.size();
        post(ARCHIVED + "/papier", Map.of("shown", "q-train")).then().statusCode(422)
                .body(containsString("<p class=\"field-error\" id=\"e-q-train\">réponse obligatoire</p>"));
        post(ARCHIVED + "/papier", Map.of("shown", "q-train", "a_q-train", "OUI")).then().statusCode(200)
                .body(containsString("<a href=\"#q-q-gare\">Depuis quelle gare ?</a>"));
        Response saved = post(ARCHIVED + "/papier", Map.of("shown", "q-train q-gare", "a_q-train", "OUI",
                "a_q-gare", "Gare imaginaire de Belcombe"));
        saved.then().statusCode(303);
        assertThat(saved.header("Location")).endsWith(ARCHIVED + "/papier?ok=301");
        assertThat(StandInSurveyLife.PAPER).hasSize(before + 1);
        assertThat(StandInSurveyLife.PAPER.get(before).encode())
                .isEqualTo("{\"q-train\":\"OUI\",\"q-gare\":\"Gare imaginaire de Belcombe\"}");
        assertThat(page(ARCHIVED + "/papier?ok=301")).contains("Questionnaire papier enregistré. 301 réponses au total");
        // the questionnaire page links paper entry and the exports, one click away
        assertThat(page(ARCHIVED)).contains("href=\"" + ARCHIVED + "/papier\"",
                "href=\"/api/evaluation/questionnaires/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "/responses.csv\" download",
                "/responses.xlsx\" download", "/report.pdf\" download");
    }

    @Test
    void publishingAndClosingAskFirstAndTheClosingIsMovedLaterOnly() {
        String builder = QuestionnaireBuilderTest.draft("Enquête à chaud " + System.nanoTime());
        post(builder + "/sections", Map.of("title", "Votre avis")).then().statusCode(303);
        post(builder + "/questions", Map.of("section", "s1", "type", "SHORT_TEXT", "label", "Un mot pour finir ?"))
                .then().statusCode(303);
        assertThat(page(builder)).contains("href=\"" + builder + "/publication\"", "Publier…")
                .doesNotContain("Reporter la clôture");
        assertThat(page(builder + "/publication")).contains("Publier «\u00a0Enquête à chaud",
                "du 1 novembre 2026 à 09:00 au 10 juillet 2027 à 18:00", "seront figés", "Vérifier l’aperçu d’abord",
                "action=\"" + builder + "/publish\"");
        post(builder + "/publish", Map.of()).then().statusCode(303);
        String open = page(builder);
        assertThat(open).contains("Reporter la clôture", "value=\"2027-07-10T18:00\"", "href=\"" + builder + "/cloture\"",
                "Aucune réponse pour l’instant", "href=\"" + builder + "/papier\"").doesNotContain("responses.csv");
        assertThat(page(builder + "/publication")).contains("il est déjà publié").doesNotContain("action=\"" + builder + "/publish\"");

        // earlier than the closing, or unreadable: refused next to the date, what was typed kept, nothing changed
        post(builder + "/prolongation", Map.of("closesAt", "2027-07-01T18:00")).then().statusCode(422)
                .body(containsString("id=\"e-extend-closesAt\">La nouvelle clôture doit suivre la clôture actuelle"))
                .body(containsString("value=\"2027-07-01T18:00\""));
        post(builder + "/prolongation", Map.of("closesAt", "bientôt")).then().statusCode(422)
                .body(containsString("id=\"e-extend-closesAt\">Date et heure attendues"));
        post(builder + "/prolongation", Map.of()).then().statusCode(422)
                .body(containsString("id=\"e-extend-closesAt\">Indiquez la nouvelle date de clôture."));
        post(builder + "/prolongation", Map.of("closesAt", "2027-07-31T18:00")).then().statusCode(303);
        assertThat(page(builder + "?ok=extended")).contains("Clôture reportée.", "value=\"2027-07-31T18:00\"");

        assertThat(page(builder + "/cloture")).contains("Clore «\u00a0Enquête à chaud", "ne pourront plus y répondre",
                "ne pourra pas être rouvert", "action=\"" + builder + "/close\"");
        post(builder + "/close", Map.of()).then().statusCode(303);
        assertThat(page(builder)).contains("<dd id=\"etat\">Clos</dd>", "href=\"" + builder + "/papier\"")
                .doesNotContain("Reporter la clôture");
        assertThat(page(builder + "/cloture")).doesNotContain("action=\"" + builder + "/close\"");
        post(builder + "/prolongation", Map.of("closesAt", "2027-09-30T18:00")).then().statusCode(422)
                .body(containsString("il ne peut plus être prolongé"));

        String participant = TestTokens.participant(UUID.randomUUID().toString());
        for (String path : new String[] { "/publication", "/cloture" }) {
            given().auth().oauth2(participant).when().get(builder + path).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.partner()).redirects().follow(false).formParam("closesAt", "2027-09-30T18:00")
                .when().post(builder + "/prolongation").then().statusCode(403);
        given().redirects().follow(false).when().get(builder + "/publication").then().statusCode(not(200));
    }
}
