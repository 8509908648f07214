package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/** The questionnaire builder pages against evaluation-service's builder API (its stand-in: same paths, shapes, refusals). */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class QuestionnaireBuilderTest {

    static final String BASE = "/organisation/" + StandInServices.SLUG + "/questionnaires";

    private static Response post(String path, Map<String, ?> form) {
        return given().auth().oauth2(TestTokens.organiser()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(form).when().post(path);
    }

    private static String page(String path) {
        return given().auth().oauth2(TestTokens.organiser()).when().get(path).then().statusCode(200).extract().asString();
    }

    /** Creates a draft with a complete preamble and returns its builder page path. */
    static String draft(String title) {
        Response created = post(BASE, Map.of("title", title, "purpose", "Mesurer la satisfaction des participants.",
                "use", "Améliorer la prochaine édition.", "anonymity", "Les réponses sont anonymes.",
                "opensAt", "2026-11-01T09:00", "closesAt", "2027-07-10T18:00"));
        created.then().statusCode(303).header("Location", containsString(BASE + "/"));
        return created.header("Location").replaceAll("^https?://[^/]+", "").replace("?ok=created", "");
    }

    private static JsonObject lastReceived(String pathEnd) {
        return StandInServices.RECEIVED.stream().filter(r -> r.getString("path").endsWith(pathEnd))
                .reduce((a, b) -> b).map(r -> new JsonObject(r.getString("body"))).orElseThrow();
    }

    @Test
    void theListShowsTheCongressQuestionnairesAndRefusedCreationsKeepWhatWasTyped() {
        assertThat(page(BASE)).contains("Enquête de satisfaction 2027", "Nouveau questionnaire",
                "<legend>Préambule (complet pour publier)</legend>", "<label for=\"f-create-title\">Titre *</label>");
        post(BASE, Map.of("title", " ", "purpose", "Mesurer l'utilité des ateliers"))
                .then().statusCode(422)
                .body(containsString("id=\"erreurs\""))
                .body(containsString("<p class=\"field-error\" id=\"e-create-title\">ne doit pas être vide</p>"))
                .body(containsString("aria-describedby=\"e-create-title\""))
                .body(containsString("Mesurer l&#39;utilité des ateliers</textarea>"));
        post(BASE, Map.of("title", "Enquête à froid", "opensAt", "2027-07-10T18:00", "closesAt", "2027-07-01T09:00"))
                .then().statusCode(422)
                .body(containsString("id=\"e-create-closesAt\">La clôture doit suivre l&#39;ouverture.</p>"))
                .body(containsString("value=\"Enquête à froid\""));
        post(BASE, Map.of("title", "Enquête à froid", "opensAt", "demain"))
                .then().statusCode(422)
                .body(containsString("id=\"e-create-opensAt\">Date et heure attendues (jj/mm/aaaa hh:mm).</p>"));
        // the created one is listed, its dates sent in Paris time
        String builder = draft("Enquête à froid " + System.nanoTime());
        assertThat(lastReceived("/api/evaluation/questionnaires").getString("opensAt")).isEqualTo("2026-11-01T09:00+01:00");
        assertThat(page(builder)).contains("Brouillon", "Mesurer la satisfaction des participants.");
    }

    @Test
    void anOrganiserBuildsPreviewsPublishesAndClosesAQuestionnaire() {
        String builder = draft("Enquête de satisfaction " + System.nanoTime());
        // no question yet: publishing is refused with evaluation-service's reason
        post(builder + "/publish", Map.of()).then().statusCode(422)
                .body(containsString("Un questionnaire publié contient au moins une question."));
        post(builder + "/sections", Map.of("title", "")).then().statusCode(422)
                .body(containsString("id=\"e-section-title\">ne doit pas être vide</p>"));
        post(builder + "/sections", Map.of("title", "Votre avis", "titleEn", "Your opinion")).then().statusCode(303)
                .header("Location", containsString("?ok=section"));

        // settings refused by DefinitionRules come back next to their field, what was typed kept
        post(builder + "/questions", Map.of("section", "s1", "type", "SINGLE_CHOICE", "label", "Êtes-vous venu(e) en train ?",
                "options", "Oui")).then().statusCode(422)
                .body(containsString("id=\"e-question-options\">au moins deux choix sont nécessaires</p>"))
                .body(containsString("value=\"Êtes-vous venu(e) en train ?\""))
                .body(containsString("<option value=\"SINGLE_CHOICE\" selected>Choix unique</option>"));
        post(builder + "/questions", Map.of("section", "s1", "type", "MULTIPLE_CHOICE", "label", "Thèmes",
                "options", "Mobilités\nÉnergie\nSanté", "maxSelections", "5")).then().statusCode(422)
                .body(containsString("id=\"e-question-maxSelections\">le nombre maximal de choix doit être compris entre 1 et le nombre de choix</p>"));
        post(builder + "/questions", Map.of("section", "s1", "type", "MULTIPLE_CHOICE", "label", "Thèmes",
                "options", "Mobilités", "maxSelections", "deux")).then().statusCode(422)
                .body(containsString("id=\"e-question-maxSelections\">Nombre entier attendu.</p>"));
        post(builder + "/questions", Map.of("section", "s1", "type", "NUMBER", "label", "Nombre de collègues",
                "min", "10", "max", "2")).then().statusCode(422)
                .body(containsString("id=\"e-question-min\">le minimum dépasse le maximum</p>"));
        post(builder + "/questions", Map.of("section", "s1", "type", "LIKERT", "label", " ")).then().statusCode(422)
                .body(containsString("id=\"e-question-label\">ne doit pas être vide</p>"));

        // one question of each type
        Map<String, Map<String, String>> questions = Map.of(
                "SINGLE_CHOICE", Map.of("label", "Êtes-vous venu(e) en train ?", "options", "Oui\nNon", "required", "true"),
                "MULTIPLE_CHOICE", Map.of("label", "Thèmes à approfondir", "options", "Mobilités\nÉnergie\nSanté", "maxSelections", "2"),
                "LIKERT", Map.of("label", "Accueil", "scale", "Très insatisfait\nInsatisfait\nSatisfait\nTrès satisfait"),
                "SITUATION_SATISFACTION", Map.of("label", "Votre situation après le congrès", "options", "J'ai trouvé des partenaires\nJe n'en ai pas trouvé"),
                "NUMBER", Map.of("label", "Nombre de collègues venus avec vous", "min", "0", "max", "50"),
                "SHORT_TEXT", Map.of("label", "Votre service", "maxLength", "120"),
                "LONG_TEXT", Map.of("label", "Vos remarques"),
                "THREE_C", Map.of("label", "Conserver, cesser, créer"),
                "SESSION_RATING", Map.of("label", "Notez les sessions suivies"));
        questions.forEach((type, fields) -> {
            Map<String, String> form = new java.util.HashMap<>(fields);
            form.put("section", "s1");
            form.put("type", type);
            post(builder + "/questions", form).then().statusCode(303).header("Location", containsString("?ok=question"));
        });
        JsonObject sent = StandInServices.RECEIVED.stream()
                .filter(r -> r.getString("path").endsWith("/sections/s1/questions") && r.getString("body").contains("Thèmes à approfondir"))
                .map(r -> new JsonObject(r.getString("body"))).findFirst().orElseThrow();
        assertThat(sent.getInteger("maxSelections")).isEqualTo(2);
        assertThat(sent.getJsonArray("options").getJsonObject(1))
                .isEqualTo(new JsonObject("{\"code\":\"C2\",\"label\":{\"fr\":\"Énergie\"}}"));
        post(builder + "/contextual", Map.of("section", "s1", "key", "statutory-category")).then().statusCode(303);
        post(builder + "/contextual", Map.of("section", "s1", "key", "statutory-category")).then().statusCode(422)
                .body(containsString("identifiant de question en double : ctx-statutory-category"));

        assertThat(page(builder)).contains("Votre avis", "Êtes-vous venu(e) en train ?", "Choix multiple", "4 : Très satisfait",
                "Situation puis satisfaction", "Conserver, cesser, créer (3C)", "Note des sessions suivies",
                "Quelle est votre catégorie statutaire ?", "Catégorie A");
        assertThat(page(builder + "/apercu")).contains("Aperçu", "Mesurer la satisfaction des participants.",
                "Selon votre expérience, cette situation est-elle satisfaisante ?", "Très insatisfait");
        given().auth().oauth2(TestTokens.organiser()).queryParam("lang", "en").when().get(builder)
                .then().statusCode(200).body(containsString("Add a question")).body(containsString("Your opinion"));

        post(builder + "/schedule", Map.of("opensAt", "2026-11-01T09:00", "closesAt", "2026-10-01T09:00")).then().statusCode(422)
                .body(containsString("id=\"e-schedule-closesAt\">La clôture doit suivre l&#39;ouverture.</p>"))
                .body(containsString("value=\"2026-10-01T09:00\""));
        post(builder + "/schedule", Map.of("opensAt", "2026-11-01T09:00", "closesAt", "2027-07-10T18:00")).then().statusCode(303);
        post(builder + "/publish", Map.of()).then().statusCode(303).header("Location", containsString("?ok=published"));
        assertThat(page(builder)).contains("<dd id=\"etat\">Ouvert</dd>", "Clore maintenant").doesNotContain("Ajouter une section");
        post(builder + "/sections", Map.of("title", "Trop tard")).then().statusCode(422)
                .body(containsString("Un questionnaire publié ne peut plus changer de structure"));
        post(builder + "/close", Map.of()).then().statusCode(303).header("Location", containsString("?ok=closed"));
        assertThat(page(builder + "?ok=closed")).contains("<dd id=\"etat\">Clos</dd>", "Questionnaire clos.");
        post(builder + "/close", Map.of()).then().statusCode(422)
                .body(containsString("Seul un questionnaire ouvert peut être clos."));
    }

    /** The id of the question labelled {@code label} on a builder page. */
    private static String questionId(String page, String label) {
        Matcher m = Pattern.compile("<li id=\"q-([^\"]+)\"><strong>" + Pattern.quote(label) + "</strong>").matcher(page);
        assertThat(m.find()).as("question " + label).isTrue();
        return m.group(1);
    }

    @Test
    void anOrganiserChangesTheTitleAndPreambleOfADraft() {
        String builder = draft("Enquête à reprendre " + System.nanoTime());
        assertThat(page(builder)).contains("<h2 id=\"preambule\">Titre et préambule</h2>",
                "Mesurer la satisfaction des participants.</textarea>");
        post(builder + "/preambule", Map.of("title", " ", "purpose", "Mesurer l'utilité des ateliers"))
                .then().statusCode(422)
                .body(containsString("id=\"e-preamble-title\">ne doit pas être vide</p>"))
                .body(containsString("Mesurer l&#39;utilité des ateliers</textarea>"));
        String title = "Enquête de satisfaction révisée " + System.nanoTime();
        post(builder + "/preambule", Map.of("title", title, "purpose", "Mesurer l'utilité des ateliers",
                "use", "Améliorer la prochaine édition.", "anonymity", "")).then().statusCode(303)
                .header("Location", containsString("?ok=preamble"));
        JsonObject sent = lastReceived(builder.substring(builder.lastIndexOf('/')));
        assertThat(sent.getString("title")).isEqualTo(title);
        assertThat(sent.getJsonObject("definition").getJsonObject("preamble").getJsonObject("purpose").getString("fr"))
                .isEqualTo("Mesurer l'utilité des ateliers");
        assertThat(sent.getJsonObject("definition").getJsonObject("preamble").containsKey("anonymity")).isFalse();
        assertThat(page(builder + "?ok=preamble")).contains("Titre et préambule enregistrés.", "<h1>" + title);
        // a published questionnaire keeps its structure: evaluation-service's refusal is shown
        post(BASE + "/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "/preambule",
                Map.of("title", "Autre titre", "purpose", "x", "use", "y", "anonymity", "z")).then().statusCode(422)
                .body(containsString("Un questionnaire publié ne peut plus changer de structure"));
        given().auth().oauth2(TestTokens.partner()).formParam("title", "x").when().post(builder + "/preambule")
                .then().statusCode(403);
    }

    @Test
    void anOrganiserShowsAQuestionOnlyForAnAnswerAndDeletesQuestions() {
        String builder = draft("Enquête conditionnelle " + System.nanoTime());
        post(builder + "/sections", Map.of("title", "Venir au congrès")).then().statusCode(303);
        post(builder + "/questions", Map.of("section", "s1", "type", "SINGLE_CHOICE", "label", "Venu en train ?",
                "options", "Oui\nNon")).then().statusCode(303);
        post(builder + "/questions", Map.of("section", "s1", "type", "SHORT_TEXT", "label", "Quelle gare ?"))
                .then().statusCode(303);
        String page = page(builder);
        String train = questionId(page, "Venu en train ?");
        String gare = questionId(page, "Quelle gare ?");
        assertThat(page).contains("<option value=\"" + train + "|C1\">Venu en train ? : Oui</option>")
                .doesNotContain("/questions/" + train + "/condition");

        post(builder + "/questions/" + gare + "/condition", Map.of("when", train + "|C1")).then().statusCode(303)
                .header("Location", containsString("?ok=condition"));
        assertThat(lastReceived(builder.substring(builder.lastIndexOf('/'))).getJsonObject("definition")
                .getJsonArray("sections").getJsonObject(0).getJsonArray("questions").getJsonObject(1).getJsonObject("showWhen"))
                .isEqualTo(new JsonObject().put("questionId", train).put("equals", "C1"));
        assertThat(page(builder)).contains("Affichée seulement si « Venu en train ? » a pour réponse « Oui ».",
                "<option value=\"" + train + "|C1\" selected>");

        // refusals by evaluation-service next to the question's condition, the choice kept
        post(builder + "/questions/" + gare + "/condition", Map.of("when", train + "|C9")).then().statusCode(422)
                .body(containsString("id=\"e-condition-" + gare + "\">valeur impossible pour la question " + train + "</p>"));
        post(builder + "/questions/" + train + "/condition", Map.of("when", gare + "|Lyon")).then().statusCode(422)
                .body(containsString("id=\"e-condition-" + train + "\">la condition doit porter sur une question précédente</p>"));
        post(builder + "/questions/" + gare + "/condition", Map.of("when", "n'importe quoi")).then().statusCode(422)
                .body(containsString("id=\"e-condition-" + gare + "\">Choisissez une réponse d&#39;une question précédente.</p>"));

        // the question a condition depends on stays until the condition is removed
        post(builder + "/questions/" + train + "/suppression", Map.of()).then().statusCode(422)
                .body(containsString("id=\"e-delete-" + train + "\">La question « Quelle gare ? » ne s&#39;affiche que selon la réponse"));
        post(builder + "/questions/" + gare + "/condition", Map.of("when", "")).then().statusCode(303);
        post(builder + "/questions/" + train + "/suppression", Map.of()).then().statusCode(303)
                .header("Location", containsString("?ok=deleted"));
        assertThat(page(builder + "?ok=deleted")).contains("Question supprimée.", "Quelle gare ?")
                .doesNotContain("Venu en train ?", "Affichée seulement si");
        assertThat(StandInServices.RECEIVED).anySatisfy(r -> {
            assertThat(r.getString("method")).isEqualTo("DELETE");
            assertThat(r.getString("path")).endsWith("/questions/" + train);
        });
        post(builder + "/questions/" + train + "/suppression", Map.of()).then().statusCode(422)
                .body(containsString("<p>Question introuvable : " + train + "</p>"));
        given().auth().oauth2(TestTokens.participant()).when().post(builder + "/questions/" + gare + "/suppression")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).formParam("when", "").when()
                .post(builder + "/questions/" + gare + "/condition").then().statusCode(403);
    }

    @Test
    void anOrganiserChangesAQuestionInPlaceAndItsConditionsStay() {
        String builder = draft("Enquête à corriger " + System.nanoTime());
        String id = builder.substring(builder.lastIndexOf('/'));
        post(builder + "/sections", Map.of("title", "Venir au congrès")).then().statusCode(303);
        post(builder + "/questions", Map.of("section", "s1", "type", "SINGLE_CHOICE", "label", "Venu en train ?",
                "options", "Oui\nNon")).then().statusCode(303);
        post(builder + "/questions", Map.of("section", "s1", "type", "SHORT_TEXT", "label", "Quelle gare ?",
                "help", "Une seule gare.")).then().statusCode(303);
        post(builder + "/questions", Map.of("section", "s1", "type", "LIKERT", "label", "Accueil")).then().statusCode(303);
        String page = page(builder);
        String train = questionId(page, "Venu en train ?");
        String gare = questionId(page, "Quelle gare ?");
        String accueil = questionId(page, "Accueil");
        post(builder + "/questions/" + gare + "/condition", Map.of("when", train + "|C1")).then().statusCode(303);
        JsonObject before = lastReceived(id);
        // the edit form shows the question as stored
        assertThat(page(builder)).contains("action=\"" + builder + "/questions/" + train + "/modification\"",
                "name=\"options\" rows=\"4\">Oui\nNon</textarea>", "value=\"Une seule gare.\"",
                "name=\"scale\" rows=\"4\">Pas du tout satisfaisant\nPeu satisfaisant");

        // reworded, translated, made required; "Non" moved first keeps its code, the reworded "Oui" keeps C1
        post(builder + "/questions/" + train + "/modification", Map.of("label", "Êtes-vous venu(e) en train ?",
                "labelEn", "Did you come by train?", "help", "Train ou RER", "required", "true",
                "options", "Non\nOui, en TGV\nEn partie", "optionsEn", "No\nYes, by TGV\n")).then().statusCode(303)
                .header("Location", containsString("?ok=edited"));
        JsonObject sent = lastReceived(id);
        assertThat(sent.getString("title")).isEqualTo(before.getString("title"));
        assertThat(sent.getJsonObject("definition").getJsonObject("preamble"))
                .isEqualTo(before.getJsonObject("definition").getJsonObject("preamble"));
        io.vertx.core.json.JsonArray was = before.getJsonObject("definition").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions");
        io.vertx.core.json.JsonArray now = sent.getJsonObject("definition").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions");
        assertThat(now.getJsonObject(0)).isEqualTo(new JsonObject().put("id", train).put("type", "SINGLE_CHOICE")
                .put("label", new JsonObject().put("fr", "Êtes-vous venu(e) en train ?").put("en", "Did you come by train?"))
                .put("required", true)
                .put("options", new io.vertx.core.json.JsonArray()
                        .add(new JsonObject("{\"code\":\"C2\",\"label\":{\"fr\":\"Non\",\"en\":\"No\"}}"))
                        .add(new JsonObject("{\"code\":\"C1\",\"label\":{\"fr\":\"Oui, en TGV\",\"en\":\"Yes, by TGV\"}}"))
                        .add(new JsonObject("{\"code\":\"C3\",\"label\":{\"fr\":\"En partie\"}}")))
                .put("help", new JsonObject().put("fr", "Train ou RER")));
        assertThat(now.getJsonObject(1)).isEqualTo(was.getJsonObject(1));
        assertThat(now.getJsonObject(1).getJsonObject("showWhen"))
                .isEqualTo(new JsonObject().put("questionId", train).put("equals", "C1"));
        assertThat(now.getJsonObject(2)).isEqualTo(was.getJsonObject(2));
        assertThat(page(builder + "?ok=edited")).contains("Question modifiée.", "Êtes-vous venu(e) en train ?",
                "Affichée seulement si « Êtes-vous venu(e) en train ? » a pour réponse « Oui, en TGV ».");

        // a scale's words change, its values stay
        post(builder + "/questions/" + accueil + "/modification", Map.of("label", "Accueil",
                "scale", "Mauvais\nMoyen\nBon")).then().statusCode(303);
        assertThat(lastReceived(id).getJsonObject("definition").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions").getJsonObject(2).getJsonArray("scale").getJsonObject(2))
                .isEqualTo(new JsonObject("{\"value\":3,\"label\":{\"fr\":\"Bon\"}}"));

        // refusals next to the question's fields, what was typed kept, nothing changed
        post(builder + "/questions/" + train + "/modification", Map.of("label", "Train ?", "options", "Oui, en TGV"))
                .then().statusCode(422)
                .body(containsString("<details class=\"question-edit\" open>"))
                .body(containsString("id=\"e-edit-" + train + "-options\">au moins deux choix sont nécessaires</p>"))
                .body(containsString("id=\"f-edit-" + train + "-label\" name=\"label\" required maxlength=\"2000\" value=\"Train ?\""));
        post(builder + "/questions/" + train + "/modification", Map.of("label", " ", "options", "Oui, en TGV\nNon"))
                .then().statusCode(422)
                .body(containsString("id=\"e-edit-" + train + "-label\">ne doit pas être vide</p>"))
                .body(containsString(">Oui, en TGV\nNon</textarea>"));
        // the choice "Quelle gare ?" depends on cannot go
        post(builder + "/questions/" + train + "/modification", Map.of("label", "Venu en train ?", "options", "Non\nEn partie"))
                .then().statusCode(422)
                .body(containsString("id=\"e-edit-" + train + "-options\">valeur impossible pour la question " + train + "</p>"));
        assertThat(page(builder)).contains("Êtes-vous venu(e) en train ?", "a pour réponse « Oui, en TGV ».");

        // a published questionnaire cannot change: evaluation-service's refusal is shown
        post(BASE + "/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "/questions/q-train/modification",
                Map.of("label", "Venu en train ?", "options", "Oui\nNon")).then().statusCode(422)
                .body(containsString("Un questionnaire publié ne peut plus changer de structure"));
        for (String token : new String[] {TestTokens.participant(), TestTokens.partner()}) {
            given().auth().oauth2(token).redirects().follow(false).formParam("label", "x").when()
                    .post(builder + "/questions/" + train + "/modification").then().statusCode(403);
        }
    }

    @Test
    void anOrganiserClonesTheArchivedEditionsQuestionnaireThenClonesItAgainHere() {
        assertThat(page(BASE)).contains("Reprendre un questionnaire existant",
                "<optgroup label=\"2e Congrès national des développeurs territoriaux\">",
                "<option value=\"" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "\">Enquête de satisfaction 2025 (");
        post(BASE + "/clonage", Map.of("title", "Reprise")).then().statusCode(422)
                .body(containsString("id=\"e-clone-source\">Choisissez le questionnaire à copier.</p>"))
                .body(containsString("id=\"f-clone-title\" name=\"title\" maxlength=\"200\" value=\"Reprise\""));
        String title = "Enquête de satisfaction 2027 (reprise " + System.nanoTime() + ")";
        Response cloned = post(BASE + "/clonage", Map.of("source", StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE, "title", title));
        cloned.then().statusCode(303).header("Location", containsString("?ok=cloned"));
        String copy = cloned.header("Location").replaceAll("^https?://[^/]+", "").replace("?ok=cloned", "");
        JsonObject request = lastReceived("/" + StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE + "/clone");
        assertThat(request.getString("congressId")).isEqualTo(StandInServices.CONGRESS_ID);
        assertThat(page(copy + "?ok=cloned")).contains("Copie créée", "<h1>" + title, "Brouillon", "Depuis quelle gare ?",
                "Affichée seulement si « Êtes-vous venu en train ? » a pour réponse « Oui ».");
        assertThat(page(BASE)).contains(title);

        // changing the preamble of the copy sends back what the page does not show (help, conditions) untouched
        post(copy + "/preambule", Map.of("title", title, "purpose", "Mesurer la satisfaction 2027.",
                "use", "Préparer l'édition suivante.", "anonymity", "Les réponses sont anonymes.")).then().statusCode(303);
        JsonObject gare = lastReceived(copy.substring(copy.lastIndexOf('/'))).getJsonObject("definition")
                .getJsonArray("sections").getJsonObject(0).getJsonArray("questions").getJsonObject(1);
        assertThat(gare.getJsonObject("help").getString("fr")).isEqualTo("Une seule gare.");
        assertThat(gare.getJsonObject("showWhen").getString("equals")).isEqualTo("OUI");

        post(copy + "/clone", Map.of("title", "x".repeat(201))).then().statusCode(422)
                .body(containsString("id=\"e-clone-title\">la taille doit être comprise entre 0 et 200</p>"));
        Response again = post(copy + "/clone", Map.of("title", ""));
        again.then().statusCode(303).header("Location", containsString("?ok=cloned"));
        assertThat(page(again.header("Location").replaceAll("^https?://[^/]+", ""))).contains("<h1>" + title);
        given().auth().oauth2(TestTokens.partner()).formParam("source", StandInQuestionnaires.ARCHIVED_QUESTIONNAIRE)
                .when().post(BASE + "/clonage").then().statusCode(403);
    }

    @Test
    void onlyOrganisersReachTheBuilder() {
        String builder = draft("Enquête réservée " + System.nanoTime());
        for (String token : new String[] {TestTokens.participant(), TestTokens.partner()}) {
            given().auth().oauth2(token).when().get(BASE).then().statusCode(403);
            given().auth().oauth2(token).when().get(builder).then().statusCode(403);
            given().auth().oauth2(token).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("title", "x").when().post(BASE).then().statusCode(403);
            given().auth().oauth2(token).redirects().follow(false).when().post(builder + "/publish").then().statusCode(403);
        }
        given().when().get(BASE).then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).when().get(builder).then().statusCode(200);
        given().auth().oauth2(TestTokens.organiser()).accept("text/html").when().get(BASE + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body(startsWith("<!DOCTYPE html>")).body(not(containsString("Ajouter une section")));
    }
}
