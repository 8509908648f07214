package fr.assises.programme.session;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Sessions sharing a seriesId are workshops of one same slot, or the change is refused with nothing saved. */
@QuarkusTest
class SeriesTest {

    @Test
    void aSeriesHoldsWorkshopsOfOneSlotOnly() {
        String congress = createCongress();
        String series = UUID.randomUUID().toString();
        String first = createSession(congress, workshop("Atelier 1", d1("14:00"), d1("15:30"), series,
                createRoom(congress, "Salle 1", 30)));
        String room2 = createRoom(congress, "Salle 2", 30);
        String second = createSession(congress, workshop("Atelier 2", d1("14:00"), d1("15:30"), series, room2));

        assertRefused(congress, workshop("Autre début", d1("14:30"), d1("15:30"), series, null), "start");
        assertRefused(congress, workshop("Autre fin", d1("14:00"), d1("16:00"), series, null), "end");
        assertRefused(congress, workshop("Autre demi-journée", "2027-06-25T14:00:00+02:00",
                "2027-06-25T15:30:00+02:00", series, null), "halfDayCode");
        Map<String, Object> plenary = workshop("Plénière en série", d1("14:00"), d1("15:30"), series, null);
        plenary.put("kind", "PLENARY");
        assertRefused(congress, plenary, "kind");
        // a lone session naming a series is still a workshop
        Map<String, Object> lone = workshop("Forum seul", d1("16:00"), d1("17:00"), UUID.randomUUID().toString(), null);
        lone.put("kind", "FORUM");
        assertRefused(congress, lone, "kind");

        // moving one workshop of the series away is refused and leaves it where it was
        organiser().body(workshop("Atelier 2", d1("16:00"), d1("17:30"), series, room2))
                .when().put(BASE + "/" + congress + "/sessions/" + second).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("start"))
                .body("detail", containsString("14:00"));
        organiser().when().get(BASE + "/" + congress + "/sessions/" + second).then().statusCode(200)
                .body("start", equalTo("2027-06-24T14:00:00+02:00")).body("version", equalTo(0));

        // once it leaves the series it may move; a cancelled workshop no longer holds the slot
        organiser().body(workshop("Atelier 2", d1("16:00"), d1("17:30"), null, room2))
                .when().put(BASE + "/" + congress + "/sessions/" + second).then().statusCode(200);
        organiser().when().post(BASE + "/" + congress + "/sessions/" + first + "/cancel").then().statusCode(200);
        createSession(congress, workshop("Atelier 3", d1("16:00"), d1("17:30"), series, null));
        organiser().when().get(BASE + "/" + congress + "/sessions").then().statusCode(200)
                .body("findAll { it.seriesId == '" + series + "' }.title", containsInAnyOrder("Atelier 1", "Atelier 3"));
    }

    private static Map<String, Object> workshop(String title, String start, String end, String series, String room) {
        Map<String, Object> body = session("WORKSHOP", title, start, end, room);
        if (series != null) {
            body.put("seriesId", series);
        }
        return body;
    }

    private static void assertRefused(String congress, Map<String, Object> body, String field) {
        organiser().body(body).when().post(BASE + "/" + congress + "/sessions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains(field));
        organiser().when().get(BASE + "/" + congress + "/sessions").then().statusCode(200)
                .body("findAll { it.title == '" + body.get("title") + "' }", empty());
    }
}
