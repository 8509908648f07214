package fr.assises.registration.calendar;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationItem;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.registering.RegistrationViews;

/**
 * A participant's calendar feed: a secret address (32 random bytes) that calendar programs poll without logging in,
 * giving the sessions of their confirmed registrations (the common sessions of the days they attend, their
 * confirmed workshops and meals). Whoever holds the address reads only that; replacing or deleting it makes the old
 * one answer 404.
 */
@ApplicationScoped
public class CalendarFeeds {

    public static final String PATH = "/api/registration/calendar/";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CalendarFeedRepository feeds;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Transactional
    public CalendarFeedView mine(String participantId) {
        CalendarFeed feed = feeds.findById(participantId);
        if (feed == null) {
            throw ProblemException.notFound("Vous n’avez pas encore d’adresse d’agenda.");
        }
        return view(feed);
    }

    /** A new secret address; the previous one, if any, stops working at once. */
    @Transactional
    public CalendarFeedView renew(String participantId) {
        CalendarFeed feed = feeds.findById(participantId);
        if (feed == null) {
            feed = new CalendarFeed();
            feed.participantId = participantId;
            feed.token = token();
            feed.createdAt = Instant.now();
            feeds.persist(feed);
        } else {
            feed.token = token();
            feed.createdAt = Instant.now();
        }
        return view(feed);
    }

    @Transactional
    public void revoke(String participantId) {
        if (!feeds.deleteById(participantId)) {
            throw ProblemException.notFound("Vous n’avez pas d’adresse d’agenda.");
        }
    }

    /** The feed behind a token; an unknown, replaced or deleted token answers 404. */
    @Transactional
    public byte[] calendar(String token) {
        CalendarFeed feed = token == null ? null : feeds.byToken(token).orElse(null);
        if (feed == null) {
            throw ProblemException.notFound("Adresse d’agenda inconnue ou supprimée.");
        }
        Ical ics = new Ical().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .raw("PRODID", "-//Assises//registration//FR").raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH").text("X-WR-CALNAME", "Assises");
        Instant stamp = Instant.now();
        for (Registration r : registrations.list("participantId = ?1 and status = ?2 order by createdAt",
                feed.participantId, Registration.CONFIRMED)) {
            Congress congress = congresses.findById(r.congressId);
            for (ProgrammeSession s : sessionsOf(r, congress)) {
                ics.raw("BEGIN", "VEVENT")
                        .raw("UID", s.id + "-" + r.id + "@assises")
                        .time("DTSTAMP", stamp)
                        .time("DTSTART", s.startAt)
                        .time("DTEND", s.endAt)
                        .text("SUMMARY", s.title);
                String where = String.join(", ", nonBlank(s.roomName, congress == null ? null : congress.venue));
                if (!where.isEmpty()) {
                    ics.text("LOCATION", where);
                }
                if (congress != null) {
                    ics.text("DESCRIPTION", congress.title);
                }
                ics.raw("END", "VEVENT");
            }
        }
        return ics.raw("END", "VCALENDAR").bytes();
    }

    /** The common sessions of the days attended, then the workshops and meals whose seat is held, by start. */
    private List<ProgrammeSession> sessionsOf(Registration r, Congress congress) {
        if (congress == null) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(congress.timeZone);
        Set<LocalDate> days = new HashSet<>(r.dayList());
        Set<UUID> held = new HashSet<>();
        for (RegistrationItem item : r.items) {
            if (RegistrationItem.CONFIRMED.equals(item.status)) {
                held.add(item.heldSession());
            }
        }
        List<ProgrammeSession> mine = new ArrayList<>();
        for (ProgrammeSession s : sessions.list("congressId", congress.id)) {
            if (!s.scheduled() || s.startAt == null || s.endAt == null) {
                continue;
            }
            boolean chosenOnly = ProgrammeSession.WORKSHOP.equals(s.kind) || ProgrammeSession.MEAL.equals(s.kind);
            if (chosenOnly ? held.contains(s.id) : days.contains(s.date(zone))) {
                mine.add(s);
            }
        }
        mine.sort(Comparator.comparing(s -> s.startAt));
        return mine;
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        return kept;
    }

    private static CalendarFeedView view(CalendarFeed feed) {
        return new CalendarFeedView(PATH + feed.token + ".ics", RegistrationViews.paris(feed.createdAt));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
