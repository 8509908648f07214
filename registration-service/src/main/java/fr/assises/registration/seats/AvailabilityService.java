package fr.assises.registration.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.Congress;
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
        Congress congress = congresses.require(congressId);
        RegistrationSettings s = settings.findById(congressId);
        if (s == null) {
            throw ProblemException.notFound("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
        Map<String, SeatCounters.Counter> byKey = counters.all(congressId).stream()
                .collect(Collectors.toMap(SeatCounters.Counter::key, Function.identity()));
        SeatCounters.Counter total = byKey.get(SeatCounters.totalKey(congressId));
        int totalRemaining = total.remaining();
        List<Availability.CategoryPlaces> cats = new ArrayList<>();
        List<Category> configured = categories.of(congressId);
        for (Category c : configured) {
            SeatCounters.Counter counter = byKey.get(SeatCounters.categoryKey(congressId, c.code));
            int taken = counter == null ? 0 : counter.taken();
            int remaining = counter == null || counter.remaining() == null ? totalRemaining
                    : Math.min(totalRemaining, counter.remaining());
            cats.add(new Availability.CategoryPlaces(c.code, c.labelFr, c.labelEn, c.feeCents, c.quota, taken,
                    remaining, remaining > 0, counter != null && counter.overbooked(), c.invitationOnly));
        }
        long waitlisted = registrations.count("congressId = ?1 and status = 'WAITLISTED'", congressId);
        Instant now = Instant.now();
        boolean open = takesRegistrations(congress) && !now.isBefore(s.opensAt) && now.isBefore(s.closesAt);
        return new Availability(congressId, open,
                total.capacity(), total.taken(), totalRemaining, waitlisted, total.overbooked(), cats,
                places(congressId, ProgrammeSession.WORKSHOP, byKey), places(congressId, ProgrammeSession.MEAL, byKey),
                days(congress, configured));
    }

    /** Every day of the congress in order, days nobody chose included, each with every category. */
    /** A draft is not announced yet; a closed or archived congress keeps its page but takes no one. */
    private static boolean takesRegistrations(Congress congress) {
        return !"DRAFT".equals(congress.status) && !"CLOSED".equals(congress.status)
                && !"ARCHIVED".equals(congress.status);
    }

    private List<Availability.DayPlaces> days(Congress congress, List<Category> configured) {
        Map<String, Map<String, RegistrationRepository.DayCount>> byDay = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        configured.forEach(c -> codes.add(c.code));
        for (RegistrationRepository.DayCount count : registrations.dayCounts(congress.id)) {
            byDay.computeIfAbsent(count.day(), d -> new HashMap<>()).put(count.category(), count);
            // a category removed from the settings after people registered in it still shows its people
            codes.add(count.category());
        }
        List<Availability.DayPlaces> days = new ArrayList<>();
        for (LocalDate day = congress.startDate; !day.isAfter(congress.endDate); day = day.plusDays(1)) {
            Map<String, RegistrationRepository.DayCount> counts = byDay.getOrDefault(day.toString(), Map.of());
            List<Availability.DayCategory> perCategory = new ArrayList<>();
            int seated = 0;
            int waiting = 0;
            for (String code : codes) {
                RegistrationRepository.DayCount count = counts.get(code);
                perCategory.add(new Availability.DayCategory(code, count == null ? 0 : count.seated()));
                if (count != null) {
                    seated += count.seated();
                    waiting += count.waiting();
                }
            }
            days.add(new Availability.DayPlaces(day, seated, waiting, perCategory));
        }
        return days;
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
