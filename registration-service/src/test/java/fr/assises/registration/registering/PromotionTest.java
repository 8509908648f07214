package fr.assises.registration.registering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A freed seat goes to the head of the right waiting list, at once when no offer delay is set. */
@QuarkusTest
class PromotionTest {

    @Inject
    EntityManager em;

    static String register(String token, TestCongress congress, UUID first, UUID second) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(congress.registration("PROFESSIONNEL", first, second))
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse mine(String token, String id) {
        return given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then().statusCode(200);
    }

    @Test
    void cancellingPromotesTheHeadOfEachWaitingList() {
        TestCongress congress = new TestCongress().total(2).workshops(2, 1).meals(1).create();
        UUID w1 = congress.slot1Workshops.get(0);
        UUID w2 = congress.slot1Workshops.get(1);
        String a = TestTokens.participant(UUID.randomUUID().toString());
        String b = TestTokens.participant(UUID.randomUUID().toString());
        String c = TestTokens.participant(UUID.randomUUID().toString());
        String d = TestTokens.participant(UUID.randomUUID().toString());
        String ra = register(a, congress, w1, w2);
        String rb = register(b, congress, w1, w2);
        String rc = register(c, congress, w1, w2);
        String rd = register(d, congress, w1, w2);
        mine(b, rb).body("status", equalTo("CONFIRMED")).body("workshops[0].sessionId", equalTo(w2.toString()))
                .body("meals[0].status", equalTo("WAITLISTED")).body("meals[0].waitlistPosition", equalTo(1));
        mine(c, rc).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        mine(d, rd).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));

        given().auth().oauth2(a).delete("/api/registration/me/registrations/{id}", ra).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        // B waited for the meal before C was confirmed: B gets it; C takes A's congress seat and workshop
        mine(b, rb).body("meals[0].status", equalTo("CONFIRMED"));
        mine(c, rc).body("status", equalTo("CONFIRMED")).body("workshops[0].sessionId", equalTo(w1.toString()))
                .body("workshops[0].status", equalTo("CONFIRMED"))
                .body("meals[0].status", equalTo("WAITLISTED")).body("meals[0].waitlistPosition", equalTo(1));
        mine(d, rd).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(2)).body("waitlisted", equalTo(1));

        List<ConsumerRecord<String, String>> cEvents = PublishedEvents.of(rc, 2);
        assertThat(cEvents).extracting(PublishedEvents::type).containsExactly(
                "fr.assises.registration.waitlisted.v1", "fr.assises.registration.confirmed.v1");
        assertThat(PublishedEvents.of(ra, 2)).extracting(PublishedEvents::type).containsExactly(
                "fr.assises.registration.confirmed.v1", "fr.assises.registration.cancelled.v1");
        assertThat(PublishedEvents.of(rb, 2)).extracting(PublishedEvents::type).containsExactly(
                "fr.assises.registration.confirmed.v1", "fr.assises.registration.changed.v1");
    }

    @Test
    void raisingTheCapacityLetsWaitingPeopleIn() {
        TestCongress congress = new TestCongress().total(1).create();
        String a = TestTokens.participant(UUID.randomUUID().toString());
        String b = TestTokens.participant(UUID.randomUUID().toString());
        register(a, congress, congress.slot1Workshops.get(0), null);
        String rb = register(b, congress, congress.slot1Workshops.get(0), null);
        mine(b, rb).body("status", equalTo("WAITLISTED"));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(congress.total(2).settings())
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
        mine(b, rb).body("status", equalTo("CONFIRMED")).body("workshops[0].status", equalTo("CONFIRMED"));
    }

    @Test
    void loweringTheCapacityCancelsNobodyAndIsFlagged() {
        TestCongress congress = new TestCongress().total(2).create();
        String a = TestTokens.participant(UUID.randomUUID().toString());
        String b = TestTokens.participant(UUID.randomUUID().toString());
        String ra = register(a, congress, null, null);
        register(b, congress, null, null);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(congress.total(1).settings())
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
        mine(a, ra).body("status", equalTo("CONFIRMED"));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(2)).body("remaining", equalTo(0)).body("overbooked", equalTo(true));
        String c = TestTokens.participant(UUID.randomUUID().toString());
        String rc = register(c, congress, null, null);
        mine(c, rc).body("status", equalTo("WAITLISTED"));
    }

    @Test
    void aWorkshopCapacityRaisedByTheProgrammePromotesItsWaitingList() {
        TestCongress congress = new TestCongress().workshops(1, 1).create();
        UUID w = congress.slot1Workshops.get(0);
        String a = TestTokens.participant(UUID.randomUUID().toString());
        String b = TestTokens.participant(UUID.randomUUID().toString());
        register(a, congress, w, null);
        String rb = register(b, congress, w, null);
        mine(b, rb).body("workshops[0].status", equalTo("WAITLISTED"));
        congress.sessionCapacity(w, "WORKSHOP", congress.slot1, 2, 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mine(b, rb)
                .body("workshops[0].status", equalTo("CONFIRMED")));
    }

    @Test
    void anExpiredOfferGoesToTheNextPerson() {
        TestCongress congress = new TestCongress().total(1).offerHours(2).create();
        String a = TestTokens.participant(UUID.randomUUID().toString());
        String b = TestTokens.participant(UUID.randomUUID().toString());
        String c = TestTokens.participant(UUID.randomUUID().toString());
        String ra = register(a, congress, null, null);
        String rb = register(b, congress, null, null);
        String rc = register(c, congress, null, null);
        given().auth().oauth2(a).delete("/api/registration/me/registrations/{id}", ra).then().statusCode(200);
        mine(b, rb).body("offerExpiresAt", notNullValue());
        mine(c, rc).body("offerExpiresAt", nullValue()).body("waitlistPosition", equalTo(1));
        // two hours later, as far as the offer knows
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update registration set offer_expires_at = now() - interval '1 minute' where id = ?1")
                .setParameter(1, UUID.fromString(rb)).executeUpdate());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mine(b, rb).body("status", equalTo("CANCELLED")));
        mine(c, rc).body("status", equalTo("WAITLISTED")).body("offerExpiresAt", notNullValue());
        given().auth().oauth2(b).post("/api/registration/me/registrations/{id}/accept-offer", rb).then()
                .statusCode(422);
        given().auth().oauth2(c).post("/api/registration/me/registrations/{id}/accept-offer", rc).then()
                .statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    /** The total's stripes: [capacity, taken] per stripe, in stripe order. */
    List<int[]> stripes(TestCongress congress) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select capacity, taken from seat_counter where counter_key = ?1 order by stripe")
                .setParameter(1, "total:" + congress.id).getResultList());
        return rows.stream().map(r -> new int[] {((Number) r[0]).intValue(), ((Number) r[1]).intValue()}).toList();
    }

    static void assertSpread(List<int[]> stripes, int capacity, int taken) {
        assertThat(stripes).hasSize(fr.assises.registration.seats.SeatCounters.STRIPES);
        assertThat(stripes.stream().mapToInt(s -> s[0]).sum()).isEqualTo(capacity);
        assertThat(stripes.stream().mapToInt(s -> s[1]).sum()).isEqualTo(taken);
        if (taken <= capacity) {
            assertThat(stripes).allMatch(s -> s[1] >= 0 && s[1] <= s[0]);
        }
    }

    /**
     * A capacity lowered then raised while the stripes are partly full: the stripes' capacities always add up to
     * the congress's, the seats they hold to the confirmed count, and no stripe holds more than its capacity
     * unless the whole congress is overbooked; a cancellation gives its seat back to a stripe within bounds.
     */
    @Test
    void stripesFollowTheCapacityAndTheReleases() {
        TestCongress congress = new TestCongress().total(20).create();
        List<String> tokens = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(TestTokens.participant(UUID.randomUUID().toString()));
            ids.add(register(tokens.get(i), congress, null, null));
        }
        assertSpread(stripes(congress), 20, 5);

        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(congress.total(3).settings())
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
        assertSpread(stripes(congress), 3, 5);
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(5)).body("remaining", equalTo(0)).body("overbooked", equalTo(true));
        String late = TestTokens.participant(UUID.randomUUID().toString());
        String rl = register(late, congress, null, null);
        mine(late, rl).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        // raised above the seats held: the waiting person comes in, every stripe within its capacity
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(congress.total(12).settings())
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
        mine(late, rl).body("status", equalTo("CONFIRMED"));
        assertSpread(stripes(congress), 12, 6);

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(tokens.get(i)).delete("/api/registration/me/registrations/{id}", ids.get(i))
                    .then().statusCode(200);
        }
        assertSpread(stripes(congress), 12, 4);
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(4)).body("remaining", equalTo(8)).body("overbooked", equalTo(false));
    }

    /**
     * Eight seats use two stripes of four (one stripe per four seats); with seven taken one stripe alone has room, and
     * the next registration finds it; the one after waits. Three seats use one stripe.
     */
    @Test
    void theLastSeatIsFoundWhenOnlyOneStripeHasRoom() {
        TestCongress congress = new TestCongress().total(8).create();
        for (int i = 0; i < 7; i++) {
            register(TestTokens.participant(UUID.randomUUID().toString()), congress, null, null);
        }
        List<int[]> before = stripes(congress);
        assertSpread(before, 8, 7);
        assertThat(before.stream().filter(s -> s[0] > 0)).hasSize(2);
        assertThat(before.stream().filter(s -> s[1] < s[0])).hasSize(1);

        String c = TestTokens.participant(UUID.randomUUID().toString());
        mine(c, register(c, congress, null, null)).body("status", equalTo("CONFIRMED"));
        String d = TestTokens.participant(UUID.randomUUID().toString());
        mine(d, register(d, congress, null, null)).body("status", equalTo("WAITLISTED"));
        List<int[]> after = stripes(congress);
        assertSpread(after, 8, 8);
        assertThat(after).allMatch(s -> s[1] == s[0]);

        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(congress.total(3).settings())
                .put("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200);
        assertThat(stripes(congress).stream().filter(s -> s[0] > 0)).hasSize(1);
        assertSpread(stripes(congress), 3, 8);
    }

    /**
     * What V220 did to the counters it found: one row holding everything becomes stripes holding the same seats,
     * each within its capacity; and a counter recounted from the rows holds what the rows hold.
     */
    @Test
    void aCounterOfOneRowIsSpreadOverItsStripes() {
        TestCongress congress = new TestCongress().total(100).create();
        String a = TestTokens.participant(UUID.randomUUID().toString());
        register(a, congress, null, null);
        String key = "total:" + congress.id;
        // the shape V1 left: stripe 0 holds the whole capacity and every seat (37 here, as if taken before V220)
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update seat_counter set capacity = case when stripe = 0 then 100 else 0 end, "
                    + "taken = case when stripe = 0 then 37 else 0 end where counter_key = ?1")
                    .setParameter(1, key).executeUpdate();
            em.createNativeQuery("select 1 from seat_counter_spread(?1, 100, 37)").setParameter(1, key)
                    .getSingleResult();
        });
        assertSpread(stripes(congress), 100, 37);
        // one stripe per four seats: 25 stripes of 4, the others of none
        assertThat(stripes(congress).stream().filter(s -> s[0] == 4)).hasSize(25);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select 1 from seat_counter_recount(?1)")
                .setParameter(1, congress.id).getSingleResult());
        assertSpread(stripes(congress), 100, 1);
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(1)).body("remaining", equalTo(99));
    }
}
