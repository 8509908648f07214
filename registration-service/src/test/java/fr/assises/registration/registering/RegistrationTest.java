package fr.assises.registration.registering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.events.RegistrationEventData;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.StatementCounter;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class RegistrationTest {

    @Inject
    ObjectMapper json;

    static Response register(String token, UUID congressId, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congressId);
    }

    @Test
    void participantRegistersAndGetsSeatsAndAnEventWithoutPersonalData() throws Exception {
        TestCongress congress = new TestCongress().create();
        String sub = UUID.randomUUID().toString();
        String id = register(TestTokens.participant(sub), congress.id, congress.registration())
                .then().statusCode(201)
                .header("Location", containsString("/api/registration/me/registrations/"))
                .body("status", equalTo("CONFIRMED"))
                .body("participantId", equalTo(sub))
                .body("feeCents", equalTo(18000))
                .body("workshops", hasSize(1))
                .body("workshops[0].status", equalTo("CONFIRMED"))
                .body("workshops[0].rank", equalTo(1))
                .body("meals[0].status", equalTo("CONFIRMED"))
                .body("consent.version", equalTo(TestCongress.PRIVACY))
                .body("consent.acceptedAt", notNullValue())
                .extract().path("id");

        ConsumerRecord<String, String> record = PublishedEvents.of(id, 1).get(0);
        assertThat(PublishedEvents.type(record)).isEqualTo("fr.assises.registration.confirmed.v1");
        RegistrationEventData data = json.readValue(record.value(), RegistrationEventData.class);
        assertThat(data.status()).isEqualTo("CONFIRMED");
        assertThat(data.participantId()).isEqualTo(sub);
        assertThat(data.version()).isEqualTo(1);
        assertThat(record.value()).doesNotContain("Camille").doesNotContain("@exemple.test")
                .doesNotContain("végétarien");
    }

    @Test
    void secondChoiceThenWaitingListWhenWorkshopsAreFull() {
        TestCongress congress = new TestCongress().workshops(2, 1).create();
        UUID a = congress.slot1Workshops.get(0);
        UUID b = congress.slot1Workshops.get(1);
        register(TestTokens.participant(), congress.id, congress.registration("PROFESSIONNEL", a, b))
                .then().statusCode(201).body("workshops[0].sessionId", equalTo(a.toString()));
        register(TestTokens.participant(), congress.id, congress.registration("PROFESSIONNEL", a, b))
                .then().statusCode(201).body("workshops[0].sessionId", equalTo(b.toString()))
                .body("workshops[0].rank", equalTo(2)).body("workshops[0].status", equalTo("CONFIRMED"));
        register(TestTokens.participant(), congress.id, congress.registration("PROFESSIONNEL", a, b))
                .then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("workshops[0].sessionId", equalTo(a.toString()))
                .body("workshops[0].status", equalTo("WAITLISTED"))
                .body("workshops[0].waitlistPosition", equalTo(1));
    }

    @Test
    void fullCongressOrFullCategoryWaitlists() {
        TestCongress congress = new TestCongress().total(2).eluQuota(1).create();
        register(TestTokens.participant(), congress.id, congress.registration("ELU", null, null))
                .then().statusCode(201).body("status", equalTo("CONFIRMED")).body("feeCents", equalTo(12000));
        register(TestTokens.participant(), congress.id, congress.registration("ELU", null, null))
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        register(TestTokens.participant(), congress.id, congress.registration())
                .then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("workshops[0].status", equalTo("CONFIRMED"));
        register(TestTokens.participant(), congress.id, congress.registration())
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2))
                .body("workshops[0].status", equalTo("PENDING"));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then().statusCode(200)
                .body("remaining", equalTo(0)).body("waitlisted", equalTo(2));
    }

    @Test
    void participantCannotSetStatusFeePositionOrCheckIn() {
        TestCongress congress = new TestCongress().total(1).create();
        register(TestTokens.participant(), congress.id, congress.registration()).then().statusCode(201);
        Map<String, Object> body = new java.util.LinkedHashMap<>(congress.registration());
        body.put("status", "CONFIRMED");
        body.put("feeCents", 0);
        body.put("waitlistPosition", 0);
        body.put("checkedInAt", "2027-06-24T08:00:00+02:00");
        body.put("participantId", "someone-else");
        body.put("lateChange", true);
        body.put("id", UUID.randomUUID().toString());
        String sub = UUID.randomUUID().toString();
        register(TestTokens.participant(sub), congress.id, body).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"))
                .body("feeCents", equalTo(18000))
                .body("waitlistPosition", equalTo(1))
                .body("checkedInAt", nullValue())
                .body("participantId", equalTo(sub))
                .body("lateChange", equalTo(false));
    }

    @Test
    void aRegistrationPerPersonAndCongress() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant();
        register(token, congress.id, congress.registration()).then().statusCode(201);
        register(token, congress.id, congress.registration()).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemAndSavesNothing() {
        TestCongress congress = new TestCongress().create();
        String sub = UUID.randomUUID().toString();
        String token = TestTokens.participant(sub);
        List<Consumer<Map<String, Object>>> breakers = List.of(
                b -> b.put("category", "INCONNUE"),
                b -> b.put("consent", null),
                b -> b.put("consent", Map.of("accepted", false, "version", TestCongress.PRIVACY)),
                b -> b.put("consent", Map.of("accepted", true, "version", "1999-01")),
                b -> ((Map<String, Object>) b.get("person")).put("email", "pas-un-mail"),
                b -> ((Map<String, Object>) b.get("person")).put("organisation", ""),
                b -> ((Map<String, Object>) b.get("person")).put("lastName", "x".repeat(101)),
                b -> ((Map<String, Object>) b.get("person")).put("dietaryNeeds", "x".repeat(1001)),
                b -> ((Map<String, Object>) b.get("person")).put("territoryType", "PLANETE"),
                b -> b.put("days", List.of()),
                b -> b.put("days", List.of("2027-07-01")),
                b -> b.put("meals", List.of(UUID.randomUUID().toString())),
                b -> b.put("meals", List.of(congress.lunch2.toString(), "x")),
                b -> b.put("workshops", List.of(Map.of("sessionId", UUID.randomUUID().toString()))),
                b -> b.put("workshops", List.of(Map.of("sessionId", congress.plenary.toString()))),
                b -> b.put("workshops", List.of(Map.of("sessionId", congress.slot1Workshops.get(0).toString()),
                        Map.of("sessionId", congress.slot1Workshops.get(1).toString()))),
                b -> b.put("workshops", List.of(Map.of("sessionId", congress.slot1Workshops.get(0).toString(),
                        "secondChoiceSessionId", congress.slot2Workshops.get(0).toString()))),
                b -> b.put("language", "de"));
        for (Consumer<Map<String, Object>> breaker : breakers) {
            Map<String, Object> body = congress.registration();
            body.put("person", new java.util.LinkedHashMap<>((Map<String, Object>) body.get("person")));
            breaker.accept(body);
            register(token, congress.id, body).then().statusCode(400).contentType("application/problem+json");
        }
        register(token, UUID.randomUUID(), congress.registration()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"days\": [")
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(400).contentType("application/problem+json");
        // Expect: 100-continue lets the server refuse on the announced length before the body is written;
        // without it a loaded machine sometimes closes the connection mid-body and the client sees a broken pipe
        given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"x\":\"" + "a".repeat(1_100_000) + "\"}")
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(413);
        given().auth().oauth2(token).get("/api/registration/me/registrations").then().statusCode(200)
                .body("", hasSize(0));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(0)).body("waitlisted", equalTo(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRefusedFieldOfTheFormComesBackInOneAnswer() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> body = congress.registration();
        Map<String, Object> person = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("person"));
        person.put("lastName", "");
        person.put("email", "pas-un-mail");
        person.put("organisation", "");
        body.put("person", person);
        body.remove("category");
        body.put("consent", null);
        body.put("days", List.of());
        body.put("workshops", List.of(Map.of("sessionId", congress.plenary.toString())));
        // Bean Validation's refusals, the consent, the days, the choices and the information the congress requires,
        // all at once rather than one layer per attempt
        register(token, congress.id, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("consent.accepted", "category", "days",
                        "workshops", "person.organisation", "person.lastName", "person.email"))
                .body("detail", equalTo("7 informations sont à corriger."))
                .body("errors.find { it.field == 'days' }.message", equalTo("choisissez au moins un jour"));
        given().auth().oauth2(token).get("/api/registration/me/registrations").then().body("", hasSize(0));

        // a participant's change likewise
        String id = register(token, congress.id, congress.registration()).then().statusCode(201).extract().path("id");
        Map<String, Object> change = new java.util.LinkedHashMap<>();
        change.put("days", List.of());
        change.put("person", person);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("days", "person.organisation",
                        "person.lastName", "person.email"));
    }

    @Test
    void registeringOutsideTheWindowIs422() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestCongress early = new TestCongress().window(now.plusDays(1), now.plusDays(5)).create();
        register(TestTokens.participant(), early.id, early.registration()).then().statusCode(422)
                .contentType("application/problem+json");
        TestCongress late = new TestCongress().window(now.minusDays(5), now.minusDays(1)).create();
        register(TestTokens.participant(), late.id, late.registration()).then().statusCode(422);
    }

    @Test
    void onlyAuthenticatedParticipantsRegister() {
        TestCongress congress = new TestCongress().create();
        given().contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(401).contentType("application/problem+json");
        register(TestTokens.expired("x", "participant"), congress.id, congress.registration()).then().statusCode(401);
        register(TestTokens.organiser(), congress.id, congress.registration()).then().statusCode(403);
        register(TestTokens.partner(), congress.id, congress.registration()).then().statusCode(403);
    }

    @Test
    void sameIdempotencyKeyReturnsTheFirstResultEvenUnderConcurrentRetries() throws Exception {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = congress.registration();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> given().auth().oauth2(token).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(body)
                        .post("/api/registration/congresses/{id}/registrations", congress.id));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201);
            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(responses).extracting(r -> r.jsonPath().getString("id")).containsOnly(
                    responses.get(0).jsonPath().getString("id"));
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).get("/api/registration/me/registrations").then().body("", hasSize(1));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(1));
        given().auth().oauth2(token).header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(400);
    }

    @Inject
    RegistrationService service;

    /**
     * The rush's usual request (two workshop slots with a second choice each, the meals, no key, no payer): the
     * statements one registration prepares, counted on the calling thread (a batched insert counts once). The
     * per-congress look-ups come from the cache after the first registration of the congress.
     */
    @Test
    void oneRegistrationRunsFewStatements() {
        TestCongress congress = new TestCongress().create();
        // each second choice after its first choice in the counters' key order (SeatAllocator visits counters in
        // that order): one met before its first choice would be taken in case and given back, two statements more
        // per slot, which random session ids would make one run in four reach 17
        List<String> slot1 = congress.slot1Workshops.subList(0, 2).stream().map(UUID::toString).sorted().toList();
        List<String> slot2 = congress.slot2Workshops.subList(0, 2).stream().map(UUID::toString).sorted().toList();
        Consumer<Map<String, Object>> twoSlots = body -> {
            body.put("meals", List.of(congress.lunch1.toString(), congress.lunch2.toString()));
            body.put("workshops", List.of(
                    Map.of("sessionId", slot1.get(0), "secondChoiceSessionId", slot1.get(1)),
                    Map.of("sessionId", slot2.get(0), "secondChoiceSessionId", slot2.get(1))));
        };
        List<StatementCounter.Counted<RegistrationService.Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = congress.registration();
            twoSlots.accept(body);
            RegistrationRequest request = json.convertValue(body, RegistrationRequest.class);
            String sub = UUID.randomUUID().toString();
            runs.add(StatementCounter.count(() -> service.register(congress.id, sub, sub, request, null,
                    RegistrationService.SOURCE_SELF)));
        }
        StatementCounter.Counted<RegistrationService.Outcome> last = runs.get(runs.size() - 1);
        System.out.println("Statements of one registration (" + last.statements() + "):\n  "
                + String.join("\n  ", last.sql()));
        assertThat(last.result().registration().status()).isEqualTo("CONFIRMED");
        assertThat(last.result().registration().workshops()).hasSize(2)
                .allSatisfy(w -> assertThat(w.status()).isEqualTo("CONFIRMED"));
        assertThat(last.result().registration().meals()).hasSize(2);
        // 13: the stamp, the locks, the duplicate check, a stripe per counter (total, category, two workshops, two
        // meals), four inserts; no look-up of the congress, its sessions or settings
        assertThat(last.statements()).isLessThanOrEqualTo(13);
        assertThat(last.sql()).noneMatch(sql -> sql.contains("programme_session") || sql.contains("congress c")
                || sql.contains("registration_settings") || sql.contains("custom_question")
                || sql.startsWith("update registration "));
    }

    /**
     * What registering keeps in memory per congress (settings, categories, sessions, questions) is read again after
     * every change: each change below, made once the memory is warm, is seen by the very next registration.
     */
    @Test
    void everyChangeOfTheCongressIsSeenByTheNextRegistration() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> body = congress.registration();
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, body).then().statusCode(201)
                .body("feeCents", equalTo(18000));

        // a fee changed by the committee
        Map<String, Object> settings = congress.settings();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> categories = (List<Map<String, Object>>) settings.get("categories");
        categories.get(0).put("feeCents", 19500);
        putSettings(congress, settings);
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, congress.registration())
                .then().statusCode(201).body("feeCents", equalTo(19500));

        // a new version of the privacy notice: the old one is refused
        settings.put("privacyNoticeVersion", "2027-01");
        putSettings(congress, settings);
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, congress.registration())
                .then().statusCode(400).body("errors.field", hasItem("consent.version"));
        Consumer<Map<String, Object>> newNotice = b -> b.put("consent", Map.of("accepted", true, "version", "2027-01"));

        // a workshop moved to the second day by programme-service: chosen with the first day only, it is refused
        UUID moved = congress.slot1Workshops.get(0);
        TestCongress.produce(List.of(TestCongress.record("fr.assises.programme.session.changed.v1", moved,
                congress.session(moved, "WORKSHOP", "Atelier déplacé", "J1-AM", TestCongress.DAY2, 10, 25,
                        congress.slot1, 2))));
        Map<String, Object> firstDayOnly = congress.registration("PROFESSIONNEL", moved, null);
        firstDayOnly.put("days", List.of(TestCongress.DAY1.toString()));
        newNotice.accept(firstDayOnly);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> register(
                TestTokens.participant(UUID.randomUUID().toString()), congress.id, firstDayOnly).statusCode() == 400);
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, firstDayOnly).then()
                .statusCode(400).body("errors.field", hasItem("workshops")).body(containsString("Atelier déplacé"));

        // a required question added
        String question = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(Map.of("kind", "SHORT_TEXT", "required", true,
                        "labelFr", "Commune de résidence", "labelEn", "Town", "choices", List.of()))))
                .put("/api/registration/congresses/{id}/settings/questions", congress.id).then().statusCode(200)
                .extract().path("[0].id");
        Map<String, Object> unanswered = congress.registration();
        newNotice.accept(unanswered);
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, unanswered).then()
                .statusCode(400).body("errors.field", hasItem("answers." + question));

        // the capacity lowered to the seats taken: the next one waits
        unanswered.put("answers", Map.of(question, "Essai-sur-Loire"));
        int taken = given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .statusCode(200).extract().path("confirmed");
        settings.put("totalCapacity", taken);
        putSettings(congress, settings);
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, unanswered).then()
                .statusCode(201).body("status", equalTo("WAITLISTED")).body("feeCents", equalTo(19500));

        // registrations closed by the committee
        settings.put("closesAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString());
        putSettings(congress, settings);
        register(TestTokens.participant(UUID.randomUUID().toString()), congress.id, unanswered).then()
                .statusCode(422);
    }

    private static void putSettings(TestCongress congress, Map<String, Object> settings) {
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(settings)
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
    }
}
