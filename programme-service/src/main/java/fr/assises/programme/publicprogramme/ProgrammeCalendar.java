package fr.assises.programme.publicprogramme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import fr.assises.programme.congress.Congress;
import fr.assises.programme.publicprogramme.PublicProgrammeDtos.PublicSession;
import fr.assises.programme.session.SessionStatus;
import fr.assises.programme.speaker.SpeakerDtos.PublicSpeakerView;

/**
 * The released programme as an RFC 5545 calendar. UIDs are {@code <sessionId>@assises} and SEQUENCE the
 * session's release-aware version, so calendar applications update an event instead of duplicating it.
 */
@ApplicationScoped
public class ProgrammeCalendar {

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    public String render(Congress congress, Instant stamp, List<PublicProgrammeService.Item> items) {
        ZoneId zone = congress.zone();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Assises//Programme " + congress.slug + "//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", congress.title));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(registry.getTimeZone(zone.getId()).getVTimeZone());
        Instant dtStamp = (stamp == null ? Instant.now() : stamp).truncatedTo(ChronoUnit.SECONDS);
        for (PublicProgrammeService.Item item : items) {
            PublicSession s = item.view();
            VEvent event = new VEvent(s.start().atZoneSameInstant(zone), s.end().atZoneSameInstant(zone), s.title());
            event.replace(new DtStamp(dtStamp));
            event.add(new Uid(s.id() + "@assises"));
            event.add(new Sequence((int) item.version()));
            event.add(s.status() == SessionStatus.CANCELLED
                    ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Location(s.roomName() == null ? congress.venue : s.roomName() + ", " + congress.venue));
            String description = description(s);
            if (!description.isBlank()) {
                event.add(new Description(description));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foldByOctets(out.toString());
    }

    /**
     * RFC 5545 § 3.1: content lines are folded at 75 octets, not characters. ical4j folds at 75 characters, so a
     * line of accented French ran over; its folds are undone and the lines folded again by their UTF-8 length,
     * never inside a character's byte sequence (a continuation line starts with one space, which counts).
     */
    static String foldByOctets(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String description(PublicSession s) {
        StringBuilder text = new StringBuilder();
        if (s.description() != null) {
            text.append(s.description());
        }
        if (!s.speakers().isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("Intervenant·es : ").append(s.speakers().stream().map(PublicSpeakerView::name)
                    .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
