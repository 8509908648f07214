package fr.assises.registration.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SettingsTest {

    static final String SETTINGS = "/api/registration/congresses/{id}/settings";

    @Test
    void settingsArePublicForTheFormAndSetByOrganisers() {
        TestCongress congress = new TestCongress().eluQuota(40).create();
        given().get(SETTINGS, congress.id).then().statusCode(200)
                .body("totalCapacity", equalTo(500))
                .body("privacyNoticeVersion", equalTo(TestCongress.PRIVACY))
                .body("categories.code", hasItems("PROFESSIONNEL", "ELU", "ETUDIANT", "INTERVENANT", "PARTENAIRE"))
                .body("categories.find { it.code == 'ELU' }.quota", equalTo(40))
                .body("categories.find { it.code == 'ELU' }.feeCents", equalTo(12000))
                .body("information.organisation", equalTo("REQUIRED"))
                .body("territoryTypes", hasItems("COMMUNE", "GAL_LEADER", "PNR"));
        given().get(SETTINGS, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badSettingsAreProblemsAndChangeNothing() {
        TestCongress congress = new TestCongress().create();
        List<Consumer<Map<String, Object>>> breakers = new ArrayList<>();
        breakers.add(s -> s.put("totalCapacity", 0));
        breakers.add(s -> s.put("closesAt", "2020-01-01T00:00:00+01:00"));
        breakers.add(s -> s.put("categories", List.of()));
        breakers.add(s -> s.put("privacyNoticeVersion", ""));
        breakers.add(s -> s.put("offerHours", -1));
        breakers.add(s -> ((List<Map<String, Object>>) s.get("categories")).get(0).put("feeCents", -5));
        breakers.add(s -> ((List<Map<String, Object>>) s.get("categories")).get(0).put("code", "pas un code"));
        breakers.add(s -> ((List<Map<String, Object>>) s.get("categories")).get(1).put("quota", 100000));
        breakers.add(s -> ((List<Map<String, Object>>) s.get("categories")).get(1).put("code", "PROFESSIONNEL"));
        for (Consumer<Map<String, Object>> breaker : breakers) {
            Map<String, Object> settings = congress.settings();
            List<Map<String, Object>> categories = new ArrayList<>();
            for (Object c : (List<?>) settings.get("categories")) {
                categories.add(new LinkedHashMap<>((Map<String, Object>) c));
            }
            settings.put("categories", categories);
            breaker.accept(settings);
            given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(settings)
                    .put(SETTINGS, congress.id).then().statusCode(400).contentType("application/problem+json");
        }
        given().get(SETTINGS, congress.id).then().body("totalCapacity", equalTo(500))
                .body("categories.size()", equalTo(5));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(congress.settings())
                .put(SETTINGS, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eachRefusalNamesItsFieldSoTheFormCanShowItThere() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> settings = congress.settings();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Object c : (List<?>) settings.get("categories")) {
            categories.add(new LinkedHashMap<>((Map<String, Object>) c));
        }
        categories.get(2).put("quota", 501);
        categories.get(3).put("code", "ELU");
        settings.put("categories", categories);
        settings.put("freezeAt", "2020-01-01T00:00:00+01:00");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(settings)
                .put(SETTINGS, congress.id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("categories[2].quota", "categories[3].code", "freezeAt"))
                .body("errors.find { it.field == 'categories[2].quota' }.message", containsString("500"));
        given().get(SETTINGS, congress.id).then().body("freezeAt", not(equalTo("2020-01-01T00:00:00+01:00")))
                .body("categories.find { it.code == 'ETUDIANT' }.quota", equalTo(null));

        // colours and invitation-only are kept
        Map<String, Object> good = congress.settings();
        List<Map<String, Object>> cats = new ArrayList<>();
        for (Object c : (List<?>) good.get("categories")) {
            cats.add(new LinkedHashMap<>((Map<String, Object>) c));
        }
        cats.get(4).put("colour", "#AA3300");
        cats.get(4).put("invitationOnly", true);
        good.put("categories", cats);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(good)
                .put(SETTINGS, congress.id).then().statusCode(200)
                .body("categories.find { it.code == 'PARTENAIRE' }.colour", equalTo("#aa3300"))
                .body("categories.find { it.code == 'PARTENAIRE' }.invitationOnly", equalTo(true))
                .body("questions.size()", equalTo(0));
    }

    @Test
    void onlyOrganisersSetThem() {
        TestCongress congress = new TestCongress().create();
        given().contentType(ContentType.JSON).body(congress.settings()).put(SETTINGS, congress.id).then()
                .statusCode(401);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(congress.settings())
                .put(SETTINGS, congress.id).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(congress.settings())
                .put(SETTINGS, congress.id).then().statusCode(403);
    }

    @Test
    void availabilityIsPublicAndCarriesCountsOnly() {
        TestCongress congress = new TestCongress().create();
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        given().get("/api/registration/congresses/{id}/availability", congress.id).then().statusCode(200)
                .body("confirmed", equalTo(1)).body("remaining", equalTo(499)).body("open", equalTo(true))
                .body("categories.find { it.code == 'PROFESSIONNEL' }.confirmed", equalTo(1))
                .body("workshops.find { it.sessionId == '" + congress.slot1Workshops.get(0) + "' }.remaining",
                        equalTo(24))
                .body("meals.find { it.sessionId == '" + congress.lunch1 + "' }.remaining", equalTo(399))
                .body(not(containsString("Camille"))).body(not(containsString("@")));
    }
}
