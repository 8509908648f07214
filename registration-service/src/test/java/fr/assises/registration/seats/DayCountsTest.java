package fr.assises.registration.seats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The public availability counts registrations per day and category, for the partners' dashboard. */
@QuarkusTest
class DayCountsTest {

    static final String AVAILABILITY = "/api/registration/congresses/{id}/availability";
    static final String DAY1 = TestCongress.DAY1.toString();
    static final String DAY2 = TestCongress.DAY2.toString();

    /** Registers a new participant on the given days (no meal nor workshop, so any day fits); returns the id. */
    static String register(TestCongress congress, String token, String category, String... days) {
        Map<String, Object> body = congress.registration(category, null, null);
        body.put("days", List.of(days));
        body.put("meals", List.of());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
    }

    static int categoryOnDay(JsonPath availability, String day, String code) {
        return availability.getInt("days.find { it.date == '" + day + "' }.categories.find { it.code == '"
                + code + "' }.confirmed");
    }

    @Test
    void countsEachChosenDayByCategoryWithoutCancelledOnes() {
        TestCongress congress = new TestCongress().total(3).create();
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "PROFESSIONNEL", DAY1, DAY2);
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "ELU", DAY1);
        // confirmed, then cancelled: its seat goes back and it counts nowhere
        String leaving = TestTokens.participant(UUID.randomUUID().toString());
        String cancelled = register(congress, leaving, "ETUDIANT", DAY1, DAY2);
        given().auth().oauth2(leaving).delete("/api/registration/me/registrations/{id}", cancelled).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "PROFESSIONNEL", DAY2);
        // the congress is full now: this one waits, on both days
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "ELU", DAY1, DAY2);

        // anonymous, as the live form and the gateway's dashboard call it
        JsonPath availability = given().get(AVAILABILITY, congress.id).then().statusCode(200)
                .body("confirmed", equalTo(3)).body("waitlisted", equalTo(1))
                .extract().jsonPath();
        assertThat(availability.getList("days.date", String.class)).containsExactly(DAY1, DAY2);
        assertThat(availability.getInt("days[0].confirmed")).isEqualTo(2);
        assertThat(availability.getInt("days[0].waitlisted")).isEqualTo(1);
        assertThat(availability.getInt("days[1].confirmed")).isEqualTo(2);
        assertThat(availability.getInt("days[1].waitlisted")).isEqualTo(1);
        assertThat(categoryOnDay(availability, DAY1, "PROFESSIONNEL")).isEqualTo(1);
        assertThat(categoryOnDay(availability, DAY1, "ELU")).isEqualTo(1);
        assertThat(categoryOnDay(availability, DAY1, "ETUDIANT")).isZero();
        assertThat(categoryOnDay(availability, DAY2, "PROFESSIONNEL")).isEqualTo(2);
        assertThat(categoryOnDay(availability, DAY2, "ELU")).isZero();
        assertThat(categoryOnDay(availability, DAY2, "ETUDIANT")).isZero();
        // every configured category on every day, in the order of the top-level categories
        assertThat(availability.getList("days[0].categories.code", String.class))
                .isEqualTo(availability.getList("categories.code", String.class));
        assertThat(availability.getList("days[1].categories.code", String.class))
                .isEqualTo(availability.getList("categories.code", String.class));
        // counts only: nothing personal in the public answer
        assertThat(availability.prettify()).doesNotContain("Camille").doesNotContain("exemple.test");
    }

    @Test
    void aDayNobodyChoseIsListedWithZeros() {
        TestCongress congress = new TestCongress().create();
        JsonPath empty = given().get(AVAILABILITY, congress.id).then().statusCode(200).extract().jsonPath();
        assertThat(empty.getList("days.date", String.class)).containsExactly(DAY1, DAY2);
        assertThat(empty.getList("days.confirmed", Integer.class)).containsExactly(0, 0);
        assertThat(empty.getList("days.waitlisted", Integer.class)).containsExactly(0, 0);

        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "ELU", DAY1);
        JsonPath availability = given().get(AVAILABILITY, congress.id).then().statusCode(200).extract().jsonPath();
        assertThat(availability.getInt("days[0].confirmed")).isEqualTo(1);
        assertThat(categoryOnDay(availability, DAY1, "ELU")).isEqualTo(1);
        assertThat(availability.getInt("days[1].confirmed")).isZero();
        assertThat(availability.getInt("days[1].waitlisted")).isZero();
        assertThat(availability.getList("days[1].categories.confirmed", Integer.class)).isNotEmpty().containsOnly(0);
    }

    @Test
    void unknownCongressIsStillNotFound() {
        given().get(AVAILABILITY, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
