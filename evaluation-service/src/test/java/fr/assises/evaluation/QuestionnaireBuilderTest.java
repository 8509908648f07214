package fr.assises.evaluation;

import static fr.assises.evaluation.support.Questionnaires.choices;
import static fr.assises.evaluation.support.Questionnaires.label;
import static fr.assises.evaluation.support.Questionnaires.question;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The organisers' builder: every question type, its settings' rules, publication rules, cloning, preview. */
@QuarkusTest
class QuestionnaireBuilderTest {

    private static final String BASE = "/api/evaluation/questionnaires";

    private TestCongress congress;
    private final String organiser = TestTokens.organiser();

    @BeforeEach
    void congress() {
        congress = new TestCongress().create();
    }

    @Test
    void anOrganiserBuildsAQuestionnaireWithEveryQuestionTypeAndDefaultsFilled() {
        String id = Questionnaires.created(organiser, congress.id, Questionnaires.definition(), null, null);
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", id)
                .then().statusCode(200)
                .body("status", is("DRAFT"))
                .body("state", is("BROUILLON"))
                .body("congressId", is(congress.id.toString()))
                .body("definition.preamble.anonymity.fr", notNullValue())
                .body("definition.sections[1].questions.type", contains("MULTIPLE_CHOICE", "LIKERT",
                        "SITUATION_SATISFACTION", "SESSION_RATING", "THREE_C", "LONG_TEXT"))
                // every point of a Likert scale carries words, never stars
                .body("definition.sections[1].questions[1].scale", hasSize(4))
                .body("definition.sections[1].questions[1].scale[0].label.fr", is("Pas du tout satisfaisant"))
                .body("definition.sections[1].questions[2].satisfactionLabel.fr", notNullValue())
                .body("definition.sections[0].questions[1].showWhen.equals", is("AUTRE"))
                .body("definition.sections[0].questions[1].maxLength", is(200));
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", congress.id)
                .then().statusCode(200).body("id", contains(id));
    }

