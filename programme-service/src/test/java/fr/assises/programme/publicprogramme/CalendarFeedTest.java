package fr.assises.programme.publicprogramme;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.PUBLIC;
import static fr.assises.programme.Fixtures.createOpenCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.d2;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slugOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/** The iCalendar feed read back by ical4j, as a calendar application would. */
@QuarkusTest
class CalendarFeedTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void feedParsesWithParisTimesAndStableUidsAcrossReleases() throws Exception {
        String congress = createOpenCongress();
        String slug = slugOf(congress);
        String amphi = createRoom(congress, "Amphithéâtre", 500);
        String opening = createSession(congress, session("OPENING", "Ouverture", d1("09:00"), d1("09:45"), amphi));
        String closing = createSession(congress, session("CLOSING", "Table ronde de clôture", d2("15:30"), d2("17:00"), amphi));

        // before any release the feed is a valid, empty calendar
        assertThat(events(fetch(slug))).isEmpty();

        publish(congress);
        Map<String, VEvent> first = byUid(fetch(slug));
        assertThat(first).containsOnlyKeys(opening + "@assises", closing + "@assises");
        VEvent open = first.get(opening + "@assises");
        assertThat(start(open)).isEqualTo(ZonedDateTime.of(2027, 6, 24, 9, 0, 0, 0, PARIS).toInstant());
        assertThat(open.getRequiredProperty(Property.DTSTART).getParameter("TZID").map(Object::toString))
                .hasValueSatisfying(tz -> assertThat(tz).contains("Europe/Paris"));
        assertThat(value(open, Property.SUMMARY)).isEqualTo("Ouverture");
        assertThat(value(open, Property.LOCATION)).contains("Amphithéâtre");
        assertThat(value(open, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(open, Property.STATUS)).isEqualTo("CONFIRMED");

        organiser().body(session("OPENING", "Ouverture", d1("09:15"), d1("10:00"), amphi))
                .when().put(BASE + "/" + congress + "/sessions/" + opening).then().statusCode(200);
        organiser().when().post(BASE + "/" + congress + "/sessions/" + closing + "/cancel").then().statusCode(200);
        publish(congress);

        Map<String, VEvent> second = byUid(fetch(slug));
        assertThat(second).containsOnlyKeys(opening + "@assises", closing + "@assises");
        VEvent moved = second.get(opening + "@assises");
        assertThat(start(moved)).isEqualTo(ZonedDateTime.of(2027, 6, 24, 9, 15, 0, 0, PARIS).toInstant());
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(second.get(closing + "@assises"), Property.STATUS)).isEqualTo("CANCELLED");
    }

    /** RFC 5545 § 3.1: no line over 75 octets, folds never inside a character, the text intact once unfolded. */
    @Test
    void longAccentedLinesAreFoldedByOctets() throws Exception {
        String congress = createOpenCongress();
        String slug = slugOf(congress);
        String amphi = createRoom(congress, "Amphithéâtre Élisée-Reclus", 500);
        String title = "Séance plénière : « Décentralisation, coopérations interterritoriales et ingénierie "
                + "réciproque » – échanges avec les élu·es, débat ouvert à la salle, synthèse";
        String id = createSession(congress, session("PLENARY", title, d1("09:00"), d1("10:30"), amphi));
        publish(congress);
        String ics = fetch(slug);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(ics);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).doesNotContain("\uFFFD");
        assertThat(value(byUid(ics).get(id + "@assises"), Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void foldingCountsOctetsAndKeepsMultiByteCharactersWhole() {
        String line = "SUMMARY:" + "é".repeat(60) + "€".repeat(20) + "😀".repeat(5);
        String folded = ProgrammeCalendar.foldByOctets(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void unknownCongressHasNoFeed() {
        given().when().get(PUBLIC + "/no-such-congress/programme.ics").then().statusCode(404);
    }

    private static String fetch(String slug) {
        return given().when().get(PUBLIC + "/" + slug + "/programme.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents(Component.VTIMEZONE)).isNotEmpty();
        return calendar.getComponents(Component.VEVENT);
    }

    private static Map<String, VEvent> byUid(String ics) throws Exception {
        return events(ics).stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getRequiredProperty(property).getValue();
    }

    private static java.time.Instant start(VEvent event) {
        DtStart<Temporal> start = event.getRequiredProperty(Property.DTSTART);
        return Instant.from(start.getDate());
    }
}
