package fr.assises.programme.events;

import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.programme.congress.Congress;

/** Writes this service's events into the outbox, inside the caller's transaction. */
@ApplicationScoped
public class ProgrammeEvents {

    public static final String CONGRESS_CHANGED = "fr.assises.programme.congress.changed.v1";
    public static final String SESSION_CHANGED = "fr.assises.programme.session.changed.v1";
    public static final String RELEASED = "fr.assises.programme.released.v1";
    public static final String CONGRESS_CLONED = "fr.assises.programme.congress.cloned.v1";

    @Inject
    Outbox outbox;

    public void congressChanged(Congress c) {
        ZoneId zone = c.zone();
        List<CongressChangedData.HalfDayData> halfDays = c.halfDays.stream()
                .map(h -> new CongressChangedData.HalfDayData(h.code, h.day, h.period.name(),
                        h.startAt.atZone(zone).toOffsetDateTime(), h.endAt.atZone(zone).toOffsetDateTime()))
                .toList();
        outbox.publish(Topics.PROGRAMME, CONGRESS_CHANGED, c.id.toString(),
                new CongressChangedData(c.id, c.slug, c.title, c.startDate, c.endDate, c.timeZone, c.venue,
                        halfDays, c.status.name(), c.revision));
    }

    /** Sent once per clone, after the new congress' congress.changed event (same key, so in that order). */
    public void congressCloned(CongressClonedData data) {
        outbox.publish(Topics.PROGRAMME, CONGRESS_CLONED, data.congressId().toString(), data);
    }

    public void sessionChanged(SessionChangedData data) {
        outbox.publish(Topics.PROGRAMME, SESSION_CHANGED, data.sessionId().toString(), data);
    }

    public void released(ReleasedData data) {
        outbox.publish(Topics.PROGRAMME, RELEASED, data.congressId().toString(), data);
    }
}
