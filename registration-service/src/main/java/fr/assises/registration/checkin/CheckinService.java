package fr.assises.registration.checkin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.NativeValues;
import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.common.problem.ProblemException;
import fr.assises.registration.events.RegistrationEventTypes;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationEvents;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.registering.RegistrationViews;
import fr.assises.registration.seats.SeatCounters;
import fr.assises.registration.settings.CategoryRepository;

/**
 * Check-in at the entrance and at workshop and meal points; a second scan at the same point changes nothing.
 * Times are kept to the second from the first answer on: the database, the events and the desk all carry the
 * same instant (Instant.now() has nanoseconds, PostgreSQL keeps microseconds).
 */
@ApplicationScoped
public class CheckinService {

    public static final String ENTRANCE = PointCounts.ENTRANCE;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    CheckinTokens tokens;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CongressRepository congresses;

    @Inject
    CategoryRepository categories;

    @Inject
    SeatCounters counters;

    @Inject
    RegistrationEvents events;

    @Inject
    CheckinPoints points;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /**
     * The registration whose badge carries this code: one HMAC per registration of the congress (a few
     * milliseconds for 5,000), as codes are not stored. Only for typed codes; a scanned QR names its registration.
     */
    private Registration byTypedCode(UUID congressId, String code) {
        List<Registration> all = em.createQuery(
                "select r from Registration r where r.congressId = :c", Registration.class)
                .setParameter("c", congressId).getResultList();
        List<Registration> found = all.stream().filter(r -> code.equals(tokens.code(r))).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    @Transactional
    public CheckinResult checkIn(UUID congressId, CheckinRequest request) {
        congresses.require(congressId);
        Optional<String> typed = CheckinTokens.typedCode(request.token());
        Registration r = typed.isPresent()
                ? byTypedCode(congressId, typed.get())
                : tokens.registrationId(request.token()).map(registrations::findById)
                        .filter(found -> found.congressId.equals(congressId) && tokens.verify(request.token(), found))
                        .orElse(null);
        if (r == null) {
            throw ProblemException.notFound(typed.isPresent()
                    ? "Aucun badge de ce congrès ne porte ce code : vérifiez-le."
                    : "Badge inconnu ou falsifié.");
        }
        // the registration's version must grow one event at a time, as every other change does
        counters.lockCongress(congressId);
        em.refresh(r);
        if (!Registration.CONFIRMED.equals(r.status)) {
            throw ProblemException.businessRule("Cette inscription n'est pas confirmée : accès refusé.");
        }
        ProgrammeSession point = points.resolve(congressId, request.checkpoint());
        String checkpoint = point == null ? ENTRANCE : point.id.toString();
        boolean expected = point == null || points.holds(r.id, point.id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int inserted = em.createNativeQuery("""
                insert into checkin (registration_id, checkpoint, checked_in_at) values (?1, ?2, ?3)
                on conflict (registration_id, checkpoint) do nothing""")
                .setParameter(1, r.id)
                .setParameter(2, checkpoint)
                .setParameter(3, now)
                .executeUpdate();
        if (inserted == 0) {
            Instant first = NativeValues.instant(em.createNativeQuery("""
                    select checked_in_at from checkin where registration_id = ?1 and checkpoint = ?2""")
                    .setParameter(1, r.id)
                    .setParameter(2, checkpoint)
                    .getSingleResult());
            return result(r, checkpoint, first, true, expected,
                    "Déjà enregistré(e) à " + HOUR.format(first) + " : ce badge avait déjà été scanné ici.");
        }
        if (point == null) {
            r.checkedInAt = now;
            events.publish(r, RegistrationEventTypes.CHECKED_IN);
        } else {
            publishAttendance(congressId, point, now);
        }
        return result(r, checkpoint, now, false, expected, expected ? "Arrivée enregistrée."
                : "Arrivée enregistrée, mais cette personne n'était pas inscrite à ce point.");
    }

    /** Counts only, keyed by the session: the other services learn how many came, never who. */
    private void publishAttendance(UUID congressId, ProgrammeSession point, Instant at) {
        PointCounts c = points.count(congressId, point);
        long version = ((Number) em.createNativeQuery("select nextval('point_attendance_version')")
                .getSingleResult()).longValue();
        outbox.publish(Topics.REGISTRATION, PointAttendance.TYPE, point.id.toString(), new PointAttendance(
                congressId, point.id, point.kind, c.expected(), c.arrived(), c.unexpected(),
                at.atOffset(ZoneOffset.UTC), version));
    }

    @Transactional
    public ArrivalCounts counts(UUID congressId) {
        congresses.require(congressId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select category, count(*), count(checked_in_at) from registration
                where congress_id = ?1 and status = 'CONFIRMED' group by category order by category""")
                .setParameter(1, congressId)
                .getResultList();
        List<ArrivalCounts.CategoryArrivals> list = new ArrayList<>();
        long confirmed = 0;
        long arrived = 0;
        for (Object[] row : rows) {
            long c = ((Number) row[1]).longValue();
            long a = ((Number) row[2]).longValue();
            list.add(new ArrivalCounts.CategoryArrivals((String) row[0], c, a));
            confirmed += c;
            arrived += a;
        }
        return new ArrivalCounts(congressId, confirmed, arrived, list);
    }

    private static CheckinResult result(Registration r, String checkpoint, Instant at, boolean already,
            boolean expected, String message) {
        return new CheckinResult(r.id, r.displayName().trim(), r.anonymisedAt == null ? r.organisation : null,
                r.category, checkpoint, RegistrationViews.paris(at.truncatedTo(ChronoUnit.SECONDS)), already,
                expected, message);
    }
}
