package fr.assises.registration.registering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** 1,000 parallel attempts for 500 seats, workshops of 25: never more confirmed than seats, lists in commit order. */
@QuarkusTest
class CapacityUnderConcurrencyTest {

    static final int SEATS = 500;
    static final int ATTEMPTS = 1000;
    static final int WORKSHOP_SEATS = 25;
    static final int MEAL_SEATS = 400;

    @Test
    void parallelRegistrationsNeverOverbookAndWaitInCommitOrder() throws Exception {
        TestCongress congress = new TestCongress().total(SEATS).workshops(2, WORKSHOP_SEATS).meals(MEAL_SEATS)
                .create();
        UUID first = congress.slot1Workshops.get(0);
        UUID second = congress.slot1Workshops.get(1);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<JsonPath> results = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                String token = TestTokens.participant(UUID.randomUUID().toString());
                calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(congress.registration("PROFESSIONNEL", first, second))
                        .post("/api/registration/congresses/{id}/registrations", congress.id));
            }
            long started = System.nanoTime();
            List<Future<Response>> done = pool.invokeAll(calls);
            double seconds = (System.nanoTime() - started) / 1e9;
            // printed so a change to the locked path can be compared run against run on the same machine
            System.out.printf("CapacityUnderConcurrencyTest: %d attempts in %.2f s, %.0f registrations/s%n",
                    ATTEMPTS, seconds, ATTEMPTS / seconds);
            for (Future<Response> f : done) {
                Response response = f.get();
                assertThat(response.statusCode()).isEqualTo(201);
                results.add(response.jsonPath());
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonPath> confirmed = results.stream().filter(r -> "CONFIRMED".equals(r.getString("status"))).toList();
        List<JsonPath> waiting = results.stream().filter(r -> "WAITLISTED".equals(r.getString("status"))).toList();
        assertThat(confirmed).hasSize(SEATS);
        assertThat(waiting).hasSize(ATTEMPTS - SEATS);
        // each waiting person got a distinct place, 1..n, as their transactions committed one after the other
        assertThat(waiting.stream().map(r -> r.getInt("waitlistPosition")).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, ATTEMPTS - SEATS).boxed().toList());
        // first come, first served: the earlier a registration was taken in, the better its place
        assertThat(waiting.stream()
                .sorted(java.util.Comparator.comparing(r -> java.time.OffsetDateTime.parse(r.getString("createdAt"))))
                .map(r -> r.getInt("waitlistPosition")).toList())
                .isSorted();
        long seatedFirst = confirmed.stream().filter(r -> "CONFIRMED".equals(r.getString("workshops[0].status"))
                && first.toString().equals(r.getString("workshops[0].sessionId"))).count();
        long seatedSecond = confirmed.stream().filter(r -> "CONFIRMED".equals(r.getString("workshops[0].status"))
                && second.toString().equals(r.getString("workshops[0].sessionId"))).count();
        assertThat(seatedFirst).isEqualTo(WORKSHOP_SEATS);
        assertThat(seatedSecond).isEqualTo(WORKSHOP_SEATS);
        List<Integer> workshopPositions = confirmed.stream()
                .filter(r -> "WAITLISTED".equals(r.getString("workshops[0].status")))
                .map(r -> r.getInt("workshops[0].waitlistPosition")).sorted().toList();
        assertThat(workshopPositions).isEqualTo(IntStream.rangeClosed(1, SEATS - 2 * WORKSHOP_SEATS).boxed().toList());
        assertThat(confirmed.stream().filter(r -> "CONFIRMED".equals(r.getString("meals[0].status"))).count())
                .isEqualTo(MEAL_SEATS);

        // the counters and the stored registrations agree
        JsonPath availability = given().get("/api/registration/congresses/{id}/availability", congress.id)
                .then().statusCode(200).body("confirmed", equalTo(SEATS)).body("remaining", equalTo(0))
                .body("waitlisted", equalTo(ATTEMPTS - SEATS)).body("overbooked", equalTo(false))
                .extract().jsonPath();
        assertThat(availability.getList("workshops.findAll { it.seriesId == '" + congress.slot1 + "' }.confirmed",
                Integer.class)).containsOnly(WORKSHOP_SEATS);
        assertThat(availability.getInt("meals.find { it.sessionId == '" + congress.lunch1 + "' }.confirmed"))
                .isEqualTo(MEAL_SEATS);
        given().auth().oauth2(congress.organiser)
                .queryParam("status", "CONFIRMED").queryParam("size", 1)
                .get("/api/registration/congresses/{id}/manage/registrations", congress.id)
                .then().statusCode(200).body("total", equalTo(SEATS));
    }

    /**
     * Everyone wants the same workshop, half of them in a category with a quota: the hot workshop and the quota
     * are both exact, their waiting lists are numbered 1..n without gap or repeat, the counters equal the rows.
     */
    @Test
    void hotWorkshopAndCategoryQuotaStayExactUnderParallelRegistrations() throws Exception {
        int workshopSeats = 30;
        int eluQuota = 40;
        int perCategory = 100;
        TestCongress congress = new TestCongress().total(1000).eluQuota(eluQuota).workshops(2, workshopSeats)
                .meals(1000).create();
        UUID hot = congress.slot1Workshops.get(0);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 2 * perCategory; i++) {
            String category = i % 2 == 0 ? "ELU" : "PROFESSIONNEL";
            String token = TestTokens.participant(UUID.randomUUID().toString());
            calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(congress.registration(category, hot, null))
                    .post("/api/registration/congresses/{id}/registrations", congress.id));
        }
        List<JsonPath> results = run(calls, 201);

        List<JsonPath> confirmed = results.stream().filter(r -> "CONFIRMED".equals(r.getString("status"))).toList();
        List<JsonPath> waiting = results.stream().filter(r -> "WAITLISTED".equals(r.getString("status"))).toList();
        assertThat(confirmed.stream().filter(r -> "ELU".equals(r.getString("category")))).hasSize(eluQuota);
        assertThat(confirmed.stream().filter(r -> "PROFESSIONNEL".equals(r.getString("category"))))
                .hasSize(perCategory);
        assertThat(waiting).hasSize(perCategory - eluQuota).allMatch(r -> "ELU".equals(r.getString("category")));
        assertThat(waiting.stream().map(r -> r.getInt("waitlistPosition")).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, perCategory - eluQuota).boxed().toList());
        assertThat(confirmed.stream().filter(r -> "CONFIRMED".equals(r.getString("workshops[0].status"))))
                .hasSize(workshopSeats);
        assertThat(confirmed.stream().filter(r -> "WAITLISTED".equals(r.getString("workshops[0].status")))
                .map(r -> r.getInt("workshops[0].waitlistPosition")).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, confirmed.size() - workshopSeats).boxed().toList());

        JsonPath availability = given().get("/api/registration/congresses/{id}/availability", congress.id)
                .then().statusCode(200).body("confirmed", equalTo(eluQuota + perCategory))
                .body("waitlisted", equalTo(perCategory - eluQuota)).body("overbooked", equalTo(false))
                .extract().jsonPath();
        assertThat(availability.getInt("categories.find { it.code == 'ELU' }.confirmed")).isEqualTo(eluQuota);
        assertThat(availability.getInt("workshops.find { it.sessionId == '" + hot + "' }.confirmed"))
                .isEqualTo(workshopSeats);
    }

    /**
     * The same person sending the same registration several times at once, with and without an Idempotency-Key:
     * one registration, the others told so (409) or given the first answer (200, same id).
     */
    @Test
    void oneRegistrationPerPersonWhenTheSameFormIsSentInParallel() throws Exception {
        TestCongress congress = new TestCongress().total(100).workshops(2, 10).create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(congress.registration())
                    .post("/api/registration/congresses/{id}/registrations", congress.id));
        }
        List<Integer> statuses = statuses(calls);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);

        String retrying = TestTokens.participant(UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();
        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            retries.add(() -> given().auth().oauth2(retrying).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(congress.registration())
                    .post("/api/registration/congresses/{id}/registrations", congress.id));
        }
        List<Response> answers = responses(retries);
        assertThat(answers.stream().map(Response::statusCode).toList()).containsOnly(201, 200);
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().map(r -> r.jsonPath().getString("id")).distinct()).hasSize(1);
        given().get("/api/registration/congresses/{id}/availability", congress.id)
                .then().statusCode(200).body("confirmed", equalTo(2));
    }

    /**
     * Cancellations racing a rush on a full congress: every freed seat goes to the waiting list, first come first
     * served, never to someone who arrived after a person still waiting; the waiting list stays numbered 1..n.
     */
    @Test
    void seatsFreedDuringARushGoToTheWaitingListInArrivalOrder() throws Exception {
        int seats = 10;
        int newcomers = 40;
        TestCongress congress = new TestCongress().total(seats).create();
        List<String> holders = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            holders.add(TestTokens.participant(UUID.randomUUID().toString()));
            held.add(given().auth().oauth2(holders.get(i)).contentType(ContentType.JSON)
                    .body(congress.registration("PROFESSIONNEL", null, null))
                    .post("/api/registration/congresses/{id}/registrations", congress.id)
                    .then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().<String>path("id"));
        }
        List<String> tokens = new ArrayList<>(); // the newcomer's token per call, null for a cancellation
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < newcomers; i++) {
            String token = TestTokens.participant(UUID.randomUUID().toString());
            tokens.add(token);
            calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(congress.registration("PROFESSIONNEL", null, null))
                    .post("/api/registration/congresses/{id}/registrations", congress.id));
            if (i % 4 == 3) {
                int holder = i / 4;
                calls.add(() -> given().auth().oauth2(holders.get(holder))
                        .delete("/api/registration/me/registrations/{id}", held.get(holder)));
                tokens.add(null);
            }
        }
        List<Response> answers = responses(calls);
        List<JsonPath> now = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Response answer = answers.get(i);
            if (tokens.get(i) == null) {
                assertThat(answer.statusCode()).isEqualTo(200);
                continue;
            }
            assertThat(answer.statusCode()).isEqualTo(201);
            now.add(given().auth().oauth2(tokens.get(i))
                    .get("/api/registration/me/registrations/{id}", answer.jsonPath().getString("id"))
                    .then().statusCode(200).extract().jsonPath());
        }
        List<JsonPath> seated = now.stream().filter(r -> "CONFIRMED".equals(r.getString("status"))).toList();
        List<JsonPath> waiting = now.stream().filter(r -> "WAITLISTED".equals(r.getString("status"))).toList();
        assertThat(seated).hasSize(seats);
        assertThat(waiting).hasSize(newcomers - seats);
        assertThat(waiting.stream().map(r -> r.getInt("waitlistPosition")).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, newcomers - seats).boxed().toList());
        java.time.OffsetDateTime lastSeated = seated.stream()
                .map(r -> java.time.OffsetDateTime.parse(r.getString("createdAt")))
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(waiting).allMatch(r -> java.time.OffsetDateTime.parse(r.getString("createdAt")).isAfter(lastSeated));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then().statusCode(200)
                .body("confirmed", equalTo(seats)).body("remaining", equalTo(0))
                .body("waitlisted", equalTo(newcomers - seats));
    }

    private static List<JsonPath> run(List<Callable<Response>> calls, int expectedStatus) throws Exception {
        List<JsonPath> results = new ArrayList<>();
        for (Response response : responses(calls)) {
            assertThat(response.statusCode()).isEqualTo(expectedStatus);
            results.add(response.jsonPath());
        }
        return results;
    }

    private static List<Integer> statuses(List<Callable<Response>> calls) throws Exception {
        return responses(calls).stream().map(Response::statusCode).toList();
    }

    private static List<Response> responses(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(24, calls.size()));
        try {
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls, 120, java.util.concurrent.TimeUnit.SECONDS)) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
