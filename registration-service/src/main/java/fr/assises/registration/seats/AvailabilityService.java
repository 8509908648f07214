package fr.assises.registration.seats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.settings.Category;
import fr.assises.registration.settings.CategoryRepository;
import fr.assises.registration.settings.RegistrationSettings;
import fr.assises.registration.settings.SettingsRepository;

@ApplicationScoped
public class AvailabilityService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    CongressRepository congresses;

    @Inject
    SettingsRepository settings;

    @Inject
    CategoryRepository categories;

    @Inject
    SessionRepository sessions;

    @Inject
    RegistrationRepository registrations;

    @Inject
    SeatCounters counters;

    @Transactional
    public Availability of(UUID congressId) {
        congresses.require(congressId);
        RegistrationSettings s = settings.findById(congressId);
        if (s == null) {
            throw ProblemException.notFound("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
        Map<String, SeatCounters.Counter> byKey = counters.all(congressId).stream()
                .collect(Collectors.toMap(SeatCounters.Counter::key, Function.identity()));
        SeatCounters.Counter total = byKey.get(SeatCounters.totalKey(congressId));
        int totalRemaining = total.remaining();
        List<Availability.CategoryPlaces> cats = new ArrayList<>();
        for (Category c : categories.of(congressId)) {
            SeatCounters.Counter counter = byKey.get(SeatCounters.categoryKey(congressId, c.code));
            int taken = counter == null ? 0 : counter.taken();
            int remaining = counter == null || counter.remaining() == null ? totalRemaining
                    : Math.min(totalRemaining, counter.remaining());
            cats.add(new Availability.CategoryPlaces(c.code, c.labelFr, c.labelEn, c.feeCents, c.quota, taken,
                    remaining, remaining > 0, counter != null && counter.overbooked()));
        }
        long waitlisted = registrations.count("congressId = ?1 and status = 'WAITLISTED'", congressId);
        Instant now = Instant.now();
        return new Availability(congressId, !now.isBefore(s.opensAt) && now.isBefore(s.closesAt),
                total.capacity(), total.taken(), totalRemaining, waitlisted, total.overbooked(), cats,
                places(congressId, ProgrammeSession.WORKSHOP, byKey), places(congressId, ProgrammeSession.MEAL, byKey));
    }

    private List<Availability.SessionPlaces> places(UUID congressId, String kind,
            Map<String, SeatCounters.Counter> byKey) {
        List<Availability.SessionPlaces> list = new ArrayList<>();
        for (ProgrammeSession session : sessions.ofKind(congressId, kind)) {
            if (!session.scheduled()) {
                continue;
            }
            SeatCounters.Counter counter = byKey.get(SeatCounters.sessionKey(session.id));
            int taken = counter == null ? 0 : counter.taken();
            list.add(new Availability.SessionPlaces(session.id, session.seriesId, session.title,
                    session.startAt == null ? null : session.startAt.atZone(PARIS).toOffsetDateTime(),
                    session.halfDayCode, session.capacity, taken, counter == null ? null : counter.remaining(),
                    counter != null && counter.overbooked()));
        }
        return list;
    }
}
