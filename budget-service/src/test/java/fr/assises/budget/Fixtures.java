package fr.assises.budget;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.assises.common.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds budgets through the real HTTP API, each test with its own random congress. */
public final class Fixtures {

    public static final String ORGANISER = TestTokens.organiser();
    public static final UUID LUNCH_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public static final UUID DINNER_1 = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private Fixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification organiser() {
        return as(ORGANISER);
    }

    /**
     * 500 participants, 2 days, 12 rooms, 40 speakers, categories PRO 60 %, ELU 20 %, ETUDIANT 20 %; their fees
     * (180 €, 120 €, 40 €) come from the registration settings event {@link #createBudget} publishes first.
     */
    public static Map<String, Object> hypotheses(int participants) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("participants", participants);
        h.put("days", 2);
        h.put("halfDays", 4);
        h.put("rooms", 12);
        h.put("speakers", 40);
        h.put("categories", List.of(
                Map.of("code", "PROFESSIONNEL", "percent", 60),
                Map.of("code", "ELU", "percent", 20),
                Map.of("code", "ETUDIANT", "percent", 20)));
        h.put("meals", List.of(
                Map.of("sessionId", LUNCH_1.toString(), "label", "Déjeuner J1", "percent", 100),
                Map.of("sessionId", DINNER_1.toString(), "label", "Dîner J1", "percent", 50)));
        h.put("scenarios", List.of(Map.of("name", "Bas", "participants", 350),
                Map.of("name", "Central", "participants", 500), Map.of("name", "Haut", "participants", 600)));
        return h;
    }

    public static String createBudget(UUID congressId) {
        return createBudget(congressId, hypotheses(500));
    }

    /** Registration-service's fees for the congress reach the budget first, as they would in a running system. */
    public static String createBudget(UUID congressId, Map<String, Object> hypotheses) {
        SettingsEvents.publishAndWait(congressId, 1, SettingsEvents.STANDARD_FEES);
        return organiser().body(Map.of("congressId", congressId.toString(), "versionName", "Version initiale",
                "hypotheses", hypotheses))
                .when().post("/api/budget/budgets")
                .then().statusCode(201).extract().path("budgetId");
    }

    public static String newBudget() {
        return createBudget(UUID.randomUUID());
    }

    public static String addLine(String budgetId, Map<String, Object> line) {
        return organiser().body(line).when().post("/api/budget/budgets/" + budgetId + "/lines")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> fixed(String account, String label, Object amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("account", account);
        line.put("label", label);
        line.put("driver", "FIXED");
        line.put("amount", amount);
        return line;
    }

    public static Map<String, Object> line(String account, String label, String driver, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("account", account);
        line.put("label", label);
        line.put("driver", driver);
        for (int i = 0; i < keyValues.length; i += 2) {
            line.put((String) keyValues[i], keyValues[i + 1]);
        }
        return line;
    }

    public static String addFunder(String budgetId, String type, String name, String agency, String requested) {
        Map<String, Object> funder = new LinkedHashMap<>();
        funder.put("type", type);
        funder.put("name", name);
        if (agency != null) {
            funder.put("agency", agency);
        }
        funder.put("requested", requested);
        return organiser().body(funder).when().post("/api/budget/budgets/" + budgetId + "/funders")
                .then().statusCode(201).extract().path("id");
    }

    public static String subsidy(String budgetId, String funderId, String amount) {
        Map<String, Object> line = new LinkedHashMap<>(fixed("74", "Subvention", amount));
        line.put("funderId", funderId);
        return addLine(budgetId, line);
    }

    public static long balance(String budgetId) {
        return ((Number) organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200).extract().path("totals.balanceCents")).longValue();
    }

    public static long aggregateVersion(String budgetId) {
        return ((Number) organiser().when().get("/api/budget/budgets/" + budgetId)
                .then().statusCode(200).extract().path("version")).longValue();
    }

    public static List<Object> lineIds(String budgetId) {
        List<Object> ids = new ArrayList<>();
        for (String side : List.of("charges", "produits", "inKindUses", "inKindContributions")) {
            List<List<Object>> groups = organiser().when().get("/api/budget/budgets/" + budgetId)
                    .then().statusCode(200).extract().path(side + ".lines.id");
            groups.forEach(ids::addAll);
        }
        return ids;
    }
}
