package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Partners get aggregates only: every operation of this service's OpenAPI document is called with the partner
 * role, and every answer it allows is scanned for what a person wrote, for personal data and for small groups.
 */
@QuarkusTest
class PartnerAggregatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final int K = 5;

    private final String organiser = TestTokens.organiser();

    @Test
    void everyResponseThePartnerRoleMayReadIsScannedForFreeTextPersonalDataAndSmallGroups() throws Exception {
        TestCongress congress = new TestCongress().create();
        String id = Questionnaires.created(organiser, congress.id, Questionnaires.definition(),
                java.time.OffsetDateTime.now().minusDays(1), java.time.OffsetDateTime.now().plusDays(30));
        for (String key : List.of("job-title", "statutory-category", "years-in-role")) {
            given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("key", key))
                    .when().post("/api/evaluation/questionnaires/{id}/sections/profil/contextual-questions", id)
                    .then().statusCode(200);
        }
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/publish", id)
                .then().statusCode(200);
        Map<String, Object> rate = new LinkedHashMap<>(Map.of("label", "Taux de réponse", "source", "RESPONSE_RATE",
                "target", 50, "questionnaireId", id));
        String indicator = given().auth().oauth2(organiser).contentType(ContentType.JSON).body(rate)
                .when().post("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("label", "Satisfaits", "source", "SURVEY_QUESTION", "target", 80, "questionnaireId", id,
                        "questionId", "overall", "satisfiedValues", List.of("3", "4")))
                .when().post("/api/evaluation/congresses/{id}/indicators", congress.id).then().statusCode(201);

        List<String> written = new ArrayList<>();
        List<String> personal = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Respondent r = new Respondent(congress, i == 0 ? "ELU" : "PROFESSIONNEL");
            String token = r.token();
            personal.add(r.participantId);
            personal.add(token);
            Map<String, Object> answers = r.full();
            String text = "Écrit par la personne " + (char) ('A' + i);
            answers.put("comment", text + " commentaire");
            answers.put("details", text + " poste");
            answers.put("ctx-job-title", text + " intitulé");
            answers.put("ctx-statutory-category", i < 2 ? "A" : "B");
            answers.put("ctx-years-in-role", 3 + i);
            answers.put("threec", Map.of("conserver", List.of(text + " conserver"), "creer", List.of(text + " créer")));
            answers.put("overall", i == 0 ? 1 : 4);
            written.add(text);
            r.answer(token, answers).statusCode(200);
        }
        Questionnaires.close(organiser, id);

        JsonNode openApi = JSON.readTree(given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString());
        Map<String, String> values = Map.of("id", id, "congressId", congress.id.toString(), "sectionId", "profil",
                "questionId", "overall", "token", "A".repeat(43));
        List<String> allowed = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next();
                String url = fill(path.getKey(), path.getKey().startsWith("/api/evaluation/indicators")
                        ? Map.of("id", indicator) : values);
                Response response = given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON)
                        .body(method.equals("get") || method.equals("delete") ? "" : "{}")
                        .when().request(method.toUpperCase(), url);
                int status = response.statusCode();
                if (!method.equals("get")) {
                    // refused: forbidden to the role, or (a personal link's own endpoints) unknown link, bad body
                    assertThat(status).as("%s %s as a partner", method, url).isBetween(400, 499);
                    continue;
                }
                if (status >= 200 && status < 300) {
                    allowed.add(path.getKey());
                    String body = bodyText(response);
                    for (String w : written) {
                        assertThat(body).as("%s", url).doesNotContain(w);
                    }
                    for (String p : personal) {
                        assertThat(body).as("%s", url).doesNotContain(p);
                    }
                    if (response.contentType().startsWith("application/json")) {
                        scan(path.getKey(), JSON.readTree(body));
                    }
                } else {
                    assertThat(status).as("GET %s as a partner", url).isBetween(400, 499);
                }
            }
        }
        // what partners read, and nothing else: the results, their PDF report and the indicators
        assertThat(allowed).containsExactlyInAnyOrder("/api/evaluation/questionnaires/{id}/results",
                "/api/evaluation/questionnaires/{id}/report.pdf", "/api/evaluation/congresses/{congressId}/indicators");
    }

    /** No free text, no 3C item, no minimum or maximum, no count between 1 and 4 anywhere. */
    private static void scan(String where, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = f.getKey();
                JsonNode v = f.getValue();
                assertThat(name).as(where).isNotIn("texts", "min", "max");
                if (name.equals("items")) {
                    assertThat(v.size()).as(where + " 3C items").isZero();
                }
                if (List.of("count", "responses", "satisfying", "notSatisfying").contains(name) && v.isNumber()) {
                    assertThat(v.asInt() == 0 || v.asInt() >= K).as("%s %s = %s", where, name, v).isTrue();
                }
                scan(where, v);
            }
        } else if (node.isArray()) {
            node.forEach(child -> scan(where, child));
        }
    }

    private static String bodyText(Response response) throws IOException {
        if (response.contentType().startsWith("application/pdf")) {
            try (PDDocument document = Loader.loadPDF(response.asByteArray())) {
                return new PDFTextStripper().getText(document);
            }
        }
        return response.asString();
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, values.getOrDefault(m.group(1), UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
