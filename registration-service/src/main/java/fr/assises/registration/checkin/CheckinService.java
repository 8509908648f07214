package fr.assises.registration.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.events.RegistrationEventTypes;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationEvents;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.registering.RegistrationViews;
import fr.assises.registration.seats.SeatCounters;
import fr.assises.registration.settings.CategoryRepository;

/** Check-in at the entrance and at other checkpoints; a second scan changes nothing. */
@ApplicationScoped
public class CheckinService {

    public static final String ENTRANCE = "ENTRANCE";
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
    EntityManager em;

    @Transactional
    public CheckinResult checkIn(UUID congressId, CheckinRequest request) {
        congresses.require(congressId);
        Registration r = tokens.registrationId(request.token()).map(registrations::findById).orElse(null);
        if (r == null || !r.congressId.equals(congressId) || !tokens.verify(request.token(), r)) {
            throw ProblemException.notFound("Badge inconnu ou falsifié.");
        }
        // the registration's version must grow one event at a time, as every other change does
        counters.lockTotal(congressId);
        em.refresh(r);
        if (!Registration.CONFIRMED.equals(r.status)) {
            throw ProblemException.businessRule("Cette inscription n'est pas confirmée : accès refusé.");
        }
        String checkpoint = request.checkpoint() == null ? ENTRANCE : request.checkpoint();
        Instant now = Instant.now();
        int inserted = em.createNativeQuery("""
                insert into checkin (registration_id, checkpoint, checked_in_at) values (?1, ?2, ?3)
                on conflict (registration_id, checkpoint) do nothing""")
                .setParameter(1, r.id)
                .setParameter(2, checkpoint)
                .setParameter(3, now)
                .executeUpdate();
        if (inserted == 0) {
            Instant first = instant(em.createNativeQuery("""
                    select checked_in_at from checkin where registration_id = ?1 and checkpoint = ?2""")
                    .setParameter(1, r.id)
                    .setParameter(2, checkpoint)
                    .getSingleResult());
            return result(r, checkpoint, first, true, "Déjà enregistré(e) à " + HOUR.format(first) + ".");
        }
        if (ENTRANCE.equals(checkpoint)) {
            r.checkedInAt = now;
            events.publish(r, RegistrationEventTypes.CHECKED_IN);
        }
        return result(r, checkpoint, now, false, "Bienvenue !");
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

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static CheckinResult result(Registration r, String checkpoint, Instant at, boolean already,
            String message) {
        return new CheckinResult(r.id, r.displayName().trim(), r.anonymisedAt == null ? r.organisation : null,
                r.category, checkpoint, RegistrationViews.paris(at), already, message);
    }
}