    @Test
    void invalidStructuresAreRejectedWithEveryErrorAndNothingIsSaved() {
        Map<String, Object> many = question("many", "MULTIPLE_CHOICE", false);
        many.put("options", choices("A", "B"));
        many.put("maxSelections", 3);
        Map<String, Object> lonely = question("lonely", "SINGLE_CHOICE", false);
        lonely.put("options", choices("SEUL"));
        Map<String, Object> forward = question("forward", "SHORT_TEXT", false);
        forward.put("showWhen", Map.of("questionId", "later", "equals", "X"));
        Map<String, Object> later = question("later", "NUMBER", false);
        later.put("min", 10);
        later.put("max", 1);
        Map<String, Object> duplicate = question("many", "LONG_TEXT", false);
        Map<String, Object> definition = Map.of("preamble", Questionnaires.preamble(), "sections", List.of(
                Map.of("title", label("Section"), "questions", List.of(many, lonely, forward, later, duplicate))));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Questionnaires.create(congress.id, definition, null, null))
                .when().post(BASE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sections[0].questions[0].maxSelections"))
                .body("errors.field", hasItem("sections[0].questions[1].options"))
                .body("errors.field", hasItem("sections[0].questions[2].showWhen.questionId"))
                .body("errors.field", hasItem("sections[0].questions[3].min"))
                .body("errors.field", hasItem("sections[0].questions[4].id"));
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", congress.id)
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void aConditionOnAnImpossibleValueAndAnUnknownTypeAreRejected() {
        Map<String, Object> role = question("role", "SINGLE_CHOICE", true);
        role.put("options", choices("AGENT", "ELU"));
        Map<String, Object> details = question("details", "SHORT_TEXT", false);
        details.put("showWhen", Map.of("questionId", "role", "equals", "PRESIDENT"));
        Map<String, Object> definition = Map.of("sections",
                List.of(Map.of("title", label("S"), "questions", List.of(role, details))));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Questionnaires.create(congress.id, definition, null, null))
                .when().post(BASE)
                .then().statusCode(400).body("errors.field", hasItem("sections[0].questions[1].showWhen.equals"));
        Map<String, Object> unknown = question("x", "STARS", false);
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Questionnaires.create(congress.id, Map.of("sections",
                        List.of(Map.of("title", label("S"), "questions", List.of(unknown)))), null, null))
                .when().post(BASE)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", congress.id)
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void aQuestionnaireForAnUnknownCongressIsNotFound() {
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Questionnaires.create(UUID.randomUUID(), Questionnaires.definition(), null, null))
                .when().post(BASE)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void sectionsQuestionsAndContextualQuestionsAreAddedOneByOneAndRemoved() {
        String id = Questionnaires.created(organiser, congress.id, Map.of("sections", List.of()), null, null);
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("id", "contexte", "title", label("Votre contexte")))
                .when().post(BASE + "/{id}/sections", id)
                .then().statusCode(200).body("definition.sections.id", contains("contexte"));
        given().auth().oauth2(organiser).when().get("/api/evaluation/contextual-questions")
                .then().statusCode(200)
                .body("key", contains("job-title", "statutory-category", "years-in-role", "territory-type"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("key", "statutory-category"))
                .when().post(BASE + "/{id}/sections/contexte/contextual-questions", id)
                .then().statusCode(200)
                .body("definition.sections[0].questions[0].id", is("ctx-statutory-category"))
                .body("definition.sections[0].questions[0].options.code", hasItem("B"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("key", "shoe-size"))
                .when().post(BASE + "/{id}/sections/contexte/contextual-questions", id)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> likert = question("ambiance", "LIKERT", true);
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(likert)
                .when().post(BASE + "/{id}/sections/contexte/questions", id)
                .then().statusCode(200).body("definition.sections[0].questions.id",
                        contains("ctx-statutory-category", "ambiance"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(likert)
                .when().post(BASE + "/{id}/sections/nulle-part/questions", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().delete(BASE + "/{id}/questions/ambiance", id)
                .then().statusCode(200).body("definition.sections[0].questions.id",
                        contains("ctx-statutory-category"));
    }

    @Test
    void publishingNeedsACompletePreambleAndDatesAndFreezesTheStructure() {
        Map<String, Object> noPreamble = new HashMap<>(Questionnaires.definition());
        noPreamble.put("preamble", Map.of("purpose", label("Améliorer le congrès.")));
        String id = Questionnaires.created(organiser, congress.id, noPreamble, OffsetDateTime.now().minusDays(1),
                OffsetDateTime.now().plusDays(10));
        given().auth().oauth2(organiser).when().post(BASE + "/{id}/publish", id)
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", id).then().body("status", is("DRAFT"));

        String undated = Questionnaires.created(organiser, congress.id, Questionnaires.definition(), null, null);
        given().auth().oauth2(organiser).when().post(BASE + "/{id}/publish", undated)
                .then().statusCode(422).contentType("application/problem+json");

        String ready = Questionnaires.published(organiser, congress.id);
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", ready)
                .then().body("status", is("PUBLISHED")).body("state", is("OUVERT"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("title", "Autre", "definition", Questionnaires.definition()))
                .when().put(BASE + "/{id}", ready)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().post(BASE + "/{id}/close", ready)
                .then().statusCode(200).body("state", is("CLOS"));
    }

    @Test
    void aDraftIsReplacedWholeAndShownInEnglishWhereTranslated() {
        String id = Questionnaires.created(organiser, congress.id, Questionnaires.definition(), null, null);
        Map<String, Object> likert = question("overall", "LIKERT", true);
        likert.put("label", Map.of("fr", "Êtes-vous satisfait·e ?", "en", "Are you satisfied?"));
        Map<String, Object> definition = Map.of("preamble", Questionnaires.preamble(),
                "sections", List.of(Map.of("title", Map.of("fr", "Avis", "en", "Opinion"),
                        "questions", List.of(likert))));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("title", "Enquête remaniée", "definition", definition))
                .when().put(BASE + "/{id}", id)
                .then().statusCode(200)
                .body("title", is("Enquête remaniée"))
                .body("definition.sections[0].questions.id", contains("overall"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("language", "en"))
                .when().post(BASE + "/{id}/preview", id)
                .then().statusCode(200)
                .body("sections[0].title", is("Opinion"))
                .body("sections[0].questions[0].label", is("Are you satisfied?"))
                .body("sections[0].questions[0].scale[3].label", is("Very satisfactory"))
                // no English given: the French stands in
                .body("preamble.purpose", is("Améliorer les prochaines éditions."));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("title", "", "definition", definition))
                .when().put(BASE + "/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", id).then().body("title", is("Enquête remaniée"));
        given().auth().oauth2(organiser).when().post(BASE + "/{id}/close", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void datesMustBeInOrder() {
        String id = Questionnaires.created(organiser, congress.id, Questionnaires.definition(), null, null);
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("opensAt", "2027-07-10T09:00:00+02:00", "closesAt", "2027-07-01T09:00:00+02:00"))
                .when().put(BASE + "/{id}/schedule", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", id).then().body("opensAt", is((Object) null));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("opensAt", "2027-06-25T17:00:00+02:00", "closesAt", "2027-07-10T23:59:00+02:00"))
                .when().put(BASE + "/{id}/schedule", id)
                .then().statusCode(200).body("opensAt", is("2027-06-25T17:00:00+02:00"));
    }

    @Test
    void aPublishedQuestionnaireKeepsItsDatesUnlessExtendedOrClosed() {
        String id = Questionnaires.published(organiser, congress.id);
        Object opensAt = given().auth().oauth2(organiser).when().get(BASE + "/{id}", id).then().extract().path("opensAt");
        Object closesAt = given().auth().oauth2(organiser).when().get(BASE + "/{id}", id).then().extract().path("closesAt");
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("opensAt", "2020-01-01T09:00:00+01:00", "closesAt", "2020-01-02T09:00:00+01:00"))
                .when().put(BASE + "/{id}/schedule", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("extend"));
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", id).then()
                .body("opensAt", is(opensAt)).body("closesAt", is(closesAt));
    }

    @Test
    void aQuestionnaireIsClonedFromAPreviousEditionAsADraft() {
        String source = Questionnaires.published(organiser, congress.id);
        TestCongress next = new TestCongress().create();
        String clone = given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("congressId", next.id.toString(), "title", "Enquête 2028"))
                .when().post(BASE + "/{id}/clone", source)
                .then().statusCode(201)
                .body("status", is("DRAFT"))
                .body("clonedFrom", is(source))
                .body("congressId", is(next.id.toString()))
                .body("definition.sections[1].questions.id",
                        contains("topics", "overall", "debates", "sessions", "threec", "comment"))
                .extract().path("id");
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", next.id)
                .then().body("id", contains(clone));
    }

    @Test
    void thePreviewShowsConditionalQuestionsAndTheSampleSessionsInTheChosenLanguage() {
        String id = Questionnaires.created(organiser, congress.id, Questionnaires.definition(), null, null);
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("language", "fr", "sessionIds", List.of(congress.plenary.toString(),
                        congress.lunch.toString()), "answers", Map.of("role", "AGENT")))
                .when().post(BASE + "/{id}/preview", id)
                .then().statusCode(200)
                .body("preamble.anonymity", notNullValue())
                .body("sections[0].questions.find { it.id == 'details' }.visible", is(false))
                // meals are not rated by default
                .body("sections[1].questions.find { it.id == 'sessions' }.sessions.sessionId",
                        contains(congress.plenary.toString()))
                .body("sections[1].questions.find { it.id == 'sessions' }.visible", is(true));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("role", "AUTRE"), "sessionIds", List.of()))
                .when().post(BASE + "/{id}/preview", id)
                .then().statusCode(200)
                .body("sections[0].questions.find { it.id == 'details' }.visible", is(true))
                .body("sections[1].questions.find { it.id == 'sessions' }.visible", is(false));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("language", "de"))
                .when().post(BASE + "/{id}/preview", id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyOrganisersAndAdminsBuild() {
        Map<String, Object> body = Questionnaires.create(congress.id, Questionnaires.definition(), null, null);
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("x", "organiser")).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(401);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(403);
        String id = Questionnaires.created(TestTokens.admin(), congress.id, Questionnaires.definition(), null, null);
        given().auth().oauth2(TestTokens.participant()).when().get(BASE + "/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when().post(BASE + "/{id}/publish", id).then().statusCode(403);
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/questionnaires", congress.id)
                .then().body("id", contains(id));
    }
}
