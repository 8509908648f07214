package fr.assises.registration.programme;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.MalformedEventException;
import fr.assises.common.inbox.Inbox;
import fr.assises.registration.events.CongressChanged;
import fr.assises.registration.events.ProgrammeReleased;
import fr.assises.registration.events.SessionChanged;
import fr.assises.registration.registering.Promotions;
import fr.assises.registration.registering.SessionCancellations;
import fr.assises.registration.seats.SeatCounters;

/** Applies programme events to the local projection, newest version only. */
@ApplicationScoped
public class ProgrammeProjection {

    @Inject
    Inbox inbox;

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    SeatCounters counters;

    @Inject
    Promotions promotions;

    @Inject
    SessionCancellations cancellations;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void congressChanged(CongressChanged data) {
        if (!inbox.acceptVersion("congress", data.congressId().toString(), data.version())) {
            return;
        }
        Congress congress = congresses.findById(data.congressId());
        boolean fresh = congress == null;
        if (fresh) {
            congress = new Congress();
            congress.id = data.congressId();
        }
        congress.slug = data.slug() == null ? data.congressId().toString() : data.slug();
        congress.title = data.title() == null ? congress.slug : data.title();
        congress.startDate = data.startDate();
        congress.endDate = data.endDate();
        congress.timeZone = data.timeZone() == null ? "Europe/Paris" : data.timeZone();
        congress.venue = data.venue();
        congress.status = data.status() == null ? "OPEN" : data.status();
        try {
            congress.halfDays = json.writeValueAsString(data.halfDays() == null ? List.of() : data.halfDays());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("half-days unreadable", e);
        }
        congress.updatedAt = Instant.now();
        if (fresh) {
            congresses.persist(congress);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionChanged(SessionChanged data) {
        if (!inbox.acceptVersion("session", data.sessionId().toString(), data.version())) {
            return;
        }
        // seats move only under the congress lock, so a capacity change is ordered with registrations
        boolean locked = counters.lockCongressIfPresent(data.congressId());
        ProgrammeSession session = sessions.findById(data.sessionId());
        boolean fresh = session == null;
        if (fresh) {
            session = new ProgrammeSession();
            session.id = data.sessionId();
        }
        session.congressId = data.congressId();
        session.kind = data.kind() == null ? "PLENARY" : data.kind();
        session.title = data.title() == null ? "" : data.title();
        session.halfDayCode = data.halfDayCode();
        session.startAt = data.start() == null ? null : data.start().toInstant();
        session.endAt = data.end() == null ? null : data.end().toInstant();
        session.roomName = data.roomName();
        session.capacity = data.capacity();
        session.seriesId = data.seriesId();
        session.status = data.status() == null ? ProgrammeSession.SCHEDULED : data.status();
        session.updatedAt = Instant.now();
        if (fresh) {
            sessions.persist(session);
        }
        if (ProgrammeSession.WORKSHOP.equals(session.kind) || ProgrammeSession.MEAL.equals(session.kind)) {
            boolean cancelled = !session.scheduled();
            if (cancelled && locked) {
                cancellations.withdraw(session.id);
            }
            // a cancelled session keeps a counter with no room, so nobody can take a seat in it
            counters.upsertSession(session.congressId, session.id, cancelled ? Integer.valueOf(0) : session.capacity);
            if (locked) {
                promotions.promoteSessions(session.congressId);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void released(ProgrammeReleased data) {
        if (!inbox.acceptVersion("programme-release", data.congressId().toString(), data.version())) {
            return;
        }
        Congress congress = congresses.findById(data.congressId());
        if (congress != null) {
            congress.releaseNo = data.release();
        }
    }
}
